#!/usr/bin/env bash
# e2e_seeds.sh - the five real seed articles (../shared/seeds, with their
# manifest): the Lavrov-Kim meeting of 2025-07-12 in Wonsan is one event with
# mentions from documents 000 and 001; Shoigu's visit is 2023-07-25/2023-07-27.
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
exit $fail
