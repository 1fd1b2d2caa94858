#!/usr/bin/env bash
# Build everything a browser loads into dist/:
#   dist/index.html ...      the page (trunk, release, offline)
#   dist/widget/             the embeddable widget and its wasm package
#   dist/demo/               a news-site page that embeds the widget
# trunk's inline loader script is moved into a file so the page's
# Content-Security-Policy can forbid inline scripts, and the annotation
# worker is written with the page module's hashed names.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline=true
node scripts/finish-page.mjs dist/index.html
scripts/build-pkg.sh >/dev/null
mkdir -p dist/widget/pkg dist/demo
# The widget's script minified for hosts (esbuild from package-lock.json;
# the source in www/ is the one to read and edit).
esbuild www/widget/sidenote-widget.js --minify --format=esm --target=es2022 \
  --log-level=warning --outfile=dist/widget/sidenote-widget.js
# Its copy of the core's glue minified too (the package keeps the readable
# one, with its doc comments, for editors and bundlers).
esbuild pkg/sidenote.js --minify --format=esm --target=es2022 \
  --log-level=warning --outfile=dist/widget/pkg/sidenote.js
cp pkg/sidenote_bg.wasm dist/widget/pkg/
cp -R www/demo/. dist/demo/   # the demo and the team-written host pages (demo/sites/)
echo "built dist/ (page), dist/widget/ (widget), dist/demo/ (demo host page)"
