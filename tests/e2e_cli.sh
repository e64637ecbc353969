#!/usr/bin/env bash
# e2e_cli.sh - the command line as a user meets it: help and version, usage
# errors (exit 2), bad inputs named with a reason (exit 1 when others were
# processed, 3 when none), extract and timex output that parses as JSON Lines.
# usage: e2e_cli.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
rm -rf "$work"; mkdir -p "$work"
fail=0
check() { # check NAME EXPECTED_STATUS ACTUAL_STATUS
  if [ "$2" != "$3" ]; then echo "FAIL: $1: exit $3, expected $2"; fail=1; else echo "ok: $1"; fi
}
py=/usr/bin/python3; [ -x $py ] || py=python3

"$bin" --version | grep -q '^evgraph [0-9]'; check "--version" 0 $?
"$bin" --help >/dev/null; check "--help" 0 $?
for c in build extract timex; do "$bin" $c --help | grep -q "usage: evgraph $c"; check "$c --help" 0 $?; done
"$bin" frobnicate 2>/dev/null; check "unknown command" 2 $?
"$bin" extract --bogus x 2>/dev/null; check "unknown option" 2 $?
"$bin" extract 2>/dev/null; check "no input" 2 $?
"$bin" extract --dct 2024-13-45 "$src/samples" 2>"$work/err"; check "bad --dct" 2 $?
grep -q "2024-13-45" "$work/err" || { echo "FAIL: bad --dct message does not name the value"; fail=1; }

# a good file, an empty one, a binary one and a missing one
printf 'عنوان\nالتقى الرئيس الروسي فلاديمير بوتين يوم 3 مارس 2024 في موسكو.\n' > "$work/good.txt"
: > "$work/empty.txt"
printf 'abc\000def' > "$work/binary.txt"
"$bin" extract "$work/good.txt" "$work/empty.txt" "$work/binary.txt" "$work/missing.txt" >"$work/out.jsonl" 2>"$work/err"
check "mixed inputs" 1 $?
for f in empty.txt binary.txt missing.txt; do
  grep -q "$f" "$work/err" || { echo "FAIL: stderr does not name $f"; fail=1; }
done
grep -q "empty" "$work/err" && grep -q "NUL" "$work/err" || { echo "FAIL: reasons missing"; cat "$work/err"; fail=1; }
[ "$(wc -l < "$work/out.jsonl")" = 1 ] || { echo "FAIL: expected one JSON line"; fail=1; }
$py -c 'import json,sys
d=json.loads(open(sys.argv[1]).readline())
assert d["doc"].endswith("good.txt") and d["lang"]=="ar", d
# no manifest, dateline or --dct: the latest full date of the body is the inferred reference date
assert d["dct"]=="2024-03-03" and d["dct_source"]=="inferred", d' "$work/out.jsonl"; check "extract JSON" 0 $?
"$bin" extract "$work/empty.txt" 2>/dev/null >/dev/null; check "all inputs rejected" 3 $?

# stdin and --dct
printf 'Title\nThe ministers met yesterday in Cairo.\n' | "$bin" extract --dct 2024-03-05 - > "$work/stdin.jsonl"
check "extract stdin" 0 $?
$py -c 'import json,sys
d=json.loads(open(sys.argv[1]).readline())
assert d["dct"]=="2024-03-05" and d["dct_source"]=="option" and d["lang"]=="en", d' "$work/stdin.jsonl"
check "stdin JSON with --dct" 0 $?

# manifest with a bad date is a usage error naming the file and line
printf 'path\tdate\ngood.txt\t2024-02-30\n' > "$work/bad-manifest.tsv"
"$bin" extract --manifest "$work/bad-manifest.tsv" "$work/good.txt" 2>"$work/err" >/dev/null
check "bad manifest" 2 $?
grep -q "bad-manifest.tsv:2" "$work/err" || { echo "FAIL: manifest message"; cat "$work/err"; fail=1; }

