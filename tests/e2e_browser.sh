#!/usr/bin/env bash
# e2e_browser.sh - report.html and the SVG views as a person sees them:
# headless Chromium renders each to a PNG screenshot, which must not be blank
# (enough distinct colours, ink over a good part of the picture), and the
# page's text must carry the escaped hostile name, not run it as markup.
# Skipped (77) when Chromium is not installed.
# usage: e2e_browser.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "SKIP: Chromium is not installed"; exit 77; }
. "$src/tests/lib_e2e.sh"
rm -rf "$work"; mkdir -p "$work"
db=$work/b.db out=$work/out
"$bin" build --db "$db" --out "$out" --manifest "$src/samples/manifest.tsv" "$src/samples" > /dev/null 2>&1
expect "build" $? 0
shot() { # shot FILE PNG
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size=1400,1000 \
    --screenshot="$2" "file://$1" > "$work/chromium.log" 2>&1
}
# PNG decoder with the standard library only: count colours and the share of non-white pixels.
not_blank() {
  /usr/bin/python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, w, h, ctype = 8, b"", 0, 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
bpp = {2: 3, 6: 4}[ctype]
stride = w * bpp
rows, prev = [], bytearray(stride)
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line)); prev = line
colours, ink = set(), 0
for line in rows[::4]:
    for x in range(0, stride, bpp * 4):
        px = line[x:x + 3]
        colours.add(px)
        ink += px != b"\xff\xff\xff"
total = len(rows[::4]) * len(range(0, stride, bpp * 4))
print("%dx%d, %d colours, %.1f%% ink" % (w, h, len(colours), 100.0 * ink / total))
assert len(colours) >= 8 and ink / total > 0.02, "blank"
PY
}
# An SVG is shown whole, scaled to the window's width (as a viewer's "fit" shows it): its first
# screen at full size may hold only the axis when the events sit late on a long time scale.
fit_page() { # fit_page SVG HTML
  printf '<!DOCTYPE html><html><body style="margin:0"><img src="file://%s" style="width:100%%"></body></html>\n' "$1" > "$2"
}
for f in report.html timeline.svg actors.svg; do
  page=$out/$f
  case $f in *.svg) fit_page "$out/$f" "$work/$f.html"; page=$work/$f.html ;; esac
  shot "$page" "$work/$f.png"
  if [ -s "$work/$f.png" ] && not_blank "$work/$f.png"; then ok "$f renders in Chromium (not blank)"; else bad "$f did not render"; cat "$work/chromium.log" | tail -5; fi
done
# the browser's own DOM of the report: the text is there, and nothing from the input ran as script
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --user-data-dir="$work/profile" --dump-dom "file://$out/report.html" > "$work/dom.html" 2>/dev/null
grep -q "Sergei Lavrov" "$work/dom.html" && ok "the report's DOM names the actors" || bad "report DOM"
grep -c "<svg" "$work/dom.html" | grep -q "^[2-9]" && ok "the report's DOM holds both pictures" || bad "report pictures"
exit $fail
