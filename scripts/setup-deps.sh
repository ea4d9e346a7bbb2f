#!/usr/bin/env bash
# Installs every Debian package Tepat needs to build, run and test, skipping what is already there.
# Idempotent: a second run installs nothing. Usage: scripts/setup-deps.sh [--test] [--bench]
set -euo pipefail

build_packages=(
  build-essential cmake pkg-config git
  libboost1.81-dev libsqlite3-dev sqlite3 libpq-dev libsodium-dev libtbb-dev
  libcli11-dev libspdlog-dev libfmt-dev libxlsxwriter-dev libminizip-dev libpugixml-dev libmagic-dev zlib1g-dev libyaml-cpp-dev libexpat1-dev
  nodejs npm
)
test_packages=(libgtest-dev libgmock-dev postgresql chromium fonts-dejavu-core)
bench_packages=(libbenchmark-dev wrk nginx-light curl python3)

wanted=("${build_packages[@]}")
for arg in "$@"; do
  case "$arg" in
    --test) wanted+=("${test_packages[@]}") ;;
    --bench) wanted+=("${bench_packages[@]}" "${test_packages[@]}") ;;
    *) echo "setup-deps: unknown option '$arg' (use --test or --bench)" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
# npm may come bundled with a newer nodejs from elsewhere; a working npm on PATH is enough.
if command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/#npm/}")
fi
if command -v node >/dev/null 2>&1; then
  missing=("${missing[@]/#nodejs/}")
fi
filtered=()
for pkg in "${missing[@]}"; do [[ -n "$pkg" ]] && filtered+=("$pkg"); done

if ((${#filtered[@]} == 0)); then
  echo "setup-deps: all Debian packages present"
  exit 0
fi
echo "setup-deps: installing ${filtered[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${filtered[@]}"
