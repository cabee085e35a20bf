// Orphan guard: stops a process when its owner process is gone.
//   node guard.mjs --owner <pid> --pid <pid> --match <cmdline substring>
// Started (detached) by startIcecast(); polls every 300 ms. Exits as soon as the watched
// process is gone (normal stop) or after stopping it (owner gone: e.g. the owner was
// SIGKILLed, or exited without calling stop()).
import { parseArgs } from 'node:util';
import { cmdlineOf, isAlive, stopProcess } from './icecast.mjs';

const { values } = parseArgs({
  options: {
    owner: { type: 'string' },
    pid: { type: 'string' },
    match: { type: 'string', default: '' },
  },
});
const owner = Number(values.owner);
const pid = Number(values.pid);
const match = String(values.match);

for (const sig of ['SIGINT', 'SIGHUP']) process.on(sig, () => {});

const watched = () => isAlive(pid) && cmdlineOf(pid).includes(match);

const timer = setInterval(async () => {
  if (!watched()) {
    clearInterval(timer);
    process.exit(0);
  }
  if (!isAlive(owner)) {
    clearInterval(timer);
    await stopProcess(pid, { match, timeoutMs: 3000 });
    process.exit(0);
  }
}, 300);
