import { describe, expect, it } from 'vitest';
import { checkAlert, MAX_ALERT_LENGTH } from './check-alert';

const now = new Date('2026-11-30T15:00:00Z');
const inHours = (hours: number) => new Date(+now + hours * 3_600_000).toISOString();
const alert = (fields: Record<string, unknown> = {}) => ({
  kind: 'weather',
  message: 'Amber warning for snow on the moors tonight',
  expiresAt: inHours(6),
  ...fields,
});

describe('checkAlert', () => {
  it('takes a well-formed alert, cleaning its text', () => {
    expect(
      checkAlert(
        alert({ message: '  Snow\nwarning\u202E ', url: 'https://metoffice.example/w' }),
        now,
      ),
    ).toEqual({
      ok: true,
      alert: {
        kind: 'weather',
        message: 'Snow warning',
        url: 'https://metoffice.example/w',
        expiresAt: inHours(6),
      },
    });
  });

  it.each([
    [{ kind: 'gossip' }, 'kind'],
    [{ message: '' }, 'message'],
    [{ message: '\u200B\u200B' }, 'message'],
    [{ message: 'x'.repeat(MAX_ALERT_LENGTH + 1) }, 'message'],
    [{ url: 'javascript:alert(1)' }, 'url'],
    [{ url: 'data:text/html,<script>' }, 'url'],
    [{ url: 'ftp://files.example/x' }, 'url'],
    [{ url: '/relative' }, 'url'],
    [{ expiresAt: '2026-11-30T18:00:00' }, 'expiresAt'],
    [{ expiresAt: 'tomorrow' }, 'expiresAt'],
    [{ expiresAt: inHours(-1) }, 'expiresAt'],
    [{ expiresAt: inHours(25) }, 'expiresAt'],
    [{ extra: 'field' }, 'body'],
  ])('refuses %j, naming %s', (fields, field) => {
    expect(checkAlert(alert(fields), now)).toMatchObject({ ok: false, field });
  });

  it('refuses what is not an object', () => {
    for (const body of [null, [], 'text', 1]) {
      expect(checkAlert(body, now)).toMatchObject({ ok: false });
    }
  });

  it('keeps HTML as text: it is rendered as text, never parsed', () => {
    const result = checkAlert(alert({ message: '<img src=x onerror=alert(1)>' }), now);
    expect(result).toMatchObject({ ok: true, alert: { message: '<img src=x onerror=alert(1)>' } });
  });
});
