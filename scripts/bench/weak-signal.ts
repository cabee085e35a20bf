/**
 * Listening on a weak signal: stalls and seconds of silence per 10 minutes in real headless
 * Chromium, its network throttled to 96 kbit/s (the DevTools protocol, as the end-to-end test
 * does), on two servers of the same build playing the same Icecast station in turn: one with the
 * main stream only (MAIN_ONLY_URL), one that also has the 40 kbit/s fallback (BASE_URL).
 *
 *   BASE_URL=http://127.0.0.1:3610 MAIN_ONLY_URL=http://127.0.0.1:3611 \
 *     node --import tsx scripts/bench/weak-signal.ts [--seconds 120] [--rounds 1] [--kbps 96]
 *
 * Each listen is a fresh listener (a new browser context) who presses Listen live and listens for
 * `--seconds` from the first sound. A stall is the element running dry while playing (`waiting`);
 * silence is the time, from the first sound on, that the listener wanted sound (the button says
 * Stop) and the audio clock did not move, sampled every 250 ms. Figures are scaled to 10 minutes;
 * `--seconds 600` measures the full 10. Loopback only. A benchmark, not a test.
 */
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { launchChromium, loopbackBaseUrl } from './browser-bench';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '120' },
    rounds: { type: 'string', default: '1' },
    kbps: { type: 'string', default: '96' },
  },
});
const seconds = Math.min(1_800, Math.max(20, Number(values.seconds) || 120));
const rounds = Math.min(10, Math.max(1, Number(values.rounds) || 1));
const kbps = Math.max(8, Number(values.kbps) || 96);
const withFallback = loopbackBaseUrl();
const mainOnly = (() => {
  const url = new URL(process.env.MAIN_ONLY_URL ?? '');
  if (url.hostname !== '127.0.0.1') throw new Error('MAIN_ONLY_URL must be on 127.0.0.1');
  return url;
})();
const PAGE = '/news/gmp-welcomes-baroness-casey-recommendations';
const SAMPLE_MS = 250;

type Listen = { stalls: number; silentMs: number; listenedMs: number; lowMs: number };
type Marks = Listen & { started: boolean };

/**
 * In the page: counts `waiting` after the first sound, and samples the audio clock. As an
 * object's method (see click-to-sound.ts: tsx would wrap a plain function for the page).
 */
function installProbe(sampleMs: number) {
  const audio = document.querySelector<HTMLAudioElement>('audio[data-player="live"]')!;
  const dock = document.querySelector('[aria-label="Radio player"]')!;
  const marks = { stalls: 0, silentMs: 0, listenedMs: 0, lowMs: 0, started: false };
  let last = audio.currentTime;
  audio.addEventListener('waiting', () => {
    if (marks.started) marks.stalls += 1;
  });
  const probe = {
    tick() {
      const moved = audio.currentTime !== last;
      last = audio.currentTime;
      if (moved) marks.started = true;
      if (marks.started) {
        marks.listenedMs += sampleMs;
        const wanted = [...dock.querySelectorAll('button')].some((b) => b.textContent === 'Stop');
        if (wanted && !moved) marks.silentMs += sampleMs;
        if (audio.currentSrc.includes('quality=low')) marks.lowMs += sampleMs;
      }
    },
  };
  setInterval(probe.tick, sampleMs);
  Object.assign(window, { __weakSignal: marks });
}

async function listenOnce(browser: Browser, base: URL): Promise<Listen> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: (kbps * 1000) / 8,
      uploadThroughput: -1,
    });
    await page.goto(new URL(PAGE, base).toString(), { waitUntil: 'load' });
    const button = page
      .getByRole('region', { name: 'Radio player' })
      .getByRole('button', { name: 'Listen live', exact: true });
    await button.click({ trial: true }); // enabled: hydrated
    // Give the live channel a moment to say whether there is a fallback.
    await page.waitForTimeout(2_000);
    await page.evaluate(installProbe, SAMPLE_MS);
    await button.click();
    await page.waitForFunction(
      () => (window as unknown as { __weakSignal: Marks }).__weakSignal.started,
      null,
      { timeout: 60_000, polling: 250 },
    );
    await page.waitForTimeout(seconds * 1000);
    return await page.evaluate(() => {
      const { started: _, ...listen } = (window as unknown as { __weakSignal: Marks }).__weakSignal;
      return listen;
    });
  } finally {
    await context.close();
  }
}

const perTen = (value: number, listenedMs: number) => (value * 600_000) / listenedMs;

async function main() {
  const browser = await launchChromium();
  const totals = {
    'main only': { stalls: 0, silentMs: 0, listenedMs: 0, lowMs: 0 },
    'with fallback': { stalls: 0, silentMs: 0, listenedMs: 0, lowMs: 0 },
  };
  console.log(
    `# Weak signal: ${kbps} kbit/s, ${rounds} round(s) of ${seconds} s each, taken in turn — ${new Date().toISOString()}`,
  );
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const [name, base] of [
        ['main only', mainOnly],
        ['with fallback', withFallback],
      ] as const) {
        const listen = await listenOnce(browser, base);
        const total = totals[name];
        for (const key of Object.keys(total) as (keyof Listen)[]) total[key] += listen[key];
        console.log(
          `round ${round}, ${name}: ${listen.stalls} stalls, ${(listen.silentMs / 1000).toFixed(1)} s silent in ${(listen.listenedMs / 1000).toFixed(0)} s, ${(listen.lowMs / 1000).toFixed(0)} s on the low stream`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  console.log('\n| listener | stalls / 10 min | silence / 10 min | on the low stream |');
  console.log('|---|---:|---:|---:|');
  const silence: Record<string, number> = {};
  for (const [name, t] of Object.entries(totals)) {
    silence[name] = perTen(t.silentMs, t.listenedMs) / 1000;
    console.log(
      `| ${name} | ${perTen(t.stalls, t.listenedMs).toFixed(1)} | ${silence[name]!.toFixed(1)} s | ${((100 * t.lowMs) / t.listenedMs).toFixed(0)} % |`,
    );
  }
  const ratio = silence['main only']! / Math.max(silence['with fallback']!, 0.25);
  console.log(
    `\nSilence, main only ÷ with fallback: ${ratio.toFixed(1)}× (with-fallback silence floored at 0.25 s, one sample)`,
  );
}

void main();
