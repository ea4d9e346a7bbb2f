#!/usr/bin/env bash
# Synthetic population benchmark (issue 3 item 5): wall time and peak RSS of
# `tepat demo generate --region 35.10 --people 1000000 --seed 7`. Writes the "synth" section of docs/performance.md.
# Usage: bench/synth.sh BUILD_DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
binary="$root/${1:-build}/tepat"
out=$(mktemp -d "${TMPDIR:-/tmp}/tepat-bench-synth.XXXXXX")
trap 'rm -rf "$out"' EXIT
command=(demo generate --region 35.10 --people 1000000 --seed 7 --out "$out/data")
/usr/bin/time -o "$out/time" -f "%e %M" "$binary" "${command[@]}" >/dev/null 2>&1
read -r wall rss_kb < "$out/time"
rows=$(for f in dukcapil dtks programs recipients; do echo "$f $(($(wc -l < "$out/data/$f.csv") - 1))"; done)
size=$(du -sm "$out/data" | cut -f1)
section=$(mktemp)
{
  echo "## Synthetic population (issue 3)"
  echo
  echo "Command: \`make bench\` (runs \`bench/synth.sh\`: \`tepat demo generate --region 35.10 --people 1000000 --seed 7\`),"
  echo "$(date -u +%Y-%m-%d), $(machine_line)."
  echo
  echo "| wall time | peak RSS | output |"
  echo "|---|---|---|"
  echo "| ${wall} s | $((rss_kb / 1024)) MB | ${size} MB: $(echo "$rows" | awk '{printf "%s%s %s rows", (NR>1?", ":""), $1, $2}') |"
} > "$section"
cat "$section"
update_perf_section synth "$section"
rm -f "$section"
