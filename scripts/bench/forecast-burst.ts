#!/usr/bin/env node
/**
 * A burst of page views must cost Open-Meteo at most one request (the forecast issue's "done
 * when"). Against a running site whose OPEN_METEO_URL points at our stub, this resets the stub,
 * fetches a page REQUESTS times, CONCURRENCY at a time, reading each body to the end (the
 * forecast streams in last), then prints the stub's hit count and the latency p50/p99.
 *
 *   BASE_URL=http://127.0.0.1:3000 STUB_URL=http://127.0.0.1:4010 node --import tsx scripts/bench/forecast-burst.ts
 *
 * Optional: PAGE_PATH (default /), REQUESTS (1000), CONCURRENCY (50), STUB_MODE (ok; or error500,
 * hang, malformed, wrong-length: the burst with the upstream failing), MAX_P99_MS (unset: not
 * checked). Exits 1 if the stub was hit more than once, or any page was not 200.
 * Note: a site that fetched a forecast in the last 10 minutes may make no request at all (0 hits).
 */
export {}; // a module: its names are its own

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const stubUrl = process.env.STUB_URL ?? 'http://127.0.0.1:4010';
const pagePath = process.env.PAGE_PATH ?? '/';
const total = Number(process.env.REQUESTS ?? 1000);
const concurrency = Number(process.env.CONCURRENCY ?? 50);
const maxP99 = process.env.MAX_P99_MS ? Number(process.env.MAX_P99_MS) : undefined;
const stubMode = process.env.STUB_MODE ?? 'ok';

const latencies: number[] = [];
/** Responses other than 200 by status, and failed requests by error message. */
const failures = new Map<number | string, number>();
let next = 0;

async function worker() {
  while (next < total) {
    next += 1;
    const started = performance.now();
    try {
      const response = await fetch(new URL(pagePath, baseUrl), {
        headers: { 'user-agent': 'forecast-burst' },
      });
      await response.arrayBuffer();
      if (response.status !== 200)
        failures.set(response.status, (failures.get(response.status) ?? 0) + 1);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
    }
    latencies.push(performance.now() - started);
  }
}

/** The p-th percentile of the latencies, once sorted. */
const percentile = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  for (const [path, body] of [
    ['/__reset', ''],
    ['/__mode', stubMode],
  ]) {
    const response = await fetch(`${stubUrl}${path}`, { method: 'POST', body });
    if (!response.ok)
      throw new Error(`Stub at ${stubUrl} refused ${path}: HTTP ${response.status}`);
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;

  const { count: hits } = (await (await fetch(`${stubUrl}/__hits`)).json()) as { count: number };
  latencies.sort((a, b) => a - b);

  console.log(
    `${total} × GET ${new URL(pagePath, baseUrl)} (concurrency ${concurrency}) in ${ms(elapsed)}`,
  );
  console.log(
    `latency p50 ${ms(percentile(50))}, p99 ${ms(percentile(99))}, max ${ms(latencies.at(-1)!)}`,
  );
  console.log(`upstream (stub, mode ${stubMode}) requests: ${hits}`);
  if (failures.size > 0) console.log('not 200:', Object.fromEntries(failures));

  const problems = [
    hits > 1 && `the stub was hit ${hits} times (at most 1 allowed)`,
    failures.size > 0 && 'some pages did not answer 200',
    maxP99 !== undefined && percentile(99) > maxP99 && `p99 over ${maxP99} ms`,
  ].filter((problem): problem is string => Boolean(problem));
  for (const problem of problems) console.error(`FAIL: ${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

void main();
