/**
 * Where listen again lives on the site: an episode's page (under its show), its audio and
 * chapters (under /listen-again/, which nginx can serve from the episodes' folder directly,
 * docs/deploy.md), and the show's podcast feed.
 */
export const episodePath = (show: string, id: string) => `/shows/${show}/episodes/${id}`;
export const podcastPath = (show: string) => `/shows/${show}/podcast.xml`;
export const LISTEN_AGAIN_PREFIX = '/listen-again';
export const episodeAudioPath = (show: string, id: string) =>
  `${LISTEN_AGAIN_PREFIX}/${show}/${id}.mp3`;
export const episodeChaptersPath = (show: string, id: string) =>
  `${LISTEN_AGAIN_PREFIX}/${show}/${id}.chapters.json`;
