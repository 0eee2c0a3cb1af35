#!/usr/bin/env python3
"""Check the core actor lexicon files (extract/lexicon/*.txt) for format errors.

Usage: tools/check_lexicon.py [FILE ...]   (default: the core files)
Prints one line per problem and a summary; exits 1 if there were errors.
The format is described in doc/lexicon.md.
"""
import re
import sys
import unicodedata
from collections import defaultdict

CORE = ["states", "igos", "institutions", "groups", "agents"]
DEFAULT_FILES = [f"extract/lexicon/{n}.txt" for n in CORE]

KINDS = {"state", "igo", "institution", "group", "person", "agent"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "MED", "BUS", "NGO", "CVL",
           "IGO", "SPY", "POL", "PTY", "ELI", "EDU", "REL", "LAB", "HLH", "REF",
           "IMG", "CRM", "AGR", "ENV", "UAF", "SET", "MOD", "RAD"}
AGENT_KINDS = {"person", "institution", "people"}
COMMON = {"name", "country", "sector", "role", "en", "de", "valid"}
ALLOWED = {
    "state": COMMON | {"en.adj", "de.adj", "en.people", "de.people",
                       "en.capital", "de.capital"},
    "igo": COMMON | {"en.adj", "de.adj", "en.capital", "de.capital"},
    "institution": COMMON,
    "group": COMMON | {"en.adj", "de.adj"},
    "person": COMMON | {"office"},
    "agent": COMMON | {"kind"},
}
SINGLE = {"name", "country", "sector", "role", "valid", "kind"}
HEADER = re.compile(r"^\[(\w+) ([^\]\s]+)\]$")
CODE = re.compile(r"^[A-Z]{3}$")
DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
VALID = re.compile(rf"^({DATE})?\.\.({DATE})?$")
ID_BY_KIND = {
    "state": re.compile(r"^[A-Z]{3}$"),
    "igo": re.compile(r"^[A-Z0-9]+$"),
    "institution": re.compile(r"^[A-Z]{3}-[A-Z0-9]+(?:-[A-Z0-9]+)*$"),
    "group": re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$"),
    "agent": re.compile(r"^[a-z]+(?:-[a-z]+)*$"),
    "person": re.compile(r"^P:[a-z0-9]+(?:-[a-z0-9]+)*$"),
}


