import 'server-only';
import type { RedisLink } from '@/lib/redis/connection';
import { CHANGES_CHANNEL, pause, retryWhileUp } from '@/lib/redis/connection';
import { createInProcessBus, type InProcessBus } from '@/lib/live/bus';
import { encodeNowPlayingFrame } from '@/lib/live/event-stream';
import { PUSH_PRECEDENCE_MS, REPLAY_LIMIT, replayFrames, type StationNowPlaying } from './service';
import { createSharedPlays, parsePlayAnnouncement } from './shared-plays';
import type { NowPlaying } from './track';

/**
 * Now playing shared by every instance through Redis (REDIS_URL). A change is stored and
 * announced on the changes channel in one atomic step by whichever instance accepts it; every
 * instance, that one included, hears the announcement on its one subscriber connection,
 * updates its copy, encodes the SSE frame once and hands it to its own listeners (the
 * in-process bus), and revalidates its own cached pages (`onChange`). After Redis comes back,
 * each instance reloads and sends its listeners what they missed, so an open page catches up.
 */
export type SharedNowPlayingService = StationNowPlaying & {
  /** Resolves once the first copy is loaded from Redis (or Redis did not answer in time). */
  ready(): Promise<void>;
};

/** How many plays' sending this instance remembers: more than a reconnection ever replays. */
const SENT_MEMORY = 1_000;
/** How long a request waits for the first load before it is answered with what there is. */
const READY_WAIT_MS = 3_000;

export function createSharedNowPlayingService({
  link,
  instanceId,
  bus = createInProcessBus(),
  now = () => new Date(),
  pushPrecedenceMs = PUSH_PRECEDENCE_MS,
  keepPlays,
  onChange = () => {},
}: {
  link: RedisLink;
  instanceId: string;
  bus?: InProcessBus;
  now?: () => Date;
  pushPrecedenceMs?: number;
  keepPlays?: number;
  onChange?: (play: NowPlaying) => void;
}): SharedNowPlayingService {
  const plays = createSharedPlays({
    redis: link.commands,
    channel: CHANGES_CHANNEL,
    instanceId,
    keepPlays,
    pushPrecedenceMs,
  });
  let loaded = false;
  let markLoaded = () => {};
  const firstLoad = new Promise<void>((resolve) => (markLoaded = resolve));

  // What this instance's listeners have been sent (play id → revision): a change is sent once,
  // whether it arrives as an announcement or is found by a reload after an outage.
  const sent = new Map<number, number>();
  const wasSent = (play: NowPlaying) => (sent.get(play.id) ?? -1) >= (play.revision ?? 0);
  function markSent(play: NowPlaying) {
    sent.set(play.id, play.revision ?? 0);
    if (sent.size > SENT_MEMORY) sent.delete(sent.keys().next().value!);
  }
  function send(play: NowPlaying) {
    markSent(play);
    bus.publish(encodeNowPlayingFrame(play));
  }

  const stopMessages = link.onMessage((message) => {
    const play = parsePlayAnnouncement(message);
    if (!play) return;
    plays.apply(play);
    if (wasSent(play)) return;
    send(play);
    onChange(play);
  });

  async function catchUp() {
    // Until it succeeds while connected; if Redis went away again (the link has logged it), the
    // next connection runs it anew.
    if (!(await retryWhileUp(link, () => plays.reload()))) return;
    const unsent = plays
      .history(Infinity)
      .filter((play) => !wasSent(play))
      .reverse();
    const first = !loaded;
    loaded = true;
    markLoaded();
    // The first load is what this instance starts from (nobody is waiting for it); after an
    // outage, listeners are sent what they missed, oldest first.
    if (first) unsent.forEach(markSent);
    else unsent.slice(-REPLAY_LIMIT).forEach(send);
    const latest = unsent.at(-1);
    if (latest) onChange(latest);
  }
  // Waited for once, from start-up: with Redis away for longer, requests do not wait again.
  const initialWait = Promise.race([firstLoad, pause(READY_WAIT_MS)]);
  const stopConnected = link.onConnected(() => void catchUp());
  if (link.isUp()) void catchUp();

  return {
    bus,
    record: (track, source) => plays.record(track, source, now()),
    markOffAir: (source) => plays.recordOffAir(source, now()),
    current: () => plays.current(),
    snapshot: (historyLimit = 10) => ({
      current: plays.current(),
      history: plays.history(historyLimit),
    }),
    playsBetween: (from, to, limit = 200) => plays.playsBetween(from, to, limit),
    framesSince: (lastEventId) => replayFrames(plays, lastEventId),
    ready: () => initialWait,
    close() {
      stopMessages();
      stopConnected();
    },
  };
}
