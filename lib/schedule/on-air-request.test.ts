import { describe, expect, it } from 'vitest';
import { schedule } from './load';
import { answerOnAir, parseInstant } from './on-air-request';

const answer = (query: string, now = new Date('2026-11-27T23:59:50Z')) =>
  answerOnAir(schedule, new URLSearchParams(query), now);

describe('parseInstant', () => {
  it.each([
    ['2026-11-27T23:59:50Z', '2026-11-27T23:59:50.000Z'],
    ['2026-11-27T23:59:50+00:00', '2026-11-27T23:59:50.000Z'],
    ['2026-06-12T23:30:00+01:00', '2026-06-12T22:30:00.000Z'],
    ['2026-11-27T23:59:50.250Z', '2026-11-27T23:59:50.250Z'],
    ['2026-11-27T23:59Z', '2026-11-27T23:59:00.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['9998-12-31T23:59:59Z', '9998-12-31T23:59:59.000Z'],
    // What an unencoded "+00:00" becomes in a query string.
    ['2026-11-27T23:59:50 00:00', '2026-11-27T23:59:50.000Z'],
  ])('reads %s', (value, expected) => {
    expect(parseInstant(value)?.toISOString()).toBe(expected);
  });

  it.each([
    'yesterday',
    '',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-11-27',
    '2026-11-27T23:59:50',
    '2026-11-27 23:59:50Z',
    '2026-11-27T24:00:00Z',
    '1764287990000',
    '1899-12-31T23:59:59Z',
    '9999-06-01T00:00:00Z',
  ])('rejects %j', (value) => {
    expect(parseInstant(value)).toBeNull();
  });
});

describe('answerOnAir', () => {
  it('answers for the instant asked about', () => {
    expect(answer('at=2026-11-27T23:59:50Z')).toEqual({
      status: 200,
      body: {
        now: {
          id: 'late-night-love-songs',
          show: 'Late Night Love Songs',
          image: '/images/shows/late-night-love-songs.svg',
          start: '2026-11-27T23:00:00+00:00',
          end: '2026-11-28T01:00:00+00:00',
        },
        next: {
          id: 'overnight-oldham',
          show: 'Overnight Oldham',
          image: '/images/shows/overnight-oldham.svg',
          start: '2026-11-28T01:00:00+00:00',
          end: '2026-11-28T07:00:00+00:00',
        },
      },
    });
  });

  it.each(['at=1900-01-01T00:00:00Z', 'at=9998-12-31T23:59:59Z', 'at=1944-06-01T00:30:00Z'])(
    'answers at the ends of the accepted range and through history (%s)',
    (query) => {
      const result = answer(query);
      expect(result.status).toBe(200);
      if (result.status === 200) expect(result.body.next.start).toBe(result.body.now.end);
    },
  );

  it('answers for now when no instant is given', () => {
    const { body } = answer('', new Date('2026-11-27T16:30:00Z'));
    expect(body).toMatchObject({ now: { show: 'Drivetime', presenter: 'Ryan & Aisha' } });
  });

  it.each(['at=yesterday', 'at=', 'at=2026-13-01T00:00:00Z', 'at=2026-11-27'])(
    'explains the expected format for %s',
    (query) => {
      const result = answer(query);
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ error: expect.stringContaining('ISO 8601') });
    },
  );
});
