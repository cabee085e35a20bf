#!/usr/bin/env bash
# Installs the Debian packages the project's real-parts tests and the demo station need,
# but only those that are missing:
#   chromium  (/usr/bin/chromium)   Playwright drives Debian's Chromium (no browser download)
#   icecast2  (/usr/bin/icecast2)   the streaming server of the test/demo station
#   ffmpeg    (/usr/bin/ffmpeg)   makes the tone tracks and feeds Icecast
#   faketime  (/usr/bin/faketime)   starts a test server a few seconds before a show boundary
#   redis-server (/usr/bin/redis-server)  the shared store of several instances (REDIS_URL tests)
#   nginx     (/usr/sbin/nginx)     the reverse proxy of the two-instance recipe (docs/deploy.md)
#   default-jre-headless (/usr/bin/java)  runs the Nu HTML checker (npm's vnu-jar) over every page
#   python3-feedparser (with /usr/bin/python3)  a real podcast client reads each show's feed
# Idempotent and quiet when everything is present; runs `apt-get update` once, only when
# something is missing. Works as root with no stdin (CI=true); otherwise uses `sudo -n`.
# Usage: scripts/install-system-deps.sh [--check] [--station]
#   --check: list what is missing, exit 1 if any; --station: only what the demo station needs
set -euo pipefail

check_only=0
station_only=0
for arg in "$@"; do
  case "$arg" in
    --check) check_only=1 ;;
    --station) station_only=1 ;;
    *) echo "install-system-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
need() { # need <package> <file>...
  local pkg=$1
  shift
  for f in "$@"; do
    if [ ! -x "$f" ]; then
      missing+=("$pkg")
      return
    fi
  done
}
[ $station_only -eq 1 ] || need chromium /usr/bin/chromium
[ $station_only -eq 1 ] || need faketime /usr/bin/faketime
[ $station_only -eq 1 ] || need redis-server /usr/bin/redis-server
[ $station_only -eq 1 ] || need nginx /usr/sbin/nginx
[ $station_only -eq 1 ] || need default-jre-headless /usr/bin/java
if [ $station_only -eq 0 ] && ! /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then
  missing+=(python3-feedparser)
fi
need icecast2 /usr/bin/icecast2
need ffmpeg /usr/bin/ffmpeg

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ $check_only -eq 1 ]; then
  echo "install-system-deps: missing: ${missing[*]}"
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "install-system-deps: missing ${missing[*]}; run this script as root (or install sudo)" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# redis-server and nginx start a system-wide daemon on install (ports 6379 and 80) where nothing
# says not to: the tests start their own, so forbid it for this install, as containers do.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
  "${as_root[@]}" chmod 755 "$policy"
  own_policy=1
fi
"${as_root[@]}" apt-get update -qq </dev/null
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  -o Dpkg::Use-Pty=0 "${missing[@]}" </dev/null >/dev/null
[ $own_policy -eq 0 ] || "${as_root[@]}" rm -f "$policy"

# icecast2's postinst may print an update-rc.d error and starts nothing: that is expected.
failed=0
[ $station_only -eq 1 ] || [ -x /usr/bin/chromium ] || { echo "install-system-deps: /usr/bin/chromium still missing" >&2; failed=1; }
[ -x /usr/bin/icecast2 ] || { echo "install-system-deps: /usr/bin/icecast2 still missing" >&2; failed=1; }
[ -x /usr/bin/ffmpeg ] || { echo "install-system-deps: /usr/bin/ffmpeg still missing" >&2; failed=1; }
[ $station_only -eq 1 ] || [ -x /usr/bin/redis-server ] || { echo "install-system-deps: /usr/bin/redis-server still missing" >&2; failed=1; }
[ $station_only -eq 1 ] || [ -x /usr/sbin/nginx ] || { echo "install-system-deps: /usr/sbin/nginx still missing" >&2; failed=1; }
[ $station_only -eq 1 ] || [ -x /usr/bin/java ] || { echo "install-system-deps: /usr/bin/java still missing" >&2; failed=1; }
if [ -x /usr/bin/icecast2 ] && ! id icecast2 >/dev/null 2>&1; then
  echo "install-system-deps: user icecast2 missing after installing icecast2" >&2
  failed=1
fi
[ $failed -eq 0 ] || exit 1
echo "install-system-deps: installed ${missing[*]}"
