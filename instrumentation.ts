/**
 * Runs once when a server process starts: the front door for every request, the now-playing
 * store and pollers, and fresh live data for the cached pages (lib/server/startup.ts).
 * @see https://nextjs.org/docs/app/guides/instrumentation
 */
export async function register() {
  // Node-only (diagnostics_channel, SQLite); `next build` must not start a station runtime.
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    const { startServer } = await import('./lib/server/startup');
    startServer();
  }
}
