#!/usr/bin/env bash
# Build the JavaScript API into pkg/, the npm package "sidenote": an ES module
# (wasm-bindgen --target web) with TypeScript types, optimised by wasm-opt,
# the worker entry (www/pkg/worker*.js), a package.json with an `exports` map
# and a README that gives the wasm's gzip size as built.
#   pkg/sidenote.js  pkg/sidenote_bg.wasm  pkg/sidenote.d.ts  pkg/package.json
#   pkg/worker.js  pkg/worker.d.ts  pkg/worker-thread.js  pkg/README.md
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --release --lib --target wasm32-unknown-unknown
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name sidenote \
  target/wasm32-unknown-unknown/release/sidenote.wasm
# --converge repeats -Oz while it still shrinks the module; the memory
# assumptions hold for Rust's output (the module defines its own memory,
# zero-filled, and nothing lives below address 1024); --strip-producers drops
# the toolchain names.
wasm-opt -Oz --converge --low-memory-unused --zero-filled-memory --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/sidenote_bg.wasm -o pkg/sidenote_bg.wasm
cp www/pkg/worker.js www/pkg/worker.d.ts www/pkg/worker-thread.js pkg/
gzip_size() { gzip -9c "$1" | wc -c | tr -d ' '; }
sed -e "s/@WASM_BYTES@/$(wc -c <pkg/sidenote_bg.wasm | tr -d ' ')/" \
  -e "s/@WASM_GZIP@/$(gzip_size pkg/sidenote_bg.wasm)/" \
  -e "s/@JS_GZIP@/$(cat pkg/sidenote.js pkg/worker.js pkg/worker-thread.js | gzip -9c | wc -c | tr -d ' ')/" \
  www/pkg/README.md >pkg/README.md
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
# `exports`: types first in each condition set (TypeScript reads the first
# match); the .wasm is a subpath of its own so a bundler's file loader or
# Node's import.meta.resolve can name it. `sideEffects` names the one module
# that acts when imported (the worker's message handler); bundlers may drop
# the others when unused (tests/pkg/ checks both).
cat > pkg/package.json <<JSON
{
  "name": "sidenote",
  "version": "$version",
  "description": "Find the people, organizations, places, figures and quotes of a news article, in the browser.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "sidenote.js",
  "module": "sidenote.js",
  "types": "sidenote.d.ts",
  "exports": {
    ".": { "types": "./sidenote.d.ts", "default": "./sidenote.js" },
    "./worker": { "types": "./worker.d.ts", "default": "./worker.js" },
    "./worker-thread": "./worker-thread.js",
    "./sidenote_bg.wasm": "./sidenote_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": ["sidenote.js", "sidenote.d.ts", "sidenote_bg.wasm", "sidenote_bg.wasm.d.ts",
    "worker.js", "worker.d.ts", "worker-thread.js", "README.md"],
  "sideEffects": ["./worker-thread.js"]
}
JSON
ls -l pkg
