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
