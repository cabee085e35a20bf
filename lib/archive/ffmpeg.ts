import type { Piece } from './segments';

/**
 * What the station log says to ffmpeg and reads back from it, pure: the recorder's arguments
 * (listen to the stream as a listener does, copy the frames into 10 s files, no re-encoding),
 * the lines it reports (its progress, and each segment as it closes), and a cut's concat script.
 * @see https://ffmpeg.org/ffmpeg-formats.html#segment_002c-stream_005fsegment_002c-ssegment
 * @see https://ffmpeg.org/ffmpeg-formats.html#concat-1
 */

export const SEGMENT_SECONDS = 10;
/** The file descriptor the recorder's ffmpeg writes its segment list to (CSV, one line a segment). */
export const SEGMENT_LIST_FD = 3;

/**
 * The recorder: one listener connection, frames copied into `<dir>/<runId>-000000.mp3`… Segment
 * files carry no ID3 tag or Xing header, only frames, so any run of them is playable end to end.
 * `-rw_timeout` ends a connection that stalls for 10 s (the stream gone silent without closing);
 * progress twice a second tells the recorder how far the stream has reached (./stream-clock.ts).
 */
export function recorderArgs({
  url,
  incomingDir,
  runId,
  segmentSeconds = SEGMENT_SECONDS,
}: {
  url: string;
  incomingDir: string;
  runId: string;
  segmentSeconds?: number;
}): string[] {
  return [
    ...['-nostdin', '-hide_banner', '-loglevel', 'error'],
    ...['-rw_timeout', '10000000', '-i', url],
    ...['-map', '0:a:0', '-c', 'copy'],
    ...['-f', 'segment', '-segment_time', String(segmentSeconds), '-segment_format', 'mp3'],
    ...['-segment_format_options', 'write_xing=0:id3v2_version=0'],
    ...['-segment_list', `pipe:${SEGMENT_LIST_FD}`, '-segment_list_type', 'csv'],
    ...['-progress', 'pipe:1', '-stats_period', '0.5'],
    `${incomingDir}/${runId}-%06d.mp3`,
  ];
}

/**
 * The recorder's command line: ffmpeg under `setpriv --pdeathsig TERM` where util-linux has it
 * (every Debian), so that a server killed outright (SIGKILL, the OOM killer) takes its recorder
 * with it. ffmpeg ignores SIGPIPE, and would otherwise record on, unlisted, for good.
 * @see https://man7.org/linux/man-pages/man2/pr_set_pdeathsig.2const.html
 */
export function recorderCommand(args: string[], setpriv: string | null): [string, string[]] {
  return setpriv ? [setpriv, ['--pdeathsig', 'TERM', '--', 'ffmpeg', ...args]] : ['ffmpeg', args];
}

/** A closed segment as the list reports it: its file, and its start and end in stream seconds. */
export type ListedSegment = { file: string; startS: number; endS: number };

/** One line of the segment list (`run-000001.mp3,10.004898,20.009796`), or null. */
export function parseSegmentListLine(line: string): ListedSegment | null {
  const match = /^"?([^",]+)"?,(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!match) return null;
  const [, file = '', start = '', end = ''] = match;
  const [startS, endS] = [Number(start), Number(end)];
  return endS > startS ? { file, startS, endS } : null;
}

/** How far the output has reached, in stream µs, from a `-progress` line (`out_time_us=…`). */
export function parseProgressLine(line: string): number | null {
  const match = /^out_time_us=(\d+)$/.exec(line.trim());
  return match ? Number(match[1]) : null;
}

/**
 * The concat script of a cut: each piece's file with where to begin and end in it. Paths are
 * `file:` URLs, since the script arrives on stdin (a relative path would resolve against `pipe:`).
 */
export function concatScript(pieces: readonly Piece[], folderOf: (piece: Piece) => string) {
  const lines = ['ffconcat version 1.0'];
  for (const piece of pieces) {
    const path = `${folderOf(piece)}/${piece.segment.name}`.replace(/'/g, "'\\''");
    lines.push(`file 'file:${path}'`);
    if (piece.inMs > 0) lines.push(`inpoint ${(piece.inMs / 1000).toFixed(3)}`);
    if (piece.outMs < piece.segment.durationMs) {
      lines.push(`outpoint ${(piece.outMs / 1000).toFixed(3)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A cut: the concat script on stdin, the frames copied to stdout as one MP3, no re-encoding. */
export function cutArgs(): string[] {
  return [
    ...['-nostdin', '-hide_banner', '-loglevel', 'error'],
    ...['-f', 'concat', '-safe', '0', '-protocol_whitelist', 'file,pipe', '-i', 'pipe:0'],
    ...['-map', '0:a', '-c', 'copy', '-write_xing', '0', '-id3v2_version', '0'],
    ...['-f', 'mp3', 'pipe:1'],
  ];
}

/**
 * An episode: the concat script on stdin, the frames copied into one MP3 file with an Xing header
 * (the frame count, so a player knows the real length and seeks by it) and an ID3 tag naming it.
 */
export function episodeArgs(
  out: string,
  { title, artist }: { title: string; artist: string },
): string[] {
  return [
    ...['-nostdin', '-hide_banner', '-loglevel', 'error', '-y'],
    ...['-f', 'concat', '-safe', '0', '-protocol_whitelist', 'file,pipe', '-i', 'pipe:0'],
    ...['-map', '0:a', '-c', 'copy', '-write_xing', '1', '-id3v2_version', '3'],
    ...['-metadata', `title=${title}`, '-metadata', `artist=${artist}`],
    ...['-f', 'mp3', out],
  ];
}
