import { z } from 'zod';
import { resolveOnAir, toOnAirJson, type OnAirJson } from './resolve';
import type { Schedule } from './schema';

export type OnAirResponse =
  | { status: 200; body: { now: OnAirJson; next: OnAirJson } }
  | { status: 400; body: { error: string } };

// Calendar-checked (rejects month 13 and 30 February), a time and an explicit offset required.
const instantSchema = z.union([
  z.iso.datetime({ offset: true }),
  z.iso.datetime({ offset: true, precision: -1 }),
]);

// London's offsets are whole minutes from 1900 on, and ISO strings keep four-digit years to 9999.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(9999, 0, 1);

export const AT_FORMAT_ERROR =
  "Invalid 'at': expected an ISO 8601 date and time with a UTC offset, from 1900 to 9998, " +
  "e.g. 2026-11-27T23:59:50Z or 2026-11-27T23:59:50+00:00 (encode '+' as %2B in a URL).";

/** Reads `at` as an instant, or null when it is not ISO 8601 with a time and an offset. */
export function parseInstant(value: string): Date | null {
  // An unencoded '+' in a query string arrives as a space: "…T23:59:50 00:00" meant "+00:00".
  const repaired = value.replace(/ (\d{2}:\d{2})$/, '+$1');
  if (!instantSchema.safeParse(repaired).success) return null;
  const instant = new Date(repaired);
  return +instant >= EARLIEST && +instant < LATEST ? instant : null;
}

/**
 * `GET /api/on-air?at=…` without the framework: what is on at `at` (default: `now`), and next.
 * @see ../../app/api/on-air/route.ts
 */
export function answerOnAir(
  schedule: Schedule,
  searchParams: URLSearchParams,
  now: Date,
): OnAirResponse {
  const at = searchParams.get('at');
  const instant = at === null ? now : parseInstant(at);
  if (!instant) return { status: 400, body: { error: AT_FORMAT_ERROR } };
  const onAir = resolveOnAir(schedule, instant);
  return { status: 200, body: { now: toOnAirJson(onAir.now), next: toOnAirJson(onAir.next) } };
}
