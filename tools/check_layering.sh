#!/usr/bin/env bash
# Rejects #include lines that go against the module arrows of STYLE.md:
#   base -> std only; graph -> base; extract, store, viz -> base, graph;
#   cli -> everything. Tests and benchmarks may include anything.
# Also keeps third-party types out of store/ and viz/ headers.
# Usage: tools/check_layering.sh [REPO_ROOT]   (exit 1 on any violation)
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"

allowed() {
  case "$1" in
    base) echo "base" ;;
    graph) echo "base graph" ;;
    extract|store|viz) echo "base graph $1" ;;
    cli) echo "base graph extract store viz cli" ;;
  esac
}

fail=0
for module in base graph extract store viz cli; do
  [ -d "$module" ] || continue
  # One grep and one awk per module (a sed per include line took 10 s).
  if ! { grep -rn '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$module" \
           --include='*.h' --include='*.cc' || true; } |
       awk -v module="$module" -v ok=" $(allowed "$module") " '
         {
           split($0, parts, ":")  # file, line, text (paths hold no colon)
           inc = $0
           sub(/^[^"]*"/, "", inc)
           sub(/".*$/, "", inc)
           slash = index(inc, "/")
           if (slash == 0) next  # same-folder relative include
           dep = substr(inc, 1, slash - 1)
           if (index(ok, " " dep " ") == 0) {
             printf "%s:%s: \047%s\047 must not include \"%s\" (allowed:%s)\n", parts[1], parts[2], module, inc, substr(ok, 1, length(ok) - 1)
             bad = 1
           }
         }
         END { exit bad }'; then
    fail=1
  fi
done

# Third-party types stay out of store/ and viz/ headers (STYLE.md §1).
while IFS= read -r hit; do
  echo "$hit: third-party header in a public store/viz header"; fail=1
done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(rocksdb|graphviz|gvc|cgraph)' -r store viz --include='*.h' 2>/dev/null || true)

if [ "$fail" -ne 0 ]; then
  echo "layering check failed" >&2
  exit 1
fi
echo "layering check passed"
