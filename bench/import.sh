#!/usr/bin/env bash
# Import benchmark (issue 3 item 7): `tepat import dukcapil` of 1,000,000 generated people from CSV into SQLite,
# rows/s and peak RSS, beside the sqlite3 shell's `.import` of the same file into a plain table, in the same run;
# then the same import into PostgreSQL (a throw-away cluster, when scripts/with-test-postgres.sh can start one).
# Writes the "import" section of docs/performance.md.
# Usage: bench/import.sh BUILD_DIR [PEOPLE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
binary="$root/${1:-build}/tepat"
people=${2:-1000000}
out=$(mktemp -d "${TMPDIR:-/tmp}/tepat-bench-import.XXXXXX")
trap 'rm -rf "$out"' EXIT

nice "$binary" demo generate --region 35.10 --people "$people" --seed 7 --out "$out/data" >/dev/null 2>&1
file="$out/data/dukcapil.csv"
rows=$(($(wc -l < "$file") - 1))
mb=$(du -m "$file" | cut -f1)

# time_of LABEL CMD...: runs CMD under /usr/bin/time; prints "wall_seconds peak_rss_kb".
time_of() {
  local label=$1; shift
  /usr/bin/time -o "$out/time.$label" -f "%e %M" nice "$@" >"$out/log.$label" 2>&1 || {
    echo "bench/import.sh: $label failed:" >&2; tail -5 "$out/log.$label" >&2; return 1; }
  cat "$out/time.$label"
}
rate() { awk -v r="$rows" -v s="$1" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }'; }

read -r tepat_s tepat_kb < <(time_of tepat "$binary" import dukcapil "$file" --db "sqlite:$out/tepat.db" \
  --work-dir "$out/jobs" --quiet)
tail -3 "$out/log.tepat" | grep -o 'job [0-9]* .*' | head -1 > "$out/summary" || true
read -r plain_s plain_kb < <(time_of plain sqlite3 "$out/plain.db" -cmd ".mode csv" ".import '$file' people")

pg_line="| PostgreSQL (\`tepat import\`, COPY of each batch) | not measured (no throw-away cluster could be started) | | | |"
if pg_out=$(scripts/with-test-postgres.sh bash -c "
      /usr/bin/time -o '$out/time.pg' -f '%e %M' nice '$binary' import dukcapil '$file' --db \"\$TEPAT_TEST_PG_URL\" \
        --work-dir '$out/jobs-pg' --quiet >'$out/log.pg' 2>&1 && cat '$out/time.pg'" 2>/dev/null); then
  read -r pg_s pg_kb <<< "$(echo "$pg_out" | tail -1)"
  pg_line="| PostgreSQL 15 (\`tepat import\`, COPY of each batch) | ${pg_s} s | $(rate "$pg_s") | $((pg_kb / 1024)) MB | |"
fi

section=$(mktemp)
{
  echo "## Import (issue 3)"
  echo
  echo "Command: \`bench/import.sh build\` (in \`make bench\`): \`tepat demo generate --region 35.10 --people $people --seed 7\`,"
  echo "then \`tepat import dukcapil dukcapil.csv\` (${rows} rows, ${mb} MB CSV) into an empty database; beside it the"
  echo "\`sqlite3\` shell's \`.import\` of the same file into a plain table without keys. $(date -u +%Y-%m-%d), $(machine_line)."
  echo
  echo "| what | wall time | rows/s | peak RSS | × plain .import |"
  echo "|---|---|---|---|---|"
  echo "| SQLite, \`tepat import\` (validate, batches of 10,000, history, households) | ${tepat_s} s | $(rate "$tepat_s") | $((tepat_kb / 1024)) MB | $(awk -v a="$tepat_s" -v b="$plain_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') |"
  echo "| SQLite, \`sqlite3 .import\` into a plain table | ${plain_s} s | $(rate "$plain_s") | $((plain_kb / 1024)) MB | 1.00 |"
  echo "$pg_line"
  echo
  echo "Job summary: $(cat "$out/summary" 2>/dev/null)"
} > "$section"
cat "$section"
update_perf_section import "$section"
rm -f "$section"
