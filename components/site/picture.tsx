import { getImageProps, type ImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

type Props = Omit<ImageProps, 'priority' | 'preload'> & {
  /** The page's largest image: fetched first, and announced before the HTML reaches it. */
  preload?: boolean;
};

/**
 * An image as next/image would render it (sizes, srcset through the image optimizer, width and
 * height against layout shift), but as plain server-rendered HTML: `<Image>` is a client
 * component, and shipping its JavaScript to every article only to print an <img> costs readers
 * 5.6 kB (gzip) for nothing interactive.
 * @see https://nextjs.org/docs/app/api-reference/components/image#getimageprops
 */
export function Picture({ preload = false, ...image }: Props) {
  // The preload below goes out as a `Link` header; the tag says high priority too, so the browser
  // (and Lighthouse's model of it) fetches the image first wherever it finds it first.
  const { props } = getImageProps({
    ...image,
    preload,
    ...(preload ? { fetchPriority: 'high' as const } : {}),
  });
  if (preload && typeof props.src === 'string') {
    preloadResource(props.src, {
      as: 'image',
      fetchPriority: 'high',
      ...(props.srcSet ? { imageSrcSet: props.srcSet } : {}),
      ...(props.sizes ? { imageSizes: props.sizes } : {}),
    });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from the caller, through getImageProps
  return <img {...props} />;
}
