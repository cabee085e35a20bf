import { Picture } from '@/components/site/picture';

/**
 * A show's artwork at `size` CSS pixels (the largest it is drawn), decorative: the show's name is
 * always beside it as text. Served as it is: the pictures are small files of our own.
 */
export function ShowArtwork({
  src,
  size,
  className,
}: {
  src: string;
  size: number;
  className: string;
}) {
  return (
    <Picture
      src={src}
      alt=""
      width={size}
      height={size}
      unoptimized
      className={`bg-wash ${className}`}
    />
  );
}
