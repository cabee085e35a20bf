#!/usr/bin/env bash
# The project's one test command (README; .ci/run runs exactly this): installs what is missing,
# then lint, types, formatting, unit tests, a production build, end-to-end tests in Debian's
# Chromium against real local servers and the dependency audit on Node 20; then the build, the
# unit tests and a smoke end-to-end test again on Node 24 (scripts/node24.sh). Steps that share
# nothing with the ones beside them run in the background and are waited for: the audit, the
# Node 24 install, types and formatting beside lint, and the 300-story scale build beside the unit
# tests and the build. Prints when each step starts, how long each took, and the total.
set -euo pipefail
cd "$(dirname "$0")/.."

logs=.run/test-logs
rm -rf "$logs" && mkdir -p "$logs"
took=() # "step Ns", for the summary
current=
step_done() { [ -z "$current" ] || took+=("$current $((SECONDS - started))s"); current=; }
step() {
  step_done
  current=$1 started=$SECONDS
  printf '\n=== %s (at %ss) ===\n' "$current" "$SECONDS"
}

# Background steps: each in a process group of its own (setsid), so a failure anywhere stops
# them whole; output to a log, shown when the step is waited for.
declare -A job
background() { # background <name> <command…>
  local name=$1
  shift
  printf '\n=== %s (at %ss, in the background) ===\n' "$name" "$SECONDS"
  setsid bash -c 'start=$SECONDS; "$@"; status=$?; echo "(took $((SECONDS - start))s)"; exit $status' \
    _ "$@" >"$logs/$name.log" 2>&1 &
  job[$name]=$!
}
await() { # await <name>: its output; fails the run if it failed
  local name=$1 status=0
  wait "${job[$name]}" || status=$?
  unset "job[$name]"
  printf '\n=== %s (in the background, done by %ss) ===\n' "$name" "$SECONDS"
  cat "$logs/$name.log"
  took+=("$name $(tail -1 "$logs/$name.log" | tr -dc '0-9')s")
  [ $status -eq 0 ] || { echo "$name failed." >&2; exit $status; }
}
stop_background() { for pid in "${job[@]}"; do kill -- "-$pid" 2>/dev/null || true; done; }
trap stop_background EXIT
trap 'exit 130' INT TERM

step "System packages";  bash scripts/install-system-deps.sh
step "npm packages";     bash scripts/ensure-node-modules.sh
step_done
background "Supply chain" node scripts/audit.mjs
background "Node 24 install" bash scripts/node24.sh

# Three checks side by side (none writes what another reads): each keeps about one core busy.
background "Types" npm run --silent typecheck
background "Formatting" npm run --silent format:check
step "Lint";             npm run --silent lint
step_done
await "Types"
await "Formatting"
# The archive-scale spec's site: a scratch copy with 300 generated stories, built in a folder of
# its own (so beside the unit tests and the real build), ready before the end-to-end tests.
background "Scale build (300 stories)" node --import tsx scripts/scale/scratch-site.ts --stories 300
step "Unit tests";       npm run --silent test:unit
step "Build";            npm run --silent build
step_done
await "Scale build (300 stories)"
step "End-to-end";       npm run --silent test:e2e
step_done

await "Node 24 install"
# Node 24 in its own copy of the project, on its own ports (beside a Node 20 run's, if any).
node24() { (cd .run/node24/tree && PATH="$PWD/../node/bin:$PATH" "$@"); }
step "Node 24: build";   node24 npm run --silent build
step "Node 24: unit tests"
node24 npm run --silent test:unit
step "Node 24: end-to-end smoke"
E2E_PORT_OFFSET=$((${E2E_PORT_OFFSET:-0} + 200)) E2E_WORKERS=1 \
  node24 npm run --silent test:e2e -- e2e/smoke.spec.ts
step_done

await "Supply chain"
printf '\nStep times: %s\n' "$(IFS=,; echo "${took[*]}" | sed 's/,/, /g')"
printf 'All checks passed in %ss.\n' "$SECONDS"
