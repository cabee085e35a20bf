import { z } from 'zod';
import { schedule } from '../schedule/load';

/**
 * The frontmatter every article in `content/articles/*.mdx` must carry. Parsed once at build
 * time; a file that does not match fails `next build` naming the file and the field.
 */
const isoWithOffset = z.iso.datetime({ offset: true, local: false });

const imageSchema = z.object({
  src: z.string().startsWith('/', 'must be a path under public/, starting with "/"'),
  alt: z.string().trim().min(1, 'must describe the image for people who cannot see it'),
  caption: z.string().trim().min(1),
  credit: z.string().trim().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  // The picture stands in for a photograph we do not hold: search engines and feeds get the
  // article's headline card instead.
  placeholder: z.boolean().default(false),
});

const showIds = schedule.shows.map((show) => show.id) as [string, ...string[]];
const unknownShow = (issue: { input?: unknown }) =>
  `names a show that is not in content/schedule.json: ${JSON.stringify(issue.input)}`;

export const sections = ['News', 'Community', 'Station', 'Events', 'Programmes'] as const;

export const frontmatterSchema = z
  .object({
    title: z.string().trim().min(1).max(160),
    standfirst: z.string().trim().min(1).max(320),
    publishedAt: isoWithOffset,
    updatedAt: isoWithOffset.optional(),
    byline: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1).optional(),
    section: z.enum(sections),
    tags: z.array(z.string().trim().min(1)).default([]),
    // Programmes the story is about, by their id in content/schedule.json: the article shows
    // when each is next on, and each show's page lists the story.
    shows: z.array(z.enum(showIds, { error: unknownShow })).default([]),
    image: imageSchema.optional(),
  })
  .strict()
  .refine((fm) => fm.byline ?? fm.source, {
    message: 'an article needs a byline or a source',
    path: ['byline'],
  })
  .refine((fm) => !fm.updatedAt || Date.parse(fm.updatedAt) >= Date.parse(fm.publishedAt), {
    message: 'must not be earlier than publishedAt',
    path: ['updatedAt'],
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type ArticleImage = z.infer<typeof imageSchema>;

export class FrontmatterError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`Invalid frontmatter in ${file}: field "${field}" ${detail}`);
    this.name = 'FrontmatterError';
  }
}

/** Validates parsed YAML, throwing a `FrontmatterError` that names the file and the first bad field. */
export function parseFrontmatter(file: string, data: unknown): Frontmatter {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(frontmatter)';
  throw new FrontmatterError(file, field, `${issue?.message ?? 'is invalid'}`);
}
