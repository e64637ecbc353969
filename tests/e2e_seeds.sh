#!/usr/bin/env bash
# e2e_seeds.sh - the five real seed articles (../shared/seeds, with their
# manifest): the Lavrov-Kim meeting of 2025-07-12 in Wonsan is one event with
# mentions from documents 000 and 001; Shoigu's visit is 2023-07-25/2023-07-27;
# and the other event checks of issue 5 (talks with Choe, the arrival, the
# Vostochny meeting, the possible October trip, supplies with amounts and
# sources, the July-or-August troops, the pair subject, no borrowed dates).
# Skipped (exit 77) when the seeds folder is absent.
# usage: e2e_seeds.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
seeds=$src/../shared/seeds
if [ ! -f "$seeds/manifest.tsv" ]; then
  echo "SKIP: $seeds is absent; the checks over the real seed articles cannot run"
  exit 77
fi
. "$src/tests/lib_e2e.sh"
rm -rf "$work"; mkdir -p "$work"
db=$work/seeds.db out=$work/out
"$bin" build --db "$db" --out "$out" --manifest "$seeds/manifest.tsv" "$seeds" > "$work/build.log" 2>&1
expect "build exit status" $? 0
cat "$work/build.log"
expect "integrity_check" "$(q 'PRAGMA integrity_check;')" ok
check_views "$out"

meeting="SELECT DISTINCT e.id FROM events e
   JOIN event_actors a1 ON a1.event_id = e.id JOIN entities n1 ON n1.id = a1.entity_id
   JOIN event_actors a2 ON a2.event_id = e.id JOIN entities n2 ON n2.id = a2.entity_id
  WHERE e.code LIKE '04%' AND n1.name_en LIKE '%Lavrov%' AND n2.name_en LIKE 'Kim Jong%'
    AND e.date_begin <= '2025-07-12' AND e.date_end >= '2025-07-12'"
expect "Lavrov-Kim meeting found once" "$(q "SELECT count(*) FROM ($meeting);")" 1
id=$(q "$meeting;" | head -1)
expect "its date is 2025-07-12" "$(q "SELECT date_value FROM events WHERE id = ${id:-0};")" 2025-07-12
expect "it took place in Wonsan" "$(q "SELECT n.name_en FROM events e JOIN entities n ON n.id = e.location_id WHERE e.id = ${id:-0};")" Wonsan
for doc in 000_ 001_; do
  expect "reported by document $doc" \
    "$(q "SELECT count(*) > 0 FROM event_mentions m JOIN documents d ON d.id = m.doc_id
          WHERE m.event_id = ${id:-0} AND d.path LIKE '%/$doc%';")" 1
done
expect "Shoigu visit 2023-07-25/2023-07-27" \
  "$(q "SELECT count(*) FROM events e JOIN event_actors a ON a.event_id = e.id JOIN entities n ON n.id = a.entity_id
        WHERE n.name_en LIKE '%Shoigu%' AND e.code IN ('042','043') AND e.date_value = '2023-07-25/2023-07-27';")" 1
# The other checks of issue 5 on the seeds.
with_actors="SELECT DISTINCT e.id FROM events e
   JOIN event_actors a1 ON a1.event_id = e.id JOIN entities n1 ON n1.id = a1.entity_id
   JOIN event_actors a2 ON a2.event_id = e.id JOIN entities n2 ON n2.id = a2.entity_id"
