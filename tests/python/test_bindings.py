#!/usr/bin/env python3
"""The Python bindings: one sentence through the pipeline, into a SQLite store and back.

Run with the module on the path: PYTHONPATH=build python3 tests/python/test_bindings.py
"""
import os
import shutil
import tempfile
import threading
import unittest

import entente

SENTENCE = "Kim Jong Un met Xi Jinping in Beijing on Tuesday."


class Bindings(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pipeline = entente.Pipeline()
        cls.dir = tempfile.mkdtemp(prefix="entente-py-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def process(self, **kw):
        return self.pipeline.process(SENTENCE, published="2024-03-21", id="kim-xi",
                                     url="https://www.example.com/kim-xi", title="Kim in Beijing", **kw)

    def test_process_codes_the_meeting(self):
        a = self.process()
        self.assertEqual(a["id"], "kim-xi")
        self.assertEqual(a["article"]["published"], "2024-03-21")
        self.assertEqual(a["article"]["title"], "Kim in Beijing")
        self.assertIn("Kim Jong Un met Xi Jinping", a["article"]["text"])
        self.assertEqual(len(a["sentences"]), 1)
        self.assertEqual(a["sentences"][0]["text"], SENTENCE)
        codes = {m["code"] for m in a["mentions"]}
        self.assertTrue({"PRKGOV", "CHNGOV"} <= codes, codes)
        self.assertGreaterEqual(len(a["events"]), 1)
        e = a["events"][0]
        self.assertEqual(e["source"]["code"], "PRKGOV")
        self.assertEqual(e["source"]["name"], "Kim Jong Un")
        self.assertEqual(e["target"]["code"], "CHNGOV")
        self.assertEqual(e["target"]["name"], "Xi Jinping")
        self.assertTrue(e["code"].startswith("04"), e["code"])  # CONSULT: meet
        self.assertEqual(e["root"], "04")
        self.assertEqual(e["plover"], "CONSULT")
        self.assertEqual(e["quad"], 1)
        self.assertEqual(e["factuality"], "asserted")
        # "on Tuesday" before a Thursday publication: Tuesday 19 March 2024.
        self.assertEqual(e["date"], "2024-03-19")
        self.assertEqual(e["date_precision"], "day")
        self.assertEqual(e["text"], SENTENCE)
        self.assertIn("met", e["evidence"])
        for key in ("doc_id", "sentence", "goldstein", "cues", "span_begin", "span_end", "pattern", "verb",
                    "reporter", "date_text", "date_source"):
            self.assertIn(key, e)
        # The time expressions, with their TIMEX3 values.
        self.assertEqual([(t["text"], t["value"], t["type"]) for t in a["times"]],
                         [("Tuesday", "2024-03-19", "DATE")])
        t = a["times"][0]
        self.assertEqual(a["article"]["text"][t["begin"]:t["end"]], "Tuesday")

    def test_html_bytes_in_a_legacy_charset(self):
        html = ("<html><head><title>Kim in Beijing</title><meta charset='windows-1252'></head><body>"
                "<nav>Home | World</nav><article><h1>Kim in Beijing</h1><p>" + SENTENCE +
                " The two leaders discussed trade \x93and security\x94 at length during the talks.</p>"
                "</article></body></html>").encode("latin-1")
        a = self.pipeline.process(html, published="2024-03-21", id="html-1", html=True)
        self.assertEqual(a["article"]["title"], "Kim in Beijing")
        self.assertIn("\u201cand security\u201d", a["article"]["text"])  # decoded from windows-1252
        self.assertNotIn("Home | World", a["article"]["text"])
        self.assertIn(("PRKGOV", "CHNGOV"), [(e["source"]["code"], (e["target"] or {}).get("code")) for e in a["events"]])
        with self.assertRaises(TypeError):
            self.pipeline.process(123)

    def test_store_round_trip(self):
        db = os.path.join(self.dir, "events.db")
        store = entente.Store(db)
        store.put(self.process())
        store.put(self.process())  # a re-put replaces, never duplicates
        self.assertEqual(store.count_events(), 1)
        events = store.events(source="PRK")
        self.assertEqual(len(events), 1)
        e = events[0]
        self.assertEqual(e["source_actor"], "PRK")
        self.assertEqual(e["target_actor"], "CHN")
        self.assertEqual(e["source_code"], "PRKGOV")
        self.assertEqual(e["date"], "2024-03-19")
        self.assertTrue(e["code"].startswith("04"))
        self.assertEqual(e["evidence"][0]["doc_id"], "kim-xi")
        self.assertEqual(e["evidence"][0]["url"], "https://www.example.com/kim-xi")
        self.assertEqual(store.events(source="USA"), [])
        self.assertEqual(len(store.events(**{"from": "2024-03", "to": "2024-03-31"})), 1)
        self.assertEqual(store.events(date_from="2025"), [])
        dyads = store.dyads("month")
        self.assertIn(("PRK", "CHN", "2024-03"), {(d["source"], d["target"], d["period"]) for d in dyads})
        series = store.series("PRK", "CHN", by="month")
        self.assertEqual([(p["period"], p["events"]) for p in series], [("2024-03", 1)])
        net = store.network()
        self.assertEqual({n["actor"] for n in net["nodes"]}, {"PRK", "CHN"})
        docs = store.documents()
        self.assertEqual([d["id"] for d in docs], ["kim-xi"])
        store.close()
        with entente.Store(db, read_only=True) as ro:
            self.assertEqual(len(ro.events()), 1)
            with self.assertRaises(entente.Error):
                ro.put(self.process())

    def test_errors_carry_entente_messages(self):
        with self.assertRaises(entente.Error) as cm:
            self.pipeline.process("\x00\x01binary\x00")
        self.assertTrue(str(cm.exception))
        with self.assertRaises(ValueError):
            self.pipeline.process(SENTENCE, published="last Tuesday")
        with self.assertRaises(entente.Error) as cm:
            entente.Store(os.path.join(self.dir, "missing", "dir", "x.db"), read_only=True)
        self.assertIn("x.db", str(cm.exception))
        with self.assertRaises(entente.Error):
            entente.Pipeline(dictionary_dir=os.path.join(self.dir, "no-such-dictionaries"))
        store = entente.Store(os.path.join(self.dir, "errors.db"))
        with self.assertRaises(TypeError):
            store.events(colour="red")
        self.assertTrue(issubclass(entente.Error, RuntimeError))

    def test_threads_share_one_pipeline(self):
        results = [None] * 4

        def work(i):
            results[i] = self.pipeline.process(SENTENCE, published="2024-03-21", id=f"t{i}")

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual([r["events"][0]["date"] for r in results], ["2024-03-19"] * 4)


if __name__ == "__main__":
    unittest.main(verbosity=2)
