import type { Article } from '@/lib/content/load-articles';
import type { Schedule } from '@/lib/schedule/schema';
import { joinNames, wallTimeLabel, weeklyTimes } from '@/lib/shows/airings';
import { showPath } from '@/lib/shows/paths';
import { formatDate } from '@/lib/time/london';
import { mdxToText } from './mdx-text';

/**
 * What the search index holds (scripts/search/build-index.ts writes it with Pagefind at build
 * time): a record per story and per show, each with the words it is found by and what a result
 * shows. Pure: the validated content in, plain records out.
 * @see ../../docs/architecture.md "Search"
 */
export type SearchRecord = {
  url: string;
  /** The words it is found by, most telling first. */
  content: string;
  /** What a result shows; Pagefind keeps these as strings. */
  meta: SearchMeta;
  filters: { kind: ['story'] | ['show'] };
};

export type SearchMeta =
  | {
      kind: 'story';
      title: string;
      standfirst: string;
      section: string;
      date: string;
      dateTime: string;
    }
  | { kind: 'show'; title: string; times: string; presenters: string };

const articlePath = (slug: string) => `/news/${slug}`;

export function storyRecord(article: Article): SearchRecord {
  return {
    url: articlePath(article.slug),
    // The headline, standfirst and tags ahead of the body.
    content: [article.title, article.standfirst, article.tags.join(', '), mdxToText(article.body)]
      .filter(Boolean)
      .join('\n'),
    meta: {
      kind: 'story',
      title: article.title,
      standfirst: article.standfirst,
      section: article.section,
      date: formatDate(new Date(article.publishedAt)),
      dateTime: article.publishedAt,
    },
    filters: { kind: ['story'] },
  };
}

/** "Every day, 11:00pm - 1:00am; Saturdays, 9:00am - 12:00pm" (UK time). */
export function showTimesText(schedule: Schedule, showId: string): string {
  return weeklyTimes(schedule, showId)
    .map((time) => `${time.label}, ${wallTimeLabel(time.start)} - ${wallTimeLabel(time.end)}`)
    .join('; ');
}

export function showRecords(schedule: Schedule): SearchRecord[] {
  return schedule.shows.map((show) => {
    const presenters = joinNames(show.presenters);
    const times = showTimesText(schedule, show.id);
    return {
      url: showPath(show.id),
      content: [show.name, presenters && `with ${presenters}`, show.description, times]
        .filter(Boolean)
        .join('\n'),
      meta: { kind: 'show', title: show.name, times, presenters },
      filters: { kind: ['show'] },
    };
  });
}

export function searchRecords(articles: readonly Article[], schedule: Schedule): SearchRecord[] {
  return [...showRecords(schedule), ...articles.map(storyRecord)];
}
