#!/usr/bin/env bash
# e2e_concurrent.sh - two `evgraph build` runs started together on a store
# that does not exist yet: both create it or find it created (neither fails
# on "table already exists"), both exit 0, and the store holds every
# document of either run once.  Repeated, since the race is not always lost.
# usage: e2e_concurrent.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
rm -rf "$work"; mkdir -p "$work"
. "$src/tests/lib_e2e.sh"
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3"; exit 77; }

# two overlapping input sets: each run has articles of its own and one shared
s=$src/samples
set_a=("$s/ar_01_lavrov_wonsan.txt" "$s/ar_02_shoigu_pyongyang.txt" "$s/en_03_shoigu_armistice.txt")
set_b=("$s/ar_04_lavrov_october_trip.txt" "$s/en_01_lavrov_kim_wonsan.txt" "$s/en_03_shoigu_armistice.txt")
for f in "${set_a[@]}" "${set_b[@]}"; do [ -s "$f" ] || { echo "skip: sample $f missing"; exit 77; }; done
want=$(for f in "${set_a[@]}" "${set_b[@]}"; do sha256sum < "$f"; done | sort -u | wc -l)
# the schema version a store made by one run alone has
db=$work/alone.db
"$bin" build --db "$db" --out "$work/alone" --dct 2024-05-01 "${set_a[@]}" >/dev/null 2>&1 \
  || { bad "a build alone failed"; exit 1; }
version=$(q "PRAGMA user_version")

rounds=${EVG_RACE_ROUNDS:-10}
for r in $(seq 1 "$rounds"); do
  db=$work/race$r.db
  "$bin" build --db "$db" --out "$work/a$r" --dct 2024-05-01 "${set_a[@]}" >"$work/a$r.log" 2>"$work/a$r.err" &
  pa=$!
  "$bin" build --db "$db" --out "$work/b$r" --dct 2024-05-01 "${set_b[@]}" >"$work/b$r.log" 2>"$work/b$r.err" &
  pb=$!
  wait $pa; sa=$?
  wait $pb; sb=$?
  if [ "$sa" != 0 ] || [ "$sb" != 0 ]; then
    bad "round $r: exit $sa and $sb, expected 0 and 0"; cat "$work/a$r.err" "$work/b$r.err"
    continue
  fi
  expect "round $r: every document stored once" \
    "$(q "SELECT count(*) || ' ' || count(DISTINCT sha256) FROM documents")" "$want $want"
  expect "round $r: schema version" "$(q "PRAGMA user_version")" "$version"
done
exit $fail
