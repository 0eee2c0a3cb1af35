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
  ok=$(allowed "$module")
  while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    inc=$(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' <<<"${rest#*:}")
    [ -n "$inc" ] || continue
    dep=${inc%%/*}
    [ "$dep" = "$inc" ] && continue  # same-folder relative include
    case " $ok " in
      *" $dep "*) ;;
      *) echo "$file:$line: '$module' must not include \"$inc\" (allowed: $ok)"; fail=1 ;;
    esac
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' -r "$module" --include='*.h' --include='*.cc' || true)
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
