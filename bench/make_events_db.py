#!/usr/bin/env python3
"""Builds a large synthetic entente database for load tests of the query layer and the API.

    bench/make_events_db.py OUT.db [--events 1000000] [--entente build/entente] [--seed 7]

The schema comes from entente itself (`entente ingest` of the bundled seeds, so the
database also holds real documents); then synthetic documents, sentences, reports
(`events`) and fused events (`event_groups`) are added straight into the tables: actors
drawn from a Zipf-like distribution over 150 countries (PRK, CHN, RUS, USA ... first, so
the seeds' dyads are the busy ones), dates over 2000-2025, CAMEO codes with their real
Goldstein scores and quad classes from dictionaries/cameo/cameo_codes.tsv. One fused
event per 1.4 reports on average. It bypasses fusion: it measures reading, not coding.
"""
import argparse
import os
import random
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTRIES = ("PRK CHN RUS USA KOR JPN MNG CUB VNM LAO IRN SYR UKR GBR FRA DEU IND PAK ISR PSE TUR EGY SAU "
             "IRQ AFG BRA MEX CAN AUS IDN PHL THA MMR KHM MYS SGP NZL ZAF NGA KEN ETH SDN LBY DZA MAR TUN "
             "VEN COL PER CHL ARG BOL ECU ITA ESP PRT NLD BEL CHE AUT POL CZE HUN ROU BGR GRC SRB HRV BIH "
             "ALB MKD MNE SVN SVK LTU LVA EST FIN SWE NOR DNK ISL IRL BLR MDA GEO ARM AZE KAZ UZB TKM KGZ "
             "TJK NPL BGD LKA BTN MDV OMN YEM ARE QAT KWT BHR JOR LBN CYP MLT LUX AGO MOZ ZWE ZMB TZA UGA "
             "RWA COD COG CMR GHA CIV SEN MLI NER TCD BFA GIN SLE LBR TGO BEN GAB GNQ CAF SSD ERI DJI SOM "
             "MDG MUS NAM BWA LSO SWZ MWI HTI DOM JAM TTO").split()
AGENTS = ["GOV", "GOV", "GOV", "MIL", "", "PTY", "MED", "BUS"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--entente", default=os.path.join(ROOT, "build", "entente"))
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(a.out + suffix):
            os.remove(a.out + suffix)
    subprocess.run([a.entente, "ingest", "--quiet", "--db", a.out, "--jsonl",
                    os.path.join(ROOT, "examples", "seeds.jsonl")], check=True)
    codes = []
    with open(os.path.join(ROOT, "dictionaries", "cameo", "cameo_codes.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or line.startswith("#") or not parts[0].isdigit():
                continue
            codes.append((parts[0], float(parts[1]), parts[2], int(parts[3])))
    if not codes:
        sys.exit("no CAMEO codes read from dictionaries/cameo/cameo_codes.tsv")
    # Cooperation is more common than conflict in news, as in GDELT.
    weights = [3.0 if c[3] == 1 else 1.5 if c[3] == 2 else 1.0 if c[3] == 3 else 0.7 for c in codes]
    zipf = [1.0 / (i + 1) ** 1.1 for i in range(len(COUNTRIES))]
    db = sqlite3.connect(a.out)
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA journal_mode=MEMORY")
    docs, sents, events, groups = [], [], [], []
    n_docs = max(1, a.events // 10)
    gid = db.execute("SELECT coalesce(max(id), 0) FROM event_groups").fetchone()[0]
    eid = db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    made = 0
    for d in range(n_docs):
        y, m, day = rnd.randint(2000, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
        published = f"{y:04d}-{m:02d}-{day:02d}"
        doc = f"synthetic-{d:07d}"
        text = f"Synthetic report {d} on relations."
        docs.append((doc, "make_events_db", f"https://example{d % 50}.org/{doc}", f"example{d % 50}.org",
                     f"Report {d}", "", published, "en", text, "2026-01-01 00:00:00"))
        sents.append((doc, 0, 0, 0, len(text), text))
        while made < a.events * (d + 1) // n_docs:
            if groups and rnd.random() < 0.3:  # another report of the last event
                g = groups[-1]
                s, t, code, gold, plover, quad, date, key = g[3], g[6], g[9], g[12], g[13], g[11], g[2], g[1]
            else:
                s, t = rnd.choices(COUNTRIES, weights=zipf, k=2)
                if s == t:
                    continue
                code, gold, plover, quad = rnd.choices(codes, weights=weights, k=1)[0]
                date = published if rnd.random() < 0.8 else published[:7]
                key = f"{s}|{t}|{code[:2]}|asserted"
                gid += 1
                groups.append([gid, key, date, s, s + rnd.choice(AGENTS), "", t, t + rnd.choice(AGENTS), "",
                               code, code[:2], quad, gold, plover, "asserted", 0, 1, 1, text])
            g = groups[-1]
            g[15] += 1
            eid += 1
            events.append((eid, doc, 0, date, "publication", g[4], "", s, s, g[7], "", t, t, code, code[:2], quad,
                           gold, plover, "asserted", "synthetic", None, 0, len(text), text, key, gid))
            made += 1
        if len(events) >= 200_000 or d == n_docs - 1:
            db.executemany("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
            db.executemany("INSERT INTO sentences VALUES (?,?,?,?,?,?)", sents)
            db.executemany("INSERT INTO events(id, doc_id, sentence, date, date_source, source_code, source_name, "
                           "source_text, source_actor, target_code, target_name, target_text, target_actor, code, "
                           "root, quad, goldstein, plover, factuality, pattern, reporter, span_start, span_end, text, "
                           "fusion_key, group_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
            done = groups[:-1]
            db.executemany("INSERT INTO event_groups(id, fusion_key, date, source_actor, source_code, source_name, "
                           "target_actor, target_code, target_name, code, root, quad, goldstein, plover, factuality, "
                           "mentions, articles, sources, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", done)
            groups = groups[-1:]
            docs, sents, events = [], [], []
            db.commit()
    db.executemany("INSERT INTO event_groups(id, fusion_key, date, source_actor, source_code, source_name, "
                   "target_actor, target_code, target_name, code, root, quad, goldstein, plover, factuality, "
                   "mentions, articles, sources, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", groups)
    db.commit()
    # The monthly aggregate entente maintains on every write, rebuilt here in one pass.
    db.execute("DELETE FROM dyad_months")
    db.execute("INSERT INTO dyad_months SELECT source_actor, target_actor, substr(date, 1, 7), quad, factuality, "
               "count(*), sum(mentions), sum(CAST(round(goldstein * 10) AS INTEGER)) FROM event_groups "
               "WHERE date <> '' AND target_actor IS NOT NULL GROUP BY 1, 2, 3, 4, 5")
    db.commit()
    db.execute("ANALYZE")
    db.commit()
    n_ev, n_gr = db.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_groups)").fetchone()
    print(f"{a.out}: {n_ev} event reports, {n_gr} fused events")


if __name__ == "__main__":
    main()
