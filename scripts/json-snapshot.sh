#!/bin/sh
# json-snapshot.sh OUT_DIR [DIR...]: writes `gouji check --format json` of
# every report under the given folders (default: corpus/) into OUT_DIR, one
# file per report, so that two snapshots can be compared with `diff -r`.
# A refactoring that must not change behaviour shows an empty diff:
#   scripts/json-snapshot.sh /tmp/before; (change); scripts/json-snapshot.sh /tmp/after
#   diff -r /tmp/before /tmp/after
set -eu
out=$1; shift
[ $# -gt 0 ] || set -- corpus
mkdir -p "$out"
bin=$(mktemp -d)/gouji
go build -o "$bin" ./cmd/gouji
find "$@" -type f \( -name '*.pdf' -o -name '*.txt' \) | sort | while read -r f; do
  name=$(echo "$f" | tr '/' '_')
  "$bin" check --format json --fail-on never "$f" >"$out/$name.json" 2>"$out/$name.stderr" || true
done
rm -rf "$(dirname "$bin")"
