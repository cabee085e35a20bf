/**
 * The real Icecast 2 station of this worker's lane (servers/station: four ~20 s tone tracks
 * whose titles change with the track), started by playwright.config.ts's webServer entries and
 * controlled here through Icecast's own admin API. Timings (docs/icecast.md): a title shows in
 * status-json 0.1–0.6 s after it is set; after the source drops, a playing <audio> goes on for
 * Icecast's burst, ~17 s, before it ends.
 */
import { icecastPassword as password, lane, ports } from './env';
import * as station from '../../servers/station/station';
import { sleep, waitFor } from '../../servers/wait';

const port = ports.icecast + lane;

/** What the site of this lane is given: STREAM_URL, ICECAST_STATUS_URL, ICECAST_MOUNT. */
export const E2E_STATION_ENV = station.stationEnv(port);

const reading = async () => (await station.readMount(port)).status;

export async function connectTestStation() {
  return {
    /** Sets the title ("Artist - Title") until resumeTitles(); resolves once Icecast shows it. */
    async setTitle(title: string) {
      // Once more if the station's own track change landed just after ours: it may replace ours
      // before Icecast ever shows it (the station read the old title, then we set ours), or after.
      const shown = async () => station.isTrack(await station.readMount(port), title);
      for (let attempt = 0; attempt < 4; attempt++) {
        await station.setTitle(port, password, title);
        const seen = await waitFor(`title ${title}`, shown, 5_000).then(
          () => true,
          () => false,
        );
        if (!seen) continue;
        await sleep(600);
        if (await shown()) return;
      }
      throw new Error(`The station kept replacing the title ${title}`);
    },
    /** Back to the tracks' titles: any track's title, and the station puts the right one. */
    async resumeTitles() {
      await station.setTitle(port, password, station.trackTitle(station.TRACKS[0]!));
    },
    /** Icecast drops the source (which then exits); resolves once both its mounts are gone. */
    async stopSource() {
      await station.admin(port, password, 'killsource');
      await waitFor('the mount to go', async () => (await reading()) === 'off-air', 5_000);
      // ffmpeg exits at its next write to the dropped mount, taking the low one with it.
      await waitFor('the low mount to go', async () => !(await station.lowMountUp(port)), 5_000);
    },
    /**
     * A new source, unless one is on air with a title; resolves once the mount is back with its
     * first track's title (one on air without a title is given it).
     */
    async startSource() {
      const now = await reading();
      if (now === 'track') return;
      // Detached: it belongs to the station, and ends when Icecast stops at the end of the run.
      if (now === 'off-air') station.startSource(port, password, { detached: true }).unref();
      await station.titleNewSource(port, password);
    },
    /**
     * A new source that sends no title, as ffmpeg does by itself (and an encoder with its
     * metadata off): nobody names its tracks. Resolves once the mount is up.
     */
    async startUntitledSource() {
      station.startSource(port, password, { detached: true }).unref();
      await waitFor('the source', async () => (await reading()) === 'untitled');
    },
  };
}