# an input above --max-bytes is rejected by name, the others go on
head -c 300000 /dev/zero | tr '\0' 'a' > "$work/big.txt"
"$bin" extract --max-bytes 100K "$work/big.txt" "$work/good.txt" > "$work/out2.jsonl" 2>"$work/err"
check "input above --max-bytes" 1 $?
grep -q "big.txt: larger than --max-bytes" "$work/err" || { echo "FAIL: --max-bytes message"; cat "$work/err"; fail=1; }
[ "$(wc -l < "$work/out2.jsonl")" = 1 ] || { echo "FAIL: the good file was not processed"; fail=1; }
"$bin" extract --max-bytes lots "$work/good.txt" 2>/dev/null >/dev/null; check "bad --max-bytes" 2 $?

# a database that cannot be written: exit 3, the path named, nothing else broken
"$bin" build --db /proc/evgraph-test.db --out "$work/views" "$work/good.txt" > /dev/null 2>"$work/err"
check "unwritable database" 3 $?
grep -q "/proc/evgraph-test.db" "$work/err" || { echo "FAIL: database message does not name the file"; cat "$work/err"; fail=1; }

# -j 2 gives the same lines in the same order as -j 1
"$bin" extract --manifest "$src/samples/manifest.tsv" "$src/samples" > "$work/j1.jsonl" 2>/dev/null
"$bin" extract -j 2 --manifest "$src/samples/manifest.tsv" "$src/samples" > "$work/j2.jsonl" 2>/dev/null
cmp -s "$work/j1.jsonl" "$work/j2.jsonl"; check "-j 2 equals -j 1" 0 $?
[ -s "$work/j1.jsonl" ] || { echo "FAIL: no output on samples"; fail=1; }
# filters of the views: --min-mentions keeps events reported that often, --hops widens --actor
# to its neighbourhood (more hops never fewer events; with 0 every event has the actor)
"$bin" build --db "$work/f.db" --out "$work/f-views" --manifest "$src/samples/manifest.tsv" "$src/samples" \
    > /dev/null 2>&1; check "build samples for filters" 0 $?
"$bin" events --db "$work/f.db" --format json --min-mentions 2 > "$work/mm.json"; check "events --min-mentions" 0 $?
$py -c 'import json,sys
ev=json.load(open(sys.argv[1]))
assert ev and all(len(e["mentions"]) >= 2 for e in ev), [len(e["mentions"]) for e in ev]' "$work/mm.json"
check "--min-mentions 2 keeps only events reported twice or more" 0 $?
"$bin" events --db "$work/f.db" --min-mentions 0 > /dev/null 2>&1; check "--min-mentions 0 refused" 2 $?
"$bin" events --db "$work/f.db" --hops 1 > /dev/null 2>&1; check "events takes no --hops" 2 $?
for h in 0 1 2; do
    "$bin" export --db "$work/f.db" --view events --format json --actor Shoigu --hops $h > "$work/hops$h.json"
    check "export --actor --hops $h" 0 $?
done
$py -c 'import json,sys
n=[]
for h in range(3):
    d=json.load(open(sys.argv[1] + "/hops%d.json" % h))
    ev=d["events"] if isinstance(d, dict) else d
    n.append(len(ev))
    if h == 0:
        assert ev and all(any("Shoigu" in json.dumps(a) for a in e["actors"]) for e in ev), "hops 0: an event without Shoigu"
