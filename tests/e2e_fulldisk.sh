#!/usr/bin/env bash
# e2e_fulldisk.sh - the disk fills up during a build: evgraph stops with exit
# 3 and a message naming the database, the file passes integrity_check, and
# the documents stored before are all still there.  Needs a small tmpfs
# (mount as root); skipped (77) where mounting is not allowed.  Also: a store
# on /dev/full fails at once with exit 3.
# usage: e2e_fulldisk.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
rm -rf "$work"; mkdir -p "$work/in" "$work/small"
"$bin" build --db /dev/full --out "$work/views0" "$src/samples/en_01_lavrov_kim_wonsan.txt" > /dev/null 2> "$work/err0"
expect "a store on /dev/full" $? 3
grep -q "/dev/full" "$work/err0" && grep -q "full" "$work/err0" && ok "the message names the store and the reason" || { bad "message"; cat "$work/err0"; }

mnt=$work/tiny
mkdir -p "$mnt"
if ! mount -t tmpfs -o size=640k tmpfs "$mnt" 2>/dev/null; then
  echo "SKIP: cannot mount a small tmpfs here (needs root); the /dev/full check ran"
  exit $([ $fail = 0 ] && echo 77 || echo 1)
fi
trap 'umount "$mnt" 2>/dev/null' EXIT
printf 'path\tdate\tlang\n' > "$work/in/manifest.tsv"
tail -n +2 "$src/samples/manifest.tsv" | while IFS=$'\t' read -r path date source lang title; do
  for i in $(seq 1 60); do
    { cat "$src/samples/$path"; printf '\n(%s %d)\n' copy "$i"; } > "$work/in/${path%.txt}_$i.txt"
    printf '%s\t%s\t%s\n' "${path%.txt}_$i.txt" "$date" "$lang" >> "$work/in/manifest.tsv"
  done
done
cp "$src/samples/ar_01_lavrov_wonsan.txt" "$src/samples/en_01_lavrov_kim_wonsan.txt" "$work/small/"
db=$mnt/evgraph.db
"$bin" build --db "$db" --out "$work/views1" --manifest "$src/samples/manifest.tsv" "$work/small" > /dev/null 2>&1
expect "a first build that fits" $? 0
before=$(q "SELECT count(*) FROM documents;")
"$bin" build --db "$db" --out "$work/views2" --manifest "$work/in/manifest.tsv" "$work/in" > /dev/null 2> "$work/err"
expect "the build that fills the disk" $? 3
grep -q "$db" "$work/err" && grep -qi "full" "$work/err" && ok "message names the store and says the disk is full" || { bad "full-disk message"; cat "$work/err"; }
expect "integrity after the disk filled" "$(q 'PRAGMA integrity_check;')" ok
expect "the two documents stored before are still there" \
  "$(q "SELECT count(*) FROM documents WHERE path LIKE '%/small/%';")" "$before"
echo "documents stored when the disk filled: $(q 'SELECT count(*) FROM documents;')"
exit $fail
