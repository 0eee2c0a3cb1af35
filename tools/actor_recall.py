#!/usr/bin/env python3
"""Actor recall of the ActorTagger against the dev gold (issue 3 Done-when).

For each gold item, the gold keys are the source/target actor keys of its
non-optional events. An item is "covered" when all its gold keys are among
the keys of its tagged actor mentions. "Extra" keys are tagged keys that no
gold event of the item (optional ones included) uses.

Prints one JSON line per gold file:
  {"gold": "en.jsonl", "items": 119, "scored_items": 80,
   "covered": 0.93, "extra_per_item": 1.4}

Usage:
  tools/actor_recall.py [--dipgraph build/cli/dipgraph] GOLD.jsonl...
  tools/actor_recall.py --mentions MENTIONS.jsonl GOLD.jsonl
The first form runs `dipgraph actors --tag GOLD` (the same writer as
`dipgraph extract --actors`) to get the mentions; the second reads them.
Add --misses to list uncovered items and their missing keys.
"""

import argparse
import json
import subprocess
import sys
from collections import defaultdict


def actor_key(actor):
    """SCHEMA.md "The actor key": id for IGOs and country-less actors."""
    if actor.get("kind") == "igo" or not actor.get("country"):
        return actor.get("id")
    return actor.get("country")


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def mention_keys(lines):
    keys = defaultdict(set)
    for m in lines:
        keys[m["article"]].add(actor_key(m["actor"]))
    return keys


def score(gold_items, keys, misses_out=None):
    scored = covered = 0
    extra_total = 0
    for item in gold_items:
        events = item.get("events", [])
        required = set()
        used = set()
        for e in events:
            used.update([e["source"], e["target"]])
            if not e.get("optional"):
                required.update([e["source"], e["target"]])
        tagged = keys.get(item["id"], set())
        extra_total += len(tagged - used)
        if not required:
            continue
        scored += 1
        if required <= tagged:
            covered += 1
        elif misses_out is not None:
            misses_out.append((item["id"], sorted(required - tagged), sorted(tagged)))
    n = len(gold_items)
    return {
        "items": n,
        "scored_items": scored,
        "covered": round(covered / scored, 4) if scored else None,
        "extra_per_item": round(extra_total / n, 3) if n else None,
    }


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("gold", nargs="+")
    p.add_argument("--dipgraph", default="build/cli/dipgraph")
    p.add_argument("--mentions", help="mentions JSONL (else run dipgraph actors --tag)")
    p.add_argument("--misses", action="store_true")
    args = p.parse_args(argv)
    for gold_path in args.gold:
        if args.mentions:
            lines = load_jsonl(args.mentions)
        else:
            out = subprocess.run([args.dipgraph, "actors", "--tag", gold_path],
                                 check=True, capture_output=True, text=True).stdout
            lines = [json.loads(l) for l in out.splitlines() if l.strip()]
        misses = [] if args.misses else None
        report = score(load_jsonl(gold_path), mention_keys(lines), misses)
        report["gold"] = gold_path.rsplit("/", 1)[-1]
        print(json.dumps(report, sort_keys=True))
        for item_id, missing, tagged in misses or []:
            print(f"  miss {item_id}: missing {missing}, tagged {tagged}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
