import { z } from 'zod';
import { cleanText } from '@/lib/now-playing/track';
import { ALERT_KINDS } from './alert';

export const MAX_ALERT_LENGTH = 280;
export const MAX_ALERT_LIFETIME_MS = 24 * 3_600_000;

/** What the newsroom posts. Everything is checked: the text ends up on every page. */
export const alertInputSchema = z
  .object({
    kind: z.enum(ALERT_KINDS),
    // Cleaned like playout text (controls, bidi overrides, zero-width characters gone), then
    // measured: what is stored is what was checked.
    message: z
      .string()
      .transform(cleanText)
      .pipe(z.string().min(1, 'must have visible text').max(MAX_ALERT_LENGTH)),
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http or https URL' })
      .max(2048)
      .optional(),
    expiresAt: z.iso.datetime({
      offset: true,
      message: 'must be an ISO 8601 date and time with an offset',
    }),
  })
  .strict();
export type AlertInput = z.infer<typeof alertInputSchema>;

export type AlertCheck =
  { ok: true; alert: AlertInput } | { ok: false; field: string; message: string };

/** Validates a posted alert: the schema, then an expiry in the future and within a day of `now`. */
export function checkAlert(json: unknown, now: Date): AlertCheck {
  const parsed = alertInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      field: issue?.path.join('.') || 'body',
      message: issue?.message ?? 'Invalid alert',
    };
  }
  const lifetime = Date.parse(parsed.data.expiresAt) - now.getTime();
  if (lifetime <= 0 || lifetime > MAX_ALERT_LIFETIME_MS) {
    return { ok: false, field: 'expiresAt', message: 'must be in the next 24 hours' };
  }
  return { ok: true, alert: parsed.data };
}
