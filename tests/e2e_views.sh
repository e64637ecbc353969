#!/usr/bin/env bash
# e2e_views.sh - every view of a generated collection of 5,000 events and 500 actors renders, is
# accepted by the real tools, and stays readable with the defaults, --top and the filters.
#
# The collection is written straight into a fresh store by tests/e2e_views_gen.py (seeded; an
# empty `evgraph build` creates the store first); `evgraph build --out` then writes the default
# set over it, `evgraph export` every view in every format, `evgraph report` the report.
# Checks: dot / neato -n2 render the DOT files, xmllint accepts SVG, GraphML and GEXF, networkx
# loads both GraphML files with their attributes, python's json reads the JSON, and the
# readability limits of tests/e2e_views_check.py hold (lanes, events drawn, actors drawn, links,
# label lengths, picture height, file sizes).  Nothing here measures time (bench/views.sh does).
# usage: e2e_views.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3) || { echo "SKIP: python3 is needed to generate the collection"; exit 77; }
command -v dot > /dev/null || { echo "SKIP: Graphviz dot is needed"; exit 77; }
rm -rf "$work"; mkdir -p "$work/empty"
db=$work/evgraph.db out=$work/out
NEVENTS=5000 NACTORS=500
check() { "$py" "$src/tests/e2e_views_check.py" "$@" || fail=1; }

"$bin" build --db "$db" --out "$work/out0" "$work/empty" > "$work/create.log" 2>&1
expect "an empty build creates the store" $? 0
"$py" "$src/tests/e2e_views_gen.py" "$db" "$src" $NEVENTS $NACTORS 1 || bad "the generator failed"
"$bin" build --db "$db" --out "$out" "$work/empty" > "$work/build.log" 2>&1
expect "build --out over the generated store" $? 0
grep -q "$NEVENTS events" "$work/build.log" || { bad "build does not report $NEVENTS events"; cat "$work/build.log"; }
check_views "$out"
"$py" - "$out/events.json" "$NEVENTS" "$NACTORS" <<'PY' && ok "events.json holds every event and actor" || bad "events.json counts"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["events"]) == int(sys.argv[2]), len(d["events"])
assert len(d["actors"]) == int(sys.argv[3]), len(d["actors"])
PY
"$py" - "$out/events.gexf" "$NEVENTS" "$NACTORS" <<'PY' && ok "events.gexf holds every event and actor" || bad "events.gexf counts"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3"}
nodes = ET.parse(sys.argv[1]).getroot().findall(".//g:node", ns)
assert len(nodes) == int(sys.argv[2]) + int(sys.argv[3]), len(nodes)
PY
neato -n2 -Tsvg "$out/timeline.dot" -o "$work/timeline.neato.svg" 2> "$work/neato.err" \
  && xmllint --noout "$work/timeline.neato.svg" && ok "neato -n2 draws timeline.dot" || { bad "neato -n2 timeline.dot"; head -3 "$work/neato.err"; }

# every view in every format (the table of docs/VIEWS.md)
for vf in "timeline dot" "timeline svg" "timeline json" "timeline timelinejs" "actors dot" "actors svg" \
          "actors graphml" "actors gexf" "actors csv" "actors json" "events json" "events csv" \
          "events graphml" "events gexf" "events timelinejs" "edges csv"; do
  set -- $vf
  f=$work/export.$1.$2
  "$bin" export --db "$db" --view "$1" --format "$2" -o "$f" 2> "$work/err"
  if [ $? = 0 ] && [ -s "$f" ]; then ok "export $1 $2"; else bad "export $1 $2"; cat "$work/err"; fi
  case $2 in
    svg|graphml|gexf) xmllint --noout "$f" || bad "xmllint rejects export $1 $2";;
    json|timelinejs) "$py" -m json.tool "$f" > /dev/null || bad "export $1 $2 is not JSON";;
  esac
done

# readable by default
sqlite3 -batch -noheader "$db" "SELECT name FROM entities UNION SELECT name_en FROM entities;" > "$work/names.txt" \
  2>/dev/null || "$py" -c 'import sqlite3, sys
for (n,) in sqlite3.connect(sys.argv[1]).execute("SELECT name FROM entities UNION SELECT name_en FROM entities"): print(n)' "$db" > "$work/names.txt"
check timeline "$out/timeline.dot" "$out/timeline.svg" 12 1500 $NEVENTS
check actors "$out/actors.dot" 150
check labels "$work/names.txt" "$out/timeline.dot" "$out/actors.dot" "$out/timeline.svg" "$out/actors.svg"
check size "$out/timeline.svg" 8000000
check size "$out/actors.svg" 3000000
check size "$out/timeline.dot" 4000000
check size "$out/report.html" 16000000

