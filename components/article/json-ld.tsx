import { serializeJsonLd } from '@/lib/content/json-ld';

/** Structured data for search engines; data only, never executed. */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
