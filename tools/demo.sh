#!/usr/bin/env bash
# The main job, end to end, on examples/: installs missing packages, builds
# dipgraph in Release, extracts events from every example article and
# prints them. (Later steps — ingest, query, render — are added here as the
# commands land; each step's output goes to examples/out/.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target dipgraph
bin=build/release/cli/dipgraph
out=examples/out
mkdir -p "$out"
echo "== extract: examples/articles/*.jsonl -> $out/events.jsonl"
"$bin" extract examples/articles/*.jsonl > "$out/events.jsonl"
echo "   $(wc -l < "$out/events.jsonl") events"
python3 - "$out/events.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    d = e["date"]["value"] or "?"
    print(f'   {e["article"][:28]:<28} {d:<10} {e["source"]["name"][:24]:<24} '
          f'{e["action"]["code"]:<4} {e["action"]["label"][:34]:<34} {e["target"]["name"][:24]}')
PY
