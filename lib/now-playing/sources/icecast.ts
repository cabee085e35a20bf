import { z } from 'zod';
import { repairUtf8ReadAsLatin1 } from '../repair-utf8';
import { splitArtistTitle } from '../split-artist-title';
import { looseTextSchema, toLenientTrack, type TrackInput } from '../track';
import { startPoller, type Poller, type PollerOptions, type SourceReading } from './poller';

/**
 * Icecast 2's `status-json.xsl`: the only place Icecast tells us the current title.
 * @see ../../../docs/icecast.md "status-json.xsl"
 */

const mountSchema = z.object({
  listenurl: z.string().optional().catch(undefined),
  // Icecast prints titles such as 1999 or true as JSON numbers and booleans.
  title: looseTextSchema,
  artist: looseTextSchema,
});

const statusSchema = z.object({
  // Absent with no mounts, an object with one, an array with two or more.
  icestats: z.object({ source: z.unknown().optional() }),
});

export function parseIcecastStatus(text: string, mount: string): SourceReading {
  const json = parseJsonLeniently(text);
  if (json === undefined) return { status: 'invalid', reason: 'invalid JSON' };
  const status = statusSchema.safeParse(json);
  if (!status.success) return { status: 'invalid', reason: 'no icestats object' };
  const { source } = status.data.icestats;
  const sources = source === undefined ? [] : Array.isArray(source) ? source : [source];
  const wanted = normaliseMount(mount);
  // The mount name appears only in listenurl, so compare URL paths.
  const found = sources
    .map((candidate) => mountSchema.safeParse(candidate))
    .find((parsed) => parsed.success && mountPath(parsed.data.listenurl) === wanted);
  // No source on the mount: nothing is being broadcast (the poller waits a grace period).
  if (!found?.success) return { status: 'off-air', reason: `mount ${wanted} not found` };
  const track = toTrack(found.data);
  // The mount is up without a title (ffmpeg sends none, Opus mounts have none): still on air.
  return track ? { status: 'track', track } : { status: 'untitled', reason: 'no title' };
}

function toTrack(mount: z.infer<typeof mountSchema>): TrackInput | null {
  // A mount without <charset>UTF-8</charset> hands over UTF-8 titles read as Latin-1.
  const artist = repairUtf8ReadAsLatin1(mount.artist ?? '');
  const title = repairUtf8ReadAsLatin1(mount.title ?? '');
  // Ogg mounts carry artist and title separately; MP3 mounts one "Artist - Title" string.
  if (artist.trim()) return toLenientTrack({ artist, title });
  return toLenientTrack(splitArtistTitle(title));
}

/**
 * A title of "-" makes Icecast print `"title":-`, which breaks the whole document, including
 * every other mount. When strict parsing fails we quote a bare `-` value and try once more; the
 * repaired "-" title then reads as "no title" (a track on air stays; after off air, on air again).
 */
function parseJsonLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/:\s*-\s*(?=[,}\]])/g, ':"-"'));
    } catch {
      return undefined;
    }
  }
}

function normaliseMount(mount: string): string {
  const trimmed = mount.trim();
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function mountPath(listenurl: string | undefined): string | undefined {
  if (!listenurl) return undefined;
  try {
    return decodeURIComponent(new URL(listenurl).pathname);
  } catch {
    return undefined;
  }
}

export const DEFAULT_ICECAST_MOUNT = '/live';

type IcecastPollerOptions = Omit<PollerOptions, 'name' | 'url' | 'parse'> & {
  statusUrl: string;
  mount?: string;
};

export function startIcecastPoller({
  statusUrl,
  mount = DEFAULT_ICECAST_MOUNT,
  ...options
}: IcecastPollerOptions): Poller {
  return startPoller({
    ...options,
    name: `icecast ${mount}`,
    url: statusUrl,
    parse: (text) => parseIcecastStatus(text, mount),
  });
}