# --top and the filters keep the pictures small, and select what they say
exp() { # exp NAME ARGS...: export into $work/NAME
  local name=$1; shift
  "$bin" export --db "$db" "$@" -o "$work/$name" 2> "$work/err" || { bad "export $*"; cat "$work/err"; }
}
exp top5.timeline.dot --view timeline --format dot --top 5
exp top5.timeline.svg --view timeline --format svg --top 5
check timeline "$work/top5.timeline.dot" "$work/top5.timeline.svg" 5 1500 $NEVENTS
exp top20.actors.dot --view actors --format dot --top 20
check actors "$work/top20.actors.dot" 20
dot -Tsvg "$work/top20.actors.dot" -o /dev/null && ok "dot draws the --top 20 actor picture" || bad "--top 20 actors.dot"

hub=$("$py" -c 'import json, sys
a = json.load(open(sys.argv[1]))["actors"]
print(max(a, key=lambda x: (x["pagerank"], x["id"]))["id"])' "$out/events.json")
exp hub.events.json --view events --format json --actor "$hub"
exp hub.actors.dot --view actors --format dot --actor "$hub"
"$py" - "$work/hub.events.json" "$hub" <<'PY' && ok "--actor $hub: only its events" || bad "--actor $hub"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert 0 < len(ev) < 5000, len(ev)
assert all(sys.argv[2] in [a["id"] for a in e["actors"]] or (e["location"] or {}).get("id") == sys.argv[2] for e in ev)
PY
grep -q "tooltip=\"$hub " "$work/hub.actors.dot" && ok "the actor picture of --actor shows the actor" || bad "--actor picture lacks $hub"

exp hub2.events.json --view events --format json --actor "$hub" --hops 1
exp hub2.actors.dot --view actors --format dot --actor "$hub" --hops 1
exp hub2.timeline.dot --view timeline --format dot --actor "$hub" --hops 1
exp hub2.timeline.svg --view timeline --format svg --actor "$hub" --hops 1
"$py" - "$work/hub.events.json" "$work/hub2.events.json" <<'PY' && ok "--hops 1 adds the events among the actor's partners" || bad "--hops 1"
import json, sys
one, two = (json.load(open(p))["events"] for p in sys.argv[1:3])
assert len(two) > len(one), (len(one), len(two))
assert {e["id"] for e in one} <= {e["id"] for e in two}
PY
check actors "$work/hub2.actors.dot" 150
check timeline "$work/hub2.timeline.dot" "$work/hub2.timeline.svg" 12 1500 0

exp m4.events.json --view events --format json --min-mentions 4
"$py" - "$work/m4.events.json" <<'PY' && ok "--min-mentions 4: only events reported 4 times or more" || bad "--min-mentions"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert 0 < len(ev) < 5000 and all(e["mentions"] >= 4 for e in ev), len(ev)
PY

exp h1.events.json --view events --format json --from 2021-01-01 --to 2021-06-30
exp h1.timeline.dot --view timeline --format dot --from 2021-01-01 --to 2021-06-30
"$py" - "$work/h1.events.json" <<'PY' && ok "--from/--to: only events meeting the window" || bad "--from/--to"
import json, sys
ev = json.load(open(sys.argv[1]))["events"]
assert 100 < len(ev) < 1500, len(ev)
assert all(e["date"]["begin"] and e["date"]["begin"] <= "2021-06-30" and e["date"]["end"] >= "2021-01-01" for e in ev)
PY
n=$("$py" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$work/h1.events.json")
grep -q "evgraph timeline: $n events" "$work/h1.timeline.dot" && ok "the half-year timeline draws all its $n events" \
  || bad "the half-year timeline does not say $n events"

exp c19.events.csv --view events --format csv --code 19
awk -F, 'NR > 1 && $2 !~ /^"19/ { bad = 1 } END { exit bad }' "$work/c19.events.csv" && [ "$(wc -l < "$work/c19.events.csv")" -gt 10 ] \
  && ok "--code 19: only root 19" || bad "--code 19"

"$bin" report --db "$db" --top 6 --from 2024-01-01 -o "$work/report.html" 2> "$work/err" || { bad "report"; cat "$work/err"; }
"$py" -c 'import html.parser, sys
html.parser.HTMLParser().feed(open(sys.argv[1], encoding="utf-8").read())' "$work/report.html" \
  && [ "$(grep -c "<svg" "$work/report.html")" -ge 2 ] && ok "filtered report with --top has both pictures" || bad "filtered report"
exit $fail
