import { DateTime } from '@/components/date-time';
import { recordingGaps, type EpisodeRecord } from '@/lib/listen-again/episode';
import { formatLength } from '@/lib/listen-again/format';

/**
 * Where the recording falls short of the airing, said plainly: it began late (the recorder
 * started after the programme did), stopped for a while (the stream was down: a gap stays a gap),
 * or ended early. Nothing when it is whole.
 */
export function RecordingNotes({ record }: { record: EpisodeRecord }) {
  const gaps = recordingGaps(record);
  if (gaps.length === 0) return null;
  return (
    <section aria-labelledby="recording-notes-heading" className="mt-6 rounded-md bg-wash p-4">
      <h2 id="recording-notes-heading" className="font-bold">
        About this recording
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {gaps.map((gap) => {
          const missing = formatLength((+gap.to - +gap.from) / 1000);
          return (
            <li key={`${gap.kind}-${+gap.from}`}>
              {gap.kind === 'late-start' ? (
                <>
                  It begins {missing} into the programme, at{' '}
                  <DateTime value={gap.to} format="time-zone" />: the start was not recorded.
                </>
              ) : gap.kind === 'early-end' ? (
                <>
                  It ends at <DateTime value={gap.from} format="time-zone" />, {missing} before the
                  programme did.
                </>
              ) : (
                <>
                  Nothing was recorded from <DateTime value={gap.from} format="time-zone" /> to{' '}
                  <DateTime value={gap.to} format="time-zone" /> ({missing}): the recording goes
                  straight on from there.
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
