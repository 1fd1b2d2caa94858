#!/usr/bin/env bash
# Install what building and testing Sidenote needs, skipping what is already
# there at the right version. Safe to run any number of times.
#
#   scripts/setup.sh            tools to build the page (wasm target, trunk,
#                               wasm-bindgen-cli, wasm-opt from npm)
#   scripts/setup.sh --browser  also Chromium and ChromeDriver (for tests)
#
# Only package registries are used (crates.io, npm, Debian): nothing is
# downloaded from anywhere else, and no tool may fetch its own binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must equal the crate version in Cargo.lock.
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: cannot find wasm-bindgen in Cargo.lock" >&2
  exit 1
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION present"
else
  # Without --locked: its lockfile pins a crate version the registry lacks.
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION present"
else
  say "building trunk $TRUNK_VERSION (about 12 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

# npm tools: wasm-opt (binaryen 132 parses what rustc emits; Debian's does
# not), playwright-core and axe-core for the browser tests, Biome for the
# JavaScript's format and lint.
if [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] \
  && [ -x node_modules/.bin/biome ] \
  && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages present"
else
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if $want_browser; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromedriver present"
  else
    say "installing chromium and chromium-driver from Debian"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver
  fi
fi
say "ready"
