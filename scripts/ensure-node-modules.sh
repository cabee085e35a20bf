#!/usr/bin/env bash
# Installs the npm packages exactly as locked (npm ci), unless this lock file was installed already.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
have=$(cat node_modules/.installed-lock 2>/dev/null || true)
if [ "$want" != "$have" ]; then
  echo "Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
  echo "$want" > node_modules/.installed-lock
fi
