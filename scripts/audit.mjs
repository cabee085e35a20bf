#!/usr/bin/env node
// Supply-chain checks of the test command.
// 1. `npm audit --omit=dev --audit-level=high`: fails on any high or critical advisory. Where the
//    registry's advisory service cannot be reached (this project's build machines get
//    "405 Method Not Allowed" from it), that is said loudly, and the run goes on: an audit that
//    could not run is not a pass, but it is not a finding either.
// 2. next, react, react-dom and next-mdx-remote are the newest release of their major version
//    (asked of the registry with `npm view`, which does work here), so security patches land.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let failed = false;

const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
if (audit.status === 0) {
  console.log('npm audit: no high or critical advisories in production dependencies.');
} else if (report?.vulnerabilities) {
  failed = true;
  const found = Object.values(report.vulnerabilities).filter((v) =>
    ['high', 'critical'].includes(v.severity),
  );
  console.error(`npm audit: ${found.length} high or critical advisories:`);
  for (const v of found) console.error(`  ${v.name} (${v.severity}) ${v.range}`);
} else {
  console.warn(
    `npm audit: WARNING — the advisory service could not be reached (${report?.message ?? audit.stderr.trim()}); advisories were NOT checked.`,
  );
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
for (const name of ['next', 'react', 'react-dom', 'next-mdx-remote']) {
  const installed = lock.packages[`node_modules/${name}`]?.version;
  const major = installed?.split('.')[0];
  const versions = JSON.parse(
    execFileSync('npm', ['view', `${name}@${major}`, 'version', '--json'], { encoding: 'utf8' }),
  );
  const newest = [versions]
    .flat()
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
    .sort((a, b) => {
      const [x, y] = [a, b].map((v) => v.split('.').map(Number));
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    })
    .at(-1);
  if (installed === newest) console.log(`${name} ${installed}: the newest ${major}.x release.`);
  else {
    failed = true;
    console.error(`${name} ${installed}: ${newest} is out; update to the newest patched release.`);
  }
}
process.exit(failed ? 1 : 0);
