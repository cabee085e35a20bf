import { imageType } from '@/lib/http/media-type';

/**
 * What the player and the Media Session show: the track on air, else the show, else the
 * station, with artwork in the same order of preference (track → show → station).
 * @see https://w3c.github.io/mediasession/#the-mediametadata-interface
 */
export type TrackInfo = { artist: string; title: string; artwork?: string };
export type ShowInfo = { show: string; image?: string };
export type StationInfo = { stationName: string; stationArtwork: string };

export type ArtworkImage = { src: string; type?: string; sizes?: string };

export type PlayerMetadata = {
  title: string;
  artist: string;
  album: string;
  artwork: ArtworkImage[];
};

type Sources = { track: TrackInfo | null; show: ShowInfo | null } & StationInfo;

/** Artwork candidates, best first, without blanks or repeats: for an <img> that falls back. */
export function artworkChain({ track, show, stationArtwork }: Sources): string[] {
  const candidates = [track?.artwork, show?.image, stationArtwork].map((src) => src?.trim());
  return [...new Set(candidates.filter((src): src is string => !!src))];
}

function artworkImage(src: string): ArtworkImage {
  const type = imageType(src);
  return type ? { src, type } : { src };
}

export function playerMetadata(sources: Sources): PlayerMetadata {
  const { track, show, stationName, stationArtwork } = sources;
  const [best] = artworkChain(sources);
  const artwork = best ? [artworkImage(best)] : [];
  // Lock screens often cannot draw SVG (the show images are SVG): offer the station's bitmap too.
  if (best && imageType(best) === 'image/svg+xml' && best !== stationArtwork && stationArtwork) {
    artwork.push(artworkImage(stationArtwork));
  }
  if (track) return { title: track.title, artist: track.artist, album: stationName, artwork };
  if (show) return { title: show.show, artist: stationName, album: stationName, artwork };
  return { title: stationName, artist: '', album: stationName, artwork };
}
