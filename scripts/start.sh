#!/usr/bin/env bash
# `npm start`, the README's start command: installs what is missing, builds when the sources
# changed, and serves the site on $PORT (default 3000). With no stream configured (STREAM_URL
# or content/station.json), it first starts the local demo station: Icecast 2 on 127.0.0.1 fed
# with looping tone tracks whose titles drive Now Playing. With a stream configured, it doesn't.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-node-modules.sh

if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components content lib public next.config.ts package-lock.json -newer .next/BUILD_ID -print -quit)" ]; then
  echo "Building the site…"
  npm run --silent build
fi

children=()
cleanup() {
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

configured_stream="${STREAM_URL:-$(node -p "require('./content/station.json').streamUrl || ''")}"
if [ -z "$configured_stream" ]; then
  echo "No STREAM_URL is configured: starting the local demo station (Icecast 2 on 127.0.0.1, tone tracks)."
  bash scripts/install-system-deps.sh --station
  coproc DEMO { exec node --import tsx servers/station/cli.ts; }
  children+=("$DEMO_PID")
  # The station prints STREAM_URL=…, ICECAST_STATUS_URL=…, ICECAST_MOUNT=… and
  # STREAM_FALLBACK_URL=… (its 40 kbps mount) once it is on air.
  for _ in 1 2 3 4; do
    IFS= read -r line <&"${DEMO[0]}" || { echo "The demo station did not start." >&2; exit 1; }
    name=${line%%=*}
    # A metadata source the engineer configured wins over the demo's.
    if [ "$name" = STREAM_URL ] || [ "$name" = STREAM_FALLBACK_URL ] || [ -z "${ICECAST_STATUS_URL:-}${AZURACAST_NOWPLAYING_URL:-}" ]; then
      export "${line?}"
    fi
  done
  echo "Demo station on air: $STREAM_URL"
  # The station log would keep 1.4 GB a day of the demo's tones: recorded only when asked.
  export ARCHIVE_RECORD="${ARCHIVE_RECORD:-off}"
else
  echo "Streaming from $configured_stream (no demo station)."
fi

node server.mjs -p "${PORT:-3000}" &
children+=("$!")
wait "${children[-1]}"
