#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL 15 cluster: initdb in a temp dir, trust auth, 127.0.0.1 on a free
# port, TEPAT_TEST_PG_URL exported for the command; the cluster is stopped and removed afterwards whatever happens.
# Exits with the command's status. Safe to run several at once (each has its own dir and port).
# Usage: scripts/with-test-postgres.sh CMD [ARGS...]
#   e.g. scripts/with-test-postgres.sh ctest --test-dir build --output-on-failure
# Env:   TEPAT_PG_BIN  folder of initdb/pg_ctl (default /usr/lib/postgresql/15/bin)
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 CMD [ARGS...]  (runs CMD with TEPAT_TEST_PG_URL set to a throw-away PostgreSQL)" >&2
  exit 2
fi

pg_bin=${TEPAT_PG_BIN:-/usr/lib/postgresql/15/bin}
if [[ ! -x "$pg_bin/initdb" || ! -x "$pg_bin/pg_ctl" ]]; then
  echo "with-test-postgres: no initdb/pg_ctl in $pg_bin; install PostgreSQL 15 (bash scripts/setup-deps.sh --test)" \
    "or set TEPAT_PG_BIN" >&2
  exit 2
fi

readonly max_start_attempts=10
readonly port_low=20000
readonly port_span=40000

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/tepat-pg.XXXXXX")
data_dir="$work_dir/data"
log_file="$work_dir/postgres.log"

# initdb refuses to run as root: then the cluster belongs to the postgres user.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$work_dir"
  as_owner=(runuser -u postgres --)
fi
pg() { (cd "$work_dir" && "${as_owner[@]}" "$@"); }

cleanup() {
  if [[ -f "$data_dir/postmaster.pid" ]]; then
    pg "$pg_bin/pg_ctl" -D "$data_dir" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg "$pg_bin/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work_dir/initdb.log" 2>&1 || {
  echo "with-test-postgres: initdb failed:" >&2
  cat "$work_dir/initdb.log" >&2
  exit 1
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

started=""
for ((attempt = 1; attempt <= max_start_attempts; attempt++)); do
  port=$((port_low + (RANDOM * 32768 + RANDOM) % port_span))
  port_is_free "$port" || continue
  # Durability is pointless for a throw-away cluster: fsync and friends off make tests faster.
  options="-p $port -k $work_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
  options+=" -c full_page_writes=off -c max_connections=200"
  if pg "$pg_bin/pg_ctl" -D "$data_dir" -o "$options" -l "$log_file" -w -t 60 start >/dev/null 2>&1; then
    started=yes
    break
  fi
done
if [[ -z "$started" ]]; then
  echo "with-test-postgres: PostgreSQL did not start after $max_start_attempts attempts; its log:" >&2
  cat "$log_file" >&2 || true
  exit 1
fi

export TEPAT_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-test-postgres: PostgreSQL ready at $TEPAT_TEST_PG_URL" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
