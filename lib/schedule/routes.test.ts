// The route handlers live in app/api/; their tests sit here because the unit-test glob is lib/**.
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { GET as getOnAir } from '@/app/api/on-air/route';
import { GET as getSchedule } from '@/app/api/schedule/route';
import { schedule } from './load';

// The schedule's lifetime ('use cache' with cacheLife) is Next.js's to apply; e2e checks it.
vi.mock('next/cache', () => ({ cacheLife: () => undefined }));

const onAir = (query: string) => getOnAir(new NextRequest(`http://localhost/api/on-air${query}`));

describe('GET /api/on-air', () => {
  it.each([
    ['?at=2026-11-27T23:59:50Z'],
    ['?at=2026-11-27T23:59:50%2B00:00'],
    ['?at=2026-11-27T23:59:50+00:00'],
  ])('answers now and next for %s, uncached', async (query) => {
    const response = onAir(query);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
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
    });
  });

  it('gives the London offset in summer and joins presenters', async () => {
    const body = await onAir('?at=2026-06-12T17:00:00Z').json();
    expect(body.now).toEqual({
      id: 'drivetime',
      show: 'Drivetime',
      presenter: 'Ryan & Aisha',
      start: '2026-06-12T16:00:00+01:00',
      end: '2026-06-12T19:00:00+01:00',
    });
  });

  it('answers for the present moment without `at`', async () => {
    const response = onAir('');
    expect(response.status).toBe(200);
    const { now, next } = await response.json();
    expect(Date.parse(now.start)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(now.end)).toBeGreaterThan(Date.now() - 60_000);
    expect(next.start).toBe(now.end);
  });

  it.each(['?at=yesterday', '?at=2026-13-01T00:00:00Z', '?at=2026-11-27', '?at='])(
    'rejects %s with 400 and the expected format',
    async (query) => {
      const response = onAir(query);
      expect(response.status).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await response.json()).error).toMatch(/ISO 8601.*2026-11-27T23:59:50Z/);
    },
  );
});

describe('GET /api/schedule', () => {
  it('returns the weekly schedule in London time', async () => {
    const response = await getSchedule();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.timeZone).toBe('Europe/London');
    expect(body.shows).toEqual(schedule.shows);
    expect(body.slots).toContainEqual({
      day: 'fri',
      start: '23:00',
      end: '01:00',
      show: 'late-night-love-songs',
    });
    expect(body.overrides).toEqual(schedule.overrides);
  });
});
