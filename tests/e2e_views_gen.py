#!/usr/bin/env python3
"""e2e_views_gen.py - a seeded synthetic collection written straight into an evgraph store, for the
views test at scale (tests/e2e_views.sh) and the view benchmark (bench/views.sh).

Owns: the shape of a large collection without running extraction over thousands of articles.
The store must exist already (an empty `evgraph build` creates it, schema version 2 of
docs/STORE.md); this script only INSERTs rows into documents, entities, aliases, events,
event_actors and event_mentions, the tables the views read.  The same arguments always give the
same rows.

The collection: NACTORS entities (60% people, 15% organisations, 15% countries, 10% places) with
made-up names in Arabic and Latin letters (a few very long, one with markup and quotes, one with a
bidi override), and NEVENTS merged events between 2019 and 2025 over the CAMEO codes of
data/cameo.tsv.  Actors are drawn with Zipf-like weights, so a few are hubs and many appear a few
times; 1-4 actors an event, most with a place; dates mostly days, some day ranges, months and
years, about 12% undated; modality mostly asserted; 1-6 mentions each from 400 documents.

Standard library only.  Usage: e2e_views_gen.py DB SOURCE_DIR [NEVENTS [NACTORS [SEED]]]
"""
import datetime as dt
import os
import random
import sqlite3
import sys

AR_SYL = ["كا", "مي", "لو", "سا", "نو", "را", "دي", "فا", "زي", "بو", "تي", "حا", "جو", "لي", "ما", "شو"]
EN_SYL = ["ka", "mi", "lo", "sa", "no", "ra", "di", "fa", "zi", "bo", "ti", "ha", "jo", "li", "ma", "sho"]
ROLES = ["GOV", "MIL", "BUS", "MED", "IGO", "CVL", "OPP", "REB"]
COUNTRIES = ["RUS", "PRK", "CHN", "USA", "TUR", "EGY", "JOR", "SAU", "IRN", "UKR", "FRA", "DEU", "LBN", "IRQ"]
MODALITIES = ["asserted"] * 16 + ["planned"] * 2 + ["possible", "negated"]


