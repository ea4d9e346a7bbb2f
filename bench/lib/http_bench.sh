#!/usr/bin/env bash
# Shared helpers of the wrk benchmarks (bench/http.sh, bench/complaints.sh). Source it, then call bench_setup.

# bench_setup NAME: makes the temporary folder $tmp and an EXIT trap that stops every pid added to $pids and
# removes $tmp.
bench_setup() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/tepat-bench-$1.XXXXXX")
  pids=()
  trap bench_cleanup EXIT
}

bench_cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}

# free_port: a TCP port that is free on 127.0.0.1 right now.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# to_ms 1.23ms|456.00us|1.2s -> milliseconds
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) printf "%.3f", v/1000; else if (v ~ /ms$/) printf "%.3f", v+0; else if (v ~ /s$/) printf "%.3f", v*1000; else print v }'; }
