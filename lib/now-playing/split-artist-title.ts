/**
 * Splits Icecast-style "Artist - Title" text. Only the spaced " - " separates, so hyphenated
 * names ("Jay-Z", "A-ha") survive; the FIRST separator wins, so "Artist - Title - Remix" keeps
 * the remix in the title. Without a separator the whole text is the title and the artist is
 * empty: the UI then shows the title alone rather than guessing (the station name would be a
 * guess too, and the page already shows it).
 * @see ../../docs/icecast.md "status-json.xsl"
 */
export function splitArtistTitle(text: string): { artist: string; title: string } {
  // Searched before trimming, so "Morning Show - " and " - Title" still split.
  const at = text.indexOf(' - ');
  if (at === -1) return { artist: '', title: text.trim() };
  const artist = text.slice(0, at).trim();
  const title = text.slice(at + 3).trim();
  // "Station ID - " has no title part: show what there is as the title.
  if (!title) return { artist: '', title: artist };
  return { artist, title };
}
