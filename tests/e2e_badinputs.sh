#!/usr/bin/env bash
# e2e_badinputs.sh - what collectors really scrape, in one build: UTF-8 with
# and without BOM, UTF-16LE/BE, Windows-1256, ISO-8859-6, HTML, a truncated
# file, binary junk, empty and blank files, a dangling link, a 1 MB single
# line and a file above --max-bytes.  Every good document is stored (with
# its encoding), every bad one is named on stderr with a reason, exit 1.
# The corpus is generated here (the large files are not kept in the repo).
# usage: e2e_badinputs.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
command -v iconv >/dev/null || { echo "SKIP: iconv is not installed"; exit 77; }
rm -rf "$work"; mkdir -p "$work/in"
in=$work/in
title='القاهرة تستضيف محادثات بين وزيري خارجية مصر والأردن'
body='استقبل وزير الخارجية المصري نظيره الأردني في القاهرة يوم الاثنين 4 مارس 2024 وبحث الجانبان الأوضاع في المنطقة.'
printf '%s\n%s\n' "$title" "$body" > "$in/good_utf8.txt"
{ printf '\xef\xbb\xbf'; cat "$in/good_utf8.txt"; } > "$in/good_bom.txt"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$in/good_utf8.txt"; } > "$in/good_utf16le.txt"
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$in/good_utf8.txt"; } > "$in/good_utf16be.txt"
iconv -f UTF-8 -t CP1256 "$in/good_utf8.txt" > "$in/good_cp1256.txt"
iconv -f UTF-8 -t ISO-8859-6 "$in/good_utf8.txt" > "$in/good_iso88596.txt"
cat > "$in/good_page.html" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><title>$title</title>
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<script>document.write("<p>not an article</p>")</script></head>
<body><nav>الرئيسية | أخبار</nav><article><h1>$title</h1><p>$body</p></article><footer>حقوق النشر</footer></body></html>
HTML
head -c -1 "$in/good_utf8.txt" | head -c -1 > "$in/good_truncated.txt"   # cut inside the last letter
{ head -c 2000 /dev/urandom; printf '\000'; head -c 2000 /dev/urandom; } > "$in/junk.txt"
: > "$in/empty.txt"
printf '  \n\t\n \n' > "$in/blank.txt"
ln -s "$in/does-not-exist.txt" "$in/dangling.txt"
/usr/bin/python3 -c 'import sys; s = sys.argv[1] + " "; open(sys.argv[2], "w").write(sys.argv[3] + "\n" + s * (1000000 // len(s.encode())))' \
  "$body" "$in/good_line1m.txt" "$title"
head -c 20000000 /dev/zero | tr '\0' 'x' > "$in/huge.txt"

db=$work/b.db
"$bin" build --db "$db" --out "$work/out" "$in" > "$work/out.log" 2> "$work/err.log"
expect "exit status with some inputs rejected" $? 1
cat "$work/err.log"
for f in junk.txt:NUL empty.txt:empty blank.txt:empty dangling.txt:cannot huge.txt:max-bytes; do
  name=${f%%:*} why=${f#*:}
  grep "$name" "$work/err.log" | grep -q "$why" && ok "$name rejected: $why" || bad "$name not rejected with '$why'"
done
expect "integrity" "$(q 'PRAGMA integrity_check;')" ok
for f in utf8:UTF-8 bom:UTF-8 utf16le:UTF-16LE utf16be:UTF-16BE cp1256:windows-1256 iso88596:ISO-8859-6 truncated:UTF-8 line1m:UTF-8; do
  name=good_${f%%:*}.txt enc=${f#*:}
  row=$(q "SELECT encoding || '|' || title FROM documents WHERE path LIKE '%/$name';")
  expect "$name stored as $enc with its title" "$row" "$enc|$title"
done
expect "the HTML page stored as text with its title and date" \
  "$(q "SELECT html || '|' || title || '|' || dct FROM documents WHERE path LIKE '%/good_page.html';")" "1|$title|2024-03-05"
expect "the page's script and navigation are not text" \
  "$(q "SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE d.path LIKE '%good_page.html' AND m.text LIKE '%article%';")" 0
expect "the same article in eight encodings is one text" \
  "$(q "SELECT count(DISTINCT title) FROM documents WHERE path LIKE '%/good_%';")" 1
exit $fail
