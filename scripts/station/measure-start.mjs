#!/usr/bin/env node
// Click-to-sound of a live stream in real headless Chromium: the time from `audio.play()` to
// the first `playing` event and to `currentTime > 0`, over several fresh listeners (new
// browser context, cache-busting query each run). Also checks that the audio is real: the
// samples seen through Web Audio are not silent (this needs the CORS header on the stream,
// else Chromium hands Web Audio zeros), and currentTime keeps pace with the wall clock.
//
//   import { measureClickToSound } from './measure-start.mjs';
//   const r = await measureClickToSound({ streamUrl: 'http://127.0.0.1:8000/live', runs: 5 });
//   r.medianPlayingMs, r.medianAdvancingMs, r.runs[i] = { playingMs, advancingMs, rms, rate }
//
// CLI: node scripts/station/measure-start.mjs [--url <stream>] [--runs 5] [--json]
//   without --url it starts its own station (Icecast on a free port + tone source) and stops it.
// The page is served from a tiny http server on 127.0.0.1 (the <audio crossorigin> needs a
// real origin), like the site's player.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>click-to-sound</title>
<body><audio id="player" crossorigin="anonymous" preload="none"></audio></body></html>`;

/** A tiny page server on 127.0.0.1; resolves { url, close() }. */
function servePage() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(PAGE);
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => server.close(() => r(undefined))),
      });
    });
  });
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Runs in the page: play, time the start, then check real, real-time audio. */
async function playAndMeasure({ src, timeoutMs, listenMs }) {
  const audio = /** @type {HTMLAudioElement} */ (document.getElementById('player'));
  const now = () => performance.now();
  const deadline = now() + timeoutMs;
  let playingAt = null;
  let error = null;
  audio.addEventListener('playing', () => (playingAt ??= now()), { once: true });
  audio.addEventListener('error', () => (error = `MediaError ${audio.error?.code}`), {
    once: true,
  });
  const t0 = now();
  audio.src = src;
  const played = audio.play().then(
    () => null,
    (e) => String(e),
  );
  while (audio.currentTime <= 0) {
    if (error) throw new Error(error);
    if (now() > deadline) throw new Error(`no playback after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const advancingAt = now();
  const playError = await played;
  if (playError) throw new Error(playError);

  // real audio: route through Web Audio and look at the samples
  const ctx = new AudioContext();
  await ctx.resume();
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 2048;
  ctx.createMediaElementSource(audio).connect(analyser).connect(ctx.destination);
  const ct0 = audio.currentTime;
  const w0 = now();
  const buf = new Float32Array(analyser.fftSize);
  let sum = 0;
  let n = 0;
  while (now() - w0 < listenMs) {
    await new Promise((r) => setTimeout(r, 50));
    analyser.getFloatTimeDomainData(buf);
    for (const x of buf) sum += x * x;
    n += buf.length;
  }
  const rate = (audio.currentTime - ct0) / ((now() - w0) / 1000);
  audio.pause();
  audio.removeAttribute('src');
  audio.load();
  await ctx.close();
  return {
    playingMs: playingAt === null ? null : playingAt - t0,
    advancingMs: advancingAt - t0,
    rms: Math.sqrt(sum / Math.max(1, n)),
    rate,
  };
}

/**
 * Measure click-to-sound over `runs` fresh listeners.
 * @param {{ streamUrl: string, runs?: number, executablePath?: string, timeoutMs?: number,
 *   listenMs?: number, browser?: import('@playwright/test').Browser }} options
 */
export async function measureClickToSound({
  streamUrl,
  runs = 5,
  executablePath = CHROMIUM_PATH,
  timeoutMs = 15000,
  listenMs = 1500,
  browser: givenBrowser,
}) {
  const { chromium } = await import('@playwright/test');
  const page0 = await servePage();
  const browser = givenBrowser ?? (await chromium.launch({ executablePath, args: CHROMIUM_ARGS }));
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(page0.url);
        const sep = streamUrl.includes('?') ? '&' : '?';
        const src = `${streamUrl}${sep}listener=${Date.now()}-${i}`;
        results.push(await page.evaluate(playAndMeasure, { src, timeoutMs, listenMs }));
      } finally {
        await context.close();
      }
    }
  } finally {
    if (!givenBrowser) await browser.close();
    await page0.close();
  }
  return {
    streamUrl,
    runs: results,
    medianPlayingMs: median(results.map((r) => r.playingMs ?? NaN)),
    medianAdvancingMs: median(results.map((r) => r.advancingMs)),
    minRms: Math.min(...results.map((r) => r.rms)),
    medianRate: median(results.map((r) => r.rate)),
  };
}

async function cli() {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      runs: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  let station = null;
  let streamUrl = values.url;
  if (!streamUrl) {
    const { startStation } = await import('./station.mjs');
    const { freePort } = await import('./icecast.mjs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-start-'));
    station = await startStation({ port: await freePort(), dir });
    streamUrl = station.streamUrl;
    // let Icecast fill its burst buffer as a long-running station would have
    await new Promise((r) => setTimeout(r, 2000));
  }
  try {
    const r = await measureClickToSound({ streamUrl, runs: Number(values.runs) });
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else {
      r.runs.forEach((x, i) =>
        console.log(
          `run ${i + 1}: playing ${x.playingMs?.toFixed(0)} ms, currentTime>0 ${x.advancingMs.toFixed(0)} ms, rms ${x.rms.toFixed(3)}, rate ${x.rate.toFixed(2)}`,
        ),
      );
      console.log(
        `median click-to-sound over ${r.runs.length} runs: playing ${r.medianPlayingMs.toFixed(0)} ms, currentTime>0 ${r.medianAdvancingMs.toFixed(0)} ms (${streamUrl})`,
      );
    }
  } finally {
    if (station) {
      await station.stop();
      fs.rmSync(station.dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
