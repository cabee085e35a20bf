import 'server-only';
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { folderOf, listSegments } from '@/lib/archive/archive-files';
import { concatScript, cutArgs } from '@/lib/archive/ffmpeg';
import { coverSpan, type Piece } from '@/lib/archive/segments';
import { formatGaps, parseArchiveRange, stationLogFileName } from '@/lib/archive/station-log';
import { refuseStationRequest } from '@/lib/http/station-request';
import { formatLondonIso } from '@/lib/time/london';
import { archiveDir } from './archive-runtime';
import { stationRequestDeps } from './runtime';

/**
 * `GET /api/archive?from=…&to=…`, the station log for staff: the ingest's token (and its rate
 * limit), a span of at most 4 hours, answered as one MP3 made by ffmpeg from the segments that
 * cover it (frames copied, trimmed to the span at frame boundaries) and streamed as ffmpeg writes
 * it, never held in memory. Where the recorder had nothing (the stream was down), the file is
 * shorter by that much: a gap stays a gap, and the answer says where each is
 * (`X-Archive-Gaps`, ISO 8601 intervals) and how much audio it holds (`X-Archive-Recorded-Seconds`).
 * `HEAD` says the same without making the file.
 */
export async function getArchive(request: Request, { head = false } = {}): Promise<Response> {
  const refused = await refuseStationRequest(request, stationRequestDeps());
  if (refused) return refused;
  const range = parseArchiveRange(new URL(request.url).searchParams);
  if ('error' in range) return json(400, range);
  const [from, to] = [+range.from, +range.to];
  const dir = archiveDir();
  const coverage = coverSpan(await listSegments(dir, from, to), from, to);
  if (coverage.pieces.length === 0) {
    const span = `${formatLondonIso(range.from)} and ${formatLondonIso(range.to)}`;
    return json(404, { error: `Nothing was recorded between ${span}` });
  }
  const headers = new Headers({
    'Content-Type': 'audio/mpeg',
    'Content-Disposition': `attachment; filename="${stationLogFileName(range.from, range.to)}"`,
    'Cache-Control': 'private, no-store',
    'X-Archive-Recorded-Seconds': (coverage.recordedMs / 1000).toFixed(3),
  });
  // Every gap, unless there are absurdly many (a stream that dropped every few seconds).
  if (coverage.gaps.length > 0)
    headers.set('X-Archive-Gaps', formatGaps(coverage.gaps.slice(0, 200)).join(', '));
  if (head) return new Response(null, { headers });
  const body = await startCut(coverage.pieces, dir, request.signal);
  if (!body) return json(500, { error: 'The recording could not be read: try again' });
  return new Response(body, { headers });
}

const json = (status: number, body: { error: string }) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * ffmpeg concatenating the pieces to its stdout, as a web stream once its first bytes are there
 * (null when it wrote none: a segment deleted meanwhile, say). A client that goes away ends it.
 */
function startCut(
  pieces: readonly Piece[],
  dir: string,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array> | null> {
  const ffmpeg = spawn('ffmpeg', cutArgs(), { stdio: ['pipe', 'pipe', 'pipe'] });
  ffmpeg.stdin.on('error', () => {});
  ffmpeg.stdin.end(concatScript(pieces, (piece) => folderOf(dir, piece.segment)));
  let stderr = '';
  ffmpeg.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-1_000)));
  const abort = () => ffmpeg.kill('SIGKILL');
  signal.addEventListener('abort', abort, { once: true });
  return new Promise((resolve) => {
    ffmpeg.stdout.once('readable', () => {
      // 'readable' with nothing to read is the end: ffmpeg wrote nothing.
      if (ffmpeg.stdout.readableLength > 0) {
        resolve(Readable.toWeb(ffmpeg.stdout) as ReadableStream<Uint8Array>);
      }
    });
    ffmpeg.once('error', () => resolve(null));
    ffmpeg.once('close', (code) => {
      signal.removeEventListener('abort', abort);
      if (code) console.warn(`[archive] a cut failed (ffmpeg ${code}): ${stderr.trim()}`);
      resolve(null);
    });
  });
}
