import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function processTreeRssBytes(pid: number): number {
  let total = 0;
  for (const each of [pid, ...descendantsOf(pid)]) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${each}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

function descendantsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      return list
        ? list
            .split(' ')
            .map(Number)
            .flatMap((child) => [child, ...descendantsOf(child)])
        : [];
    });
  } catch {
    return [];
  }
}
