#!/usr/bin/env bash
# Build the JavaScript API into pkg/: an ES module (wasm-bindgen --target web)
# with TypeScript types and a package.json, optimised by wasm-opt.
#   pkg/sidenote.js  pkg/sidenote_bg.wasm  pkg/sidenote.d.ts  pkg/package.json
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
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
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
  "files": ["sidenote.js", "sidenote_bg.wasm", "sidenote.d.ts", "sidenote_bg.wasm.d.ts"],
  "sideEffects": false
}
JSON
ls -l pkg
