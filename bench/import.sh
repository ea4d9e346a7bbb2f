#!/usr/bin/env bash
# Import benchmark (issue 3 item 7): `tepat import dukcapil` of 1,000,000 generated people from CSV into SQLite,
# rows/s and peak RSS, beside the sqlite3 shell's `.import` of the same file into a plain table, in the same run;
# the same import of a smaller file (memory must not grow with the file); then the big import into PostgreSQL (a
# throw-away cluster, when scripts/with-test-postgres.sh can start one). Writes the "import" section of
# docs/performance.md.
# Usage: bench/import.sh BUILD_DIR [PEOPLE] [SMALL_PEOPLE]
# Environment: BENCH_NICE=0 runs the measured commands without `nice` (for final figures on a quiet machine).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
binary="$root/${1:-build}/tepat"
people=${2:-1000000}
small_people=${3:-200000}
nice_cmd=(nice)
[[ "${BENCH_NICE:-1}" == "0" ]] && nice_cmd=()
out=$(mktemp -d "${TMPDIR:-/tmp}/tepat-bench-import.XXXXXX")
trap 'rm -rf "$out"' EXIT

load_now() { cut -d' ' -f1-3 /proc/loadavg; }

# generate NAME PEOPLE: writes $out/NAME/dukcapil.csv.
generate() {
  nice "$binary" demo generate --region 35.10 --people "$2" --seed 7 --out "$out/$1" >/dev/null 2>&1
}
rows_of() { echo $(($(wc -l < "$1") - 1)); }