def fold(s):
    """Case- and accent-insensitive form, as the matcher compares aliases."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def date_key(d):
    return tuple(int(x) for x in d.split("-"))


def parse(path, errors):
    entries = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        for no, raw in enumerate(fh, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            where = f"{path}:{no}"
            m = HEADER.match(line)
            if m:
                kind, eid = m.groups()
                if kind not in KINDS:
                    errors.append(f"{where}: unknown kind {kind!r}")
                elif not ID_BY_KIND[kind].match(eid):
                    errors.append(f"{where}: bad {kind} id {eid!r}")
                cur = {"kind": kind, "id": eid, "where": where, "keys": defaultdict(list)}
                entries.append(cur)
                continue
            if line.startswith("["):
                errors.append(f"{where}: malformed header {line!r}")
                continue
            if cur is None or ":" not in line:
                errors.append(f"{where}: line outside an entry or without 'key:' {line!r}")
                continue
            key, value = (x.strip() for x in line.split(":", 1))
            if not value:
                errors.append(f"{where}: empty value for {key}")
                continue
            if key not in ALLOWED.get(cur["kind"], set()):
                errors.append(f"{where}: key {key!r} not allowed in {cur['kind']} entry")
            alts = [a.strip() for a in value.split("|")]
            if any(not a for a in alts):
                errors.append(f"{where}: empty alternative in {value!r}")
            if "  " in value:
                errors.append(f"{where}: double space in {value!r}")
            cur["keys"][key].append((where, value, alts))
    return entries


def check_entry(e, errors, warnings):
    k, keys, where = e["kind"], e["keys"], e["where"]
    for key in SINGLE:
        if len(keys.get(key, [])) > 1:
            errors.append(f"{where}: {e['id']}: key {key} given more than once")
    if k in ("state", "igo", "institution", "group", "agent") and "name" not in keys and k != "agent":
        errors.append(f"{where}: {e['id']}: missing name")
    if k == "state":
        if "en" not in keys or "de" not in keys:
            errors.append(f"{where}: {e['id']}: state needs en and de names")
        if "country" in keys:
            errors.append(f"{where}: {e['id']}: state must not have country (the id is the code)")
        for key in ("de.adj",):
            for w, v, alts in keys.get(key, []):
                for a in alts:
                    if a != a.lower():
                        errors.append(f"{w}: de.adj stem must be lower case: {a!r}")
    if k in ("institution",):
        for key in ("country", "sector"):
            if key not in keys:
                errors.append(f"{where}: {e['id']}: institution needs {key}")
        if "country" in keys and not e["id"].startswith(keys["country"][0][1] + "-"):
            warnings.append(f"{where}: {e['id']}: id prefix differs from country {keys['country'][0][1]}")
    if k == "group" and "sector" not in keys:
        errors.append(f"{where}: {e['id']}: group needs sector")
    if k == "agent":
        for key in ("kind", "role"):
            if key not in keys:
                errors.append(f"{where}: {e['id']}: agent needs {key}")
        for w, v, _ in keys.get("kind", []):
            if v not in AGENT_KINDS:
                errors.append(f"{w}: agent kind must be one of {sorted(AGENT_KINDS)}: {v!r}")
    if k != "state" and not any(x in keys for x in ("en", "de")):
        errors.append(f"{where}: {e['id']}: no en or de names")
    for w, v, _ in keys.get("country", []):
        if not CODE.match(v):
            errors.append(f"{w}: country must be 3 upper-case letters: {v!r}")
    for w, v, _ in keys.get("sector", []):
        if v not in SECTORS:
            errors.append(f"{w}: unknown sector {v!r}")
    for w, v, _ in keys.get("valid", []):
        m = VALID.match(v)
        if not m:
            errors.append(f"{w}: bad valid range {v!r} (want FROM..TO)")
        elif m.group(1) and m.group(2):
            a, b = date_key(m.group(1)), date_key(m.group(2))
            n = min(len(a), len(b))
            if a[:n] > b[:n]:
                errors.append(f"{w}: valid range FROM after TO: {v!r}")


def main(argv):
    files = argv[1:] or DEFAULT_FILES
    errors, warnings = [], []
    all_entries = []
    for f in files:
        try:
            all_entries += parse(f, errors)
        except FileNotFoundError:
            warnings.append(f"{f}: not found (skipped)")
    states = {e["id"] for e in all_entries if e["kind"] == "state"}
    known = states | {"ESH"}
    seen = {}
    alias_owner = defaultdict(set)
    for e in all_entries:
        check_entry(e, errors, warnings)
        ident = (e["kind"], e["id"])
        has_valid = "valid" in e["keys"]
        if ident in seen and not (has_valid or seen[ident]):
            errors.append(f"{e['where']}: duplicate {e['kind']} {e['id']} without valid: (first at {seen[ident][0]})")
        seen.setdefault(ident, (e["where"], has_valid))
        for w, v, _ in e["keys"].get("country", []):
            if states and CODE.match(v) and v not in known:
                errors.append(f"{w}: country {v} has no [state {v}] entry")
        for key in ("en", "de", "en.capital", "de.capital", "en.people", "de.people"):
            for w, v, alts in e["keys"].get(key, []):
                for a in alts:
                    alias_owner[(key.split(".")[0], fold(a))].add(
                        (e["kind"], e["id"], bool(e["keys"].get("valid"))))
    # Same alias for two different actors is legal (the extractor decides,
    # e.g. by date), but worth a look unless a valid: range separates them.
    for (lang, alias), owners in sorted(alias_owner.items()):
        ids = {(k, i) for k, i, _ in owners}
        if len(ids) > 1 and not any(v for _, _, v in owners):
            warnings.append(f"shared {lang} alias {alias!r}: " +
                            ", ".join(f"{k} {i}" for k, i in sorted(ids)))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    counts = defaultdict(int)
    for e in all_entries:
        counts[e["kind"]] += 1
    print("entries:", ", ".join(f"{k} {n}" for k, n in sorted(counts.items())),
          f"| {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
