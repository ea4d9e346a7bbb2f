#!/usr/bin/env bash
# update_perf_section NAME FILE: replaces the block between <!-- bench:NAME:start --> and <!-- bench:NAME:end -->
# in docs/performance.md with the contents of FILE (appending the block when it is not there yet).
update_perf_section() {
  local name=$1 body_file=$2 doc=${PERF_DOC:-docs/performance.md}
  local start="<!-- bench:${name}:start -->" end="<!-- bench:${name}:end -->"
  [[ -f "$doc" ]] || printf '# Performance\n' > "$doc"
  if ! grep -qF "$start" "$doc"; then
    printf '\n%s\n%s\n' "$start" "$end" >> "$doc"
  fi
  local tmp
  tmp=$(mktemp)
  awk -v start="$start" -v end="$end" -v body="$body_file" '
    $0 == start { print; while ((getline line < body) > 0) print line; skipping = 1; next }
    $0 == end { skipping = 0 }
    !skipping { print }
  ' "$doc" > "$tmp"
  mv "$tmp" "$doc"
}

# machine_line: one line describing this machine, for the figures' context.
machine_line() {
  local cpu
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  printf '%s cores (%s), %s GiB RAM, %s' "$(nproc)" "$cpu" "$(awk '/MemTotal/{printf "%.0f", $2/1048576}' /proc/meminfo)" \
    "$(. /etc/os-release && echo "$PRETTY_NAME")"
}
