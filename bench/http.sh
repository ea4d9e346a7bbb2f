#!/usr/bin/env bash
# HTTP benchmark: wrk (keep-alive, 64 connections, 10 s) against `tepat serve` for GET /healthz and for
# GET /api/auth/me with a valid session, each beside nginx serving a static file of the same size in the same run;
# and the peak RSS of the idle server. Writes the "http" section of docs/performance.md.
# Usage: bench/http.sh BUILD_DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source bench/lib/perf_doc.sh
source bench/lib/http_bench.sh
binary="$root/${1:-build}/tepat"
readonly duration=10s connections=64 threads=2
bench_setup http

# --- tepat -------------------------------------------------------------------------------------------------
db="sqlite:$tmp/bench.db"
"$binary" migrate --db "$db" >/dev/null
"$binary" demo seed --db "$db" >/dev/null
tepat_port=$(free_port)
"$binary" serve --db "$db" --port "$tepat_port" --address 127.0.0.1 --static "" --access-log "$tmp/access.log" \
  >"$tmp/serve.log" 2>&1 &
tepat_pid=$!
pids+=("$tepat_pid")
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$tepat_port/healthz" >/dev/null && break; sleep 0.1; done
sleep 1
idle_rss_kb=$(awk '/VmHWM/{print $2}' "/proc/$tepat_pid/status")

login=$(curl -fs -D "$tmp/login.headers" -H 'Content-Type: application/json' \
  -d '{"email":"operator@demo.tepat.id","password":"demo-tepat-2026"}' "http://127.0.0.1:$tepat_port/api/auth/login")
session=$(grep -i '^set-cookie: tepat_session=' "$tmp/login.headers" | sed 's/^[^=]*=\([^;]*\).*/\1/')
healthz_bytes=$(curl -fs "http://127.0.0.1:$tepat_port/healthz" | wc -c)
me_bytes=$(curl -fs -H "Cookie: tepat_session=$session" "http://127.0.0.1:$tepat_port/api/auth/me" | wc -c)
[[ -n "$login" && "$me_bytes" -gt 0 ]] || { echo "bench/http: could not log in" >&2; exit 1; }

# --- nginx with files of the same sizes -----------------------------------------------------------------------
mkdir -p "$tmp/www" "$tmp/nginx"
chmod 755 "$tmp" "$tmp/www"  # nginx workers run as another user
head -c "$healthz_bytes" /dev/zero | tr '\0' 'x' > "$tmp/www/healthz.json"
head -c "$me_bytes" /dev/zero | tr '\0' 'x' > "$tmp/www/me.json"
nginx_port=$(free_port)
cat > "$tmp/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log $tmp/nginx/access.log;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:$nginx_port; root $tmp/www; default_type application/json; }
}
CONF
nginx -c "$tmp/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$nginx_port/healthz.json" >/dev/null && break; sleep 0.1; done

# run_wrk URL [HEADER]: prints "requests_per_second p50_ms p99_ms"
run_wrk() {
  local url=$1 header=${2:-}
  local out
  if [[ -n "$header" ]]; then
    out=$(wrk -t$threads -c$connections -d$duration --latency -H "$header" "$url")
  else
    out=$(wrk -t$threads -c$connections -d$duration --latency "$url")
  fi
  local rps p50 p99
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  local non2xx
  non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$out")
  [[ -z "$non2xx" ]] || { echo "bench/http: $url answered $non2xx non-2xx responses" >&2; exit 1; }
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}

read -r t_h_rps t_h_p50 t_h_p99 < <(run_wrk "http://127.0.0.1:$tepat_port/healthz")
read -r n_h_rps n_h_p50 n_h_p99 < <(run_wrk "http://127.0.0.1:$nginx_port/healthz.json")
read -r t_m_rps t_m_p50 t_m_p99 < <(run_wrk "http://127.0.0.1:$tepat_port/api/auth/me" "Cookie: tepat_session=$session")
read -r n_m_rps n_m_p50 n_m_p99 < <(run_wrk "http://127.0.0.1:$nginx_port/me.json")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

section=$(mktemp)
{
  echo "## HTTP server (issue 2)"
  echo
  echo "Command: \`make bench\` (runs \`bench/http.sh build\`), $(date -u +%Y-%m-%d), $(machine_line)."
  echo "wrk ${threads} threads, ${connections} keep-alive connections, ${duration} per target; tepat, nginx and wrk share the"
  echo "same cores. tepat serves from SQLite with its access log written to a file; nginx serves a static file of the same"
  echo "size as tepat's response (${healthz_bytes} B and ${me_bytes} B)."
  echo
  echo "| target | tepat req/s | p50 ms | p99 ms | nginx req/s | p50 ms | p99 ms | tepat / nginx | aim |"
  echo "|---|---|---|---|---|---|---|---|---|"
  echo "| GET /healthz | $t_h_rps | $t_h_p50 | $t_h_p99 | $n_h_rps | $n_h_p50 | $n_h_p99 | $(ratio "$t_h_rps" "$n_h_rps") | ≥ 0.5 |"
  echo "| GET /api/auth/me (valid session) | $t_m_rps | $t_m_p50 | $t_m_p99 | $n_m_rps | $n_m_p50 | $n_m_p99 | $(ratio "$t_m_rps" "$n_m_rps") | ≥ 0.3 |"
  echo
  echo "Peak RSS of the idle server after start-up: $((idle_rss_kb / 1024)) MB (aim: under 50 MB)."
} > "$section"
cat "$section"
update_perf_section http "$section"
rm -f "$section"
