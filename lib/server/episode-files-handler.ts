import 'server-only';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import parseRange from 'range-parser';
import { episodeFiles, readEpisodeRecord } from '@/lib/archive/episode-files';
import { station } from '@/lib/config';
import { jsonChapters, placeTracks } from '@/lib/listen-again/episode';
import { listedEpisodeAiring } from '@/lib/listen-again/listed';
import { schedule } from '@/lib/schedule/load';
import { archiveDir } from './archive-runtime';
import { getPlaysBetween, whenNowPlayingReady } from './runtime';

/**
 * An episode's files, while it is listed: its audio in byte ranges (`206`: a player seeks by
 * asking for the bytes from a point on), streamed from disk and never read into memory whole;
 * and its JSON chapters, the airing's tracks placed in the recording as the play history has them
 * now. A file that is not an episode's, or an episode no longer listed, is a 404.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-range-requests
 */
const FILE = /^(.+?)\.(mp3|chapters\.json)$/;
// An episode does not change once made; it is deleted when it leaves listen again.
const AUDIO_CACHE = 'public, max-age=3600';

export async function getEpisodeFile(request: Request, show: string, file: string) {
  const match = FILE.exec(file);
  const airing =
    match && listedEpisodeAiring(schedule, station.listenAgainDays, show, match[1]!, new Date());
  if (!match || !airing) return notFound();
  const id = match[1]!;
  if (match[2] === 'chapters.json') {
    const record = await readEpisodeRecord(archiveDir(), show, id);
    if (!record) return notFound();
    await whenNowPlayingReady();
    const chapters = jsonChapters(placeTracks(record, getPlaysBetween(airing.start, airing.end)));
    return Response.json(chapters, {
      headers: {
        'Content-Type': 'application/json+chapters; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
      },
    });
  }
  const path = episodeFiles(archiveDir(), show, id).audio;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return notFound();
  return audioResponse(path, info.size, info.mtime, request);
}

function audioResponse(path: string, size: number, modified: Date, request: Request) {
  const headers = new Headers({
    'Content-Type': 'audio/mpeg',
    'Accept-Ranges': 'bytes',
    'Cache-Control': AUDIO_CACHE,
    'Last-Modified': modified.toUTCString(),
  });
  const head = request.method === 'HEAD';
  const header = request.headers.get('range');
  const ranges = header ? parseRange(size, header, { combine: true }) : -2;
  if (ranges === -1) {
    headers.set('Content-Range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  // No range, a malformed one (ignored, as RFC 9110 says), or several: the whole file.
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) {
    headers.set('Content-Length', String(size));
    return new Response(head ? null : stream(path, 0, size - 1, request.signal), { headers });
  }
  const { start, end } = ranges[0]!;
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  headers.set('Content-Length', String(end - start + 1));
  return new Response(head ? null : stream(path, start, end, request.signal), {
    status: 206,
    headers,
  });
}

function stream(path: string, start: number, end: number, signal: AbortSignal) {
  const file = createReadStream(path, { start, end, highWaterMark: 64 * 1024 });
  signal.addEventListener('abort', () => file.destroy(), { once: true });
  return Readable.toWeb(file) as ReadableStream<Uint8Array>;
}

const notFound = () =>
  Response.json(
    { error: 'No such episode: it may have left listen again' },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  );
