#!/usr/bin/env python3
"""Validate the event-code table and the verb pattern files (see docs/dictionaries.md).

dictionaries/cameo/cameo_codes.tsv
  * header `code<TAB>goldstein<TAB>plover<TAB>quad<TAB>name`
  * code: 3 or 4 digits, unique; its 3-digit parent and its root (XX0) are present
  * goldstein: a number in [-10, 10]; plover: an upper-case word or `-`;
    quad: 1-4 and equal to the root's quad class (01-05 1, 06-08 2, 09-13 3, 14-20 4)

dictionaries/verbs/*.txt  (file names `NN_name.txt`, NN = CAMEO root)
  * file is UTF-8 and smaller than 1 MiB
  * every line (after `#` comments are cut) matches
        ^\\d{3,4}( \\[[\\w-]+\\])?( ~)? = .+$
  * the code is in cameo_codes.tsv and belongs to the file's root
  * tokens are lower-case words, `+` (target), `$` (source), `*` (gap) or a choice
    `(a|b|c)` of at least two words; parentheses balanced and not nested
  * at most one `+` and one `$`; the pattern starts with a literal word (the anchor);
    no `*` at either end, no two `*` in a row
  * `[id]`s are unique over all files; the same pattern never has two codes
Warnings (never fail the run): `~` on a pattern that has a `+`, a duplicate pattern
with the same code, a leading choice as anchor, and, when WordNet's database is
installed (/usr/share/wordnet), a word that looks inflected rather than a lemma
(unless its lemma stands beside it in the same choice, e.g. `(lifting|lift)`).

Exit status 1 if any error was found.

Usage: python3 tools/check_verbs.py [--quiet] [repo_root]
"""
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

MAX_BYTES = 1 << 20
LINE = re.compile(r"^(\d{3,4})(?: \[([\w-]+)\])?( ~)? = (.+)$")
WORD = re.compile(r"^[a-z][a-z0-9'.]*(?:-[a-z0-9]+)*$")
WORDNET = Path("/usr/share/wordnet")


def quad_of(root):
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


