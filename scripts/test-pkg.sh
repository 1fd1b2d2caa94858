#!/usr/bin/env bash
# Test the npm package in pkg/ as a developer meets it (tests/pkg/): packed,
# installed into throwaway projects under a temp dir, built with Vite and
# esbuild, run in Chromium, imported by Node. Builds pkg/ first if missing.
# SIDENOTE_KEEP_TMP=1 keeps the projects for a look.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ -f pkg/package.json ] && [ -f pkg/worker.js ] || scripts/build-pkg.sh >/dev/null
node --test tests/pkg/
