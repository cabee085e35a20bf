import { formatLondonIso } from '@/lib/time/london';
import { LONDON } from '@/lib/time/london';
import type { Occurrence } from './resolve';

/**
 * schema.org structured data for listed airings: one BroadcastEvent each, live on the station,
 * times with London's offset. Plain data; the caller serialises it (`serializeJsonLd`).
 * @see https://schema.org/BroadcastEvent
 */
export function broadcastEventsJsonLd(occurrences: Occurrence[], stationName: string) {
  const service = { '@type': 'BroadcastService', name: stationName, broadcastTimezone: LONDON };
  return {
    '@context': 'https://schema.org',
    '@graph': occurrences.map((occurrence) => ({
      '@type': 'BroadcastEvent',
      name: occurrence.show,
      description: occurrence.description,
      startDate: formatLondonIso(occurrence.start),
      endDate: formatLondonIso(occurrence.end),
      isLiveBroadcast: true,
      publishedOn: service,
      workPerformed: { '@type': 'RadioSeries', name: occurrence.show },
      ...(occurrence.presenters.length > 0
        ? { performer: occurrence.presenters.map((name) => ({ '@type': 'Person', name })) }
        : {}),
    })),
  };
}
