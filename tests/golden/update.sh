#!/usr/bin/env bash
# update.sh - rewrite the golden copies of the sample views (tests/golden/samples/) after a
# deliberate change to extraction or to a view: one command, from any folder.
#
# usage: tests/golden/update.sh [BUILD_DIR]     (default: ROOT/build; the evgraph binary in it is used)
# It runs tests/e2e_golden.sh with UPDATE_GOLDEN=1, which builds the samples twice (-j 1, -j 2),
# refuses to write anything unless both builds agree and every export succeeds, then replaces the
# whole folder (so files no longer produced disappear).  Review the result with `git diff`.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bin=$build/evgraph
[ -x "$bin" ] || { echo "update.sh: no evgraph binary at $bin (build first, or pass the build folder)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/evgraph-golden.XXXXXX")
UPDATE_GOLDEN=1 bash "$root/tests/e2e_golden.sh" "$bin" "$root" "$work/run" > "$work/log" 2>&1
rc=$?
grep -E '^(FAIL|golden)' "$work/log"
[ $rc = 0 ] || echo "update.sh: failed; the full log is $work/log" >&2
[ $rc = 0 ] && rm -rf "$work"
exit $rc
