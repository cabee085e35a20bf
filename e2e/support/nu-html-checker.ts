import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * The Nu HTML checker (vnu.jar from npm's `vnu-jar`, the W3C validator's engine) run by Debian's
 * Java (scripts/install-system-deps.sh). Not through the package's own `vnu.check`: with no
 * Java on the PATH that downloads a runtime from GitHub, and the tests reach nothing but
 * 127.0.0.1.
 * @see https://validator.github.io/validator/#usage
 */
const vnuJar = String(createRequire(__filename)('vnu-jar'));

// `--format json` writes `{"messages": [...]}` to stderr; `non-document-error` is a file it
// could not read, an error too.
const reportSchema = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      lastLine: z.number().optional(),
      firstColumn: z.number().optional(),
      message: z.string(),
      extract: z.string().optional(),
    }),
  ),
});
export type NuMessage = z.infer<typeof reportSchema>['messages'][number];

/** Every error the checker finds in `files` (HTML files on disk), in one run of Java. */
export async function findHtmlErrors(files: readonly string[]): Promise<NuMessage[]> {
  const { stderr } = await new Promise<{ stderr: string }>((resolve, reject) =>
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      // It exits 1 when it finds errors: the report says which.
      (error, _stdout, stderr) =>
        error && typeof error.code !== 'number'
          ? reject(
              new Error(
                `Could not run java (scripts/install-system-deps.sh installs it): ${error.message}`,
              ),
            )
          : resolve({ stderr }),
    ),
  );
  let report: unknown;
  try {
    report = JSON.parse(stderr);
  } catch {
    throw new Error(`The Nu HTML checker did not answer with JSON:\n${stderr}`);
  }
  return reportSchema.parse(report).messages;
}
