#!/usr/bin/env python3
"""Validate dictionaries/actors/people.txt (see docs/dictionaries.md).

Checks:
  * file is UTF-8 and smaller than 1 MiB
  * every non-blank, non-comment line is `@kind ...` or an actor line
      CODE FROM..TO = name | name ...      (either date may be empty, not both)
      CODE = name | name ...               (undated fallback)
  * CODE: 3-9 upper-case letters in 3-letter groups; known country/IGO root; known role
  * dates are real calendar dates, FROM < TO
  * names: non-empty, no duplicates within a line after normalisation, no bare
    single words (except a short allow-list of mononyms)
  * for every normalised name: no two dated lines with overlapping ranges and
    different codes; at most one undated code
Exit status 1 if any error was found.  Warnings never fail the run.

Usage: python3 tools/check_people.py [path]
"""
import datetime
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

MAX_BYTES = 1 << 20

ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU
EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL
ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR
MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM
VUT WLF WSM YEM ZAF ZMB ZWE
XKX SCG YUG
""".split())
IGO_ROOTS = {"IGO", "NGO", "MNC", "IMG"}
ROLES = set("""
GOV MIL PTY OPP ELI EDU LEG JUD REB SPY BUS MED CVL REL COP HLH LAB REF AGR ENV
INS SEP UAF IMG CRM MOD RAD
UNO WST NAT EUR EEC ASN AFR AFU ARB ALG GCC SCO BRI OAS NON MUS ALQ WHO IAE IMF
""".split())

# Single-word names are only allowed for well-known mononyms / nicknames that are
# not plain surnames.
MONONYMS = {"lula", "jokowi", "prabowo", "thaksin", "yingluck", "megawati",
            "tirofijo", "timochenko", "boediono", "amlo", "prachanda",
            "mbs", "hemedti", "farmaajo", "farmajo"}

DATE = r"\d{4}-\d{2}-\d{2}"
ENTRY = re.compile(r"^([A-Z]{3,9})( (" + DATE + r")?\.\.(" + DATE + r")?)? = (.+)$")
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "`": "'",
          "\u00b4": "'", "\u201c": '"', "\u201d": '"'}


def normalise(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for k, v in QUOTES.items():
        s = s.replace(k, v)
    for h in HYPHENS:
        s = s.replace(h, " ")
    s = s.casefold()
    s = " ".join(s.split())
    if s.endswith("'s"):
        s = s[:-2]
    return s


def parse_date(s):
    if s is None:
        return None
    return datetime.date.fromisoformat(s)


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else \
        Path(__file__).resolve().parent.parent / "dictionaries/actors/people.txt"
    errors = []
    warnings = []

    def err(ln, msg):
        errors.append(f"{path}:{ln}: {msg}")

    def warn(ln, msg):
        warnings.append(f"{path}:{ln}: warning: {msg}")

    raw = path.read_bytes()
    if len(raw) >= MAX_BYTES:
        err(0, f"file is {len(raw)} bytes, must be < {MAX_BYTES}")
    text = raw.decode("utf-8")

    kind = None
    dated = defaultdict(list)     # norm name -> [(from, to, code, line)]
    undated = defaultdict(list)   # norm name -> [(code, line)]
    entries = 0
    for ln, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if not body.strip():
            continue
        if body != body.strip():
            err(ln, "leading/trailing whitespace")
            body = body.strip()
        if body.startswith("@"):
            m = re.match(r"^@kind (country|person|org|agent|contextual)$", body)
            if not m:
                err(ln, f"bad directive: {body!r}")
            else:
                kind = m.group(1)
                if kind != "person":
                    warn(ln, f"@kind {kind} in people file")
            continue
        if kind is None:
            err(ln, "entry before any @kind directive")
        m = ENTRY.match(body)
        if not m:
            err(ln, f"bad entry syntax: {body!r}")
            continue
        entries += 1
        code, rng, dfrom, dto, names = m.groups()
        has_range = rng is not None
        if len(code) % 3:
            err(ln, f"code {code} is not made of 3-letter groups")
        root, roles = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
        if root not in ISO3 and root not in IGO_ROOTS:
            err(ln, f"unknown country/IGO root {root}")
        for r in roles:
            if r not in ROLES:
                err(ln, f"unknown role {r} in {code}")
        try:
            f, t = parse_date(dfrom), parse_date(dto)
        except ValueError as e:
            err(ln, f"bad date: {e}")
            continue
        if has_range and f is None and t is None:
            err(ln, "range with both ends empty; use an undated line")
        for d in (f, t):
            if d is not None and not (datetime.date(1900, 1, 1) <= d <= datetime.date(2035, 12, 31)):
                warn(ln, f"suspicious date {d}")
        if f is not None and t is not None and not f < t:
            err(ln, f"FROM {f} is not before TO {t}")
        seen = {}
        for raw_name in names.split("|"):
            name = raw_name.strip()
            if not name:
                err(ln, "empty name")
                continue
            n = normalise(name)
            if n in seen:
                err(ln, f"names {seen[n]!r} and {name!r} are the same after normalisation")
                continue
            seen[n] = name
            if " " not in n and n not in MONONYMS:
                err(ln, f"bare single-word name {name!r}")
            if has_range:
                dated[n].append((f, t, code, ln))
            else:
                undated[n].append((code, ln))

    far_past, far_future = datetime.date.min, datetime.date.max
    for n, rs in dated.items():
        rs.sort(key=lambda r: (r[0] or far_past))
        for i in range(len(rs)):
            fi, ti, ci, li = rs[i]
            for j in range(i + 1, len(rs)):
                fj, tj, cj, lj = rs[j]
                a0, a1 = fi or far_past, ti or far_future
                b0, b1 = fj or far_past, tj or far_future
                if a0 < b1 and b0 < a1:
                    if ci != cj:
                        err(lj, f"name {n!r}: range overlaps line {li} with different code "
                                f"({cj} vs {ci})")
                    else:
                        warn(lj, f"name {n!r}: range overlaps line {li} (same code {ci})")
    for n, us in undated.items():
        codes = {c for c, _ in us}
        if len(codes) > 1:
            err(us[1][1], f"name {n!r}: several undated codes {sorted(codes)}")
        elif len(us) > 1:
            warn(us[1][1], f"name {n!r}: duplicate undated line (first at {us[0][1]})")

    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    print(f"{path}: {entries} entries, {len(dated) + len(set(undated) - set(dated))} distinct names, "
          f"{len(raw)} bytes, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
