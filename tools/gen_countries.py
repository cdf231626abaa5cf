#!/usr/bin/env python3
"""Generate dictionaries/actors/countries.txt and check the actor dictionaries.

countries.txt is built from two sources:
  * Debian's iso-codes ISO 3166-1 table (/usr/share/iso-codes/json/iso_3166-1.json,
    package "iso-codes"): alpha_3 code, name, official_name, common_name;
  * dictionaries/sources/country_extras.tsv (hand-written): for every alpha-3 code the
    short forms, adjectives/demonyms and capitals/seats of government.
    A short form starting with "!" removes that name (an ambiguous ISO name such as
    "Jersey" or "Congo") from the line. Rows with a code that is not in ISO 3166-1
    (CAMEO's KSV for Kosovo) become extra lines.

Usage (python3, standard library only):
  python3 tools/gen_countries.py            # regenerate countries.txt, then run --check
  python3 tools/gen_countries.py --check    # only check dictionaries/actors/*.txt
  python3 tools/gen_countries.py --check FILE...   # only check the given files

The check reports lines that do not match the actor-file grammar and any name that is
mapped to two different codes (undated lines) across the actor files, or that is both an
agent word and an actor name. It exits with status 1 if it finds a problem.
"""

import argparse
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_EXTRAS = os.path.join(ROOT, "dictionaries", "sources", "country_extras.tsv")
DEFAULT_OUT = os.path.join(ROOT, "dictionaries", "actors", "countries.txt")
ACTOR_GLOB = os.path.join(ROOT, "dictionaries", "actors", "*.txt")

MAX_FILE_BYTES = 1 << 20  # every dictionary file must stay below 1 MiB

# --------------------------------------------------------------------------- normalisation


def norm(name):
    """Approximation of the engine's name normalisation (for de-duplication and checks):
    case-fold, strip diacritics, unify quotes, hyphens as spaces, drop a possessive 's."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("`", "'").replace("\u00b4", "'")
    s = re.sub("[-\u2010\u2011\u2012\u2013\u2014\u2212]", " ", s)
    s = s.casefold()
    s = " ".join(s.split())
    if s.endswith("'s"):
        s = s[:-2]
    # a few letters that NFKD does not decompose
    return s.translate(str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l"}))


def match_key(name):
    """What the engine's matcher can tell apart: norm() without periods and commas
    ("U.S." = "US", "N. Korea" = "N Korea"). Used for the conflict check."""
    return " ".join(re.sub(r"[.,]", "", norm(name)).split())


# --------------------------------------------------------------------------- ISO names

# Inverted ISO names: "Korea, Republic of" -> "Republic of Korea".
_OF_TAIL = re.compile(r"^(?:the\s+)?.*\bof(?:\s+the)?$", re.IGNORECASE)
_PREFIX_ADJ = {"British", "U.S."}


def natural_names(iso_name):
    """Turn one iso-codes name into zero or more natural English names."""
    out = []
    name = iso_name.strip()
    if not name:
        return out
    # "Taiwan, Province of China" is a political label, not a name used in news text.
    if "Province of China" in name:
        return out
    # Trailing "(X)": "Holy See (Vatican City State)", "Falkland Islands (Malvinas)",
    # "Saint Martin (French part)". Mid-name "(X)": "Cocos (Keeling) Islands".
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        before, inner, after = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
        if after:  # mid-name parenthesis
            out.append(f"{before} {inner} {after}")
            out.append(f"{before} {after}")
        else:
            out.extend(natural_names(before))
            if "part" not in inner.split():
                out.append(inner)
        return out
    if "," in name:
        head, _, tail = name.partition(",")
        head, tail = head.strip(), tail.strip()
        if _OF_TAIL.match(tail):  # "Congo, The Democratic Republic of the"
            out.append(f"{tail} {head}")
        elif tail in _PREFIX_ADJ:  # "Virgin Islands, British"
            out.append(f"{tail} {head}")
        else:  # a list: "Bonaire, Sint Eustatius and Saba"
            out.append(name.replace(",", ""))
        return [strip_article(n) for n in out]
    return [strip_article(name)]


def strip_article(name):
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def saint_variants(name):
    if name.startswith("Saint "):
        rest = name[len("Saint "):]
        return [name, "St. " + rest, "St " + rest]
    return [name]


# --------------------------------------------------------------------------- generation


def split_field(field):
    return [x.strip() for x in field.split("|") if x.strip()]


def read_extras(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > 4 or not re.fullmatch(r"[A-Z]{3}", cols[0]):
                sys.exit(f"{path}:{lineno}: expected alpha3<TAB>short<TAB>adjectives<TAB>capitals")
            cols += [""] * (4 - len(cols))
            code = cols[0]
            if code in rows:
                sys.exit(f"{path}:{lineno}: duplicate row for {code}")
            rows[code] = (lineno, [split_field(c) for c in cols[1:4]])
    return rows


def build_names(short, iso_names, adjectives, capitals):
    removed = {norm(n[1:]) for n in short if n.startswith("!")}
    short = [n for n in short if not n.startswith("!")]
    names, seen = [], set()
    for group in (short, iso_names, adjectives, capitals):
        for n in group:
            for v in saint_variants(n):
                k = norm(v)
                if k in removed or k in seen:
                    continue
                seen.add(k)
                names.append(v)
    return names


def generate(iso_path, extras_path, out_path):
    with open(iso_path, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    extras = read_extras(extras_path)
    iso_codes = {e["alpha_3"] for e in iso}
    missing = sorted(iso_codes - set(extras))
    if missing:
        sys.exit(f"{extras_path}: no row for ISO codes: {' '.join(missing)}")

    lines = []
    for e in sorted(iso, key=lambda e: e["alpha_3"]):
        code = e["alpha_3"]
        _, (short, adjs, caps) = extras[code]
        iso_names = []
        for key in ("common_name", "name", "official_name"):
            if e.get(key):
                iso_names.extend(natural_names(e[key]))
        names = build_names(short, iso_names, adjs, caps)
        if not names:
            sys.exit(f"{code}: no names left")
        lines.append(f"{code} = " + " | ".join(names))

    extra_lines = []
    for code in sorted(set(extras) - iso_codes):
        _, (short, adjs, caps) = extras[code]
        extra_lines.append(f"{code} = " + " | ".join(build_names(short, [], adjs, caps)))

    header = [
        "# GENERATED FILE - do not edit by hand.",
        "# Generated by tools/gen_countries.py from:",
        f"#   - Debian iso-codes ISO 3166-1 data ({iso_path}): alpha_3, name, official_name, common_name",
        "#   - dictionaries/sources/country_extras.tsv: short forms, adjectives/demonyms, capitals",
        "# To change a name, edit country_extras.tsv and regenerate with:",
        "#   python3 tools/gen_countries.py",
        "# Codes are ISO 3166-1 alpha-3 (as used by CAMEO), plus CAMEO-only codes listed at the end.",
        "",
        "@kind country",
    ]
    text = "\n".join(header + lines
                     + ["", "# CAMEO country codes without an ISO 3166-1 entry"]
                     + extra_lines) + "\n"
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {out_path}: {len(lines)} ISO lines + {len(extra_lines)} extra, "
          f"{len(text.encode('utf-8'))} bytes")


# --------------------------------------------------------------------------- check

LINE_RE = re.compile(r"^[A-Z]{3,}( \S+\.\.\S*)? = .+$")
CONTEXT_RE = re.compile(r"^[A-Z]{3,}( \S+\.\.\S*)? \{[A-Z]{3,}( [A-Z]{3,})*\} = .+$")
DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")
KINDS = {"country", "person", "org", "agent", "contextual"}


def check(paths):
    problems = 0
    actor = {}   # norm name -> {code: [where]} for undated country/org/person lines
    agent = {}   # norm name -> {role: [where]}
    for path in paths:
        rel = os.path.relpath(path, ROOT)
        size = os.path.getsize(path)
        if size >= MAX_FILE_BYTES:
            print(f"{rel}: file is {size} bytes (limit 1 MiB)")
            problems += 1
        kind = None
        with open(path, encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                # "#" starts a comment unless it is inside a name: strip a comment that
                # starts the line or follows whitespace.
                line = re.sub(r"(^|\s)#.*$", "", raw.rstrip("\n")).rstrip()
                where = f"{rel}:{lineno}"
                s = line.strip()
                if not s or s.startswith("#"):
                    continue
                if s.startswith("@"):
                    m = re.fullmatch(r"@kind (\w+)", s)
                    if not m or m.group(1) not in KINDS:
                        print(f"{where}: bad directive: {s}")
                        problems += 1
                    else:
                        kind = m.group(1)
                    continue
                if kind is None:
                    print(f"{where}: line before any @kind")
                    problems += 1
                ok = CONTEXT_RE.match(s) if kind == "contextual" else LINE_RE.match(s)
                if not ok or line != s:
                    print(f"{where}: does not match the grammar: {s[:80]}")
                    problems += 1
                    continue
                head, _, rhs = s.partition(" = ")
                parts = head.split(" ")
                code, dated = parts[0], False
                if len(parts) > 1 and ".." in parts[1]:
                    frm, _, to = parts[1].partition("..")
                    if not DATE_RE.match(frm) or not DATE_RE.match(to) or (frm and to and frm >= to):
                        print(f"{where}: bad date range {parts[1]}")
                        problems += 1
                    dated = True
                if kind == "agent" and len(code) != 3:
                    print(f"{where}: agent code should be a 3-letter role: {code}")
                    problems += 1
                names = [n.strip() for n in rhs.split("|")]
                seen = set()
                for n in names:
                    if not n:
                        print(f"{where}: empty name")
                        problems += 1
                        continue
                    if "#" in n or "=" in n:
                        print(f"{where}: name contains '#' or '=': {n}")
                        problems += 1
                    k = norm(n)
                    if k in seen:
                        print(f"{where}: name listed twice on the line: {n}")
                        problems += 1
                    seen.add(k)
                    k = match_key(n)
                    if kind == "agent":
                        agent.setdefault(k, {}).setdefault(code, []).append(where)
                    elif kind in ("country", "org", "person") and not dated:
                        actor.setdefault(k, {}).setdefault(code, []).append(where)
    for table, label in ((actor, "actor"), (agent, "agent")):
        for k in sorted(table):
            if len(table[k]) > 1:
                detail = "; ".join(f"{c} ({', '.join(w)})" for c, w in sorted(table[k].items()))
                print(f"conflict: {label} name '{k}' -> {detail}")
                problems += 1
    for k in sorted(set(actor) & set(agent)):
        print(f"conflict: '{k}' is both an agent word ({', '.join(agent[k])}) "
              f"and an actor name ({', '.join(actor[k])})")
        problems += 1
    print(f"checked {len(paths)} file(s): {len(actor)} actor names, {len(agent)} agent words, "
          f"{problems} problem(s)")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso", default=DEFAULT_ISO, help="iso-codes iso_3166-1.json")
    ap.add_argument("--extras", default=DEFAULT_EXTRAS, help="country_extras.tsv")
    ap.add_argument("--out", default=DEFAULT_OUT, help="countries.txt to write")
    ap.add_argument("--check", action="store_true", help="only check the actor dictionaries")
    ap.add_argument("files", nargs="*",
                    help="actor files to check (default: dictionaries/actors/*.txt)")
    args = ap.parse_args()
    if not args.check:
        generate(args.iso, args.extras, args.out)
    paths = sorted(args.files) if args.files else sorted(glob.glob(ACTOR_GLOB))
    sys.exit(1 if check(paths) else 0)


if __name__ == "__main__":
    main()
