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
  * tokens are lower-case words (no "-" or ".": the segmenter splits words at dashes and
    drops periods), `+` (target), `$` (source), `*` (gap) or a choice `(a|b|c)` of at least
    two single words; parentheses balanced and not nested
  * at most one `+` and one `$`; the pattern starts with a literal word (the anchor; the
    coder skips patterns that do not); no `*` at either end, no two `*` in a row
  * `[id]`s are unique over all files; the same pattern never has two codes
Warnings (never fail the run): `~` on a pattern that has a `+`, a duplicate pattern with the
same code, a repeated word in a choice, and, when WordNet's database is installed
(/usr/share/wordnet, Debian package wordnet-base), an anchor that the coder's lemmatizer
reads as another lemma (the checker ports src/segment/lemmatizer.cc: "wound" -> "wind").
`--plurals` also lists choice nouns whose plural the lemmatizer reads as a word the choice
lacks ("meetings" -> "meeting" while "meeting" -> "meet"): review them by hand.

Exit status 1 if any error was found.

Usage: python3 tools/check_verbs.py [--quiet] [--plurals] [repo_root]
"""
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

MAX_BYTES = 1 << 20
LINE = re.compile(r"^(\d{3,4})(?: \[([\w-]+)\])?( ~)? = (.+)$")
# The segmenter splits words at dashes and drops periods, so a pattern word with "-" or "."
# could never match: "cease-fire" must be written as the two words "cease fire".
WORD = re.compile(r"^[a-z][a-z0-9']*$")
# Anchors deliberately spelled as a form the WordNet exception list maps elsewhere.
INTENDED_ANCHORS = {"lay"}  # "lay" -> "lie" (matches "lay"); its twin line uses "laid" -> "lay"
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


class Lemmatizer:
    """Port of src/segment/lemmatizer.cc: exception lists, then detachment rules checked
    against WordNet's index; a verb reading first, then a noun reading."""
    VERB_RULES = [("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")]
    NOUN_RULES = [("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("ses", "s"), ("xes", "x"), ("zes", "z"),
                  ("men", "man"), ("s", "")]

    def __init__(self, wordnet_dir):
        def index(name):
            out = set()
            with open(wordnet_dir / name, encoding="latin-1") as f:
                for line in f:
                    if not line.startswith(" "):
                        out.add(line.split(" ", 1)[0])
            return out

        def exc(name):
            out = {}
            with open(wordnet_dir / name, encoding="latin-1") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 2:
                        out.setdefault(parts[0], parts[1])
            return out
        self.verbs, self.nouns = index("index.verb"), index("index.noun")
        self.verb_exc, self.noun_exc = exc("verb.exc"), exc("noun.exc")
        for w in ("is", "are", "am", "was", "were", "been", "being", "'re", "'m"):
            self.verb_exc[w] = "be"
        for w in ("has", "had", "having"):
            self.verb_exc[w] = "have"
        for w in ("does", "did", "done"):
            self.verb_exc[w] = "do"

    def _morph(self, w, index, exc, verb):
        if w in exc:
            return exc[w]
        if w in index:
            return w
        for suf, rep in (self.VERB_RULES if verb else self.NOUN_RULES):
            if len(w) <= len(suf) + 1 or not w.endswith(suf):
                continue
            base = w[: len(w) - len(suf)] + rep
            if base in index:
                return base
            if verb and suf in ("ed", "ing") and len(base) >= 3 and base[-1] == base[-2] and base[:-1] in index:
                return base[:-1]
        return ""

    def lemma(self, w):
        if not w or not ("a" <= w[0] <= "z"):
            return w
        return self._morph(w, self.verbs, self.verb_exc, True) or \
            self._morph(w, self.nouns, self.noun_exc, False) or w


def load_lemmatizer():
    if not (WORDNET / "index.noun").exists():
        return None
    return Lemmatizer(WORDNET)


def plural(word):
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


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
    lem = load_lemmatizer()
    plural_notes = []
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
            if tokens[-1] == "*":
                rep.error(where, "pattern ends with '*'")
            for a, b in zip(tokens, tokens[1:]):
                if a == "*" and b == "*":
                    rep.error(where, "two '*' in a row")
            if recip and "+" in tokens:
                rep.warn(where, "'~' on a pattern with a target slot only acts when the slot is empty")
            if not any(t not in ("+", "$", "*") for t in tokens):
                rep.error(where, "pattern has no literal word")
            if lem is not None:
                anchor = tokens[0]
                if not anchor.startswith("(") and anchor not in INTENDED_ANCHORS:
                    base = lem.lemma(anchor)
                    if base != anchor and (anchor in lem.verbs or anchor in lem.nouns) \
                            and not anchor.startswith(base):
                        rep.warn(where, f"anchor {anchor!r} is read as {base!r} by the lemmatizer")
                for t in tokens:
                    if not t.startswith("("):
                        continue
                    alts = t[1:-1].split("|")
                    got = {lem.lemma(a) for a in alts}
                    for a in alts:
                        if len(a) < 3 or a.endswith("s") or a not in lem.nouns:
                            continue
                        p = plural(a)
                        if (p in lem.nouns or lem.lemma(p) != p) and lem.lemma(p) not in got:
                            plural_notes.append(f"{where}: {a!r}: plural {p!r} is read as "
                                                f"{lem.lemma(p)!r}, not covered by {t}")
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
    return per_root, per_code, ids, plural_notes


def main(argv):
    quiet = "--quiet" in argv
    args = [a for a in argv if not a.startswith("--")]
    repo = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    rep = Report(quiet)
    codes = check_table(repo / "dictionaries/cameo/cameo_codes.tsv", rep)
    per_root, per_code, ids, plural_notes = check_verbs(repo / "dictionaries/verbs", codes, rep)
    if "--plurals" in argv:
        print("\n".join(plural_notes))
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
