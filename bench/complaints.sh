#!/usr/bin/env bash
# Complaint benchmark (issue 5 item 10): stores COUNT synthetic complaints (default 100,000; `tepat demo complaints`,
# one transaction per 10,000), starts `tepat serve` on SQLite and runs wrk with bench/lua/complaint_list.lua (the
# PIC Korwil of East Java opening list pages 1-5, half of them filtered by status) and bench/lua/complaint_file.lua
# (a citizen filing complaints; the list also with 4 connections), then times the dashboard of the same official. Writes the "complaints" section of
# docs/performance.md. Aim: the list page under 100 ms at p99.
# Usage: bench/complaints.sh BUILD_DIR   (COUNT=N to change the number of stored complaints)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
source bench/lib/http_bench.sh
binary="$root/${1:-build}/tepat"
readonly count=${COUNT:-100000} duration=10s connections=16 few_connections=4 threads=2 dashboard_runs=5
bench_setup complaints
load_now() { cut -d' ' -f1-3 /proc/loadavg; }

db="sqlite:$tmp/bench.db"
"$binary" migrate --db "$db" >/dev/null
"$binary" demo seed --db "$db" >/dev/null
seed_start=$(date +%s.%N)
"$binary" demo complaints --db "$db" --count "$count" --seed 1 >/dev/null
seed_seconds=$(awk -v a="$seed_start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')

port=$(free_port)
"$binary" serve --db "$db" --port "$port" --address 127.0.0.1 --static "" --access-log "$tmp/access.log" \
  --sweep-interval 0 >"$tmp/serve.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
# cpu_ms: CPU time (user + system) the server has used so far, in milliseconds.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$server_pid/stat"; }
seconds=${duration%s}
# per_request CPU_BEFORE REQ_PER_S: server CPU milliseconds per request since CPU_BEFORE.
per_request() { awk -v a="$1" -v b="$(cpu_ms)" -v rps="$2" -v s="$seconds" 'BEGIN{printf "%.1f", (b - a) / (rps * s)}'; }
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"

# login EMAIL -> "session csrf"
login() {
  local body
  body=$(curl -fs -D "$tmp/login.headers" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"demo-tepat-2026\"}" "$base/api/auth/login")
  local session csrf
  session=$(grep -i '^set-cookie: tepat_session=' "$tmp/login.headers" | sed 's/^[^=]*=\([^;]*\).*/\1/')
  csrf=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])' <<<"$body")
  [[ -n "$session" && -n "$csrf" ]] || { echo "bench/complaints: could not log in as $1" >&2; exit 1; }
  echo "$session $csrf"
}
read -r korwil_session _ < <(login pic_korwil@demo.tepat.id)
read -r warga_session warga_csrf < <(login warga@demo.tepat.id)
visible=$(curl -fs -H "Cookie: tepat_session=$korwil_session" "$base/api/complaints?page_size=1" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

# run_wrk SCRIPT [CONNECTIONS] -> "requests_per_second p50_ms p99_ms"
run_wrk() {
  local out
  out=$(wrk -t$threads -c"${2:-$connections}" -d$duration --latency -s "$root/bench/lua/$1" "$base")
  local non2xx
  non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out")
  [[ -z "$non2xx" ]] || { echo "bench/complaints: $1 got $non2xx non-2xx responses" >&2; exit 1; }
  echo "$(awk '/Requests\/sec/{print $2}' <<<"$out") $(to_ms "$(awk '$1=="50%"{print $2}' <<<"$out")")" \
    "$(to_ms "$(awk '$1=="99%"{print $2}' <<<"$out")")"
}

load_before=$(load_now)
cpu=$(cpu_ms)
read -r list_rps list_p50 list_p99 < <(TEPAT_SESSION=$korwil_session run_wrk complaint_list.lua)
list_cpu=$(per_request "$cpu" "$list_rps")
cpu=$(cpu_ms)
read -r few_rps few_p50 few_p99 < <(TEPAT_SESSION=$korwil_session run_wrk complaint_list.lua "$few_connections")
few_cpu=$(per_request "$cpu" "$few_rps")
cpu=$(cpu_ms)
read -r file_rps file_p50 file_p99 < <(TEPAT_SESSION=$warga_session TEPAT_CSRF=$warga_csrf run_wrk complaint_file.lua)
file_cpu=$(per_request "$cpu" "$file_rps")
dashboard_ms=()
for _ in $(seq $dashboard_runs); do
  dashboard_ms+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Cookie: tepat_session=$korwil_session" \
    "$base/api/complaints/dashboard" | awk '{printf "%.0f", $1*1000}')")
done
dashboard_median=$(printf '%s\n' "${dashboard_ms[@]}" | sort -n | sed -n "$(((dashboard_runs + 1) / 2))p")
load_after=$(load_now)
aim() { awk -v p="$1" 'BEGIN{print (p < 100) ? "met" : "missed"}'; }

section=$(mktemp)
{
  echo "## Complaints (issue 5)"
  echo
  echo "Command: \`bench/complaints.sh build\`, $(date -u +%Y-%m-%d), $(machine_line)."
  echo "Load average before/after the wrk runs: $load_before / $load_after (wrk shares the 2 cores with the server; a"
  echo "load far above 2 means other work ran too, and the figures are then lower bounds of what the server does alone)."
  echo "$count synthetic complaints stored with \`tepat demo complaints\` in ${seed_seconds} s (SQLite, one transaction per"
  echo "10,000); the PIC Korwil of East Java sees $visible of them. wrk ${threads} threads, ${connections} keep-alive connections,"
  echo "${duration} per target, on the same machine."
  echo
  echo "| target | connections | req/s | p50 ms | p99 ms | server CPU ms / request | aim |"
  echo "|---|---|---|---|---|---|---|"
  echo "| officials' list, GET /api/complaints (pages 1-5, half filtered by status, 20 rows) | $connections | $list_rps | $list_p50 | $list_p99 | $list_cpu | p99 < 100 ms: $(aim "$list_p99") |"
  echo "| the same list | $few_connections | $few_rps | $few_p50 | $few_p99 | $few_cpu | p99 < 100 ms: $(aim "$few_p99") |"
  echo "| filing, POST /api/complaints as a citizen (complaints/s) | $connections | $file_rps | $file_p50 | $file_p99 | $file_cpu | |"
  echo
  echo "Server CPU per list page: ${list_cpu} ms, so one core serves about $(awk -v c="$list_cpu" 'BEGIN{printf "%d", 1000 / c}')"
  echo "pages/s; a missed p99 aim while the load average is far above the 2 cores is time spent waiting for a core,"
  echo "not in the server: judge the aim on a quiet machine."
  echo
  echo "Dashboard of the same official (GET /api/complaints/dashboard over all $visible complaints, median of"
  echo "$dashboard_runs requests after the runs): ${dashboard_median} ms."
} > "$section"
cat "$section"
update_perf_section complaints "$section"
rm -f "$section"
