import { describe, expect, it } from 'vitest';
import { writeAiring } from './airing-words';

const airing = (start: string, end: string) => ({ showId: 's', show: 'S', start, end });

describe('writeAiring', () => {
  it('writes an airing across midnight in London time, its zone said once by the page', () => {
    expect(writeAiring(airing('2026-12-04T23:00:00Z', '2026-12-05T01:00:00Z'))).toEqual({
      of: '2026-12-04T23:00:00Z',
      date: 'Fri 4 Dec',
      start: '11:00pm',
      end: '1:00am',
      until: '1:00am',
      oneZone: true,
    });
  });

  it('writes in BST in summer', () => {
    const words = writeAiring(airing('2026-07-01T22:00:00Z', '2026-07-02T00:00:00Z'));
    expect([words.date, words.start, words.end]).toEqual(['Wed 1 Jul', '11:00pm', '1:00am']);
  });

  it('names each end its zone across a clock change (25 October 2026, 2:00 BST → 1:00 GMT)', () => {
    // 11pm BST on Saturday to 2am GMT on Sunday: four hours on air.
    expect(writeAiring(airing('2026-10-24T22:00:00Z', '2026-10-25T02:00:00Z'))).toMatchObject({
      date: 'Sat 24 Oct',
      start: '11:00pm BST',
      end: '2:00am GMT',
      until: '2:00am',
      oneZone: false,
    });
  });
});
