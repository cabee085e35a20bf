#!/usr/bin/env bash
# The project's one test command (README; .ci/run runs exactly this): installs what is missing,
# then lint, types, formatting, unit tests, a production build, end-to-end tests in Debian's
# Chromium against real local servers, and the dependency audit.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s (at %ss) ===\n' "$*" "$SECONDS"; }

step "System packages"
bash scripts/install-system-deps.sh
step "npm packages"
bash scripts/ensure-node-modules.sh

step "Lint";          npm run --silent lint
step "Types";         npm run --silent typecheck
step "Formatting";    npm run --silent format:check
step "Unit tests";    npm run --silent test:unit
step "Build";         npm run --silent build
step "End-to-end";    npm run --silent test:e2e
step "Supply chain";  node scripts/audit.mjs
printf '\nAll checks passed in %ss.\n' "$SECONDS"
