#!/usr/bin/python3
"""Times python3-dateparser's search_dates over a sample of the benchmark corpus (the peer baseline).

Owns: the peer measurement of bench/run.sh.  Reads DIR/manifest.tsv (path, date, source, lang), takes
every k-th row so the sample spans the corpus, and runs dateparser.search.search_dates on each
document's text with its manifest language and its publication date as the relative base (the
settings most favourable to the peer: no language detection).  Parsing setup is done once before
the clock starts.

Prints one line of key=value pairs: docs, bytes, seconds (wall), cpu (process CPU seconds), mb_s,
mb_cpu_s, docs_s, dates, and writes the list
of sampled files to --list (one path a line) so evgraph can be timed on exactly the same text.

Usage: dateparser_bench.py --corpus DIR --sample 200 [--list FILE]
"""
import argparse
import datetime as dt
import os
import sys
import time
import warnings


def sample_rows(corpus, n):
    with open(os.path.join(corpus, "manifest.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    step = max(1, len(rows) // max(1, n))
    return rows[::step][:n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--list")
    a = ap.parse_args()
    warnings.filterwarnings("ignore")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser missing: apt-get install python3-dateparser", file=sys.stderr)
        return 3
    rows = sample_rows(a.corpus, a.sample)
    docs = []
    for path, date, _source, lang in rows:
        with open(os.path.join(a.corpus, path), encoding="utf-8") as f:
            docs.append((f.read(), dt.datetime.fromisoformat(date), lang))
    if a.list:
        with open(a.list, "w", encoding="utf-8") as f:
            f.write("".join(os.path.join(a.corpus, r[0]) + "\n" for r in rows))
    search_dates("warm up on 12 July 2025", languages=["en"])
    search_dates("زار الوزير القاهرة في 12 يوليو 2025", languages=["ar"])
    nbytes = sum(len(t.encode("utf-8")) for t, _, _ in docs)
    found = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for text, base, lang in docs:
        res = search_dates(text, languages=[lang],
                           settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        found += len(res or [])
    secs = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print("docs=%d bytes=%d seconds=%.3f cpu=%.3f mb_s=%.4f mb_cpu_s=%.4f docs_s=%.2f dates=%d" %
          (len(docs), nbytes, secs, cpu, nbytes / 1e6 / secs, nbytes / 1e6 / cpu, len(docs) / secs,
           found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
