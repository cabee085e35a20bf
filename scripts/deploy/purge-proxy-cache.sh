#!/usr/bin/env bash
# A deploy step (docs/deploy.md): empties nginx's page cache, so that pages, the feed and the
# sitemap of the build just deployed are what readers get next, not copies nginx kept of the
# last one. nginx needs no reload: a cached entry whose file is gone is fetched again.
#   bash scripts/deploy/purge-proxy-cache.sh [cache folder]   (default /var/cache/nginx/oldham-reporter)
set -euo pipefail
dir=${1:-/var/cache/nginx/oldham-reporter}
[ -d "$dir" ] || { echo "purge-proxy-cache: no folder $dir" >&2; exit 1; }
find "$dir" -mindepth 1 -type f -delete
echo "purge-proxy-cache: emptied $dir"
