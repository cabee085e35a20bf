/**
 * Our own stand-in for Open-Meteo's forecast API, for tests: it answers `GET /v1/forecast` in
 * Open-Meteo's exact response shape and can be told to fail. No dependencies; loopback only.
 *
 *   node --import tsx servers/open-meteo-stub.ts --port 4010 [--start 2026-11-30]    (--port 0: any)
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
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

const MODES = ['ok', 'error500', 'hang', 'malformed', 'wrong-length'] as const;
type Mode = (typeof MODES)[number];
const isMode = (value: string): value is Mode => (MODES as readonly string[]).includes(value);
const WEEK = {
  weather_code: [1, 3, 61, 2, 0],
  temperature_2m_max: [21, 20, 20, 27, 28],
  temperature_2m_min: [12.4, 11.6, 13.1, 15.5, 16.2],
};
const london = (date: Date, options?: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', ...options }).format(date);
const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const { values } = parseArgs({ options: { port: { type: 'string' }, start: { type: 'string' } } });
const port = Number(values.port ?? 4010);
// The coming Monday in London: today if it is Monday.
const today = london(new Date());
const startDate = values.start ?? addDays(today, (8 - new Date(today).getUTCDay()) % 7);
if (!Number.isInteger(port)) throw new Error(`--port must be a number, not ${values.port}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) throw new Error(`--start must be yyyy-MM-dd`);
// Open-Meteo reports the zone's current offset; ours is the start date's, near enough here.
const bst = london(new Date(`${startDate}T12:00:00Z`), { timeZoneName: 'short' }).endsWith('+1');

/** Open-Meteo answers a bad request with 400 and a reason; ours proves what the client sent. */
function problemWith(query: URLSearchParams): string | undefined {
  const coordinate = (name: string, limit: number) =>
    Math.abs(Number(query.get(name) ?? NaN)) <= limit;
  if (!coordinate('latitude', 90) || !coordinate('longitude', 180)) {
    return "Parameters 'latitude' and 'longitude' must be coordinates";
  }
  const expected = {
    daily: Object.keys(WEEK).join(','),
    timezone: 'Europe/London',
    forecast_days: '5',
  };
  const sorted = (list: string) => list.split(',').sort().join(',');
  for (const [name, value] of Object.entries(expected)) {
    const given = query.getAll(name).join(',');
    if (name === 'daily' ? sorted(given) !== sorted(value) : given !== value) {
      return `Parameter '${name}' must be ${value}, got '${given}'`;
    }
  }
}

function forecastBody(query: URLSearchParams) {
  const round2 = (value: string | null) => Math.round(Number(value) * 100) / 100;
  return {
    latitude: round2(query.get('latitude')),
    longitude: round2(query.get('longitude')),
    generationtime_ms: 0.0629425048828125,
    utc_offset_seconds: bst ? 3600 : 0,
    timezone: 'Europe/London',
    timezone_abbreviation: bst ? 'BST' : 'GMT',
    elevation: 167,
    daily_units: {
      time: 'iso8601',
      weather_code: 'wmo code',
      temperature_2m_max: '°C',
      temperature_2m_min: '°C',
    },
    daily: {
      time: WEEK.weather_code.map((_, i) => addDays(startDate, i)),
      ...structuredClone(WEEK),
    },
  };
}

const send = (response: ServerResponse, status: number, body?: unknown) => {
  if (status === 204) return void response.writeHead(204).end();
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
};

let mode: Mode = 'ok';
let hits = 0;
const hanging = new Set<ServerResponse>();

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://stub.invalid');
  const route = `${request.method} ${url.pathname}`;
  if (route === 'GET /v1/forecast') {
    hits += 1;
    const problem = problemWith(url.searchParams);
    if (problem) return send(response, 400, { error: true, reason: problem });
    const body = forecastBody(url.searchParams);
    if (mode === 'error500') return send(response, 500, { error: true, reason: 'Stub error' });
    if (mode === 'hang') {
      hanging.add(response);
      return void response.on('close', () => hanging.delete(response));
    }
    if (mode === 'malformed') return send(response, 200, JSON.stringify(body).slice(0, 120));
    if (mode === 'wrong-length') body.daily.temperature_2m_max.pop();
    return send(response, 200, body);
  }
  if (route === 'POST /__mode') {
    let next = '';
    for await (const chunk of request) if ((next += chunk).length > 64) break;
    const asked = next.trim();
    if (!isMode(asked)) {
      return send(response, 400, { error: true, reason: `mode must be one of ${MODES}` });
    }
    mode = asked;
    return send(response, 204);
  }
  if (route === 'GET /__hits') return send(response, 200, { count: hits });
  if (route === 'POST /__reset') {
    mode = 'ok';
    hits = 0;
    for (const held of hanging) held.destroy();
    return send(response, 204);
  }
  return send(response, 404, { error: true, reason: `No route ${route}` });
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `open-meteo-stub listening on http://127.0.0.1:${(server.address() as AddressInfo).port} (week of ${startDate})`,
  );
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
