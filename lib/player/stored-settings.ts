/**
 * What the player keeps in the browser's storage, parsed defensively: storage is shared with
 * whatever else ran on this origin, and anything can be in it.
 */
export type VolumeSettings = { volume: number; muted: boolean };

export const DEFAULT_VOLUME: VolumeSettings = { volume: 1, muted: false };

/** A volume in [0, 1], to two decimals; anything else becomes `fallback`. */
export function clampVolume(value: unknown, fallback = DEFAULT_VOLUME.volume): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

export function parseVolumeSettings(raw: string | null): VolumeSettings {
  if (!raw) return DEFAULT_VOLUME;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return DEFAULT_VOLUME;
    const { volume, muted } = value as Record<string, unknown>;
    return {
      volume: clampVolume(volume),
      muted: typeof muted === 'boolean' ? muted : DEFAULT_VOLUME.muted,
    };
  } catch {
    return DEFAULT_VOLUME;
  }
}

export function serializeVolumeSettings(settings: VolumeSettings): string {
  return JSON.stringify({ volume: clampVolume(settings.volume), muted: settings.muted });
}

/** How long after the last sign of listening a reload still offers "Resume". */
export const RESUME_WINDOW_MS = 30 * 60_000;

/**
 * True when `raw` (a timestamp in ms, written while the tab was playing) is recent enough to
 * offer "Resume" after a reload. A mark from the future (clock changed) counts as stale.
 */
export function wasListeningRecently(
  raw: string | null,
  now: number,
  windowMs = RESUME_WINDOW_MS,
): boolean {
  if (!raw || !/^\d{1,15}$/.test(raw)) return false;
  const at = Number(raw);
  return at <= now && now - at <= windowMs;
}

/** Where each episode was left, by `<show>/<id>`: seconds in, and when (ms). */
export type EpisodePositions = Record<string, { s: number; at: number }>;
/** The most episodes whose positions are kept: the least recently heard go first. */
export const KEEP_POSITIONS = 30;

export function parseEpisodePositions(raw: string | null): EpisodePositions {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const positions: EpisodePositions = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      const { s, at } = (entry ?? {}) as Record<string, unknown>;
      const valid = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
      if (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(key) && valid(s) && s >= 0 && valid(at)) {
        positions[key] = { s, at };
      }
    }
    return positions;
  } catch {
    return {};
  }
}

/** `positions` with `key` at `seconds` (or without it: null), the newest KEEP_POSITIONS kept. */
export function withPosition(
  positions: EpisodePositions,
  key: string,
  seconds: number | null,
  now: number,
): EpisodePositions {
  const rest = Object.entries(positions).filter(([other]) => other !== key);
  const all =
    seconds === null ? rest : [...rest, [key, { s: Math.floor(seconds), at: now }] as const];
  return Object.fromEntries(all.sort((a, b) => b[1].at - a[1].at).slice(0, KEEP_POSITIONS));
}
