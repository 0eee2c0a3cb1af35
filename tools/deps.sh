#!/usr/bin/env bash
# Installs the Debian packages listed in tools/packages.txt (or the list
# file given as the argument) that are missing.
# Does nothing (no apt-get at all) when every package is already installed,
# so it is quick and safe to run before every build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
missing=()
while IFS= read -r pkg; do
  pkg=${pkg%%#*}
  pkg=$(echo "$pkg" | tr -d '[:space:]')
  [ -n "$pkg" ] || continue
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then
    missing+=("$pkg")
  fi
done < "${1:-$here/packages.txt}"
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