assert n[0] <= n[1] <= n[2] and n[2] > n[0], n' "$work"
check "--hops widens the actor filter step by step" 0 $?
"$bin" report --db "$work/f.db" --actor Shoigu --hops 1 --min-mentions 1 -o "$work/f.html"; check "report with --hops" 0 $?
# --hops without --actor is a usage error that says why (it was silently ignored)
"$bin" report --db "$work/f.db" --hops 2 -o "$work/nohops.html" 2>"$work/err"; check "report --hops without --actor" 2 $?
grep -q -- "--hops 2 needs --actor" "$work/err" || { echo "FAIL: --hops message"; cat "$work/err"; fail=1; }
[ ! -e "$work/nohops.html" ] || { echo "FAIL: a refused report still wrote its file"; fail=1; }
"$bin" export --db "$work/f.db" --view actors --format csv --hops 1 >/dev/null 2>&1; check "export --hops without --actor" 2 $?
# filters that cannot select anything as given are usage errors, not an empty listing
"$bin" events --db "$work/f.db" --from 2025-01-01 --to 2024-01-01 >/dev/null 2>"$work/err"; check "--from after --to" 2 $?
grep -q -- "--from 2025-01-01 is after --to 2024-01-01" "$work/err" || { echo "FAIL: window message"; cat "$work/err"; fail=1; }
"$bin" report --db "$work/f.db" --code visit -o "$work/code.html" 2>"$work/err"; check "--code that is not CAMEO" 2 $?
grep -q -- "--code takes a CAMEO code" "$work/err" || { echo "FAIL: --code message"; cat "$work/err"; fail=1; }
"$bin" events --db "$work/f.db" --code 04 --from 2023-07-25 --to 2023-07-25 --format csv > "$work/ok.csv"
check "a one-day window and a code prefix" 0 $?
[ "$(wc -l < "$work/ok.csv")" -gt 1 ] || { echo "FAIL: a one-day window selected nothing"; fail=1; }
# --actor takes a spelling seen in the articles (an alias) in export and report as in events
alias=$(sqlite3 "$work/f.db" "SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id
  WHERE a.alias <> e.name AND instr(lower(e.name_en), lower(a.alias)) = 0 AND a.alias <> e.id
    AND e.id IN (SELECT entity_id FROM event_actors) ORDER BY e.id, a.alias LIMIT 1")
if [ -n "$alias" ]; then
  n_events=$("$bin" events --db "$work/f.db" --actor "$alias" --format csv | tail -n +2 | wc -l)
  n_export=$("$bin" export --db "$work/f.db" --view events --format csv --actor "$alias" | $py -c 'import csv,sys; print(len(list(csv.reader(sys.stdin))) - 1)')
  [ "$n_events" -gt 0 ] && [ "$n_events" = "$n_export" ] \
    || { echo "FAIL: --actor '$alias' (an alias): events lists $n_events, export $n_export"; fail=1; }
else
  echo "FAIL: the samples store has no alias other than a name"; fail=1
fi
"$bin" report --db "$work/f.db" --actor no-such-actor -o "$work/none.html" 2>"$work/err"; check "report --actor matching nobody" 0 $?
grep -q "no event matches --actor 'no-such-actor'" "$work/err" || { echo "FAIL: no warning for an --actor that matches nothing"; fail=1; }
# a folder that gives no article is named on stderr; building it is still a normal run
mkdir -p "$work/noarticles/sub"; echo "a,b" > "$work/noarticles/sub/table.csv"
"$bin" build --db "$work/na.db" --out "$work/na-out" "$work/noarticles" >"$work/na.log" 2>"$work/err"
check "build on a folder without articles" 0 $?
grep -q "noarticles holds no article" "$work/err" || { echo "FAIL: no note for a folder without articles"; cat "$work/err"; fail=1; }
"$bin" build --db "$work/na2.db" --out "$work/na2-out" "$src/samples" >/dev/null 2>"$work/err"
! grep -q "holds no article" "$work/err" || { echo "FAIL: a folder with articles got the no-article note"; fail=1; }
# a symbolic link back to a folder being walked is read once, not once per level of the loop
mkdir -p "$work/cycle/inner"; cp "$work/good.txt" "$work/cycle/inner/"; ln -s .. "$work/cycle/inner/up"
"$bin" extract --dct 2024-03-05 "$work/cycle" >"$work/cycle.jsonl" 2>"$work/err"; check "extract a folder with a link cycle" 0 $?
[ "$(wc -l < "$work/cycle.jsonl")" = 1 ] || { echo "FAIL: a link cycle read the article $(wc -l < "$work/cycle.jsonl") times"; fail=1; }
grep -q "up is a folder already read" "$work/err" || { echo "FAIL: no note for the link cycle"; cat "$work/err"; fail=1; }
# views that cannot be written: exit 3, but the documents are stored and the messages say so
echo "not a folder" > "$work/plain"
"$bin" build --db "$work/vw.db" --out "$work/plain/views" "$work/good.txt" >"$work/vw.log" 2>"$work/err"
check "build whose views cannot be written" 3 $?
grep -q "stored 1 new document" "$work/vw.log" && grep -q "database: $work/vw.db" "$work/vw.log" \
    || { echo "FAIL: the store summary is missing when the views fail"; cat "$work/vw.log"; fail=1; }
grep -q "views not written: $work/plain: cannot create folder" "$work/err" && grep -q "documents are stored in $work/vw.db" "$work/err" \
    || { echo "FAIL: the views message"; cat "$work/err"; fail=1; }
[ "$(sqlite3 "$work/vw.db" "SELECT count(*) FROM documents")" = 1 ] || { echo "FAIL: the document was not kept"; fail=1; }
# a schema-2 store (before the connected component) is upgraded in place and keeps its events
cp "$work/f.db" "$work/v2.db"
sqlite3 "$work/v2.db" "ALTER TABLE actor_metrics DROP COLUMN component; PRAGMA user_version = 2;
  CREATE TABLE merge_index(entity_id TEXT NOT NULL, family TEXT NOT NULL, bucket INTEGER NOT NULL,
  event_id INTEGER NOT NULL, PRIMARY KEY(entity_id, family, bucket, event_id)) WITHOUT ROWID;"
n_before=$(sqlite3 "$work/v2.db" "SELECT count(*) FROM events")
"$bin" export --db "$work/v2.db" --view actors --format csv > "$work/v2.csv"; check "export from a schema-2 store" 0 $?
[ "$(sqlite3 "$work/v2.db" "PRAGMA user_version")" = 7 ] && [ "$(sqlite3 "$work/v2.db" "SELECT count(*) FROM events")" = "$n_before" ] \
    && head -1 "$work/v2.csv" | grep -q ",component" \
    && [ "$(sqlite3 "$work/v2.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'merge_index'")" = 0 ]
check "schema 2 upgraded to 7, events kept, merge_index gone" 0 $?
# a schema-3 store (merge index as a table) is upgraded and a build goes on adding to it
cp "$work/f.db" "$work/v3.db"
sqlite3 "$work/v3.db" "PRAGMA user_version = 3; CREATE TABLE merge_index(entity_id TEXT NOT NULL,
  family TEXT NOT NULL, bucket INTEGER NOT NULL, event_id INTEGER NOT NULL,
  PRIMARY KEY(entity_id, family, bucket, event_id)) WITHOUT ROWID;"
