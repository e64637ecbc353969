# lib_e2e.sh - helpers sourced by the end-to-end scripts (not a test itself).
fail=0
ok()   { echo "ok: $*"; }
bad()  { echo "FAIL: $*"; fail=1; }
# expect NAME ACTUAL EXPECTED
expect() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: got '$2', expected '$3'"; fi; }
q() { sqlite3 -batch -noheader "$db" "$1"; }
# Number of merged events with root/code pattern, both actors (name_en LIKE), and a date condition.
pair_events() { # pair_events CODE_LIKE ACTOR1_LIKE ACTOR2_LIKE DATE_SQL
  q "SELECT count(DISTINCT e.id) FROM events e
       JOIN event_actors a1 ON a1.event_id = e.id JOIN entities n1 ON n1.id = a1.entity_id
       JOIN event_actors a2 ON a2.event_id = e.id JOIN entities n2 ON n2.id = a2.entity_id
      WHERE e.code LIKE '$1' AND n1.name_en LIKE '$2' AND n2.name_en LIKE '$3' AND ($4);"
}
check_views() { # check_views OUTDIR: every view accepted by the tool users open it with
  local out=$1
  for f in timeline.dot actors.dot timeline.svg actors.svg actors.graphml actors.gexf events.graphml events.gexf events.json timeline.json report.html; do
    [ -s "$out/$f" ] || bad "$f missing or empty"
  done
  for f in "$out"/*.dot; do dot -Tsvg "$f" -o /dev/null 2>"$out/dot.err" && ok "dot accepts $(basename "$f")" || { bad "dot rejects $f"; cat "$out/dot.err"; }; done
  for f in "$out"/*.svg "$out"/*.graphml "$out"/*.gexf; do xmllint --noout "$f" && ok "xmllint accepts $(basename "$f")" || bad "xmllint rejects $f"; done
  /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d["events"], list)' "$out/events.json" \
    && ok "events.json parses" || bad "events.json does not parse"
  /usr/bin/python3 -m json.tool "$out/timeline.json" > /dev/null && ok "timeline.json parses" || bad "timeline.json"
  /usr/bin/python3 - "$out/actors.graphml" <<'PY' && ok "networkx reads actors.graphml" || bad "networkx cannot read actors.graphml"
import sys
try:
    import networkx as nx
except ImportError:
    import xml.etree.ElementTree as ET
    ET.parse(sys.argv[1]); sys.exit(0)
g = nx.read_graphml(sys.argv[1])
assert g.number_of_nodes() > 0
assert all("pagerank" in d and "name_en" in d for _, d in g.nodes(data=True))
PY
  /usr/bin/python3 - "$out/events.graphml" <<'PY' && ok "networkx reads events.graphml with its storylines" || bad "events.graphml"
import sys
try:
    import networkx as nx
except ImportError:
    import xml.etree.ElementTree as ET
    ET.parse(sys.argv[1]); sys.exit(0)
g = nx.read_graphml(sys.argv[1])
kinds = {d.get("kind") for _, _, d in g.edges(data=True)}
assert "actor" in kinds, kinds
PY
}
