import { broadcastEventsJsonLd } from '@/lib/schedule/broadcast-json-ld';
import type { Occurrence } from '@/lib/schedule/resolve';
import type { Show } from '@/lib/schedule/schema';

/**
 * schema.org structured data for a show's page: the programme as a RadioSeries, and its coming
 * airings as BroadcastEvents (as on the schedule page) whose `workPerformed` is that series.
 * @see https://schema.org/RadioSeries
 * @see https://schema.org/BroadcastEvent
 */
export function radioSeriesJsonLd(
  show: Show,
  airings: Occurrence[],
  { stationName, url, image }: { stationName: string; url: string; image?: string },
) {
  const series = { '@id': `${url}#series` };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'RadioSeries',
        ...series,
        name: show.name,
        description: show.description,
        url,
        ...(image ? { image } : {}),
        ...(show.presenters.length > 0
          ? { actor: show.presenters.map((name) => ({ '@type': 'Person', name })) }
          : {}),
        productionCompany: { '@type': 'RadioStation', name: stationName },
      },
      ...broadcastEventsJsonLd(airings, stationName)['@graph'].map((event) => ({
        ...event,
        workPerformed: series,
      })),
    ],
  };
}
