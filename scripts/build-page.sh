#!/usr/bin/env bash
# Build the page into dist/ with trunk (release, offline), then move trunk's
# inline loader script into a file so the page's Content-Security-Policy can
# forbid inline scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline=true "$@"
node scripts/externalize-loader.mjs dist/index.html
