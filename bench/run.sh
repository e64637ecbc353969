#!/usr/bin/env bash
# bench/run.sh - evgraph's speed and scale benchmark (issue 8).
#
# Owns: the measurement of `evgraph extract` (one thread and -j 2), `evgraph build` end to end
# (time, peak RSS, database size), a second `build` over the same store (nothing new to store, so
# its time is reading + extracting + hashing + analytics + views), the rendering of each DOT view
# with Graphviz's `dot`, and python3-dateparser's search_dates on a sample of the same text.
# Wall and CPU (user + system) seconds are both reported: on a shared machine only CPU is stable.
# Corpora come from bench/gen_articles.py (seeded) and are cached under $BENCH_DATA.
# Prints Markdown tables on stdout and keeps them, with the raw numbers, in $BENCH_DATA.
#
# Usage: bench/run.sh [N ...]            (default: 1000 10000 100000)
# Environment: EVGRAPH (binary; default build/evgraph), BENCH_DATA (default /tmp/evgraph-bench),
#   SEED (default 1), DP_SAMPLE (dateparser sample, default 200 documents), JOBS (default 2),
#   BENCH_TIMEOUT (seconds per command, default 3600), NICE (default "nice -n 10"; NICE= on an idle
#   machine), BUILD_MAX (skip `build` for corpora larger than this; default: no limit).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
EVGRAPH=${EVGRAPH:-$ROOT/build/evgraph}
BENCH_DATA=${BENCH_DATA:-/tmp/evgraph-bench}
SEED=${SEED:-1}
DP_SAMPLE=${DP_SAMPLE:-200}
JOBS=${JOBS:-2}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-3600}
BUILD_MAX=${BUILD_MAX:-0}
NICE=${NICE:-nice -n 10}
PY=/usr/bin/python3
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000 100000)

die() { echo "bench: $*" >&2; exit 2; }
[ -x "$EVGRAPH" ] || die "no evgraph binary at $EVGRAPH (build it, or set EVGRAPH)"
[ -x /usr/bin/time ] || die "/usr/bin/time missing (apt-get install time)"
mkdir -p "$BENCH_DATA" || die "cannot create $BENCH_DATA"
RAW="$BENCH_DATA/raw.tsv"
STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')
BUILT=$(date -u -r "$EVGRAPH" +%Y-%m-%dT%H:%MZ)

# corpus N -> prints the corpus folder, generating it unless a complete copy from the same
# generator is cached.
corpus() {
    local n=$1 dir="$BENCH_DATA/corpus-s$SEED-n$1" sum
    sum=$(md5sum "$HERE/gen_articles.py" | cut -d' ' -f1)
    if [ "$(cat "$dir/.complete" 2>/dev/null)" != "$sum" ]; then
        rm -rf "$dir"
        echo "bench: generating $n articles in $dir" >&2
        $NICE "$PY" "$HERE/gen_articles.py" --seed "$SEED" --count "$n" --out "$dir" || die "generator failed"
        echo "$sum" > "$dir/.complete"
    fi
    echo "$dir"
}

# measure LABEL CMD... : runs CMD under /usr/bin/time -v (stdout to /dev/null unless OUT is set),
# sets WALL, CPU (user+sys seconds), RSS (MB) and RC.
measure() {
    local label=$1 tf="$BENCH_DATA/time.$$" ef="$BENCH_DATA/stderr.$$"
    shift
    /usr/bin/time -v -o "$tf" $NICE timeout "$BENCH_TIMEOUT" "$@" > "${OUT:-/dev/null}" 2> "$ef"
    RC=$?
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
        for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.3f", s }' "$tf")
    CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.3f", s }' "$tf")
    RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tf")
    if [ "$RC" -ne 0 ]; then
        echo "bench: $label exited $RC; stderr (first lines):" >&2
        head -5 "$ef" >&2
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$STAMP" "$N" "$label" "$WALL" "$CPU" "$RSS" "$RC" >> "$RAW"
    rm -f "$tf" "$ef"
}

# f EXPR : floating-point arithmetic with two decimals.
f() { awk "BEGIN { printf \"%.2f\", $1 }"; }
f1() { awk "BEGIN { printf \"%.1f\", $1 }"; }

