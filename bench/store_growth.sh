#!/usr/bin/env bash
# bench/store_growth.sh - does storing a document cost more in a larger store? (issue 8, session 12)
#
# Owns: the store phase of `build` measured apart from the extraction. The first N documents of a
# corpus are extracted once (JSON Lines, cached), then each binary stores them into a new store with
# `build --from-jsonl`; EVGRAPH_TIMINGS=1 gives the store phase's CPU seconds (user + system), and
# /usr/bin/time -v the whole build's user and system seconds and peak RSS. With STRACE=1 the build
# runs under `strace -c -f` and the page writes, reads and syncs of SQLite are counted instead
# (counts do not depend on the machine's load; the CPU seconds do, by +-15% on a shared machine, so
# give two binaries alternately and compare pairs). The analytics and views run too (build always
# writes them); only the store line is the store. The merge walk's counts per report (slots probed,
# index entries read, events whose dates meet the report's: `timing: merge walk`, session 14) are printed when the
# binary reports them. Since session 16 the binary also prints, as the store closes, the runs,
# virtual-machine steps and SQLite's time estimate of each prepared statement (`timing: sql`
# lines, kept in $WORK/err.txt of the last binary run).
#
# Usage: bench/store_growth.sh N BINARY... (N: 1000, 10000, 30000 ...: the first N documents of
#   the 100k corpus, its folders 000-099 of 1,000 documents each)
# Environment: CORPUS (default /tmp/evgraph-bench/corpus-s1-n100000), WORK (default
#   /tmp/evgraph-store-growth), STRACE (1: count system calls), EXTRACT (binary that extracts;
#   default the first BINARY)
set -u
N=${1:?usage: store_growth.sh N BINARY...}
shift
[ $# -ge 1 ] || { echo "store_growth: no binary given" >&2; exit 2; }
CORPUS=${CORPUS:-/tmp/evgraph-bench/corpus-s1-n100000}
WORK=${WORK:-/tmp/evgraph-store-growth}
EXTRACT=${EXTRACT:-$1}
[ -f "$CORPUS/manifest.tsv" ] || { echo "store_growth: no corpus at $CORPUS (bench/gen_articles.py)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "store_growth: /usr/bin/time missing" >&2; exit 2; }
mkdir -p "$WORK" || exit 2
folders=$(( (N + 999) / 1000 ))
jsonl="$WORK/x$N.jsonl"
if [ ! -s "$jsonl" ]; then
    dirs=()
    for ((i = 0; i < folders; i++)); do dirs+=("$CORPUS/$(printf %03d "$i")"); done
    "$EXTRACT" extract --manifest "$CORPUS/manifest.tsv" -j 2 "${dirs[@]}" | head -n "$N" > "$jsonl.tmp" &&
        mv "$jsonl.tmp" "$jsonl" || { echo "store_growth: extraction failed" >&2; exit 2; }
fi
echo "| binary | documents | store phase CPU s | CPU ms per document | walk slots probed / entries / in window per report | build user s | build sys s | peak RSS MB | load | syscalls |"
echo "|---|---:|---:|---:|---|---:|---:|---:|---|---|"
for bin in "$@"; do
    db="$WORK/s$N.db"
    rm -rf "$db" "$db-wal" "$db-shm" "$WORK/out"
    load0=$(cut -d' ' -f1 /proc/loadavg)
    pre=(); [ "${STRACE:-0}" = 1 ] && pre=(strace -c -f -o "$WORK/strace.txt")
    EVGRAPH_TIMINGS=1 /usr/bin/time -v -o "$WORK/time.txt" "${pre[@]}" "$bin" build --db "$db" \
        --out "$WORK/out" --from-jsonl "$jsonl" > /dev/null 2> "$WORK/err.txt" ||
        { echo "store_growth: $bin failed (see $WORK/err.txt)" >&2; continue; }
    cpu=$(awk '/timing: store/ { print $7 }' "$WORK/err.txt")
    walk=$(awk '/timing: merge walk/ { print $8 " / " $11 " / " $16 }' "$WORK/err.txt")
    user=$(awk -F': ' '/User time/ { print $2 }' "$WORK/time.txt")
    sys=$(awk -F': ' '/System time/ { print $2 }' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident/ { printf "%d", $2 / 1024 }' "$WORK/time.txt")
    calls=-
    [ "${STRACE:-0}" = 1 ] &&
        calls=$(awk '$NF ~ /^(pwrite64|pread64|fdatasync)$/ { printf "%s %s ", $NF, $4 }' "$WORK/strace.txt")
    ms=$(awk -v c="$cpu" -v n="$N" 'BEGIN { printf "%.2f", 1000 * c / n }')
    echo "| $bin | $N | $cpu | $ms | ${walk:--} | $user | $sys | $rss | $load0-$(cut -d' ' -f1 /proc/loadavg) | $calls |"
done
