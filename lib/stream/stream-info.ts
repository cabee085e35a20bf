import 'server-only';
import { encodeLiveEvent } from '@/lib/live/events';
import type { StreamBurst } from './burst';
import { startBurstWatch, type BurstWatch } from './burst-watch';

export type StreamInfo = {
  /** Stop watching, and forget. */
  stop(): void;
  /** The bursts as last measured, for /api/health. */
  bursts(): { main: StreamBurst | null; fallback: StreamBurst | null };
  /** The frame for a new connection, or none while there is nothing to say. */
  frames(): Uint8Array[];
};

/**
 * What players are told about the station's streams on the live channel (`event: stream`): how
 * far behind live each one starts a listener (its burst, measured by listening), and whether
 * there is a low-bitrate fallback and how long a player waits on it before trying the main
 * stream again. Each stream is measured on its own: Icecast's burst is set in bytes, per mount,
 * so the same setting is a different number of seconds at another bitrate.
 */
export function startStreamInfo({
  url,
  fallbackUrl,
  upAfterSeconds,
  publish,
  watch = startBurstWatch,
}: {
  url: string;
  fallbackUrl: string | null;
  upAfterSeconds: number;
  publish: (frame: Uint8Array) => void;
  watch?: typeof startBurstWatch;
}): StreamInfo {
  const frame = () =>
    encodeLiveEvent('stream', {
      burstSeconds: main.current()?.burstSeconds,
      ...(low
        ? { fallback: { burstSeconds: low.current()?.burstSeconds, upAfterSeconds } }
        : undefined),
    });
  const onChange = () => publish(frame());
  const main: BurstWatch = watch({ url, onChange });
  const low: BurstWatch | null = fallbackUrl ? watch({ url: fallbackUrl, onChange }) : null;
  return {
    stop() {
      main.stop();
      low?.stop();
    },
    bursts: () => ({ main: main.current(), fallback: low?.current() ?? null }),
    // A fallback is worth telling players about before its burst is known.
    frames: () => (main.current() || low ? [frame()] : []),
  };
}
