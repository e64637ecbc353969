#!/usr/bin/env bash
# test.sh - the second quick-start command: build (if needed) and run the
# whole test suite with ctest (the CUnit suites and the end-to-end checks).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure
