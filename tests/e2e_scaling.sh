#!/usr/bin/env bash
# e2e_scaling.sh - the split-extract-merge path of docs/SCALING.md with GNU
# parallel: samples/ written as JSON Lines documents (with their manifest
# dates and metadata), extracted in shards by `parallel --pipe` running
# `evgraph extract --jsonl -`, the shards loaded with `evgraph build
# --from-jsonl`; the store and every view must equal a direct `evgraph
# build` on samples/.  Also `build --jsonl`, and bad lines named FILE:LINE.
# Skipped (77) when GNU parallel is not installed.
# usage: e2e_scaling.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
if ! command -v parallel > /dev/null || ! parallel --version 2>/dev/null | grep -q "GNU parallel"; then
  echo "SKIP: GNU parallel is not installed (Debian package parallel; scripts/setup.sh installs it)"
  exit 77
fi
rm -rf "$work"; mkdir -p "$work"
py=/usr/bin/python3

# the samples as JSON Lines: path as a direct build names them, text, manifest metadata
"$py" - "$src/samples/manifest.tsv" "$src/samples/" > "$work/docs.jsonl" <<'PY'
import csv, json, os, sys
manifest, prefix = sys.argv[1], sys.argv[2]
for row in csv.DictReader(open(manifest, encoding="utf-8"), delimiter="\t"):
    if row["path"].startswith("#"):
        continue
    with open(os.path.join(os.path.dirname(manifest), row["path"]), encoding="utf-8", newline="") as f:
        doc = {"path": prefix + row["path"], "text": f.read()}
    for key in ("date", "source", "url", "lang", "title"):
        if row.get(key):
            doc[key] = row[key]
    print(json.dumps(doc, ensure_ascii=False))
PY
ndocs=$(wc -l < "$work/docs.jsonl")
expect "every sample written as a JSON line" "$ndocs" "$(ls "$src"/samples/*.txt | wc -l)"

# direct build
"$bin" build --db "$work/direct.db" --out "$work/direct" --manifest "$src/samples/manifest.tsv" "$src/samples/" \
  > "$work/direct.log" 2>&1
expect "direct build" $? 0

# map: GNU parallel cuts stdin into blocks of 3 lines, two extract jobs at a time, one shard per job
parallel --will-cite --pipe -N 3 --jobs 2 "'$bin' extract --jsonl - > '$work/shard-{#}.jsonl'" < "$work/docs.jsonl"
expect "parallel extract" $? 0
nshards=$(ls "$work"/shard-*.jsonl | wc -l)
expect "shards written" "$nshards" $(( (ndocs + 2) / 3 ))
mapfile -t shards < <(ls "$work"/shard-*.jsonl | sort -t- -k2 -n)
expect "one extract line per document" "$(cat "${shards[@]}" | wc -l)" "$ndocs"

# reduce: one build over the shards, in job order
"$bin" build --db "$work/merged.db" --out "$work/merged" --from-jsonl "${shards[@]}" > "$work/merged.log" 2>&1
expect "build --from-jsonl" $? 0
cat "$work/merged.log"

# the same store, table by table (ids included; only the time each row was written differs)
dump() {
  for t in documents sections timexes entities aliases mentions events event_actors event_mentions actor_metrics; do
    cols=$(sqlite3 "$1" "SELECT group_concat(name, ',') FROM pragma_table_info('$t') WHERE name <> 'added_at'")
    echo "== $t"
    sqlite3 "$1" "SELECT $cols FROM $t ORDER BY $cols"
  done
}
dump "$work/direct.db" > "$work/direct.dump"
dump "$work/merged.db" > "$work/merged.dump"
[ "$(grep -c . "$work/direct.dump")" -gt 100 ] || bad "the direct store is nearly empty"
if cmp -s "$work/direct.dump" "$work/merged.dump"; then ok "the shards give the same store"
else bad "the stores differ"; diff "$work/direct.dump" "$work/merged.dump" | head -20; fi

