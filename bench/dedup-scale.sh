#!/usr/bin/env bash
# Registry deduplication at national scale (issue 4 item 6): `tepat match dedup-file` with the shipped registry
# settings on the civil-registration file of PEOPLE generated people (default 10,000,000), then pair precision,
# recall and F1 against the generator's truth. Writes the "dedup-PEOPLE" section of docs/performance.md.
# Targets: 10,000,000 people in <= 6 minutes wall and <= 16 GB peak RSS on this 2-core machine.
# Usage: bench/dedup-scale.sh BUILD_DIR [PEOPLE]   (generated data is kept in var/bench-screen-PEOPLE, shared with
# bench/screen.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
source bench/lib/generated_registry.sh
binary="$root/${1:-build}/tepat"
people=${2:-10000000}
data=$(generated_registry "$binary" "$people")
work=$(mktemp -d "${TMPDIR:-/tmp}/tepat-bench-dedup.XXXXXX")
trap 'rm -rf "$work"' EXIT
settings="$root/config/match/registry.json"
load=$(cut -d' ' -f1 /proc/loadavg)
/usr/bin/time -o "$work/time" -f "%e %U %S %M" "$binary" match dedup-file --settings "$settings" \
  --input "$data/dukcapil.csv" --out "$work/pairs.csv" > "$work/out" 2>/dev/null
read -r wall user system rss_kb < "$work/time"
quality=$("$binary" match eval --pairs "$work/pairs.csv" --truth "$data/truth.csv" --truth-id-column record_id \
  --truth-entity-column person_id --input "$data/dukcapil.csv" --settings "$settings" |
  grep -E 'precision|recall|F1' | tr '\n' ' ')
section=$(mktemp)
{
  echo "## Registry deduplication at scale (issue 4 item 6)"
  echo
  echo "Command: \`bash bench/dedup-scale.sh BUILD_DIR $people\` (\`tepat match dedup-file --settings"
  echo "config/match/registry.json\` on the dukcapil.csv of \`tepat demo generate --region 35 --people $people --seed 7\`,"
  echo "dirt included), $(date -u +%Y-%m-%d), $(machine_line); load average $load when it started."
  echo "Targets: 10,000,000 people in ≤ 6 min wall and ≤ 16 GB peak RSS."
  echo
  echo "| people | wall | user CPU | system CPU | peak RSS |"
  echo "|---:|---:|---:|---:|---:|"
  echo "| $people | ${wall} s | ${user} s | ${system} s | $((rss_kb / 1024)) MB |"
  echo
  echo '```'
  grep -E 'read |pairs compared|took' "$work/out"
  echo "$quality"
  echo '```'
} > "$section"
cat "$section"
update_perf_section "dedup-$people" "$section"
rm -f "$section"