EXT_ROWS=""
BUILD_ROWS=""
PEER_ROWS=""
for N in "${SIZES[@]}"; do
    dir=$(corpus "$N")
    man="$dir/manifest.tsv"
    bytes=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
    mb=$(f "$bytes / 1e6")
    echo "bench: N=$N ($mb MB)" >&2

    measure extract-j1 "$EVGRAPH" extract --manifest "$man" -j 1 "$dir"
    w1=$WALL c1=$CPU r1=$RSS rc1=$RC
    measure extract-j$JOBS "$EVGRAPH" extract --manifest "$man" -j "$JOBS" "$dir"
    w2=$WALL c2=$CPU r2=$RSS rc2=$RC
    EXT_ROWS+="| $N | $mb | $w1 | $c1 | $(f "$bytes/1e6/$w1") | **$(f "$bytes/1e6/$c1")** | $(f1 "$N/$c1") | $(f "1000*$c1/$N") | $r1 |"
    EXT_ROWS+=" $w2 | $c2 | $(f "$bytes/1e6/$w2") | $(f "$w1/$w2")x | $(f "$c2/$c1")x | $r2 |"
    [ "$rc1$rc2" = "00" ] || EXT_ROWS+=" exit $rc1/$rc2"
    EXT_ROWS+=$'\n'

    if [ "$N" = "${SIZES[0]}" ]; then
        list="$BENCH_DATA/dp-sample.list"
        dp=$($NICE "$PY" "$HERE/dateparser_bench.py" --corpus "$dir" --sample "$DP_SAMPLE" --list "$list")
        echo "bench: dateparser: $dp" >&2
        kv() { sed -n "s/.*[ ^]$1=\\([0-9.]*\\).*/\\1/p" <<< " $dp"; }
        dps=$(kv seconds) dpc=$(kv cpu) dpdocs=$(kv docs) dpbytes=$(kv bytes) dpdates=$(kv dates)
        dpmb=$(f "$dpbytes/1e6/$dpc")
        mapfile -t files < "$list"
        OUT="$BENCH_DATA/sample.jsonl" measure extract-sample "$EVGRAPH" extract --manifest "$man" -j 1 "${files[@]}"
        ws=$WALL cs=$CPU
        evdates=$("$PY" -c 'import json,sys; print(sum(len(json.loads(l)["timexes"]) for l in open(sys.argv[1])))' \
            "$BENCH_DATA/sample.jsonl" 2>/dev/null || echo "?")
        sm=$(f "$dpbytes/1e6")
        PEER_ROWS+="| dateparser search_dates (dates only) | $dpdocs | $sm | $dps / $dpc | $dpmb | $dpdates | 1x |"$'\n'
        PEER_ROWS+="| evgraph extract -j 1 (dates, actors, events; with start-up) | $dpdocs | $sm | $ws / $cs | $(f "$dpbytes/1e6/$cs") | $evdates | **$(f1 "($dpbytes/1e6/$cs)/$dpmb")x** |"$'\n'
        PEER_ROWS+="| evgraph extract -j 1, whole $N-document corpus | $N | $mb | $w1 / $c1 | $(f "$bytes/1e6/$c1") | | **$(f1 "($bytes/1e6/$c1)/$dpmb")x** |"$'\n'
    fi

    work="$BENCH_DATA/build-n$N"
    if [ "$BUILD_MAX" -gt 0 ] && [ "$N" -gt "$BUILD_MAX" ]; then
        BUILD_ROWS+="| $N | skipped (BUILD_MAX=$BUILD_MAX) | | | | | | | | | |"$'\n'
        continue
    fi
    rm -rf "$work"; mkdir -p "$work"
    measure build "$EVGRAPH" build --db "$work/evgraph.db" --out "$work/out" --manifest "$man" -j "$JOBS" "$dir"
    wb=$WALL cb=$CPU rb=$RSS rcb=$RC
    dbmb=$(f "$(stat -c %s "$work/evgraph.db" 2>/dev/null || echo 0) / 1e6")
    measure rebuild "$EVGRAPH" build --db "$work/evgraph.db" --out "$work/out2" --manifest "$man" -j "$JOBS" "$dir"
    wr=$WALL cr=$CPU rr=$RSS rcr=$RC
    views=""
    for v in timeline actors; do
        if [ -s "$work/out/$v.dot" ]; then
            measure "dot-$v" dot -Tsvg "$work/out/$v.dot"
            views+="$v $WALL / $CPU s; "
        else
            views+="$v: no DOT; "
        fi
    done
    BUILD_ROWS+="| $N | $wb | $cb | $(f "$bytes/1e6/$cb") | $(f "$cb/$c1")x | $(f "$wb/$w2")x | $rb | $dbmb |"
    BUILD_ROWS+=" $wr / $cr | $rr | ${views%; } |"
    [ "$rcb$rcr" = "00" ] || BUILD_ROWS+=" exit $rcb/$rcr"
    BUILD_ROWS+=$'\n'

done

report() {
    echo "Measured $STAMP on a tree at $COMMIT (binary $EVGRAPH built $BUILT), seed $SEED, $(nproc) CPUs,"
    echo "load average $LOAD0 at the start and $(cut -d' ' -f1-3 /proc/loadavg) at the end; commands run under '$NICE'."
    echo "s = wall seconds, CPU = user + system seconds; MB/CPU-s = MB of text per CPU second (one core)."
    echo
    echo "### extract (JSON Lines to /dev/null)"
    echo
    echo "| docs | MB | -j1 s | -j1 CPU | -j1 MB/s | -j1 MB/CPU-s | -j1 docs/CPU-s | -j1 CPU ms/doc | -j1 RSS MB |"\
         "-j$JOBS s | -j$JOBS CPU | -j$JOBS MB/s | wall speed-up | CPU -j$JOBS / -j1 | -j$JOBS RSS MB |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s' "$EXT_ROWS"
    echo
    echo "### build (-j $JOBS, new store); second build over the same store (nothing new: read + extract + hash + analytics + views)"
    echo
    echo "| docs | build s | build CPU | MB/CPU-s | CPU build / extract -j1 | wall build / extract -j$JOBS | peak RSS MB | DB MB |"\
         "2nd build s / CPU | 2nd RSS MB | dot -Tsvg per view, s / CPU |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    printf '%s' "$BUILD_ROWS"
    echo
    echo "### peer: python3-dateparser search_dates (language from the manifest, RELATIVE_BASE = publication date)"
    echo
    echo "| run | docs | MB | s / CPU | MB/CPU-s | dates found | vs dateparser (CPU) |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    printf '%s' "$PEER_ROWS"
}
report | tee "$BENCH_DATA/results-$STAMP.md"