class Report:
    def __init__(self, quiet=False):
        self.errors = 0
        self.warnings = 0
        self.quiet = quiet

    def error(self, where, msg):
        self.errors += 1
        print(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        if not self.quiet:
            print(f"{where}: warning: {msg}")


def check_table(path, rep):
    codes = {}
    if not path.exists():
        rep.error(path, "missing")
        return codes
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != "code\tgoldstein\tplover\tquad\tname":
        rep.error(f"{path}:1", "header must be code<TAB>goldstein<TAB>plover<TAB>quad<TAB>name")
    for n, line in enumerate(lines[1:], start=2):
        where = f"{path}:{n}"
        cols = line.split("\t")
        if len(cols) != 5:
            rep.error(where, f"expected 5 tab-separated columns, got {len(cols)}")
            continue
        code, gold, plover, quad, name = cols
        if not re.fullmatch(r"\d{3,4}", code):
            rep.error(where, f"bad code {code!r}")
            continue
        if code in codes:
            rep.error(where, f"duplicate code {code}")
        root = int(code[:2])
        if not 1 <= root <= 20:
            rep.error(where, f"root {code[:2]} outside 01-20")
        try:
            g = float(gold)
            if not -10.0 <= g <= 10.0:
                rep.error(where, f"goldstein {gold} outside [-10, 10]")
        except ValueError:
            rep.error(where, f"goldstein {gold!r} is not a number")
        if not re.fullmatch(r"[A-Z]+|-", plover):
            rep.error(where, f"plover {plover!r} is not an upper-case category or '-'")
        if quad != str(quad_of(root)):
            rep.error(where, f"quad {quad} but root {code[:2]} is quad {quad_of(root)}")
        if not name.strip() or name != name.strip():
            rep.error(where, "empty name or surrounding blanks")
        codes[code] = n
    for code in codes:
        if code[:2] + "0" not in codes:
            rep.error(path, f"{code}: root {code[:2]}0 missing")
        if len(code) == 4 and code[:3] not in codes:
            rep.error(path, f"{code}: parent {code[:3]} missing")
    return codes


def load_wordnet():
    """Return (lemmas, inflected->lemma) from WordNet's files, or (None, None)."""
    if not (WORDNET / "index.noun").exists():
        return None, None
    lemmas = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(WORDNET / f"index.{pos}", encoding="latin-1") as f:
            for line in f:
                if not line.startswith(" "):
                    lemmas.add(line.split(" ", 1)[0])
    exc = {}
    for pos in ("noun", "verb", "adj", "adv"):
        p = WORDNET / f"{pos}.exc"
        if p.exists():
            with open(p, encoding="latin-1") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 2:
                        exc.setdefault(parts[0], parts[1])
    return lemmas, exc


SUFFIX_RULES = [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"),
                ("ed", ""), ("ing", "e"), ("ing", "")]


def looks_inflected(word, lemmas, exc):
    """A word that is not a WordNet lemma but whose base form is."""
    if word in lemmas:
        return None
    if word in exc and exc[word] in lemmas:
        return exc[word]
    for suf, rep in SUFFIX_RULES:
        if word.endswith(suf) and len(word) > len(suf) + 2:
            base = word[: -len(suf)] + rep
            if base in lemmas:
                return base
    return None


def tokenize(pattern):
    """Split a pattern into tokens; a choice is one token. Returns (tokens, error)."""
    tokens, i = [], 0
    s = pattern
    while i < len(s):
        c = s[i]
        if c == " ":
            i += 1
            continue
        if c == "(":
            j = s.find(")", i)
            if j < 0:
                return None, "unbalanced '('"
            inner = s[i + 1:j]
            if "(" in inner:
                return None, "nested parentheses"
            tokens.append(s[i:j + 1])
            i = j + 1
            if i < len(s) and s[i] != " ":
                return None, f"no blank after choice {s[:i]!r}"
            continue
        if c == ")":
            return None, "unbalanced ')'"
        j = s.find(" ", i)
        j = len(s) if j < 0 else j
        tokens.append(s[i:j])
        i = j
    return tokens, None


def check_verbs(verb_dir, codes, rep):
    ids = {}
    seen = {}          # normalised pattern -> (code, where)
    per_root = Counter()
    per_code = Counter()
    lemmas, exc = load_wordnet()
    files = sorted(verb_dir.glob("*.txt"))
    if not files:
        rep.error(verb_dir, "no pattern files")
    roots_present = set()
    for path in files:
        m = re.match(r"^(\d\d)_[a-z0-9_]+\.txt$", path.name)
        if not m:
            rep.error(path, "file name must be NN_name.txt (NN = CAMEO root 01-20)")
            continue
        root = m.group(1)
        roots_present.add(root)
        raw = path.read_bytes()
        if len(raw) >= MAX_BYTES:
            rep.error(path, f"{len(raw)} bytes, limit is {MAX_BYTES}")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            rep.error(path, f"not UTF-8: {e}")
            continue
        for n, line in enumerate(text.splitlines(), start=1):
            where = f"{path}:{n}"
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            m = LINE.match(body)
            if not m:
                rep.error(where, f"does not match `CODE [id] ~ = pattern`: {body!r}")
                continue
            code, pid, recip, pattern = m.group(1), m.group(2), m.group(3), m.group(4)
            if code not in codes:
                rep.error(where, f"code {code} not in cameo_codes.tsv")
            if code[:2] != root:
                rep.error(where, f"code {code} does not belong to root {root} of this file")
            if pid:
                if pid in ids:
                    rep.error(where, f"id [{pid}] already used at {ids[pid]}")
                else:
                    ids[pid] = where
            if pattern != pattern.strip() or "  " in pattern:
                rep.error(where, "stray blanks in pattern")
            tokens, err = tokenize(pattern.strip())
            if err:
                rep.error(where, err)
                continue
            if not tokens:
                rep.error(where, "empty pattern")
                continue
            bad = False
            words = []          # (word, the other words of its choice)
            for t in tokens:
                if t in ("+", "$", "*"):
                    continue
                if t.startswith("("):
                    alts = t[1:-1].split("|")
                    if len(alts) < 2:
                        rep.error(where, f"choice {t} needs at least two words")
                        bad = True
                    if len(set(alts)) != len(alts):
                        rep.warn(where, f"choice {t} repeats a word")
                    for a in alts:
                        if not WORD.match(a):
                            rep.error(where, f"choice {t}: {a!r} is not a lower-case word")
                            bad = True
                        words.append((a, set(alts)))
                elif WORD.match(t):
                    words.append((t, set()))
                else:
                    rep.error(where, f"bad token {t!r}")
                    bad = True
            if bad:
                continue
            if tokens.count("+") > 1:
                rep.error(where, "more than one target slot '+'")
            if tokens.count("$") > 1:
                rep.error(where, "more than one source slot '$'")
            first = tokens[0]
            if first in ("+", "$", "*"):
                rep.error(where, f"pattern must start with a literal word (anchor), not {first!r}")
            elif first.startswith("("):
                rep.warn(where, "leading choice as anchor; one line per anchor is safer")
            if tokens[-1] == "*":
                rep.error(where, "pattern ends with '*'")
            for a, b in zip(tokens, tokens[1:]):
                if a == "*" and b == "*":
                    rep.error(where, "two '*' in a row")
            if recip and "+" in tokens:
                rep.warn(where, "'~' on a pattern with a target slot only acts when the slot is empty")
            if not any(t not in ("+", "$", "*") for t in tokens):
                rep.error(where, "pattern has no literal word")
            if lemmas is not None:
                for w, alts in words:
                    base = looks_inflected(w, lemmas, exc)
                    if base and base not in alts:   # the lemma beside it is deliberate
                        rep.warn(where, f"{w!r} looks inflected (lemma {base!r}?)")
            key = " ".join(tokens)
            if key in seen:
                pcode, pwhere = seen[key]
                if pcode != code:
                    rep.error(where, f"pattern also coded {pcode} at {pwhere}")
                else:
                    rep.warn(where, f"duplicate of {pwhere}")
            else:
                seen[key] = (code, where)
            per_root[root] += 1
            per_code[code] += 1
    missing_roots = sorted({c[:2] for c in codes} - roots_present)
    if missing_roots:
        rep.error(verb_dir, f"no pattern file for root(s) {', '.join(missing_roots)}")
    return per_root, per_code, ids


def main(argv):
    quiet = "--quiet" in argv
    args = [a for a in argv if not a.startswith("--")]
    repo = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    rep = Report(quiet)
    codes = check_table(repo / "dictionaries/cameo/cameo_codes.tsv", rep)
    per_root, per_code, ids = check_verbs(repo / "dictionaries/verbs", codes, rep)
    total = sum(per_root.values())
    print(f"cameo_codes.tsv: {len(codes)} codes")
    print("patterns per root: " + " ".join(f"{r}:{per_root[r]}" for r in sorted(per_root)))
    three = sorted(c for c in codes if len(c) == 3)
    uncovered3 = [c for c in three if per_code[c] == 0]
    uncovered4 = sorted(c for c in codes if len(c) == 4 and per_code[c] == 0)
    print(f"{total} patterns, {len(ids)} ids, {len(per_code)} codes used; "
          f"3-digit codes without a pattern: {' '.join(uncovered3) or 'none'}; "
          f"4-digit codes without a pattern: {' '.join(uncovered4) or 'none'}")
    print(f"{rep.errors} errors, {rep.warnings} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
