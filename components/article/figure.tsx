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
  /** It stands in for a photo we do not hold: on a phone, a thumbnail beside its caption. */
  placeholder?: boolean;
};

/**
 * A photo with its caption and credit, as news pages print them. A placeholder takes a full
 * screen's width only from `sm` up: on a phone the story comes first.
 */
export function Figure({
  src,
  alt,
  caption,
  credit,
  width,
  height,
  preload = false,
  placeholder = false,
}: Props) {
  const compact = placeholder ? 'max-sm:flex max-sm:items-start max-sm:gap-3' : '';
  return (
    <figure className={`not-prose my-6 ${compact}`}>
      <Picture
        src={src}
        alt={alt}
        width={Number(width)}
        height={Number(height)}
        preload={preload}
        sizes={
          placeholder
            ? '(min-width: 1024px) 720px, (min-width: 640px) 100vw, 112px'
            : '(min-width: 1024px) 720px, 100vw'
        }
        className={`h-auto w-full bg-wash ${placeholder ? 'max-sm:w-28 max-sm:shrink-0' : ''}`}
      />
      <figcaption
        className={`mt-2 flex flex-wrap gap-x-2 text-sm text-muted ${placeholder ? 'max-sm:mt-0' : ''}`}
      >
        <span className="text-ink">{caption}</span>
        <span>
          <span className="sr-only">Credit: </span>
          {credit}
        </span>
      </figcaption>
    </figure>
  );
}
