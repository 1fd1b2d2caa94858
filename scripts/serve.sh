#!/usr/bin/env bash
# Set up (if needed), build the page and serve it on 127.0.0.1.
#   scripts/serve.sh [PORT]     (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8080}"
scripts/setup.sh
scripts/build-page.sh
echo
echo "Sidenote is at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
