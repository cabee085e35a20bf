/**
 * What /search shows of a Pagefind result, from the meta the index was built with
 * (./records.ts). Pure and small: it ships in the search page's island, and no other page's.
 */
export type ResultView =
  | {
      kind: 'story';
      url: string;
      title: string;
      standfirst: string;
      section: string;
      date: string;
      dateTime: string;
    }
  | { kind: 'show'; url: string; title: string; times: string; presenters: string };

/** A result's data as Pagefind's `result.data()` gives it (the parts we use). */
export type PagefindData = { url: string; meta: Record<string, string | undefined> };

/** The result as /search shows it; null for a record not of ours (an index built otherwise). */
export function toResultView({ url, meta }: PagefindData): ResultView | null {
  const title = meta.title;
  if (!title || !url.startsWith('/')) return null;
  if (meta.kind === 'show') {
    return { kind: 'show', url, title, times: meta.times ?? '', presenters: meta.presenters ?? '' };
  }
  if (meta.kind === 'story') {
    return {
      kind: 'story',
      url,
      title,
      standfirst: meta.standfirst ?? '',
      section: meta.section ?? '',
      date: meta.date ?? '',
      dateTime: meta.dateTime ?? '',
    };
  }
  return null;
}

/** What the status line says once a search is done: the count, and how many are shown. */
export function resultsMessage(query: string, total: number, shown: number): string {
  if (total === 0) return `Nothing found for “${query}”. Try another word, or fewer words.`;
  const count = total === 1 ? '1 result' : `${total.toLocaleString('en-GB')} results`;
  return shown < total
    ? `${count} for “${query}”, best first. Showing the first ${shown}.`
    : `${count} for “${query}”, best first.`;
}

/** The query in a page's address (`?q=`), trimmed; empty when there is none. */
export function queryOf(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}
