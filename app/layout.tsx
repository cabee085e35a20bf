import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AlertBanner } from '@/components/alerts/alert-banner';
import { LiveStrip } from '@/components/live/live-strip';
import { PlayerDock } from '@/components/player/player-dock';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { inter, sourceSerif, sourceSerifItalic } from '@/components/site/fonts';
import { siteUrl, station } from '@/lib/config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: `${station.name} — ${station.stationName}`, template: `%s | ${station.name}` },
  description: station.description,
  alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: station.name }] } },
  openGraph: { siteName: station.name, locale: 'en_GB', type: 'website' },
};

export const viewport: Viewport = {
  themeColor: '#0b2a4a',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html
      lang="en-GB"
      className={`${inter.variable} ${sourceSerif.variable} ${sourceSerifItalic.variable}`}
    >
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <AlertBanner />
        <SiteHeader live={<LiveStrip />} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <PlayerDock />
      </body>
    </html>
  );
}
