/**
 * What runs on a phone's main thread while a page loads: Debian's Chromium at a phone's viewport
 * with the CPU slowed 4× (as Lighthouse's mobile preset), a performance trace of the load and the
 * 3 s after it (when the islands start their work), and where the main thread's time went:
 * parsing the HTML, each script's compile and run (the framework's chunks, ours, and the inline
 * RSC payload the HTML carries), style and layout, paint, garbage collection. Also the long tasks
 * (over 50 ms) and the blocking time they add up to (the part of each past 50 ms, as TBT counts
 * it, here from the first paint). Medians of RUNS loads per page. A benchmark, not a test.
 *
 *   BASE_URL=http://127.0.0.1:3000 node --import tsx scripts/bench/main-thread.ts
 *
 * Optional: PAGES (comma-separated paths), RUNS (3), SLOWDOWN (4), CHROMIUM_PATH; COMPARE_URL (a
 * second site, another build say, whose same pages are traced in turn), BARE_URL (a bare Next.js
 * page, servers/bare-next.ts, whose / is traced in turn: the framework's own cost).
 * MAIN_THREAD_DEBUG=1 also prints, by trace event name, what the "no finer slice" row holds.
 */
import type { Browser, CDPSession } from '@playwright/test';
import { launchChromium, loopbackBaseUrl, median } from './browser-bench';

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string; stackTrace?: { url: string }[] } };
};

const baseUrl: URL = loopbackBaseUrl();
const pages = (process.env.PAGES ?? '/,/news/gmp-welcomes-baroness-casey-recommendations').split(
  ',',
);
const runs = Number(process.env.RUNS ?? 3);
const slowdown = Number(process.env.SLOWDOWN ?? 4);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
].join(',');

/** Where a slice of main-thread time goes; scripts by the file they come from. */
function kindOf(event: TraceEvent): string | null {
  const { name } = event;
  if (name === 'ParseHTML' || /DocumentParser/.test(name)) return 'HTML parsing';
  if (
    /^(DocumentLoader::|LocalWindowProxy::|V8\.DeserializeContext|ContextCreatedNotification|InstallConditionalFeatures)/.test(
      name,
    )
  ) {
    return 'navigation and document set-up';
  }
  if (/^(UpdateLayoutTree|Layout|RecalculateStyles|ParseAuthorStyleSheet|HitTest)$/.test(name)) {
    return 'style and layout';
  }
  if (/^(Paint|PrePaint|Layerize|CompositeLayers|Commit|RasterTask|UpdateLayer)$/.test(name)) {
    return 'paint';
  }
  if (/GC|GCEvent/.test(name) && !/^V8\.GC_MC_BACKGROUND/.test(name)) return 'garbage collection';
  if (
    /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|FunctionCall|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|v8\.run|V8\.Execute|FireIdleCallback|XHRReadyStateChange|v8\.callFunction)$/.test(
      name,
    )
  ) {
    return 'script';
  }
  if (name === 'ResourceReceiveResponse' || name === 'ResourceFinish') return 'other';
  return null;
}

const scriptUrlOf = (event: TraceEvent) =>
  event.args?.data?.url || event.args?.data?.stackTrace?.[0]?.url || '';

function label(url: string, pageUrl: string): string {
  if (!url) return 'script (no file: callbacks, microtasks)';
  if (url === pageUrl || url.startsWith(`${pageUrl}#`)) return 'inline scripts (the RSC payload)';
  const file = url.split('/').pop() ?? url;
  return `script ${file}`;
}

type Breakdown = {
  totals: Map<string, number>;
  longTasks: number;
  blocking: number;
  mainMs: number;
};