def cameo_codes(src):
    codes = []
    with open(os.path.join(src, "data", "cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 2 or len(cols[0]) != 3:
                continue
            codes.append((cols[0], cols[1]))
    return codes


def name_pair(r, i, words):
    idx = [r.randrange(len(AR_SYL)) for _ in range(words * 2)]
    ar = " ".join("".join(AR_SYL[k] for k in idx[w * 2:w * 2 + 2]) for w in range(words))
    en = " ".join("".join(EN_SYL[k] for k in idx[w * 2:w * 2 + 2]).capitalize() for w in range(words))
    return "%s %d" % (ar, i), "%s %d" % (en, i)


def make_actor(r, i):
    kind = r.random()
    typ = "PER" if kind < 0.6 else "ORG" if kind < 0.75 else "GPE" if kind < 0.9 else "LOC"
    ar, en = name_pair(r, i, 2 if typ == "PER" else r.randint(1, 3))
    if i % 97 == 5:      # far longer than any label may be
        ar, en = ar + " " + "الاتحاد الوطني " * 12, en + " of the " + "National Union " * 12
    if i == 7:
        en = 'Evil "><script>alert(1)</script> a"b'
    if i == 8:
        ar = "\u202e" + ar
    country = r.choice(COUNTRIES) if typ != "ORG" or r.random() < 0.5 else ""
    role = r.choice(ROLES) if typ in ("PER", "ORG") else ""
    return ("synth-%s-%04d" % (typ.lower(), i), ar, en.strip(), typ, country, role)


def make_date(r):
    k = r.random()
    start = dt.date(2019, 1, 1) + dt.timedelta(days=r.randrange(7 * 365))
    if k < 0.12:
        return (r.choice(["", "XXXX-%02d-%02d" % (start.month, start.day)]), None, None)
    if k < 0.70:
        return (start.isoformat(), start.isoformat(), start.isoformat())
    if k < 0.82:
        end = start + dt.timedelta(days=r.randint(1, 4))
        return ("%s/%s" % (start, end), start.isoformat(), end.isoformat())
    if k < 0.94:
        first = start.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return (first.strftime("%Y-%m"), first.isoformat(), last.isoformat())
    return (str(start.year), "%d-01-01" % start.year, "%d-12-31" % start.year)


def pick_actors(r, weights, people, n):
    chosen = []
    while len(chosen) < n:
        a = r.choices(people, weights)[0]
        if a not in chosen:
            chosen.append(a)
    return chosen


def insert_documents(db, ndocs):
    for d in range(ndocs):
        lang = "ar" if d % 10 < 7 else "en"
        db.execute("INSERT INTO documents(id, path, sha256, dct, dct_source, source, lang, title, bytes,"
                   " encoding, html) VALUES(?, ?, ?, ?, 'manifest', 'synthetic', ?, ?, 1000, 'UTF-8', 0)",
                   (d + 1, "synthetic/doc-%04d.txt" % d, "%064x" % (d + 1), "2025-01-01", lang,
                    "synthetic document %d" % d))


def insert_event(db, r, eid, codes, actors, weights, places, ndocs):
    code, label = r.choice(codes)
    value, begin, end = make_date(r)
    who = pick_actors(r, weights, actors, r.choice([1, 2, 2, 2, 3, 3, 4]))
    place = r.choice(places)[0] if r.random() < 0.7 else None
    modality = r.choice(MODALITIES)
    nment = r.choice([1, 1, 1, 2, 2, 3, 4, 6])
    conf = round(0.5 + 0.45 * r.random(), 2)
    db.execute("INSERT INTO events(id, code, root, label, family, date_value, date_begin, date_end,"
               " date_source, date_dct, location_id, modality, confidence, n_mentions, n_docs)"
               " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01', ?, ?, ?, ?, ?)",
               (eid, code, code[:2], label, code, value, begin, end, "timex" if begin else "none",
                place, modality, conf, nment, nment))
    for k, a in enumerate(who):
        role = "source" if k == 0 else "target" if k == 1 else "participant"
        db.execute("INSERT INTO event_actors(event_id, entity_id, role) VALUES(?, ?, ?)", (eid, a[0], role))
    for k in range(nment):
        sentence = "%s %s %s." % (who[0][2], label, who[1][2] if len(who) > 1 else "")
        db.execute("INSERT INTO event_mentions(event_id, doc_id, sentence_start, sentence_end, sentence,"
                   " trigger_start, trigger_end, code, date_value, date_source, modality, confidence)"
                   " VALUES(?, ?, 0, ?, ?, 0, 4, ?, ?, ?, ?, ?)",
                   (eid, r.randrange(ndocs) + 1, len(sentence.encode()), sentence, code, value,
                    "timex" if begin else "none", modality, conf))


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: e2e_views_gen.py DB SOURCE_DIR [NEVENTS [NACTORS [SEED]]]")
    path, src = sys.argv[1], sys.argv[2]
    extra = [int(x) for x in sys.argv[3:6]]
    nevents, nactors, seed = (extra + [5000, 500, 1][len(extra):])[:3]
    r = random.Random(seed)
    codes = cameo_codes(src)
    actors = [make_actor(r, i) for i in range(nactors)]
    places = [a for a in actors if a[3] in ("GPE", "LOC")]
    agents = [a for a in actors if a[3] in ("PER", "ORG", "GPE")]
    weights = [1.0 / (k + 3) for k in range(len(agents))]
    db = sqlite3.connect(path)
    with db:
        db.execute("PRAGMA foreign_keys = ON")
        insert_documents(db, 400)
        db.executemany("INSERT INTO entities(id, name, name_en, type, country, role) VALUES(?, ?, ?, ?, ?, ?)",
                       actors)
        db.executemany("INSERT INTO aliases(entity_id, alias) VALUES(?, ?)", [(a[0], a[2]) for a in actors])
        for eid in range(1, nevents + 1):
            insert_event(db, r, eid, codes, agents, weights, places, 400)
    db.close()
    print("generated %d events, %d actors in %s" % (nevents, nactors, path))


if __name__ == "__main__":
    main()
