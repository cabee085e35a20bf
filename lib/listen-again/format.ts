/**
 * An episode's times as people read them. On its own, with no imports: the dock and the episode's
 * buttons ship it to the browser, which must not get the record's schema (zod) with it.
 */
/** "1:02:03" or "4:05": a position or a length, as players show it. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "2 hours 5 minutes", "45 minutes", "30 seconds": a length in words, for the page and screen readers. */
export function formatLength(seconds: number): string {
  const total = Math.round(seconds);
  if (total < 60) return `${total} ${total === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.round(total / 60);
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  const words = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (h === 0) return words(m, 'minute');
  return m === 0 ? words(h, 'hour') : `${words(h, 'hour')} ${words(m, 'minute')}`;
}