talks=$(q "$with_actors WHERE e.code LIKE '04%' AND e.code NOT IN ('042','043')
   AND n1.name_en LIKE '%Lavrov%' AND n2.name_en LIKE 'Choe Son Hui' AND e.date_value = '2025-07-12';" | head -1)
expect "Lavrov-Choe talks on 2025-07-12" "$([ -n "$talks" ] && echo 1)" 1
expect "the talks took place in Wonsan" \
  "$(q "SELECT n.name_en FROM events e JOIN entities n ON n.id = e.location_id WHERE e.id = ${talks:-0};")" Wonsan
expect "the talks are not the Lavrov-Kim meeting" "$([ "${talks:-x}" != "${id:-y}" ] && echo 1)" 1
expect "Lavrov's arrival on 2025-07-11" \
  "$(q "SELECT count(*) > 0 FROM events e JOIN event_actors a ON a.event_id = e.id JOIN entities n ON n.id = a.entity_id
        WHERE e.code = '042' AND n.name_en LIKE '%Lavrov%' AND e.date_value = '2025-07-11';")" 1
expect "Shoigu's meeting with Kang Sun Nam" \
  "$(q "SELECT count(*) > 0 FROM ($with_actors WHERE e.code LIKE '04%' AND n1.name_en LIKE '%Shoigu%'
        AND n2.name_en LIKE 'Kang Sun Nam');")" 1
expect "Putin and Kim at Vostochny on 2023-09-13" \
  "$(q "SELECT count(*) > 0 FROM ($with_actors JOIN entities l ON l.id = e.location_id
        WHERE e.code LIKE '04%' AND n1.name_en LIKE '%Putin%' AND n2.name_en LIKE 'Kim Jong%'
        AND e.date_value = '2023-09-13' AND l.name_en LIKE 'Vostochny%');")" 1
expect "Lavrov's possible visit to North Korea in 2023-10" \
  "$(q "SELECT count(*) > 0 FROM events e JOIN event_actors a ON a.event_id = e.id JOIN entities n ON n.id = a.entity_id
        WHERE e.code = '042' AND n.name_en LIKE '%Lavrov%' AND e.date_value = '2023-10' AND e.modality = 'possible';")" 1
expect "the partnership treaty signed in June 2024" \
  "$(q "SELECT count(*) > 0 FROM event_mentions m JOIN events e ON e.id = m.event_id
        WHERE e.code = '057' AND m.date_value = '2024-06';")" 1
supply="SELECT m.quantities, m.attribution_id FROM event_mentions m JOIN events e ON e.id = m.event_id
   JOIN event_actors a ON a.event_id = e.id JOIN entities n ON n.id = a.entity_id
  WHERE e.code LIKE '07%' AND n.name_en = 'North Korea' AND m.attribution_id IS NOT NULL"
expect "shells supplied, 12 million, with a source" \
  "$(q "SELECT count(*) > 0 FROM ($supply) WHERE quantities LIKE '%12000000%';")" 1
expect "troops supplied, 13 thousand, with a source" \
  "$(q "SELECT count(*) > 0 FROM ($supply) WHERE quantities LIKE '%13000%';")" 1
expect "likely troops in July or August 2025 (possible)" \
  "$(q "SELECT count(*) > 0 FROM event_mentions m JOIN events e ON e.id = m.event_id
        WHERE e.code LIKE '07%' AND m.date_value = '2025-07/2025-08' AND m.modality = 'possible';")" 1
expect "Putin and Kim (not Kim and his country) discussed cooperation, during Kim's visit (its month)" \
  "$(q "SELECT count(*) > 0 FROM ($with_actors JOIN event_mentions m ON m.event_id = e.id
        JOIN documents d ON d.id = m.doc_id WHERE d.path LIKE '%/002_%' AND e.code LIKE '04%'
        AND n1.name_en LIKE '%Putin%' AND n2.name_en LIKE 'Kim Jong%' AND m.date_value = '2023-09');")" 1
expect "arms already sent do not take Friday's date" \
  "$(q "SELECT count(*) FROM event_mentions m JOIN documents d ON d.id = m.doc_id
        WHERE d.path LIKE '%/001_%' AND m.code LIKE '07%' AND m.date_value = '2025-07-11';")" 0
expect "each mention keeps its own date and figures in events --format json" \
  "$("$bin" events --db "$db" --format json | python3 -c '
import json, sys
ev = [e for e in json.load(sys.stdin) if e["code"].startswith("07") and len(e["mentions"]) > 1]
figs = {json.dumps(m["quantities"], sort_keys=True) for e in ev for m in e["mentions"]}
print(int(bool(ev) and all("date" in m and "quantities" in m for e in ev for m in e["mentions"])
          and len(figs) > 1))')" 1
exit $fail
