#!/usr/bin/env bash
# Screening benchmark (issue 4 item 6): load a registry of PEOPLE generated people (dukcapil, DTKS, recipients,
# programs from `tepat demo generate --region 35`) and screen CANDIDATES proposed rows (the first decree rows of
# the generated recipients.csv, dirt included) with `tepat match screen --registry-dir`. Reports the index load time,
# the screening time, candidates per second and peak RSS, and writes the "screen-PEOPLE" section of docs/performance.md.
# Targets: 100,000 candidates against 10,000,000 people in <= 15 s once loaded; load <= 60 s.
# Usage: bench/screen.sh BUILD_DIR [PEOPLE] [CANDIDATES]   (defaults 10,000,000 and 100,000, as the targets; generated
# data is kept in var/bench-screen-PEOPLE and generating 10,000,000 people takes several minutes the first time)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
source bench/lib/generated_registry.sh
binary="$root/${1:-build}/tepat"
people=${2:-10000000}
candidates=${3:-100000}
data=$(generated_registry "$binary" "$people")
work=$(mktemp -d "${TMPDIR:-/tmp}/tepat-bench-screen.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Decree rows only (a realisation row repeats its decree row), header kept.
awk -F, -v n="$candidates" 'NR == 1 { print; next } $3 == "PENETAPAN" && kept < n { print; kept++ }' \
  "$data/recipients.csv" > "$work/usulan.csv"
# The program and period of the first proposed row.
IFS=, read -r program period _ < <(sed -n 2p "$work/usulan.csv")
/usr/bin/time -o "$work/time" -f "%e %U %M" "$binary" match screen --registry-dir "$data" --program "$program" \
  --period "$period" "$work/usulan.csv" --out "$work/hasil.csv" > "$work/out" 2>/dev/null
read -r wall user rss_kb < "$work/time"
summary=$(cat "$work/out")
load=$(sed -n 's/.*loaded in \([0-9.]*\) s.*/\1/p' <<< "$summary")
screen=$(sed -n 's/.*list screened in \([0-9.]*\) s.*/\1/p' <<< "$summary")
rate=$(awk -v n="$candidates" -v s="$screen" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 1) }')
section=$(mktemp)
{
  echo "## Screening (issue 4 item 6)"
  echo
  echo "Command: \`bash bench/screen.sh BUILD_DIR $people $candidates\` (registry: \`tepat demo generate --region 35"
  echo "--people $people --seed 7\`; list: the first $candidates decree rows of its recipients.csv, program $program, period"
  echo "$period; \`tepat match screen --registry-dir\`), $(date -u +%Y-%m-%d), $(machine_line)."
  echo "Load = read dukcapil/DTKS/recipients CSV, build look-ups, train the fuzzy model (first 1,000,000 people) and"
  echo "build the fuzzy index. Targets: load ≤ 60 s, 100,000 candidates against 10,000,000 people ≤ 15 s."
  echo
  echo "| people | candidates | index load | screening | candidates/s | wall (whole command) | user CPU | peak RSS |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| $people | $candidates | ${load} s | ${screen} s | ${rate} | ${wall} s | ${user} s | $((rss_kb / 1024)) MB |"
  echo
  echo "\`$summary\`"
} > "$section"
cat "$section"
update_perf_section "screen-$people" "$section"
rm -f "$section"
