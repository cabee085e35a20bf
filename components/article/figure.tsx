import { Picture } from '@/components/site/picture';

type Props = {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | string;
  height: number | string;
  /** The lead image is the page's largest paint: load it first. */
  preload?: boolean;
};

/** A photo with its caption and credit, as news pages print them. */
export function Figure({ src, alt, caption, credit, width, height, preload = false }: Props) {
  return (
    <figure className="not-prose my-6">
      <Picture
        src={src}
        alt={alt}
        width={Number(width)}
        height={Number(height)}
        preload={preload}
        sizes="(min-width: 1024px) 720px, 100vw"
        className="h-auto w-full bg-wash"
      />
      <figcaption className="mt-2 flex flex-wrap gap-x-2 text-sm text-muted">
        <span className="text-ink">{caption}</span>
        <span>
          <span className="sr-only">Credit: </span>
          {credit}
        </span>
      </figcaption>
    </figure>
  );
}
