import { getEpisodeFile } from '@/lib/server/episode-files-handler';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';

/**
 * `/listen-again/<show>/<id>.mp3` (an episode's audio, with byte ranges) and
 * `/listen-again/<show>/<id>.chapters.json` (its JSON chapters), while the episode is listed.
 * In production nginx can serve the audio from the episodes' folder itself (docs/deploy.md).
 */
export async function GET(
  request: Request,
  { params }: RouteContext<'/listen-again/[show]/[file]'>,
) {
  const { show, file } = await params;
  return getEpisodeFile(request, show, file);
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