# the same listings and views (paths of the two runs masked)
mask() { sed -e "s#$work/direct#OUT#g" -e "s#$work/merged#OUT#g" "$1"; }
for db in direct merged; do
  "$bin" events --db "$work/$db.db" --format json > "$work/$db.events.json"
  "$bin" actors --db "$work/$db.db" --format json > "$work/$db.actors.json"
done
for f in events.json actors.json; do
  if cmp -s <(mask "$work/direct.$f") <(mask "$work/merged.$f"); then ok "evgraph ${f%.json} lists the same"
  else bad "evgraph ${f%.json} differs"; fi
done
"$py" -c 'import json,sys; e=json.load(open(sys.argv[1])); assert len(e) > 5 and all(x["code"] and x["actors"] for x in e), len(e)' \
  "$work/merged.events.json" && ok "the merged events have codes and actors" || bad "merged events.json"
for f in events.json timeline.json actors.graphml events.graphml actors.gexf timeline.dot actors.dot; do
  if cmp -s <(mask "$work/direct/$f") <(mask "$work/merged/$f"); then ok "view $f is the same"
  else bad "view $f differs"; diff <(mask "$work/direct/$f") <(mask "$work/merged/$f") | head -5; fi
done

# shards concatenated on stdin, and a second load adds nothing
cat "${shards[@]}" | "$bin" build --db "$work/merged.db" --out "$work/merged" --from-jsonl - > "$work/again.log" 2>&1
expect "second load" $? 0
grep -q "stored 0 new document(s), $ndocs already in the store" "$work/again.log" || bad "a second load stored again"

# build --jsonl reads the documents themselves
"$bin" build --db "$work/jsonl.db" --out "$work/jsonl" --jsonl - < "$work/docs.jsonl" > /dev/null 2>&1
expect "build --jsonl" $? 0
dump "$work/jsonl.db" > "$work/jsonl.dump"
cmp -s "$work/direct.dump" "$work/jsonl.dump" && ok "build --jsonl gives the same store" || bad "build --jsonl store differs"

# bad lines: named FILE:LINE with the reason, skipped, the others processed, exit 1
{ sed -n 1p "$work/docs.jsonl"; echo '{"path": "broken.txt", "text": "unterminated}'; echo '{"path": "notext.txt"}'
  echo '{"text": "x", "date": "2024-13-01"}'; echo; sed -n 2p "$work/docs.jsonl"; } > "$work/bad.jsonl"
"$bin" extract --jsonl "$work/bad.jsonl" > "$work/bad.out" 2> "$work/bad.err"
expect "extract with bad lines" $? 1
expect "good lines still extracted" "$(wc -l < "$work/bad.out")" 2
grep -q "bad.jsonl:2: bad JSON" "$work/bad.err" && grep -q 'bad.jsonl:3: .*"text"' "$work/bad.err" &&
  grep -q "bad.jsonl:4: .*YYYY-MM-DD" "$work/bad.err" && ok "bad lines named with their reasons" ||
  { bad "bad line messages"; cat "$work/bad.err"; }
{ head -c 200 "${shards[0]}"; echo; cat "${shards[@]}"; } > "$work/bad-shard.jsonl"
"$bin" build --db "$work/bad.db" --out "$work/bad" --from-jsonl "$work/bad-shard.jsonl" > /dev/null 2> "$work/bad-shard.err"
expect "build --from-jsonl with a cut line" $? 1
grep -q "bad-shard.jsonl:1: " "$work/bad-shard.err" || { bad "cut shard line not named"; cat "$work/bad-shard.err"; }
expect "the other shard lines stored" "$(sqlite3 "$work/bad.db" 'SELECT count(*) FROM documents')" "$ndocs"
"$bin" build --jsonl --from-jsonl - < /dev/null > /dev/null 2>&1
expect "--jsonl with --from-jsonl is a usage error" $? 2

exit $fail
