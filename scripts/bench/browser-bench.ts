/**
 * What the benchmarks that drive a browser share: a site on this machine only, Debian's Chromium
 * (Playwright cannot download browsers here), and the median of what they measured.
 */
import type { Browser } from '@playwright/test';

export const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** BASE_URL (default http://127.0.0.1:3000), refused unless it is on this machine. */
export function loopbackBaseUrl(): URL {
  const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
  if (!LOOPBACK.has(baseUrl.hostname)) {
    throw new Error(`BASE_URL must be loopback, not ${baseUrl.hostname}`);
  }
  return baseUrl;
}

/** Headless Chromium at CHROMIUM_PATH (/usr/bin/chromium), kept from reaching Google. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** The median of the finite values (NaN stands for a run that measured nothing); NaN if none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
