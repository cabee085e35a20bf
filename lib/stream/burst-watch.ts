import 'server-only';
import { measureBurst, type StreamBurst } from './burst';

const EVERY_MS = 10 * 60_000;
/** After a listen that could not measure the burst, before there is one: the next try. */
const RETRY_MS = 30_000;
// The burst a new listener gets is the most of the last hour's listens: a source that has
// just (re)started has a short one until Icecast's buffer fills.
const KEEP = 6;

export type BurstWatch = {
  current(): StreamBurst | null;
  stop(): void;
};

/** Measures the stream's burst now and every ten minutes; `onChange` hears of each change. */
export function startBurstWatch({
  url,
  onChange,
  measure = measureBurst,
  everyMs = EVERY_MS,
}: {
  url: string;
  onChange: (burst: StreamBurst) => void;
  measure?: (url: string) => Promise<StreamBurst | null>;
  everyMs?: number;
}): BurstWatch {
  let recent: StreamBurst[] = [];
  let current: StreamBurst | null = null;
  let stopped = false;

  const run = async () => {
    const burst = await measure(url);
    if (stopped) return;
    // Not measured yet (the stream was down, or the machine too busy to time it): again soon,
    // not in ten minutes, since players are waiting for it.
    if (!burst) {
      if (!current) setTimeout(() => void run(), RETRY_MS).unref?.();
      return;
    }
    recent = [...recent, burst].slice(-KEEP);
    const most = recent.reduce((a, b) => (b.burstSeconds > a.burstSeconds ? b : a));
    if (most.burstSeconds === current?.burstSeconds) return;
    current = most;
    onChange(most);
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref?.();

  return {
    current: () => current,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
