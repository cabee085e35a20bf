/**
 * Runs once when a server process starts: opens the now-playing store and starts the configured
 * Icecast/AzuraCast poller, so the current track is known before anyone asks for it.
 * @see https://nextjs.org/docs/app/guides/instrumentation
 */
export async function register() {
  // Dynamic import: SQLite and the pollers are Node-only and must not reach the edge runtime.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { ensureNowPlayingStarted } = await import('./lib/now-playing/runtime');
    try {
      ensureNowPlayingStarted();
    } catch (error) {
      // Now playing is one strip of the site: the rest must still serve. The routes retry.
      console.error('[now-playing] could not start', error);
    }
  }
}
