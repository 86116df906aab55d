#!/usr/bin/env bash
# The notebooks ship with the package: install offerkit[notebooks] into a fresh venv, then run
# `offerkit report` from an empty directory (no clone around it) and check that index.html is written.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 -m venv v
v/bin/pip install --quiet --upgrade pip
v/bin/pip install --quiet "${checkout}[notebooks]"
v/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
v/bin/offerkit sample small.csv --applications 40 --seed 3 >/dev/null
v/bin/offerkit report small.csv --out r >/dev/null
test -s r/index.html
# without the extra, the report names the extra to install (one line, exit 2)
python3 -m venv bare
bare/bin/pip install --quiet "${checkout}"
set +e
bare/bin/offerkit report small.csv --out r2 2>err.txt
code=$?
set -e
grep -q 'pip install "offerkit\[notebooks\]"' err.txt
test "$code" -eq 2
echo "install check: offerkit report works from an empty directory after pip install; without the extra it names it (exit 2)"