/** Self time of each slice on the renderer's main thread, by what it is, in ms. */
function breakdown(events: TraceEvent[], pageUrl: string): Breakdown {
  // The page's main thread is the one that spent longest parsing HTML (not about:blank's).
  const parsing = new Map<string, number>();
  for (const event of events) {
    if (event.name !== 'ParseHTML') continue;
    const thread = `${event.pid}/${event.tid}`;
    parsing.set(thread, (parsing.get(thread) ?? 0) + (event.dur ?? 0));
  }
  const busiest = [...parsing].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const [pid, tid] = busiest.split('/').map(Number);
  const slices = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const firstPaint = events.find((event) => event.name === 'firstContentfulPaint')?.ts ?? 0;
  let longTasks = 0;
  let blocking = 0;
  let mainMs = 0;
  // Each slice's self time (its duration less its children's) goes to its kind, or its nearest
  // ancestor's; a script's to the file it runs (a callback's to its caller's file).
  type Slice = {
    name: string;
    end: number;
    ms: number;
    kind: string | null;
    url: string;
    childMs: number;
  };
  const stack: Slice[] = [];
  const all: Slice[] = [];
  for (const event of slices) {
    while (stack.length && stack.at(-1)!.end <= event.ts) stack.pop();
    const ms = event.dur! / 1000;
    const isTask = event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask';
    if (isTask && stack.length === 0) {
      mainMs += ms;
      if (ms > 50) {
        longTasks += 1;
        if (event.ts >= firstPaint) blocking += ms - 50;
      }
    }
    const parent = stack.at(-1);
    const own = kindOf(event);
    const slice: Slice = {
      name: event.name,
      end: event.ts + event.dur!,
      ms,
      kind: own ?? parent?.kind ?? (isTask ? 'tasks with no finer slice' : null),
      url: (own === 'script' && scriptUrlOf(event)) || parent?.url || '',
      childMs: 0,
    };
    if (parent) parent.childMs += ms;
    stack.push(slice);
    all.push(slice);
  }
  const totals = new Map<string, number>();
  if (process.env.MAIN_THREAD_DEBUG) {
    const byName = new Map<string, number>();
    for (const slice of all) {
      if (slice.kind !== 'tasks with no finer slice') continue;
      byName.set(slice.name, (byName.get(slice.name) ?? 0) + slice.ms - slice.childMs);
    }
    console.error([...byName].sort((a, b) => b[1] - a[1]).slice(0, 15));
  }
  for (const slice of all) {
    const key = slice.kind === 'script' ? label(slice.url, pageUrl) : slice.kind;
    if (key) totals.set(key, (totals.get(key) ?? 0) + slice.ms - slice.childMs);
  }
  return { totals, longTasks, blocking, mainMs };
}

async function traceLoad(browser: Browser, url: string): Promise<Breakdown> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3_000);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return breakdown(events, url);
}

/** The medians of one page's runs, as a table. */
function report(url: string, results: Breakdown[]) {
  const kinds = [...new Set(results.flatMap((result) => [...result.totals.keys()]))];
  const rows = kinds
    .map((kind) => [kind, median(results.map((result) => result.totals.get(kind) ?? 0))] as const)
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1]);
  console.log(`\n### ${url} (${slowdown}× CPU slowdown, median of ${results.length})\n`);
  console.log('| main thread, self time | ms |\n|---|---:|');
  for (const [kind, ms] of rows) console.log(`| ${kind} | ${ms.toFixed(0)} |`);
  const mainMs = median(results.map((result) => result.mainMs));
  console.log(`| **all tasks** | **${mainMs.toFixed(0)}** |`);
  const longTasks = median(results.map((result) => result.longTasks));
  const blocking = median(results.map((result) => result.blocking));
  console.log(
    `\nLong tasks (over 50 ms): ${longTasks}; blocking time after the first paint: ${blocking.toFixed(0)} ms`,
  );
}

async function main() {
  const browser: Browser = await launchChromium();
  // Each page of this site, then the same page of COMPARE_URL, then BARE_URL's page, in turn.
  const urls = pages.flatMap((path) => [
    new URL(path, baseUrl).toString(),
    ...(process.env.COMPARE_URL ? [new URL(path, process.env.COMPARE_URL).toString()] : []),
  ]);
  if (process.env.BARE_URL) urls.push(new URL('/', process.env.BARE_URL).toString());
  const results = new Map<string, Breakdown[]>(urls.map((url) => [url, []]));
  try {
    console.log(`# Main thread while a page loads — ${new Date().toISOString()}`);
    for (let run = 0; run < runs; run++) {
      for (const url of urls) results.get(url)!.push(await traceLoad(browser, url));
    }
    for (const [url, breakdowns] of results) report(url, breakdowns);
  } finally {
    await browser.close();
  }
}

void main();