"$bin" build --db "$work/v3.db" --out "$work/v3-out" --manifest "$src/samples/manifest.tsv" "$src/samples" > /dev/null; check "build on a schema-3 store" 0 $?
[ "$(sqlite3 "$work/v3.db" "PRAGMA user_version")" = 7 ] \
    && [ "$(sqlite3 "$work/v3.db" "SELECT count(*) FROM events")" = "$(sqlite3 "$work/f.db" "SELECT count(*) FROM events")" ]
check "schema 3 upgraded to 7, events kept" 0 $?
# session 10 robust: `events --actor` says on stderr when the name selects nothing (the listing
# stays empty and the exit status 0): no actor of that name, or an actor without events in the window
"$bin" events --db "$work/f.db" --actor "Nobody Ofthat Name" --format csv >"$work/nobody.csv" 2>"$work/err"
check "events --actor matching no actor" 0 $?
[ "$(wc -l < "$work/nobody.csv")" = 1 ] || { echo "FAIL: events --actor for nobody listed events"; fail=1; }
grep -q -- "--actor 'Nobody Ofthat Name' matches no actor" "$work/err" \
    || { echo "FAIL: no warning for an events --actor that matches no actor"; cat "$work/err"; fail=1; }
"$bin" events --db "$work/f.db" --actor Shoigu --from 2031-02-01 --to 2031-02-28 >/dev/null 2>"$work/err"
check "events --actor with a window holding none of its events" 0 $?
grep -q "no event matches --actor 'Shoigu' with the other filters" "$work/err" \
    || { echo "FAIL: no warning for an events --actor whose events fall outside the window"; cat "$work/err"; fail=1; }
"$bin" events --db "$work/f.db" --actor Shoigu --format csv >"$work/shoigu.csv" 2>"$work/err"
[ "$(wc -l < "$work/shoigu.csv")" -gt 1 ] && [ ! -s "$work/err" ] \
    || { echo "FAIL: events --actor Shoigu listed nothing or warned"; cat "$work/err"; fail=1; }
# `actors` lists every actor and takes no --actor: asking for one is a usage error, not an empty list
"$bin" actors --db "$work/f.db" --actor Shoigu >/dev/null 2>"$work/err"; check "actors --actor refused" 2 $?
grep -q "unknown option '--actor'" "$work/err" || { echo "FAIL: actors --actor message"; cat "$work/err"; fail=1; }
exit $fail
