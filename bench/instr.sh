#!/usr/bin/env bash
# bench/instr.sh - instructions per document of `evgraph extract -j 1` (issue 8), with callgrind.
#
# Owns: the deterministic speed measure used on the shared machine, where CPU seconds move by
# +-15% with the load. Runs callgrind on the first document of a corpus folder and on its first N
# documents; the difference over N - 1 is the cost of a document with the start-up (loading the
# tables) taken out. The transliterator that names unlisted people is opened once per thread at the
# first such name (about 150 M instructions): it falls inside the N-document run and not (as a rule)
# inside the one-document run, so the script also prints the figure without it, the cost per
# document of a long run. Under valgrind SHA-256 runs its portable rounds (about 0.24 M per
# document that the processor's SHA extensions make nearly free).
#
# Usage: bench/instr.sh [N] [BINARY] [CORPUS]
#   N       documents (default 200)
#   BINARY  evgraph binary (default build/evgraph)
#   CORPUS  a folder written by bench/gen_articles.py (default /tmp/evgraph-bench/corpus-s1-n1000);
#           its manifest.tsv gives the dates; the documents are the first N of folder 000
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
N=${1:-200}
BIN=$(realpath "${2:-$HERE/../build/evgraph}")
CORPUS=${3:-/tmp/evgraph-bench/corpus-s1-n1000}
command -v valgrind >/dev/null || { echo "instr: valgrind missing" >&2; exit 2; }
[ -x "$BIN" ] || { echo "instr: no binary $BIN" >&2; exit 2; }
[ -f "$CORPUS/manifest.tsv" ] || { echo "instr: no corpus at $CORPUS (bench/gen_articles.py)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$CORPUS" || exit 2
mapfile -t DOCS < <(ls 000/*.txt | head -n "$N")
[ "${#DOCS[@]}" -ge 2 ] || { echo "instr: fewer than 2 documents in $CORPUS/000" >&2; exit 2; }

# total FILE: the instruction count callgrind collected
total() { awk '/Collected/ {print $4}' "$1"; }
# opening FILE: inclusive instructions of utrans_openU (0 when the run opened no transliterator)
opening() {
    callgrind_annotate --inclusive=yes "$1" 2>/dev/null |
        awk '/utrans_openU/ {gsub(",", "", $1); print $1; found = 1; exit} END {if (!found) print 0}'
}

valgrind --tool=callgrind --callgrind-out-file="$TMP/one" "$BIN" extract --manifest manifest.tsv -j 1 \
    "${DOCS[0]}" >/dev/null 2>"$TMP/one.log" || { echo "instr: valgrind failed" >&2; exit 1; }
valgrind --tool=callgrind --callgrind-out-file="$TMP/all" "$BIN" extract --manifest manifest.tsv -j 1 \
    "${DOCS[@]}" >/dev/null 2>"$TMP/all.log" || { echo "instr: valgrind failed" >&2; exit 1; }
one=$(total "$TMP/one.log")
all=$(total "$TMP/all.log")
tr=$(( $(opening "$TMP/all") - $(opening "$TMP/one") ))
n=${#DOCS[@]}
bytes=$(cat "${DOCS[@]}" | wc -c)
echo "documents: $n ($bytes bytes); instructions: one document $one, all $all"
echo "per document: $(( (all - one) / (n - 1) )) (the transliterator's opening, $tr, included)"
echo "per document without the opening: $(( (all - one - tr) / (n - 1) ))"
