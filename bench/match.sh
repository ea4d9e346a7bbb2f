#!/usr/bin/env bash
# Matching benchmark (issue 4): accuracy and speed of `tepat match dedup-file` on FEBRL and on generated people
# (bench/match/run.sh), plus the comparison micro-benchmark when built. Writes the "match" section of
# docs/performance.md. Usage: bench/match.sh BUILD_DIR [RECORDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
build=${1:-build}
records=${2:-1000000}
out=$(mktemp)
bash bench/match/run.sh "$build" "$records" | tee "$out"
micro=""
if [[ -x "$build/bench/match/match_bench" ]]; then
  micro=$("$build/bench/match/match_bench" --benchmark_min_time=1 2>/dev/null | grep -E "^BM_|items_per_second" || true)
fi
section=$(mktemp)
{
  echo "## Matching (issue 4)"
  echo
  echo "Command: \`make bench\` (runs \`bench/match.sh $build $records\`), $(date -u +%Y-%m-%d), $(machine_line)."
  echo "Each block: records and pairs compared, stage times, wall/CPU time and peak RSS (GNU time), then pair precision,"
  echo "recall and F1 from \`tepat match eval\` against the ground truth. Targets: FEBRL F1 ≥ 0.99 and not below the"
  echo "Python Record Linkage Toolkit (0.998 / 0.994 / 0.993); demo data F1 ≥ 0.97 without NIK, ≥ 0.99 with it;"
  echo "1,000,000 people in ≤ 30 s and ≤ 4 GB."
  echo
  echo '```'
  cat "$out"
  [[ -z "$micro" ]] || { echo; echo "$micro"; }
  echo '```'
} > "$section"
update_perf_section match "$section"
rm -f "$out" "$section"
