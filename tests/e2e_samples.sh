#!/usr/bin/env bash
# e2e_samples.sh - `evgraph build` on samples/ as a user runs it, every output
# checked with the real tools (dot, xmllint, sqlite3, python's json), the
# expected events of the samples present, and a second build adding nothing.
# usage: e2e_samples.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
rm -rf "$work"; mkdir -p "$work"
db=$work/evgraph.db out=$work/out

"$bin" build --db "$db" --out "$out" --manifest "$src/samples/manifest.tsv" "$src/samples" > "$work/build.log" 2>&1
expect "build exit status" $? 0
cat "$work/build.log"
grep -q "database: $db" "$work/build.log" || bad "build does not say where the database went"
grep -q "$out/timeline.svg" "$work/build.log" || bad "build does not list the views"

expect "integrity_check" "$(q 'PRAGMA integrity_check;')" ok
expect "foreign keys hold" "$(q 'PRAGMA foreign_key_check;' | wc -l)" 0
ndocs=$(ls "$src"/samples/*.txt | wc -l)
expect "every sample stored" "$(q 'SELECT count(*) FROM documents;')" "$ndocs"
check_views "$out"

# the facts the samples report (samples/EXPECTED.md)
expect "Lavrov-Kim meeting of 2025-07-12, once" \
  "$(pair_events '04%' '%Lavrov%' 'Kim Jong%' "e.date_begin <= '2025-07-12' AND e.date_end >= '2025-07-12'")" 1
expect "the meeting is reported by the Arabic and the English article" \
  "$(q "SELECT count(DISTINCT d.lang) FROM event_mentions m JOIN documents d ON d.id = m.doc_id
        WHERE m.event_id IN (SELECT e.id FROM events e JOIN event_actors a ON a.event_id = e.id
          JOIN entities n ON n.id = a.entity_id WHERE n.name_en LIKE '%Lavrov%' AND e.code LIKE '04%'
          AND e.date_value = '2025-07-12');")" 2
expect "Shoigu visit 2023-07-25/2023-07-27" \
  "$(q "SELECT count(*) FROM events e JOIN event_actors a ON a.event_id = e.id JOIN entities n ON n.id = a.entity_id
        WHERE n.name_en LIKE '%Shoigu%' AND e.code IN ('042','043') AND e.date_value = '2023-07-25/2023-07-27';" )" 1
expect "Putin-Kim meeting 2023-09-13" \
  "$(pair_events '04%' '%Putin%' 'Kim Jong%' "e.date_begin <= '2023-09-13' AND e.date_end >= '2023-09-13'")" 1

# the export and report commands read the same store
for vf in "timeline svg" "actors graphml" "actors gexf" "events csv" "events timelinejs"; do
  set -- $vf
  "$bin" export --db "$db" --view $1 --format $2 -o "$work/export.$1.$2"
  expect "export --view $1 --format $2" $? 0
done
xmllint --noout "$work/export.timeline.svg" "$work/export.actors.graphml" "$work/export.actors.gexf" \
  && ok "xmllint accepts exported SVG, GraphML and GEXF" || bad "exported XML rejected"
"$bin" export --db "$db" --view timeline --format graphml -o /dev/null 2>"$work/err"
expect "a format the view lacks is a usage error" $? 2
grep -q "timeline has no format graphml" "$work/err" || bad "message for a missing format"
"$bin" export --db "$db" --view events --format json --actor Shoigu -o "$work/shoigu.json"
expect "export with an actor filter" $? 0
/usr/bin/python3 -c 'import json,sys
ev = json.load(open(sys.argv[1]))["events"]
assert ev and all(any("Shoigu" in (a.get("name_en") or "") for a in e["actors"]) for e in ev), ev' "$work/shoigu.json" \
  && ok "the filtered export holds only Shoigu's events" || bad "filtered export"
"$bin" export --db "$db" --view timeline --format dot --top 3 -o "$work/top3.dot"
expect "export --top 3" $? 0
expect "--top 3 draws three actor lanes and 'other'" "$(grep -cE '^\s*lane[0-9]+\s' "$work/top3.dot")" 4
dot -Tsvg "$work/top3.dot" -o /dev/null && ok "dot renders the --top 3 timeline" || bad "dot rejects the --top 3 timeline"
"$bin" export --db "$db" --view timeline --format dot --top 0 -o /dev/null 2>/dev/null
expect "--top 0 is a usage error" $? 2
"$bin" report --db "$db" -o "$work/report.html"
expect "report" $? 0
/usr/bin/python3 -c 'import html.parser,sys
class P(html.parser.HTMLParser): pass
P().feed(open(sys.argv[1], encoding="utf-8").read())' "$work/report.html" && ok "report.html parses" || bad "report.html"
grep -q "<svg" "$work/report.html" && ok "report embeds the pictures" || bad "report has no SVG"
# the report's evidence column lists every report of every event (document and bytes), with
# who says so and the figures
n_mentions=$(q "SELECT count(*) FROM event_mentions")
n_shown=$(grep -o '<div class="ev">' "$work/report.html" | wc -l)
expect "report shows every mention" "$n_shown" "$n_mentions"
grep -q "according to " "$work/report.html" && grep -q "figures: " "$work/report.html" \
    && ok "report shows attributions and figures" || bad "report lacks attributions or figures"
grep -q "كيم جونج أون" "$work/report.html" && grep -q "<th>aliases seen</th>" "$work/report.html" \
    && ok "report lists the spellings seen of each actor" || bad "report lacks aliases"
"$bin" report --db "$work/none.db" 2>/dev/null
expect "report on a missing database" $? 3
[ ! -e "$work/none.db" ] && ok "no database created by report" || bad "report created a database"

# the events and actors listings with filters
"$bin" events --db "$db" --actor "Sergei Lavrov" --from 2025-07-12 --to 2025-07-12 --code 04 --format json > "$work/ev.json"
expect "events with filters" $? 0
/usr/bin/python3 - "$work/ev.json" <<'PY' && ok "the filtered listing is the one meeting with both reports" || bad "filtered events listing"
import json, sys
evs = json.load(open(sys.argv[1]))
# Lavrov met Kim and, the same day, held talks with Choe Son Hui: two meetings
kim = [e for e in evs if "Kim Jong Un" in {a["name_en"] for a in e["actors"]}]
assert len(kim) == 1 and len(evs) <= 2, evs
e = kim[0]
assert e["date"]["value"] == "2025-07-12" and e["code"].startswith("04"), e
names = {a["name_en"] for a in e["actors"]}
assert "Sergei Lavrov" in names and "Kim Jong Un" in names, names
docs = {m["doc"].rsplit("/", 1)[-1][:2] for m in e["mentions"]}
assert docs == {"ar", "en"}, docs
assert all(m["sentence"] and m["end"] > m["start"] for m in e["mentions"])
PY
"$bin" events --db "$db" --format csv > "$work/ev.csv"
expect "events as CSV" $? 0
/usr/bin/python3 -c 'import csv,sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert rows and {"id","date","code","actors","location","modality","mentions"} <= set(rows[0]), rows[:1]' "$work/ev.csv" \
  && ok "events CSV parses with a header" || bad "events CSV"
"$bin" events --db "$db" --actor "no such actor" | tail -n +2 | grep -q . && bad "an unknown actor matched events" || ok "an unknown actor matches nothing"
"$bin" events --db "$db" --from 2025-13-01 2>/dev/null
expect "a bad --from is a usage error" $? 2
"$bin" actors --db "$db" --format json > "$work/actors.json"
expect "actors" $? 0
/usr/bin/python3 -c 'import json,sys
a = {x["id"]: x for x in json.load(open(sys.argv[1]))}
assert a["kim-jong-un"]["events"] >= 2 and a["kim-jong-un"]["documents"] >= 2, a.get("kim-jong-un")' "$work/actors.json" \
  && ok "actors lists Kim Jong Un with his counts" || bad "actors listing"
# the listing's counts (counted in C by one scan per table) against SQLite's own grouped counts
/usr/bin/python3 -c 'import json, sqlite3, sys
a = json.load(open(sys.argv[1]))
db = sqlite3.connect(sys.argv[2])
want = {r[0]: [0, 0, 0] for r in db.execute("SELECT id FROM entities")}
for i, r in db.execute("SELECT entity_id, count(DISTINCT event_id) FROM event_actors GROUP BY entity_id"):
    want[i][0] = r
for i, m, d in db.execute("SELECT entity_id, count(*), count(DISTINCT doc_id) FROM mentions GROUP BY entity_id"):
    want[i][1:] = [m, d]
got = {x["id"]: [x["events"], x["mentions"], x["documents"]] for x in a}
assert got == want, [(k, got.get(k), want[k]) for k in want if got.get(k) != want[k]][:5]
keys = [(-x["events"], -x["mentions"], x["id"].encode()) for x in a]
assert keys == sorted(keys), "actors not in the order of events, mentions, id"' "$work/actors.json" "$db" \
  && ok "actors counts equal SQLite's grouped counts, in order" || bad "actors counts"

# a second build of the same inputs adds nothing
before=$(q "SELECT (SELECT count(*) FROM documents)||'/'||(SELECT count(*) FROM events)||'/'||(SELECT count(*) FROM event_mentions);")
"$bin" build --db "$db" --out "$out" --manifest "$src/samples/manifest.tsv" "$src/samples" > "$work/build2.log" 2>&1
expect "second build exit status" $? 0
grep -q "stored 0 new document(s), $ndocs already in the store" "$work/build2.log" || bad "second build stored something"
expect "second build adds nothing" "$(q "SELECT (SELECT count(*) FROM documents)||'/'||(SELECT count(*) FROM events)||'/'||(SELECT count(*) FROM event_mentions);")" "$before"
exit $fail
