#!/usr/bin/env bash
# Runs every benchmark script in bench/ (each updates its own section of docs/performance.md).
# Usage: bench/run-all.sh BUILD_DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build=${1:-build}
status=0
for script in "$root"/bench/*.sh; do
  [[ "$(basename "$script")" == "run-all.sh" ]] && continue
  echo "== $(basename "$script")"
  bash "$script" "$build" || { echo "bench: $(basename "$script") failed" >&2; status=1; }
done
exit $status
