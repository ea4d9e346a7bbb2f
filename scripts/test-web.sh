#!/usr/bin/env bash
# Runs the web app's tests: unit tests (vitest), then browser tests (playwright-core + Debian's chromium) against a real
# `tepat serve` on a throw-away SQLite database with the demo data.
# Usage: scripts/test-web.sh BINARY      e.g. scripts/test-web.sh build/tepat
# Assumes web/node_modules and web/dist exist (`make web` makes both). Screenshots land in web/test-results/.
# Environment: TEPAT_CHROMIUM overrides /usr/bin/chromium; TEPAT_WEB_KEEP=1 keeps the temp dir (db + server log).
set -euo pipefail

readonly kHealthTimeoutSeconds=30

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BINARY (the tepat executable, e.g. build/tepat)" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[[ -x "$binary" ]] || { echo "test-web: $1 is not an executable; build it first (make build)" >&2; exit 2; }
[[ -d "$root/web/node_modules" ]] || { echo "test-web: web/node_modules is missing; run 'make web' first" >&2; exit 2; }
[[ -f "$root/web/dist/index.html" ]] || { echo "test-web: web/dist is missing; run 'make web' first" >&2; exit 2; }

echo "test-web: unit tests (vitest)"
(cd "$root/web" && npm test --silent)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tepat-web.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "${TEPAT_WEB_KEEP:-0}" == "1" ]]; then
    echo "test-web: kept $tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT INT TERM

db="sqlite:$tmp/t.db"
echo "test-web: preparing $db"
"$binary" migrate --db "$db" >"$tmp/migrate.log" 2>&1 || { cat "$tmp/migrate.log" >&2; echo "test-web: migrate failed" >&2; exit 1; }
"$binary" demo seed --sample-people --db "$db" >"$tmp/seed.log" 2>&1 || { cat "$tmp/seed.log" >&2; echo "test-web: demo seed failed" >&2; exit 1; }

# A free port: ask the kernel for one, then hand it to the server (a small race that a retry would not fix better).
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')"
base_url="http://127.0.0.1:$port"

echo "test-web: starting tepat serve on $base_url"
"$binary" serve --db "$db" --port "$port" --static "$root/web/dist" --attachments "$tmp/attachments" \
  >"$tmp/server.log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + kHealthTimeoutSeconds))
# node (already needed for the web app) does the probing, so the script needs no curl.
healthy() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
    "$base_url/healthz" 2>/dev/null
}
until healthy; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "test-web: the server exited before it became healthy; its log:" >&2
    cat "$tmp/server.log" >&2
    exit 1
  fi
  if ((SECONDS >= deadline)); then
    echo "test-web: GET $base_url/healthz did not answer 200 within ${kHealthTimeoutSeconds}s; server log:" >&2
    tail -n 50 "$tmp/server.log" >&2
    exit 1
  fi
  sleep 0.2
done

echo "test-web: browser tests (screenshots in web/test-results/)"
status=0
# The complaint journey runs `tepat complaints sweep --now ...` against the same database.
(cd "$root/web" && TEPAT_BASE_URL="$base_url" TEPAT_BINARY="$binary" TEPAT_DB_URL="$db" npm run e2e --silent) ||
  status=$?
if ((status != 0)); then
  echo "test-web: browser tests failed; last lines of the server log:" >&2
  tail -n 30 "$tmp/server.log" >&2
fi
exit "$status"
