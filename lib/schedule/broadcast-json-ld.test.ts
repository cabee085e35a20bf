import { describe, expect, it } from 'vitest';
import { broadcastEventsJsonLd } from './broadcast-json-ld';
import { schedule } from './load';
import { listOccurrences } from './resolve';

const airings = (from: string, to: string) =>
  listOccurrences(schedule, new Date(from), new Date(to));

describe('broadcastEventsJsonLd', () => {
  it('describes each airing as a live BroadcastEvent with London offsets', () => {
    const data = broadcastEventsJsonLd(
      airings('2026-12-04T23:00:00Z', '2026-12-05T01:00:00Z'),
      'Oldham Community Radio',
    );
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@graph']).toEqual([
      {
        '@type': 'BroadcastEvent',
        name: 'Late Night Love Songs',
        description: 'Smooth soul and slow jams for the late hours, every night.',
        startDate: '2026-12-04T23:00:00+00:00',
        endDate: '2026-12-05T01:00:00+00:00',
        isLiveBroadcast: true,
        publishedOn: {
          '@type': 'BroadcastService',
          name: 'Oldham Community Radio',
          broadcastTimezone: 'Europe/London',
        },
        workPerformed: { '@type': 'RadioSeries', name: 'Late Night Love Songs' },
      },
    ]);
  });

  it('names the presenters, and gives summer times their BST offset', () => {
    const [breakfast] = broadcastEventsJsonLd(
      airings('2026-06-12T06:00:00Z', '2026-06-12T06:00:01Z'),
      'Oldham Community Radio',
    )['@graph'];
    expect(breakfast).toMatchObject({
      name: 'Oldham Breakfast',
      startDate: '2026-06-12T06:00:00+01:00',
      performer: [
        { '@type': 'Person', name: 'Gemma' },
        { '@type': 'Person', name: 'Imran' },
      ],
    });
  });
});
