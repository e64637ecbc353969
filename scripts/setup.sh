#!/usr/bin/env bash
# setup.sh - the first quick-start command: install the Debian 12 packages
# evgraph needs (only the missing ones; apt-get, with sudo when not root),
# build it in ./build, and run `evgraph build` on samples/.
#   scripts/setup.sh            install, build, run on samples/
#   scripts/setup.sh --no-run   install and build only
#   --browser                   also install Chromium, for the test that looks at the report
set -euo pipefail
cd "$(dirname "$0")/.."
run=1 browser=0
for a in "$@"; do
  case "$a" in
    --no-run) run=0 ;;
    --browser) browser=1 ;;
    *) echo "usage: scripts/setup.sh [--no-run] [--browser]" >&2; exit 2 ;;
  esac
done

PACKAGES=(build-essential cmake pkg-config libigraph-dev libsqlite3-dev sqlite3 libicu-dev
          libgraphviz-dev graphviz libcunit1-dev libxml2-dev libxml2-utils python3 python3-networkx valgrind fonts-noto-core
          parallel)
if [ "$browser" = 1 ]; then PACKAGES+=(chromium); fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"

if [ "$run" = 1 ]; then
  rm -f evgraph.db evgraph.db-wal evgraph.db-shm
  ./build/evgraph build --db evgraph.db --out evgraph-out --manifest samples/manifest.tsv samples/
fi
