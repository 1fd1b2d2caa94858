#!/usr/bin/env bash
# Sidenote's benchmarks, all in one run; the figures for BENCHMARKS.md.
#
#   scripts/bench.sh              everything (5 to 15 minutes on 2 shared cores)
#   scripts/bench.sh --no-native  skip the criterion run of the native core
#   scripts/bench.sh --no-page    skip building the page with trunk
#   scripts/bench.sh --no-quality skip the quality figures (../shared/eval)
#
# 1. the wasm package (scripts/build-pkg.sh), then Sidenote's `annotate`
#    against compromise in one Node process (scripts/bench.mjs)
# 2. the bytes a browser downloads: widget (pkg/ + its script in www/widget/),
#    page (dist/ after scripts/build-page.sh, less dist/widget and
#    dist/demo), compromise's bundle; raw and gzip -9
# 3. the native core per layer (cargo bench --bench core), summary table
# 4. the quality figures on the shared eval set, if present: $SIDENOTE_EVAL,
#    else ../shared/eval (beside a main checkout), else ../../shared/eval
#    (beside a worktree under wt/)
#
# Everything printed is also written to target/bench-report.txt. Timings are
# printed against the targets, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

native=true page=true quality=true
for arg in "$@"; do
  case "$arg" in
    --no-native) native=false ;;
    --no-page) page=false ;;
    --no-quality) quality=false ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

mkdir -p target
report=target/bench-report.txt
exec > >(tee "$report") 2>&1

step() { printf '\n== %s\n\n' "$*"; }
quiet() { # run a build quietly; show its output only if it fails
  local log
  log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then
    cat "$log"
    rm -f "$log"
    echo "bench.sh: failed: $*" >&2
    exit 1
  fi
  rm -f "$log"
}
gz() { gzip -9 -c "$1" | wc -c; }

step "machine"
echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit:   $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src benches Cargo.toml || echo ' (with local changes)')"
echo "cpu:      $(nproc) x $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "rustc:    $(rustc --version)"
echo "node:     $(node --version)"
echo "load:     $(cut -d" " -f1-3 /proc/loadavg) (1, 5, 15 min; other work on the machine skews the timings)"

if [ ! -d node_modules/compromise ] || [ ! -x node_modules/.bin/wasm-opt ]; then
  echo "installing npm packages from package-lock.json"
  quiet env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

step "wasm: Sidenote annotate() against compromise (node, same texts, alternating)"
quiet scripts/build-pkg.sh
node scripts/bench.mjs

step "download size (bytes; gzip -9 per file, as a server would send it)"
row() { printf '%-50s %10s %10s\n' "$@"; }
# Print each file and a total line: sizes FILE... then "total label".
sizes() {
  local label=$1 raw=0 zipped=0 r z f
  shift
  for f in "$@"; do
    r=$(wc -c <"$f") z=$(gz "$f")
    row "  $f" "$r" "$z"
    raw=$((raw + r)) zipped=$((zipped + z))
  done
  row "$label" "$raw" "$zipped"
}
row "what" "raw" "gzip -9"

# The widget: its script and the wasm package it imports (pkg/ as built
# above; the copy in dist/widget/ is the same files).
widget_files=(pkg/sidenote_bg.wasm pkg/sidenote.js)
widget_js=""
# The script as hosts get it: minified by scripts/build-page.sh.
if command -v esbuild >/dev/null && [ -f www/widget/sidenote-widget.js ]; then
  mkdir -p target
  esbuild www/widget/sidenote-widget.js --minify --format=esm --target=es2022 \
    --log-level=warning --outfile=target/sidenote-widget.min.js
  widget_js=target/sidenote-widget.min.js
fi
if [ -n "$widget_js" ]; then
  widget_files+=("$widget_js")
else
  echo "(no www/widget/sidenote-widget.js: the widget total counts the wasm package only)"
fi
sizes "widget total (target <= 250 KB gzip)" "${widget_files[@]}"

# The page: everything trunk puts in dist/, not the widget or demo that
# scripts/build-page.sh copies beside it.
if ! $page; then
  echo "page: skipped (--no-page)"
elif ! command -v trunk >/dev/null; then
  echo "page: skipped, trunk is not installed (scripts/setup.sh installs it)"
else
  quiet scripts/build-page.sh
  mapfile -t page_files < <(find dist -type f -not -path 'dist/widget/*' -not -path 'dist/demo/*' | sort)
  sizes "page total, dist/ (target <= 500 KB gzip)" "${page_files[@]}"
fi

bundle=node_modules/compromise/builds/compromise.js
if [ -f "$bundle" ]; then
  row "compromise full build, for comparison" "$(wc -c <"$bundle")" "$(gz "$bundle")"
fi

if $native; then
  step "native core per layer (cargo bench --bench core; full log in target/bench-native.log)"
  cargo bench --bench core >target/bench-native.log 2>&1 || {
    tail -30 target/bench-native.log
    exit 1
  }
  # The inputs and the summary table the bench prints after criterion's own report.
  grep '^input ' target/bench-native.log
  echo
  sed -n '/^Summary/,$p' target/bench-native.log
fi

if $quality; then
  eval_dir=""
  for d in "${SIDENOTE_EVAL:-}" ../shared/eval ../../shared/eval; do
    if [ -n "$d" ] && [ -f "$d/score.py" ]; then eval_dir=$d; break; fi
  done
  step "quality (${eval_dir:-no eval set}/dev)"
  if [ -n "$eval_dir" ]; then
    quiet cargo build --release --bin annotate
    # The overall figures: what score.py prints after its per-article table.
    python3 "$eval_dir/score.py" "$eval_dir/dev" --cmd 'target/release/annotate {}' |
      awk 'summary; /^$/ { summary = 1 }'
  else
    echo "skipped: no score.py in \$SIDENOTE_EVAL, ../shared/eval or ../../shared/eval"
  fi
fi

echo
echo "report written to $report"
