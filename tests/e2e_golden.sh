#!/usr/bin/env bash
# e2e_golden.sh - every view of the samples, byte for byte, against tests/golden/samples/.
#
# Builds samples/ into a fresh store (one thread), writes the default set with `evgraph build
# --out` and the other formats with `evgraph export` (CSV node and edge tables, actors JSON, a
# filtered timeline, a --top actor picture), masks what legitimately varies (tests/golden/mask.py:
# versions, absolute paths, times, digits past the sixth significant one) and compares each file
# with its golden copy, printing the first differing lines of each difference.
# A second build of the same samples with two threads into another folder must give the same
# files: the views are deterministic whatever the thread count or the paths.
#
# usage: e2e_golden.sh EVGRAPH SOURCE_DIR WORK_DIR
# With UPDATE_GOLDEN=1 the golden copies are rewritten instead (tests/golden/update.sh does that
# in one command) -- only when the two builds agree.
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
golden=$src/tests/golden/samples
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3) || { echo "SKIP: python3 is needed to mask the outputs"; exit 77; }
rm -rf "$work"; mkdir -p "$work/masked"
version=$("$bin" --version | awk '{ print $2 }')

BUILT="timeline.dot timeline.svg actors.dot actors.svg actors.graphml actors.gexf events.graphml
       events.gexf events.json timeline.json report.html"
EXPORTED="actors.csv edges.csv events.csv actors.json timeline.lavrov.dot actors.top5.dot"

# build NAME JOBS: the samples into $work/NAME/evgraph.db and $work/NAME/out.
build() {
  mkdir -p "$work/$1"
  "$bin" build --db "$work/$1/evgraph.db" --out "$work/$1/out" --manifest "$src/samples/manifest.tsv" \
    -j "$2" "$src/samples" > "$work/$1/build.log" 2>&1
  local rc=$?
  expect "build $1 (-j $2) exit status" $rc 0
  [ $rc = 0 ] || cat "$work/$1/build.log"
}

# export NAME ARGS...: one view of store a into a/out/NAME.
export_view() {
  local name=$1; shift
  "$bin" export --db "$work/a/evgraph.db" "$@" -o "$work/a/out/$name" 2> "$work/export.err"
  local rc=$?
  expect "export $name" $rc 0
  [ $rc = 0 ] || cat "$work/export.err"
}

# masked RUN FILE: FILE of run RUN, masked, on stdout.
masked() {
  "$py" "$src/tests/golden/mask.py" "$version" "$src" "$work/$1" < "$work/$1/out/$2"
}

build a 1
build b 2
export_view actors.csv --view actors --format csv
export_view edges.csv --view edges --format csv
export_view events.csv --view events --format csv
export_view actors.json --view actors --format json
export_view timeline.lavrov.dot --view timeline --format dot --actor Lavrov --top 3
export_view actors.top5.dot --view actors --format dot --top 5

for f in $BUILT $EXPORTED; do
  [ -f "$work/a/out/$f" ] || { bad "$f was not written"; continue; }
  masked a "$f" > "$work/masked/$f"
done

ndiff=0
for f in $BUILT; do
  [ -f "$work/b/out/$f" ] || { bad "$f missing from the second build"; continue; }
  masked b "$f" | cmp -s - "$work/masked/$f" && continue
  ndiff=$((ndiff + 1))
  bad "$f differs between two builds of the same samples (-j 1 and -j 2)"
  masked b "$f" | diff -u "$work/masked/$f" - | head -n 20
done
expect "two builds give the same views" "$ndiff" 0

if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  [ "$fail" = 0 ] || { echo "golden copies NOT rewritten: fix the failures above first"; exit 1; }
  rm -rf "$golden"; mkdir -p "$golden"
  for f in $BUILT $EXPORTED; do cp "$work/masked/$f" "$golden/$f"; done
  echo "golden copies rewritten in $golden ($(ls "$golden" | wc -l) files); review them with git diff"
  exit 0
fi

for f in $BUILT $EXPORTED; do
  [ -f "$work/masked/$f" ] || continue
  if [ ! -f "$golden/$f" ]; then
    bad "$f has no golden copy (run tests/golden/update.sh BUILD_DIR)"
  elif cmp -s "$golden/$f" "$work/masked/$f"; then
    ok "$f matches its golden copy"
  else
    bad "$f differs from tests/golden/samples/$f (after masking); first differences:"
    diff -u --label "golden/$f" --label "now/$f" "$golden/$f" "$work/masked/$f" | head -n 40
  fi
done
for g in "$golden"/*; do
  [ -e "$g" ] || continue
  case " $(echo $BUILT $EXPORTED) " in *" $(basename "$g") "*) ;; *) bad "stale golden file $(basename "$g")";; esac
done
[ "$fail" = 0 ] || echo "If the change is intended, regenerate with: tests/golden/update.sh BUILD_DIR"
exit $fail
