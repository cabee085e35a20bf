import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schedule } from './load';

const publicDir = fileURLToPath(new URL('../../public', import.meta.url));

describe("the station's schedule", () => {
  it('has Late Night Love Songs from 23:00 to 01:00 every night', () => {
    const nights = schedule.slots.filter((slot) => slot.show === 'late-night-love-songs');
    expect(nights.map((slot) => `${slot.day} ${slot.start}-${slot.end}`)).toEqual(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => `${day} 23:00-01:00`),
    );
  });

  it('has an image file for every show that names one', () => {
    const missing = schedule.shows.filter(
      (show) => show.image && !existsSync(`${publicDir}${show.image}`),
    );
    expect(missing).toEqual([]);
  });

  it('airs every show it describes', () => {
    const aired = new Set([...schedule.slots, ...schedule.overrides].map((slot) => slot.show));
    expect(schedule.shows.filter((show) => !aired.has(show.id))).toEqual([]);
  });
});
