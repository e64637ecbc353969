#!/usr/bin/env python3
"""e2e_views_check.py - readability checks on evgraph's pictures, for tests/e2e_views.sh.

Owns: what "readable at scale" means in numbers, each check able to fail.
  timeline DOT SVG LANES MAXEVENTS TOTAL : at most LANES lanes plus "other", at most MAXEVENTS
                events drawn, the title gives the TOTAL when events were left out, and the SVG
                picture is no taller than the lanes' row limit allows.
  actors DOT    FILE MAXNODES              : at most MAXNODES actors, at most 4 links a drawn actor
                                             (a few more where hubs meet), the title says what was
                                             left out when anything was.
  labels FILE...                           : no label line longer than LINE_MAX characters, no
                                             input name longer than 60 characters shown whole.
  size FILE MAXBYTES                       : the file is not larger than MAXBYTES.
Prints one line per check ("ok: ..." or "FAIL: ...") and exits 1 when any failed.

Standard library only.  Usage: e2e_views_check.py CHECK ARGS...
"""
import re
import sys

LINE_MAX = 420           # event labels: code + label, date + place, up to 3+3+3 names of 60 + 60
NAME_MAX = 60            # writer.c EVG_LABEL_MAX
ROW_H, MAX_ROWS, CROWD_ROWS = 40, 40, 8   # export/timeline_int.h and tl_plan.c

failed = False


def report(ok, what):
    global failed
    print(("ok: " if ok else "FAIL: ") + what)
    failed |= not ok


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def graph_label(dot):
    m = re.search(r'graph \[(?:[^\]"]|"(?:[^"\\]|\\.)*")*?label="((?:[^"\\]|\\.)*)"', dot, re.S)
    return m.group(1).replace("\\\n", "") if m else ""


def node_names(dot):
    return re.findall(r'^\s*([A-Za-z_][\w]*)\s*\[', dot, re.M)


def check_timeline(path, svg, lanes, maxevents, total):
    dot = read(path)
    names = node_names(dot)
    nlanes = len({n for n in names if re.fullmatch(r"lane\d+", n)})
    report(nlanes <= lanes + 1, "%s: %d lanes (at most %d + other)" % (path, nlanes, lanes))
    events = {re.match(r"e(\d+)_", n).group(1) for n in names if re.match(r"e\d+_\d+$", n)}
    report(0 < len(events) <= maxevents, "%s: %d events drawn (at most %d)" % (path, len(events), maxevents))
    title = graph_label(dot)
    if total > maxevents:
        report(("of %d events" % total) in title, "%s: the title gives the %d events in all" % (path, total))
    m = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', read(svg))
    limit = (lanes + 1) * ((MAX_ROWS + CROWD_ROWS) * ROW_H + 12) + 400
    report(m is not None and float(m.group(2)) <= limit,
           "%s: %s points tall (at most %d)" % (svg, m.group(2) if m else "?", limit))


def check_actors(path, maxnodes):
    dot = read(path)
    nodes = [n for n in node_names(dot) if re.fullmatch(r"a\d+", n)]
    edges = re.findall(r"^\s*a\d+\s*--\s*a\d+", dot, re.M)
    report(0 < len(nodes) <= maxnodes, "%s: %d actors drawn (at most %d)" % (path, len(nodes), maxnodes))
    report(len(edges) <= 4 * max(len(nodes), 1), "%s: %d links for %d actors" % (path, len(edges), len(nodes)))
    title = graph_label(dot)
    report(title.startswith("evgraph actors"), "%s: titled" % path)
    return title


def label_lines(text):
    for lab in re.findall(r'label="((?:[^"\\]|\\.)*)"', text, re.S):
        for line in re.split(r"\\[nlr]|\n", lab.replace("\\\n", "")):
            yield line
    for lab in re.findall(r"<text[^>]*>([^<]*)</text>", text):
        yield lab


def check_labels(paths, long_names):
    for path in paths:
        text = read(path).replace("\\\n", "")
        longest = max((len(line) for line in label_lines(text)), default=0)
        report(longest <= LINE_MAX, "%s: longest label line %d characters (at most %d)" % (path, longest, LINE_MAX))
        whole = [n for n in long_names if n in text]
        report(not whole, "%s: no name over %d characters shown whole (%d found)" % (path, NAME_MAX, len(whole)))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    what, args = sys.argv[1], sys.argv[2:]
    if what == "timeline":
        check_timeline(args[0], args[1], int(args[2]), int(args[3]), int(args[4]))
    elif what == "actors":
        check_actors(args[0], int(args[1]))
    elif what == "labels":
        names = [n for n in read(args[0]).split("\n") if len(n) > NAME_MAX]
        report(bool(names), "%s: %d names longer than %d characters to look for" % (args[0], len(names), NAME_MAX))
        check_labels(args[1:], names)
    elif what == "size":
        import os
        size = os.path.getsize(args[0])
        report(size <= int(args[1]), "%s: %d bytes (at most %s)" % (args[0], size, args[1]))
    else:
        sys.exit("unknown check " + what)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
