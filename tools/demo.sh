#!/usr/bin/env bash
# The main job, end to end, on examples/: installs missing packages, builds
# dipgraph in Release, extracts events from every example article, ingests
# them into a fresh database, runs one query of each kind, renders two
# diagrams and exports the database. Everything lands in examples/out/.
# The test suite runs it with a built binary (no set-up, no build) and its
# own output folder: DIPGRAPH_BIN=PATH DIPGRAPH_DEMO_OUT=DIR tools/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${DIPGRAPH_BIN:-}" ]; then
  bin=$DIPGRAPH_BIN
else
  bash tools/deps.sh
  cmake --preset release >/dev/null
  cmake --build --preset release -j "$(nproc)" --target dipgraph
  bin=build/release/cli/dipgraph
fi
out=${DIPGRAPH_DEMO_OUT:-examples/out}
db=$out/dipgraph.db
rm -rf "$out"
mkdir -p "$out"
step() { printf '\n== %s\n' "$*"; }

step "extract: examples/articles/*.jsonl -> $out/events.jsonl"
"$bin" extract examples/articles/*.jsonl > "$out/events.jsonl"
python3 - "$out/events.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
print(f"{len(rows)} events")
for e in rows:
    d = e["date"]["value"] or "?"
    print(f'  {e["article"][:26]:<26} {d:<10} {e["source"]["name"][:22]:<22} '
          f'{e["action"]["code"]:<4} {e["action"]["label"][:32]:<32} {e["target"]["name"][:22]}')
PY

step "ingest into $db"
"$bin" ingest --db "$db" examples/articles/*.jsonl
step "stats"
"$bin" stats --db "$db"
step "timeline USA AZE (who talked to whom, in date order)"
"$bin" timeline --db "$db" USA AZE
step "path Katar IAEA (how are they connected?)"
"$bin" path --db "$db" Katar IAEA
step "path --time-respecting IAEA Katar (in time order)"
"$bin" path --db "$db" --time-respecting IAEA Katar
step "neighbors Blinken"
"$bin" neighbors --db "$db" Blinken
step "top pairs by year"
"$bin" top --db "$db" --by pairs --period year --limit 5
step "render"
"$bin" render --db "$db" -o "$out/network.png"
"$bin" render --db "$db" --timeline USA -o "$out/timeline_usa.png"
"$bin" render --db "$db" --center AZE --hops 2 -o "$out/ego_aze.svg"
step "export csv and graphml -> $out/export"
"$bin" export --db "$db" --format csv --out "$out/export/csv"
"$bin" export --db "$db" --format graphml --out "$out/export/graphml"
printf '\nDone. Diagrams: %s/network.png, %s/timeline_usa.png, %s/ego_aze.svg\n' "$out" "$out" "$out"
