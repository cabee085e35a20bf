#!/usr/bin/env node
/**
 * Our own stand-in for Open-Meteo's forecast API, for tests: it answers `GET /v1/forecast` in
 * Open-Meteo's exact response shape and can be told to fail. No dependencies; loopback only.
 *
 *   node e2e/support/open-meteo-stub.mjs --port 4010 [--start 2026-11-30]   (or PORT, START_DATE)
 *
 * Control endpoints:
 *   POST /__mode   body: ok | error500 | hang | malformed | wrong-length     → 204
 *   GET  /__hits   → {"count": n}, the number of /v1/forecast requests since the last reset
 *   POST /__reset  → 204; hits to 0, mode back to ok, hanging requests dropped
 *
 * In `ok` mode it serves Mon–Fri of the coming week (today if today is Monday, in London) with
 * highs of 21, 20, 20, 27 and 28 °C, so the widget reads "Mon 21°C … Fri 28°C".
 * @see https://open-meteo.com/en/docs
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const modes = ['ok', 'error500', 'hang', 'malformed', 'wrong-length'];

export const week = {
  weather_code: [1, 3, 61, 2, 0],
  temperature_2m_max: [21, 20, 20, 27, 28],
  temperature_2m_min: [12.4, 11.6, 13.1, 15.5, 16.2],
};

const dailyVariables = ['weather_code', 'temperature_2m_max', 'temperature_2m_min'];

const addDays = (isoDate, days) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The coming Monday as 'yyyy-MM-dd' in London: today if it is Monday. */
export function comingMonday(now = new Date()) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, (8 - weekday) % 7);
}

/** Open-Meteo answers a bad request with 400 and this body; ours proves what the client sent. */
function checkQuery(query) {
  for (const [name, limit] of [
    ['latitude', 90],
    ['longitude', 180],
  ]) {
    const value = Number(query.get(name) ?? Number.NaN);
    if (!query.has(name) || !Number.isFinite(value) || Math.abs(value) > limit) {
      return `Parameter '${name}' is missing or not a coordinate`;
    }
  }
  const daily = query.getAll('daily').flatMap((value) => value.split(','));
  if (daily.length !== dailyVariables.length || !dailyVariables.every((v) => daily.includes(v))) {
    return `Parameter 'daily' must be ${dailyVariables.join(',')}, got '${daily.join(',')}'`;
  }
  if (query.get('timezone') !== 'Europe/London') {
    return `Parameter 'timezone' must be Europe/London, got '${query.get('timezone')}'`;
  }
  if (query.get('forecast_days') !== '5') {
    return `Parameter 'forecast_days' must be 5, got '${query.get('forecast_days')}'`;
  }
  return undefined;
}

// Open-Meteo reports the zone's current offset; ours is the start date's, near enough for a stub.
function londonZoneOn(isoDate) {
  const abbreviation = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    timeZoneName: 'short',
  })
    .formatToParts(new Date(`${isoDate}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  return abbreviation === 'BST'
    ? { abbreviation, offset: 3600 }
    : { abbreviation: 'GMT', offset: 0 };
}

function forecastBody(query, startDate) {
  const round2 = (value) => Math.round(Number(value) * 100) / 100;
  const zone = londonZoneOn(startDate);
  return {
    latitude: round2(query.get('latitude')),
    longitude: round2(query.get('longitude')),
    generationtime_ms: 0.0629425048828125,
    utc_offset_seconds: zone.offset,
    timezone: 'Europe/London',
    timezone_abbreviation: zone.abbreviation,
    elevation: 167,
    daily_units: {
      time: 'iso8601',
      weather_code: 'wmo code',
      temperature_2m_max: '°C',
      temperature_2m_min: '°C',
    },
    daily: {
      time: week.temperature_2m_max.map((_, i) => addDays(startDate, i)),
      ...week,
    },
  };
}

const sendJson = (response, status, body) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
};

async function readSmallBody(request) {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 1024) break;
  }
  return body.trim();
}

/**
 * Starts the stub on 127.0.0.1. `port: 0` picks a free port.
 * @param {{ port?: number, startDate?: string }} [options]
 */
export async function startStub({ port = 0, startDate = comingMonday() } = {}) {
  let mode = 'ok';
  let hits = 0;
  const hanging = new Set();

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub.invalid');
    const route = `${request.method} ${url.pathname}`;

    if (route === 'GET /v1/forecast') {
      hits += 1;
      const problem = checkQuery(url.searchParams);
      if (problem) return sendJson(response, 400, { error: true, reason: problem });
      const body = forecastBody(url.searchParams, startDate);
      if (mode === 'error500')
        return sendJson(response, 500, { error: true, reason: 'Stub error' });
      if (mode === 'hang') {
        hanging.add(response);
        return void response.on('close', () => hanging.delete(response));
      }
      if (mode === 'malformed') return sendJson(response, 200, JSON.stringify(body).slice(0, 120));
      if (mode === 'wrong-length') {
        body.daily.temperature_2m_max = body.daily.temperature_2m_max.slice(0, 4);
      }
      return sendJson(response, 200, body);
    }
    if (route === 'POST /__mode') {
      const next = await readSmallBody(request);
      if (!modes.includes(next)) {
        return sendJson(response, 400, { error: true, reason: `mode must be one of ${modes}` });
      }
      mode = next;
      return void response.writeHead(204).end();
    }
    if (route === 'GET /__hits') return sendJson(response, 200, { count: hits });
    if (route === 'POST /__reset') {
      mode = 'ok';
      hits = 0;
      for (const held of hanging) held.destroy();
      hanging.clear();
      return void response.writeHead(204).end();
    }
    return sendJson(response, 404, { error: true, reason: `No route ${route}` });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;

  return {
    url: `http://127.0.0.1:${boundPort}`,
    port: boundPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, start: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4010);
  const startDate = values.start ?? process.env.START_DATE ?? comingMonday();
  if (!Number.isInteger(port) || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) {
    console.error('Usage: open-meteo-stub.mjs [--port 4010] [--start yyyy-MM-dd]');
    process.exit(2);
  }
  const stub = await startStub({ port, startDate });
  console.log(`open-meteo-stub listening on ${stub.url} (week of ${startDate})`);
  const stop = () => stub.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