# time_of LABEL CMD...: runs CMD under /usr/bin/time; prints "wall_seconds peak_rss_kb user_seconds sys_seconds". Exit code 3 of
# `tepat import` (some rows rejected: the generated file holds dirt on purpose) counts as success.
time_of() {
  local label=$1; shift
  local rc=0
  /usr/bin/time -o "$out/time.$label" -f "%e %M %U %S" "${nice_cmd[@]}" "$@" >"$out/log.$label" 2>&1 || rc=$?
  if ((rc != 0 && rc != 3)); then
    echo "bench/import.sh: $label failed (exit $rc):" >&2; tail -5 "$out/log.$label" >&2; return 1
  fi
  tail -1 "$out/time.$label"
}
rate() { awk -v r="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }'; }
cpu() { awk -v u="$1" -v s="$2" 'BEGIN { printf "%.2f", u + s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
job_summary() { grep -o 'job [0-9]* .*' "$out/log.$1" | tail -1 || true; }

generate big "$people"
generate small "$small_people"
file="$out/big/dukcapil.csv"
rows=$(rows_of "$file")
small_rows=$(rows_of "$out/small/dukcapil.csv")
mb=$(du -m "$file" | cut -f1)
small_mb=$(du -m "$out/small/dukcapil.csv" | cut -f1)

# The machine's speed drifts from minute to minute (a shared VM), so the two big imports run alternately RUNS times
# (default 3), each into a new database after a `sync`, and the run with the median wall time of each is reported.
runs=${RUNS:-3}
median_of() { sort -n "$1" | sed -n "$(( (runs + 1) / 2 ))p"; }
load_before=$(load_now)
for ((i = 1; i <= runs; i++)); do
  rm -rf "$out/tepat.db" "$out/tepat.db-wal" "$out/tepat.db-shm" "$out/jobs" "$out/plain.db"
  sync  # each run starts without the previous run's data still being written to disk
  time_of "tepat.$i" "$binary" import dukcapil "$file" --db "sqlite:$out/tepat.db" --work-dir "$out/jobs" --quiet \
    >> "$out/runs.tepat"
  sync
  time_of "plain.$i" sqlite3 "$out/plain.db" -cmd ".mode csv" ".import '$file' people" >> "$out/runs.plain"
done
read -r tepat_s tepat_kb tepat_user tepat_sys < <(median_of "$out/runs.tepat")
read -r plain_s plain_kb plain_user plain_sys < <(median_of "$out/runs.plain")
tepat_walls=$(cut -d' ' -f1 "$out/runs.tepat" | paste -sd/)
plain_walls=$(cut -d' ' -f1 "$out/runs.plain" | paste -sd/)
read -r small_s small_kb small_user small_sys < <(time_of small "$binary" import dukcapil "$out/small/dukcapil.csv" \
  --db "sqlite:$out/small.db" --work-dir "$out/jobs-small" --quiet)
load_after=$(load_now)

pg_line="| PostgreSQL (\`tepat import\`, COPY per transaction) | not measured (no throw-away cluster could be started) | | | | |"
if pg_out=$(scripts/with-test-postgres.sh bash -c "
      /usr/bin/time -o '$out/time.pg' -f '%e %M %U %S' ${nice_cmd[*]} '$binary' import dukcapil '$file' \
        --db \"\$TEPAT_TEST_PG_URL\" --work-dir '$out/jobs-pg' --quiet >'$out/log.pg' 2>&1; rc=\$?;
      [ \$rc -eq 0 ] || [ \$rc -eq 3 ] || exit \$rc; tail -1 '$out/time.pg'" 2>"$out/pg.err"); then
  read -r pg_s pg_kb pg_user pg_sys <<< "$(echo "$pg_out" | tail -1)"
  pg_line="| PostgreSQL 15 (\`tepat import\`, COPY per transaction), ${rows} rows | ${pg_s} s (${pg_user} / ${pg_sys} s) | $(rate "$rows" "$pg_s") | $((pg_kb / 1024)) MB | | $(job_summary pg) |"
else
  echo "bench/import.sh: PostgreSQL run failed:" >&2; tail -5 "$out/pg.err" "$out/log.pg" >&2 2>/dev/null || true
fi

section=$(mktemp)
{
  echo "## Import (issue 3)"
  echo
  echo "Command: \`bench/import.sh build\` (in \`make bench\`; \`BENCH_NICE=0\` for figures without \`nice\`):"
  echo "\`tepat demo generate --region 35.10 --people $people --seed 7\` (and \`--people $small_people\`), then"
  echo "\`tepat import dukcapil dukcapil.csv\` into an empty database; beside it the \`sqlite3\` shell's \`.import\` of the"
  echo "same file into a plain table without keys or checks. Big file ${rows} rows (${mb} MB), small file ${small_rows} rows"
  echo "(${small_mb} MB). $(date -u +%Y-%m-%d), $(machine_line). Load average (1/5/15 min) before: ${load_before},"
  echo "after: ${load_after}$([[ ${#nice_cmd[@]} -eq 0 ]] && echo ", measured without nice" || echo ", measured under nice")."
  echo "The two big imports ran alternately ${runs} times; each row shows the run with the median wall time (all wall"
  echo "times: \`tepat import\` ${tepat_walls} s, \`.import\` ${plain_walls} s)."
  echo
  echo "| what | wall time (user / system CPU) | rows/s | peak RSS | × plain .import (wall; CPU) | job |"
  echo "|---|---|---|---|---|---|"
  echo "| SQLite, \`tepat import\` (validate, households; first load: bulk, key indexes built at the end), ${rows} rows | ${tepat_s} s (${tepat_user} / ${tepat_sys} s) | $(rate "$rows" "$tepat_s") | $((tepat_kb / 1024)) MB | $(ratio "$tepat_s" "$plain_s"); $(ratio "$(cpu "$tepat_user" "$tepat_sys")" "$(cpu "$plain_user" "$plain_sys")") | $(job_summary "tepat.$runs") |"
  echo "| SQLite, \`sqlite3 .import\` into a plain table, ${rows} rows | ${plain_s} s (${plain_user} / ${plain_sys} s) | $(rate "$rows" "$plain_s") | $((plain_kb / 1024)) MB | 1.00; 1.00 | |"
  echo "| SQLite, \`tepat import\`, small file ${small_rows} rows (memory flat in file size) | ${small_s} s (${small_user} / ${small_sys} s) | $(rate "$small_rows" "$small_s") | $((small_kb / 1024)) MB | | $(job_summary small) |"
  echo "$pg_line"
} > "$section"
cat "$section"
update_perf_section import "$section"
rm -f "$section"
