#!/usr/bin/env bash
# e2e_hostile.sh - names with quotes, backslashes, markup, control and bidi
# override characters (from a user gazetteer and the article text) go
# through every output without breaking it or injecting markup or SQL.
# usage: e2e_hostile.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
rm -rf "$work"; mkdir -p "$work/in"
rlo=$(printf '\u202e') ctl=$(printf '\001')
evil_en="Evil \"Quote\" O'Brien \\\\N <script>alert(1)</script> ${rlo}drow${ctl}'); DROP TABLE events;--"
printf '# id type name_en name_ar aliases country role (a user gazetteer)\n' > "$work/gaz.tsv"
printf 'evil-one\tPER\t%s\tزعيم</b>"الشر"\tZarkon Vex\tRUS\tGOV\n' "$evil_en" >> "$work/gaz.tsv"
cat > "$work/in/hostile.txt" <<TXT
Zarkon Vex meets Putin <script>alert(2)</script> "quoted" \\ back\\slash ${rlo}
Zarkon Vex met Russian President Vladimir Putin in Moscow on 3 March 2024, officials said.
TXT
printf 'path\tdate\nhostile.txt\t2024-03-04\n' > "$work/in/manifest.tsv"
db=$work/h.db out=$work/out
"$bin" build --gazetteer "$work/gaz.tsv" --db "$db" --out "$out" --manifest "$work/in/manifest.tsv" "$work/in" > "$work/build.log" 2>&1
expect "build with hostile names" $? 0
cat "$work/build.log"
check_views "$out"
expect "the events table survived" "$(q "SELECT count(*) > 0 FROM events;")" 1
expect "the hostile actor is stored as text" "$(q "SELECT count(*) FROM entities WHERE id = 'evil-one' AND name_en LIKE '%DROP TABLE%';")" 1
for f in "$out"/*.svg "$out"/report.html; do
  grep -q "<script>alert" "$f" && bad "raw markup from input in $(basename "$f")" || ok "no injected markup in $(basename "$f")"
  grep -q "$rlo" "$f" && bad "bidi override left in $(basename "$f")" || ok "no bidi override in $(basename "$f")"
done
grep -q "&lt;script&gt;alert(1)" "$out/actors.svg" && ok "the hostile name is drawn, escaped" || bad "the hostile name is missing from actors.svg"
/usr/bin/python3 -c 'import html.parser,sys
html.parser.HTMLParser().feed(open(sys.argv[1], encoding="utf-8").read())' "$out/report.html" && ok "report.html parses" || bad "report.html"
"$bin" extract --gazetteer "$work/gaz.tsv" --manifest "$work/in/manifest.tsv" "$work/in/hostile.txt" > "$work/x.jsonl"
expect "extract with hostile names" $? 0
/usr/bin/python3 -c 'import json,sys
d = json.loads(open(sys.argv[1]).readline())
names = [e["name_en"] for e in d["entities"]]
assert any(n and "DROP TABLE" in n for n in names), names' "$work/x.jsonl" && ok "extract JSON keeps the name intact" || bad "extract JSON"
for fmt in "events csv" "actors csv" "edges csv" "actors gexf" "events gexf" "events timelinejs"; do
  set -- $fmt
  "$bin" export --db "$db" --view $1 --format $2 -o "$work/x.$1.$2" && ok "export $1 $2" || bad "export $1 $2"
done
xmllint --noout "$work/x.actors.gexf" "$work/x.events.gexf" && ok "GEXF parses" || bad "GEXF"
grep -q "<script>alert" "$work/x.events.gexf" "$work/x.actors.gexf" && bad "raw markup in GEXF" || ok "no injected markup in GEXF"
/usr/bin/python3 -c 'import csv,json,sys
list(csv.reader(open(sys.argv[1], encoding="utf-8"))); list(csv.reader(open(sys.argv[2], encoding="utf-8")))
json.load(open(sys.argv[3])); list(csv.reader(open(sys.argv[4], encoding="utf-8")))' "$work/x.events.csv" "$work/x.actors.csv" "$work/x.events.timelinejs" "$work/x.edges.csv" && ok "CSV and TimelineJS parse" || bad "CSV/TimelineJS"
exit $fail
