#!/usr/bin/env python3
"""Validate person lexicon files (extract/lexicon/persons_*.txt).

Checks: header syntax, id = P:+ascii-hyphenated name, unique ids, known keys,
one of country:/org:, ISO 3166-1 alpha-3 codes, office ROLE | FROM..TO with
valid dates and FROM <= TO, and that en:/de: aliases are present.
Usage: check_persons_a.py FILE...
"""
import re
import sys
import unicodedata

ISO3 = set("""AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB
CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT
KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG
MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA
SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT
VEN VNM YEM ZMB ZWE PSE XKX TWN VAT SUN YUG CSK DDR SCG""".split())
IGO = set("""UN UNHCR UNICEF WHO IAEA IMF WORLDBANK WTO ICC ICJ EU NATO OSCE COE AU ASEAN OAS
ARABLEAGUE GCC OPEC G7 G20 BRICS SCO CSTO CIS ECOWAS OIC GATT EC WEU ECB UNRWA OECD EIB""".split())
# Every [igo ID] of extract/lexicon/igos.txt is accepted as well.
try:
    import os as _os
    _igos = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "extract", "lexicon", "igos.txt")
    for _l in open(_igos, encoding="utf-8"):
        _m = re.match(r"^\[igo ([A-Z0-9]+)\]", _l)
        if _m:
            IGO.add(_m.group(1))
except OSError:
    pass
KEYS = {"name", "country", "org", "sector", "office", "en", "de", "valid"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HDR = re.compile(r"^\[person (P:[a-z0-9]+(?:-[a-z0-9]+)*)\]$")


def ascii_id(name):
    s = unicodedata.normalize("NFKD", name)
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("æ", "ae")
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    s = s.replace("'", "").replace("’", "")  # O'Brien -> obrien, as part B does
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.lower()).strip("-")
    return "P:" + s


def valid_date(d):
    if not DATE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return False
    return 1900 <= parts[0] <= 2030


def check(path, seen, errors, dups, with_valid):
    cur = None
    n = 0

    def finish(entry):
        if entry is None:
            return
        pid, line, kv = entry
        where = f"{path}:{line}: {pid}"
        if "valid" in kv:
            with_valid.add(f"{path}:{line}")
        if "name" not in kv:
            errors.append(f"{where}: no name")
        elif ascii_id(kv["name"][0]) != pid:
            print(f"warning: {where}: id differs from name -> {ascii_id(kv['name'][0])}")
        # An IGO official may carry both: the first office is then the IGO one
        # (the extractor keys that office to org:, the others to country:).
        if "country" not in kv and "org" not in kv:
            errors.append(f"{where}: need country: and/or org:")
        for v in kv.get("valid", []):
            a, sep, b = v.partition("..")
            if not sep or (a and not valid_date(a)) or (b and not valid_date(b)):
                errors.append(f"{where}: bad valid range '{v}'")
        for c in kv.get("country", []):
            if c not in ISO3:
                errors.append(f"{where}: bad ISO code {c}")
        for o in kv.get("org", []):
            if o not in IGO:
                errors.append(f"{where}: unknown IGO {o}")
        if "office" not in kv:
            errors.append(f"{where}: no office")
        for off in kv.get("office", []):
            parts = [p.strip() for p in off.split("|")]
            if len(parts) != 2 or ".." not in parts[1]:
                errors.append(f"{where}: bad office '{off}'")
                continue
            a, b = parts[1].split("..", 1)
            if not valid_date(a) or (b and not valid_date(b)):
                errors.append(f"{where}: bad date in '{off}'")
                continue
            if b and a[: len(b)] > b[: len(a)]:
                errors.append(f"{where}: FROM > TO in '{off}'")
        if "en" not in kv:
            errors.append(f"{where}: no en aliases")
        for k in ("en", "de"):
            for v in kv.get(k, []):
                al = [x.strip() for x in v.split("|")]
                if any(not x for x in al):
                    errors.append(f"{where}: empty alias in {k}")

    for i, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            finish(cur)
            m = HDR.match(line)
            if not m:
                errors.append(f"{path}:{i}: bad header {line}")
                cur = None
                continue
            pid = m.group(1)
            if pid in seen:
                dups.append((pid, f"{path}:{i}", seen[pid]))
            seen[pid] = f"{path}:{i}"
            cur = (pid, i, {})
            n += 1
            continue
        if ":" not in line:
            errors.append(f"{path}:{i}: not key: value")
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k not in KEYS:
            errors.append(f"{path}:{i}: unknown key {k}")
        if cur is None:
            errors.append(f"{path}:{i}: key outside entry")
            continue
        cur[2].setdefault(k, []).append(v)
    finish(cur)
    return n


def main():
    seen, errors, total, dups, with_valid = {}, [], 0, [], set()
    for p in sys.argv[1:]:
        n = check(p, seen, errors, dups, with_valid)
        print(f"{p}: {n} persons")
        total += n
    # The same id may repeat only as period-split entries, each with valid:.
    for pid, here, first in dups:
        if here not in with_valid or first not in with_valid:
            errors.append(f"{here}: duplicate id {pid} (first {first}) without valid:")
    print(f"total: {total} persons")
    for e in errors:
        print(e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
