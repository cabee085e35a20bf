'use client';

// Island, on /search only: the form, and the results from the index Pagefind wrote at build time.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  queryOf,
  resultsMessage,
  toResultView,
  type PagefindData,
  type ResultView,
} from '@/lib/search/results';

/** Pagefind's browser API, the parts used here. @see https://pagefind.app/docs/api/ */
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
};

/** Written by `npm run build` (scripts/search/build-index.mts) under public/. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 120;
/** Results shown at first, and added by "Show more". */
const PAGE = 10;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once per page, on the first search (or the first focus of the field). */
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // Not bundled: a file of the build's output, fetched from the site as it is.
    const pagefind = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL
    )) as Pagefind;
    await pagefind.options({ excerptLength: 0 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

type State =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'failed'; query: string }
  | {
      status: 'done';
      query: string;
      results: { id: string; data(): Promise<PagefindData> }[];
      shown: ResultView[];
    };

/**
 * The search form and its results. The form is a plain GET form to /search (it is in the
 * prerendered HTML, and works as a link without JavaScript); with JavaScript, it searches as the
 * reader types, keeps the words in the address (`?q=`), and says how many it found.
 */
export function SiteSearch() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ status: 'idle' });
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function run(words: string) {
    const mine = ++sequence.current;
    const term = words.trim();
    history.replaceState(null, '', term ? `/search?q=${encodeURIComponent(term)}` : '/search');
    if (!term) return setState({ status: 'idle' });
    setState({ status: 'searching', query: term });
    try {
      const pagefind = await loadPagefind();
      const { results } = await pagefind.search(term);
      const shown = await views(results.slice(0, PAGE));
      if (mine === sequence.current) setState({ status: 'done', query: term, results, shown });
    } catch (error) {
      console.error('[search]', error);
      if (mine === sequence.current) setState({ status: 'failed', query: term });
    }
  }

  // The words in the address: a shared link, a reload, a submit without JavaScript.
  useEffect(() => {
    const words = queryOf(location.search);
    if (!words) return;
    if (input.current) input.current.value = words;
    // As a task of its own, as a reader's typing would start it.
    const start = setTimeout(() => void run(words), 0);
    return () => clearTimeout(start);
  }, []);

  function onChange(value: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(value), DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(timer.current);
    void run(input.current?.value ?? '');
  }

  async function showMore() {
    if (state.status !== 'done') return;
    const more = await views(state.results.slice(state.shown.length, state.shown.length + PAGE));
    setState({ ...state, shown: [...state.shown, ...more] });
  }

  return (
    <div>
      <form role="search" aria-label="Search" action="/search" method="get" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="block font-semibold">
          Stories and shows
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={inputId}
            name="q"
            type="search"
            ref={input}
            onChange={(event) => onChange(event.target.value)}
            onFocus={() => void loadPagefind().catch(() => {})}
            autoComplete="off"
            enterKeyHint="search"
            className="min-h-11 min-w-0 flex-1 rounded-sm border border-muted px-3 text-lg"
          />
          <button
            type="submit"
            className="min-h-11 rounded-sm bg-brand px-4 font-semibold text-paper hover:bg-brand-dark"
          >
            Search
          </button>
        </div>
      </form>
      <Results state={state} onShowMore={showMore} />
    </div>
  );
}

async function views(results: { data(): Promise<PagefindData> }[]): Promise<ResultView[]> {
  const data = await Promise.all(results.map((result) => result.data()));
  return data.map(toResultView).filter((view): view is ResultView => view !== null);
}

function Results({ state, onShowMore }: { state: State; onShowMore: () => void }) {
  const message =
    state.status === 'searching'
      ? 'Searching…'
      : state.status === 'failed'
        ? 'Search is not working right now. Please try again in a moment.'
        : state.status === 'done'
          ? resultsMessage(state.query, state.results.length, state.shown.length)
          : '';
  const done = state.status === 'done' ? state : null;

  // A mark for the benchmark (scripts/bench/search.mts): when these results were on the page.
  useEffect(() => {
    if (done) performance.mark('search-results', { detail: done.query });
  }, [done]);

  return (
    <div
      className="mt-6"
      data-search-state={state.status}
      data-search-query={state.status === 'idle' ? '' : state.query}
    >
      <p role="status" className="text-muted">
        {message}
      </p>
      {done && done.shown.length > 0 ? (
        <ol aria-label="Results" className="mt-4 divide-y divide-rule border-y border-rule">
          {done.shown.map((view) => (
            <li key={view.url} className="py-4">
              <Result view={view} />
            </li>
          ))}
        </ol>
      ) : null}
      {done && done.shown.length < done.results.length ? (
        <button
          type="button"
          onClick={onShowMore}
          className="mt-4 min-h-11 rounded-sm border border-brand px-4 font-semibold text-brand hover:bg-wash"
        >
          Show more
        </button>
      ) : null}
    </div>
  );
}

function Result({ view }: { view: ResultView }) {
  if (view.kind === 'show') {
    return (
      <article>
        <p className="text-sm font-semibold text-muted uppercase">Show</p>
        <h2 className="text-xl font-bold">
          <a href={view.url} className="text-brand underline">
            {view.title}
          </a>
        </h2>
        {view.presenters ? <p>with {view.presenters}</p> : null}
        <p className="text-muted">{view.times} (UK time)</p>
      </article>
    );
  }
  return (
    <article>
      <p className="text-sm font-semibold text-muted uppercase">
        {view.section}
        {view.date ? (
          <>
            {' · '}
            <time dateTime={view.dateTime}>{view.date}</time>
          </>
        ) : null}
      </p>
      <h2 className="text-xl font-bold">
        <a href={view.url} className="text-brand underline">
          {view.title}
        </a>
      </h2>
      <p className="mt-1 text-muted">{view.standfirst}</p>
    </article>
  );
}
