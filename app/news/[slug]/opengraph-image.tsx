import { ImageResponse } from 'next/og';
import { getAllArticles, getArticle } from '@/lib/content/articles';
import { PRERENDERED_STORIES } from '@/lib/content/paging';
import { station } from '@/lib/config';
import { formatDate } from '@/lib/time/london';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Headline card for an Oldham Reporter article';

export function generateStaticParams() {
  return getAllArticles()
    .slice(0, PRERENDERED_STORIES)
    .map(({ slug }) => ({ slug }));
}

/** A 1200×630 card per article for link previews: brand, section, headline and date. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: '#0b2a4a',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', fontSize: 36, fontWeight: 700, color: '#ffd23f' }}>
        {station.name}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div style={{ fontSize: 28, textTransform: 'uppercase', letterSpacing: 2 }}>
          {article?.section ?? 'News'}
        </div>
        <div style={{ fontSize: article && article.title.length > 80 ? 52 : 64, lineHeight: 1.1 }}>
          {article?.title ?? station.name}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#d6dbe1' }}>
        {article ? formatDate(new Date(article.publishedAt)) : station.stationName}
      </div>
    </div>,
    size,
  );
}
