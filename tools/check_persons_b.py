#!/usr/bin/env python3
"""Validate person lexicon files (format: [person P:id] + key: value lines)."""
import re, sys, unicodedata

FILES = sys.argv[1:] or [
    "extract/lexicon/persons_eurasia.txt",
    "extract/lexicon/persons_asia.txt",
    "extract/lexicon/persons_mideast_africa.txt",
]
ISO = set("""SUN RUS ARM AZE GEO KAZ KGZ TJK TKM UZB MNG BLR UKR
CHN TWN JPN KOR PRK IND PAK AFG IDN AUS NZL VNM PHL THA MMR
ISR PSE IRN IRQ SYR LBN JOR EGY SAU ARE QAT KWT OMN BHR YEM LBY
ZAF NGA ETH KEN SDN DZA MAR TUN""".split())
SECTORS = {"GOV", "MIL", "REB", "OPP", "LEG", "JUD"}
KEYS = {"name", "country", "org", "valid", "sector", "office", "en", "de"}
ORGS = {"UN", "WHO", "WTO", "UNDP", "IAEA", "ARABLEAGUE", "AU", "GCC", "COMMONWEALTH", "OPEC", "ASEAN", "SCO", "OIC"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HDR = re.compile(r"^\[person (P:[a-z0-9]+(?:-[a-z0-9]+)*)\]$")

def slug(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’ʼ`]", "", s)
    return "P:" + "-".join(re.findall(r"[a-z0-9]+", s))

def key(d):  # comparable tuple, missing parts as lowest/highest
    return tuple(int(x) for x in d.split("-"))

errors, seen, n, blocks = [], {}, 0, {}
for f in FILES:
    try:
        lines = open(f, encoding="utf-8").read().split("\n")
    except FileNotFoundError:
        continue
    cur = None
    def finish(c):
        if c is None: return
        for k in ("name", "sector", "office", "en"):
            if k not in c["keys"]:
                errors.append(f"{f}:{c['line']}: {c['id']} missing {k}")
        if ("country" in c["keys"]) == ("org" in c["keys"]):
            errors.append(f"{f}:{c['line']}: {c['id']} needs exactly one of country/org")
        blocks.setdefault(c["id"], []).append((f, c["line"], c.get("valid")))
        if "name" in c["keys"] and slug(c["name"]) != c["id"]:
            print(f"warn {f}:{c['line']}: id {c['id']} != slug(name) {slug(c['name'])}")
    for i, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line: continue
        m = HDR.match(line)
        if m:
            finish(cur); n += 1
            pid = m.group(1)
            seen.setdefault(pid, f"{f}:{i}")
            cur = {"id": pid, "line": i, "keys": set()}
            continue
        if line.startswith("["):
            errors.append(f"{f}:{i}: bad header {line!r}"); continue
        if cur is None or ":" not in line:
            errors.append(f"{f}:{i}: stray line {line!r}"); continue
        k, v = (x.strip() for x in line.split(":", 1))
        if k not in KEYS: errors.append(f"{f}:{i}: unknown key {k}")
        if not v: errors.append(f"{f}:{i}: empty value for {k}")
        cur["keys"].add(k)
        if k == "name": cur["name"] = v
        elif k == "country" and v not in ISO: errors.append(f"{f}:{i}: bad country {v}")
        elif k == "org" and v not in ORGS: errors.append(f"{f}:{i}: unknown org {v}")
        elif k == "valid":
            a, _, b = v.partition("..")
            if ".." not in v or any(d and not DATE.match(d) for d in (a, b)):
                errors.append(f"{f}:{i}: bad valid {v!r}")
            cur["valid"] = (a, b)
        elif k == "sector" and v not in SECTORS: errors.append(f"{f}:{i}: bad sector {v}")
        elif k == "office":
            parts = [p.strip() for p in v.split("|")]
            if len(parts) != 2 or ".." not in parts[1]:
                errors.append(f"{f}:{i}: bad office {v!r}"); continue
            a, b = parts[1].split("..", 1)
            for d in (a, b):
                if d and not DATE.match(d): errors.append(f"{f}:{i}: bad date {d!r}")
            if not a: errors.append(f"{f}:{i}: office without start")
            if a and b and DATE.match(a) and DATE.match(b):
                ka, kb = key(a), key(b)
                n_ = min(len(ka), len(kb))
                if ka[:n_] > kb[:n_]: errors.append(f"{f}:{i}: FROM > TO in {v!r}")
        elif k in ("en", "de"):
            alts = [p.strip() for p in v.split("|")]
            if any(not p for p in alts): errors.append(f"{f}:{i}: empty alternative")
            if any(p.lower() in ("kim", "li", "lee", "park", "wang", "zhang") for p in alts):
                errors.append(f"{f}:{i}: ambiguous bare name in {v!r}")
    finish(cur)
# several blocks with one id: each needs its own non-overlapping valid period
for pid, bl in blocks.items():
    if len(bl) < 2: continue
    unbounded = [b for b in bl if b[2] is None]
    if len(unbounded) > 1:
        errors.append(f"{bl[0][0]}:{bl[0][1]}: {pid} has {len(bl)} blocks, all but one need valid:")
    if unbounded:
        continue  # main block + period-limited alias blocks (bare surnames)
    def lo(d): return key(d) if d else (0,)
    def hi(d): return key(d) if d else (99999,)
    spans = sorted((lo(a), hi(b)) for _, _, (a, b) in bl)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 <= b1: errors.append(f"{bl[0][0]}:{bl[0][1]}: {pid} blocks overlap")
n = len(blocks)
for e in errors: print(e)
print(f"{n} persons, {len(errors)} errors")
sys.exit(1 if errors else 0)
