#!/usr/bin/env python3
"""heldout_overlap.py - 7-word runs shared by the repo's own tables, code and docs and the
held-out articles (tests/heldout*/): held-out wording must not leak into what rules are tested on.
Usage: scripts/heldout_overlap.py ROOT  -- prints file:line and the set; words shown only for opened sets."""
import os, re, sys
root = sys.argv[1]
UNSEEN = {"heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46"}
N = 7
tok = lambda s: re.findall(r"\w+", s.lower())
grams = {}
tdir = os.path.join(root, "tests")
for d in sorted(os.listdir(tdir)):
    if not d.startswith("heldout"): continue
    for f in os.listdir(os.path.join(tdir, d)):
        if not f.endswith(".txt"): continue
        w = tok(open(os.path.join(tdir, d, f), encoding="utf-8").read())
        for i in range(len(w) - N + 1):
            grams.setdefault(tuple(w[i:i + N]), d)
targets = []
for sub in ("tests", "data", "core", "docs", "samples", "bench"):
    for dp, dn, fn in os.walk(os.path.join(root, sub)):
        if "heldout" in dp or "golden" in dp: continue
        for f in fn:
            if f.endswith((".tsv", ".c", ".h", ".md", ".txt", ".py")):
                targets.append(os.path.join(dp, f))
hits = 0
for p in targets:
    for ln, line in enumerate(open(p, encoding="utf-8", errors="replace"), 1):
        w = tok(line)
        for i in range(len(w) - N + 1):
            g = tuple(w[i:i + N])
            if g in grams:
                s = grams[g]
                shown = "(hidden)" if s in UNSEEN else " ".join(g)
                print(f"{os.path.relpath(p, root)}:{ln}: {s}: {shown}")
                hits += 1
                break
print(f"{hits} overlapping lines")
