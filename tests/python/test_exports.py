#!/usr/bin/env python3
"""The exports of the bundled seeds, read back the way analysts read them.

Usage: test_exports.py ENTENTE_BINARY SEEDS_JSONL [unittest arguments, e.g. PostgresExports]

Ingests the seeds into a temporary SQLite database, exports CSV, GDELT TSV (with and
without the header line) and PLOVER JSON Lines, and checks with pandas (read_csv with no
options for the CSV) that every export has one row per fused event, the right columns and
the Kim Jong Un - Putin pact of June 2024 (PRK -> RUS, CAMEO 057, PLOVER SUPPORT).
PostgresExports (run by CTest with the `pg` fixture, skipped without ENTENTE_PG_STATE)
checks that a PostgreSQL database exports the same events as a SQLite one.
"""
import glob
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

import pandas as pd

ENTENTE = SEEDS = None

CSV_COLUMNS = [
    "id", "date", "source_actor", "source_code", "source_name", "target_actor", "target_code",
    "target_name", "code", "root", "quad", "goldstein", "plover", "factuality", "mentions",
    "articles", "sources", "doc_id", "url", "title", "publisher", "published", "sentence",
    "source_text", "target_text", "evidence", "text"]

GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"])


def run(*args):
    r = subprocess.run([ENTENTE, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError(f"entente {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r


class SeedExports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="entente-export-")
        cls.db = os.path.join(cls.dir, "seeds.db")
        run("ingest", "-q", "--db", cls.db, "--jsonl", SEEDS)
        cls.paths = {}
        for name, args in {
            "csv": ["--format", "csv"],
            "gdelt": ["--format", "gdelt"],
            "gdelt_header": ["--format", "gdelt", "--header"],
            "plover": ["--format", "plover"],
        }.items():
            cls.paths[name] = os.path.join(cls.dir, name + ".out")
            run("export", "-q", "--db", cls.db, "--out", cls.paths[name], *args)
        with sqlite3.connect(cls.db) as con:
            cls.fused = con.execute("SELECT count(*) FROM event_groups").fetchone()[0]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_seeds_have_fused_events(self):
        self.assertGreater(self.fused, 5)

    def test_csv_loads_without_options(self):
        df = pd.read_csv(self.paths["csv"])
        self.assertEqual(list(df.columns), CSV_COLUMNS)
        self.assertEqual(len(df), self.fused)
        self.assertTrue(df["id"].is_unique)
        self.assertFalse(df["text"].isna().any())  # every event has its sentence
        pact = df[(df.source_actor == "PRK") & (df.target_actor == "RUS")
                  & (df.code.astype(str).str.zfill(3) == "057")]
        self.assertGreaterEqual(len(pact), 1, df[["source_actor", "target_actor", "code"]])
        self.assertTrue(pact["date"].astype(str).str.startswith("2024-06").all())
        self.assertTrue(pact["plover"].eq("SUPPORT").all())  # CAMEO 05 -> PLOVER SUPPORT
        self.assertTrue((pact["mentions"] >= 1).all())

    def test_csv_is_rfc4180(self):
        with open(self.paths["csv"], "rb") as f:
            data = f.read()
        data.decode("utf-8")  # UTF-8, no BOM
        self.assertFalse(data.startswith(b"\xef\xbb\xbf"))
        self.assertTrue(data.endswith(b"\r\n"))
        self.assertEqual(data.split(b"\r\n")[0].decode(), ",".join(CSV_COLUMNS))

    def test_gdelt_has_61_columns_and_no_header(self):
        df = pd.read_csv(self.paths["gdelt"], sep="\t", header=None, dtype=str, keep_default_na=False,
                         quoting=3)
        self.assertEqual(df.shape, (self.fused, 61))
        with open(self.paths["gdelt"], encoding="utf-8") as f:
            lines = f.read().split("\n")
        self.assertEqual(lines[-1], "")
        self.assertTrue(all(line.count("\t") == 60 for line in lines[:-1]))
        self.assertTrue(lines[0].split("\t")[0].isdigit())  # a row, not column names

    def test_gdelt_header_and_known_dyad(self):
        df = pd.read_csv(self.paths["gdelt_header"], sep="\t", dtype=str, keep_default_na=False, quoting=3)
        self.assertEqual(list(df.columns), GDELT_COLUMNS)
        self.assertEqual(len(df), self.fused)
        pact = df[(df.Actor1CountryCode == "PRK") & (df.Actor2CountryCode == "RUS") & (df.EventCode == "057")]
        self.assertGreaterEqual(len(pact), 1)
        row = pact.iloc[0]
        self.assertEqual(row.EventRootCode, "05")
        self.assertEqual(row.QuadClass, "1")
        self.assertEqual(row.SQLDATE, "20240600")  # month precision: day 00
        self.assertEqual(row.MonthYear, "202406")
        self.assertEqual(row.Actor1Type1Code, "GOV")
        # The same event as in the CSV: same id, same first report's URL (the seeds carry none).
        csv = pd.read_csv(self.paths["csv"], dtype=str, keep_default_na=False).set_index("id")
        self.assertEqual(row.SOURCEURL, csv.loc[row.GLOBALEVENTID, "url"])
        self.assertEqual(row.NumMentions, csv.loc[row.GLOBALEVENTID, "mentions"])
        self.assertEqual(row.Actor1Code, csv.loc[row.GLOBALEVENTID, "source_code"])
        self.assertTrue((df.AvgTone == "").all())

    def test_plover_lines(self):
        with open(self.paths["plover"], encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
        self.assertEqual(len(records), self.fused)
        pact = [r for r in records if r["actor_country"] == "PRK" and r["recipient_country"] == "RUS"
                and r["cameo_code"] == "057"]
        self.assertGreaterEqual(len(pact), 1)
        self.assertEqual(pact[0]["event_type"], "SUPPORT")
        self.assertEqual(pact[0]["date"], "2024-06")
        self.assertEqual(pact[0]["date_precision"], "month")
        self.assertTrue(pact[0]["evidence"])
        df = pd.read_json(self.paths["plover"], lines=True)
        self.assertEqual(len(df), self.fused)

    def test_filters_narrow_the_export(self):
        out = os.path.join(self.dir, "prk_rus.csv")
        run("export", "-q", "--db", self.db, "--format", "csv", "--out", out,
            "--source", "PRK", "--target", "RUS", "--directed", "--code", "05")
        df = pd.read_csv(out, dtype=str)
        self.assertGreaterEqual(len(df), 1)
        self.assertLess(len(df), self.fused)
        self.assertTrue((df.source_actor == "PRK").all())
        self.assertTrue((df.target_actor == "RUS").all())
        self.assertTrue(df.code.str.startswith("05").all())

    def test_limit_and_stdout(self):
        r = run("export", "-q", "--db", self.db, "--format", "plover", "--limit", "3")
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 3)
        self.assertEqual(len({json.loads(line)["id"] for line in lines}), 3)

    def test_bad_arguments_exit_2(self):
        cases = [
            (["--format", "xml"], "xml"),
            (["--format", "csv", "--factuality", "asserted,maybe"], "maybe"),
        ]
        for extra, word in cases:
            r = subprocess.run([ENTENTE, "export", "--db", self.db, *extra], capture_output=True, text=True)
            self.assertEqual(r.returncode, 2, extra)
            self.assertIn(word, r.stderr)
        missing = os.path.join(self.dir, "missing.db")
        r = subprocess.run([ENTENTE, "export", "--db", missing, "--format", "csv"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn("missing.db", r.stderr)
        self.assertFalse(os.path.exists(missing))  # read-only: nothing created

    def test_r_read_csv_when_available(self):
        rscript = shutil.which("Rscript")
        if not rscript:
            self.skipTest("R is not installed")
        r = subprocess.run([rscript, "-e", f"d <- read.csv('{self.paths['csv']}'); cat(nrow(d), ncol(d))"],
                           capture_output=True, text=True, check=True)
        self.assertEqual(r.stdout.split(), [str(self.fused), str(len(CSV_COLUMNS))])


def pg_uri(dbname):
    """The URI of a database on the test server of the `pg` CTest fixture, or None."""
    state = os.environ.get("ENTENTE_PG_STATE", "")
    try:
        with open(os.path.join(state, "host")) as h, open(os.path.join(state, "port")) as p:
            host, port = h.read().strip(), p.read().strip()
    except OSError:
        return None
    return f"postgresql://entente@/{dbname}?host={host}&port={port}"


class PostgresExports(unittest.TestCase):
    def test_postgres_exports_the_same_events_as_sqlite(self):
        admin = pg_uri("postgres")
        if not admin:
            self.skipTest("no PostgreSQL test server (ENTENTE_PG_STATE)")
        psql = shutil.which("psql") or (sorted(glob.glob("/usr/lib/postgresql/*/bin/psql")) or [None])[-1]
        if not psql:
            self.skipTest("psql not found")
        name = f"entente_export_{os.getpid()}"
        subprocess.run([psql, admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}"],
                       check=True, capture_output=True)
        tmp = tempfile.mkdtemp(prefix="entente-export-pg-")
        try:
            # Event-level columns must agree exactly. Which report counts as "first" among
            # reports of one sentence with equal offsets is not fixed by the store, so the
            # reports are compared as sets (PLOVER's evidence lists).
            event_cols = ["date", "source_actor", "source_code", "source_name", "target_actor", "target_code",
                          "target_name", "code", "root", "quad", "goldstein", "plover", "factuality", "mentions",
                          "articles", "sources"]
            frames, reports = {}, {}
            for kind, target in (("sqlite", os.path.join(tmp, "seeds.db")), ("postgres", pg_uri(name))):
                run("ingest", "-q", "--db", target, "--jsonl", SEEDS)
                out = os.path.join(tmp, kind + ".csv")
                run("export", "-q", "--db", target, "--format", "csv", "--out", out)
                df = pd.read_csv(out, dtype=str, keep_default_na=False)[event_cols]
                frames[kind] = df.sort_values(event_cols).reset_index(drop=True)
                gdelt = os.path.join(tmp, kind + ".tsv")
                run("export", "-q", "--db", target, "--format", "gdelt", "--out", gdelt)
                g = pd.read_csv(gdelt, sep="\t", header=None, dtype=str, keep_default_na=False, quoting=3)
                self.assertEqual(g.shape, (len(df), 61))
                plover = os.path.join(tmp, kind + ".jsonl")
                run("export", "-q", "--db", target, "--format", "plover", "--out", plover)
                with open(plover, encoding="utf-8") as f:
                    reports[kind] = sorted(
                        (r["date"], r["actor_code"], r["recipient_code"] or "", r["cameo_code"],
                         tuple(sorted(json.dumps(e, sort_keys=True) for e in r["evidence"])))
                        for r in map(json.loads, f))
            self.assertGreater(len(frames["postgres"]), 5)
            pd.testing.assert_frame_equal(frames["postgres"], frames["sqlite"])
            self.assertEqual(reports["postgres"], reports["sqlite"])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            subprocess.run([psql, admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name}"], capture_output=True)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ENTENTE, SEEDS = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1] + sys.argv[3:], verbosity=2)
