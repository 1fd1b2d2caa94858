#!/usr/bin/env bash
# Run every test: format and lint, the core's unit and integration tests,
# the page in headless Chromium (wasm-bindgen-test), and the end-to-end tests
# (playwright-core driving Debian's Chromium against the built page).
# Installs what is missing first (scripts/setup.sh --browser).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "set-up"
scripts/setup.sh --browser

step "format and lint"
# The hand-written JavaScript (biome.json says which): an unformatted file
# or a lint error fails here; `npx biome check --write` fixes most.
biome ci
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --features app --all-targets -- -D warnings

step "core: unit, integration and doc tests"
cargo test

step "core: adversarial scaling (release; 4x the text must cost at most ~10x the time)"
cargo test --release --test scaling -- --nocapture

step "page and API in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --features app --test web

step "build the page"
scripts/build-page.sh

step "JavaScript API (node, pkg/)"
node --test tests/node/

step "the npm package in Vite, esbuild, Chromium and Node (tests/pkg/)"
scripts/test-pkg.sh

step "end to end: page and widget (playwright-core, Chromium)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  sleep 0.1
done
mkdir -p test-artifacts
SIDENOTE_URL="http://127.0.0.1:$port/" SIDENOTE_ARTIFACTS=test-artifacts node --test tests/e2e/
echo "screenshots: test-artifacts/"
