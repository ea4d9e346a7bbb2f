#!/usr/bin/env bash
# Screening benchmark (issue 4 item 6): load a registry of PEOPLE generated people (dukcapil, DTKS, recipients,
# programs from `tepat demo generate --region 35`) and screen CANDIDATES proposed rows (the first decree rows of
# the generated recipients.csv, dirt included) with `tepat match screen --registry-dir`. Reports the index load time,
# the screening time, candidates per second and peak RSS, and writes the "screen-PEOPLE" section of docs/performance.md.
# Targets: 100,000 candidates against 10,000,000 people in <= 15 s once loaded; load <= 60 s.
# SCREEN_FROM=db loads the registry from a SQLite database instead (the app's path; section "screen-db-PEOPLE").
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
# SCREEN_FROM=db: the app's path. The generated files are imported once into a SQLite database kept beside them
# (var/bench-screen-PEOPLE.db, with the regions but not the demo registry), and the registry is loaded from it
# (Store::Scan*Cells).
registry=(--registry-dir "$data")
section_name="screen-$people"
import_note=""
if [[ "${SCREEN_FROM:-files}" == db ]]; then
  db="var/bench-screen-$people.db"
  if [[ ! -f "$db" ]]; then
    # Regions only: the demo registry's DTKS round (2025-03) would be the newest round and leave every generated
    # person outside DTKS (no candidate could pass).
    "$binary" demo seed --no-demo-registry --db "sqlite:$db" >/dev/null
    for kind in programs dukcapil dtks recipients; do
      started=$(date +%s.%N)
      # An import with rejected rows (the generator's dirt) exits non-zero but still succeeds.
      out=$("$binary" import "$kind" "$data/$kind.csv" --db "sqlite:$db" --work-dir "$work/jobs" --quiet 2>&1) ||
        grep -q "succeeded" <<< "$out" || { echo "$out" >&2; rm -f "$db"; exit 1; }
      import_note+="$kind $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s, "
    done
  fi
  registry=(--db "sqlite:$db")
  section_name="screen-db-$people"
fi
load_at_start=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -o "$work/time" -f "%e %U %M" "$binary" match screen "${registry[@]}" --program "$program" \
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
  if [[ "$section_name" == screen-db-* ]]; then
    echo "$period; \`SCREEN_FROM=db\`: the files imported into SQLite with \`tepat import\`${import_note:+ (${import_note%, })},"
    echo "then \`tepat match screen --db\`, the app's path), $(date -u +%Y-%m-%d), $(machine_line), load average"
    echo "$load_at_start when the measured command started."
    echo "Load = read people, DTKS and recipients from the database, build look-ups, train the fuzzy model (first"
    echo "1,000,000 people) and build the fuzzy index."
  else
    echo "$period; \`tepat match screen --registry-dir\`), $(date -u +%Y-%m-%d), $(machine_line), load average"
    echo "$load_at_start when the measured command started."
    echo "Load = read dukcapil/DTKS/recipients CSV, build look-ups, train the fuzzy model (first 1,000,000 people) and"
    echo "build the fuzzy index."
  fi
  echo "Targets: load ≤ 60 s, 100,000 candidates against 10,000,000 people ≤ 15 s."
  echo
  echo "| people | candidates | index load | screening | candidates/s | wall (whole command) | user CPU | peak RSS |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| $people | $candidates | ${load} s | ${screen} s | ${rate} | ${wall} s | ${user} s | $((rss_kb / 1024)) MB |"
  echo
  echo "\`$summary\`"
} > "$section"
cat "$section"
update_perf_section "$section_name" "$section"
rm -f "$section"
