#!/usr/bin/env bash
# bench/views.sh - how long the views of a large collection take to write and to draw.
#
# Owns: the timing of the view stage alone, on the generated collection of tests/e2e_views.sh
# (tests/e2e_views_gen.py: NEVENTS events, NACTORS actors, seeded, written straight into a store,
# so no extraction time is mixed in).  Measured with /usr/bin/time -v, wall and CPU seconds:
#   - `evgraph build --out` over the store with no new input: load + analytics + every default view;
#   - `evgraph export` of each view and format (load + analytics + that view);
#   - Graphviz's own renderers on the written DOT: `dot -Tsvg timeline.dot` (layout=nop, pinned),
#     `neato -n2 -Tsvg timeline.dot`, `dot -Tsvg actors.dot` (its layout attribute picks neato or
#     sfdp by size).
# Prints a Markdown table on stdout.  On a shared machine trust the CPU column.
#
# Usage: bench/views.sh [NEVENTS [NACTORS]]   (default 5000 500)
# Environment: EVGRAPH (binary; default build/evgraph), WORK (default /tmp/evgraph-views-bench),
#   NICE (default "nice -n 10"; NICE= on an idle machine).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
EVGRAPH=${EVGRAPH:-$ROOT/build/evgraph}
WORK=${WORK:-/tmp/evgraph-views-bench}
NICE=${NICE:-nice -n 10}
NEVENTS=${1:-5000} NACTORS=${2:-500}
die() { echo "bench/views: $*" >&2; exit 2; }
[ -x "$EVGRAPH" ] || die "no evgraph binary at $EVGRAPH (build it, or set EVGRAPH)"
[ -x /usr/bin/time ] || die "/usr/bin/time missing (apt-get install time)"

rm -rf "$WORK"; mkdir -p "$WORK/empty" || die "cannot create $WORK"
db=$WORK/evgraph.db
"$EVGRAPH" build --db "$db" --out "$WORK/out0" "$WORK/empty" > /dev/null 2>&1 || die "cannot create the store"
/usr/bin/python3 "$ROOT/tests/e2e_views_gen.py" "$db" "$ROOT" "$NEVENTS" "$NACTORS" 1 > /dev/null || die "generator failed"

# measure LABEL CMD...: one row of the table (wall s, CPU s, peak RSS MB, exit status).
measure() {
    local label=$1 tf=$WORK/time.txt
    shift
    /usr/bin/time -v -o "$tf" $NICE "$@" > /dev/null 2> "$WORK/stderr.txt"
    local rc=$?
    awk -F': ' -v label="$label" -v rc="$rc" '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
        /User time|System time/ { cpu += $2 }
        /Maximum resident set size/ { rss = $2 / 1024 }
        END { printf "| %s | %.2f | %.2f | %.0f | %s |\n", label, wall, cpu, rss, rc == 0 ? "ok" : "exit " rc }' "$tf"
}

echo "### views of $NEVENTS generated events and $NACTORS actors ($(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| step | wall s | CPU s | peak RSS MB | |"
echo "|---|---:|---:|---:|---|"
measure "build --out (every default view)" "$EVGRAPH" build --db "$db" --out "$WORK/out" "$WORK/empty"
for vf in "timeline dot" "timeline svg" "actors dot" "actors svg" "actors graphml" "actors gexf" "events json" \
          "events csv" "events graphml" "events gexf" "events timelinejs"; do
    set -- $vf
    measure "export $1 $2" "$EVGRAPH" export --db "$db" --view "$1" --format "$2" -o "$WORK/x.$1.$2"
done
measure "export actors svg --top 200 (sfdp)" "$EVGRAPH" export --db "$db" --view actors --format svg --top 200 \
    -o "$WORK/x.actors200.svg"
measure "report" "$EVGRAPH" report --db "$db" -o "$WORK/report.html"
measure "dot -Tsvg timeline.dot (nop)" dot -Tsvg "$WORK/out/timeline.dot" -o "$WORK/t.svg"
measure "neato -n2 -Tsvg timeline.dot" neato -n2 -Tsvg "$WORK/out/timeline.dot" -o "$WORK/t2.svg"
measure "dot -Tsvg actors.dot ($(grep -o 'layout=[a-z]*' "$WORK/out/actors.dot" | head -1))" \
    dot -Tsvg "$WORK/out/actors.dot" -o "$WORK/a.svg"
