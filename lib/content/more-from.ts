type Candidate = { slug: string; section: string; tags: readonly string[]; publishedAt: string };

/**
 * Picks the "More from Oldham Reporter" list: never the article itself; same section and
 * shared tags first (a shared section counts as much as two shared tags), then newest, then by
 * slug, so the choice is the same on every build.
 */
export function chooseMoreFrom<T extends Candidate>(
  current: Candidate,
  all: readonly T[],
  count: number,
): T[] {
  const score = (other: Candidate) =>
    (other.section === current.section ? 2 : 0) +
    other.tags.filter((tag) => current.tags.includes(tag)).length;

  return all
    .filter((other) => other.slug !== current.slug)
    .map((other) => ({ other, score: score(other) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        Date.parse(b.other.publishedAt) - Date.parse(a.other.publishedAt) ||
        a.other.slug.localeCompare(b.other.slug),
    )
    .slice(0, count)
    .map(({ other }) => other);
}
