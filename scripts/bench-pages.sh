#!/bin/sh
# bench-pages.sh — time and peak memory of `gouji check` on one report of
# 10, 100 and 1,000 pages, built with qpdf by repeating a corpus report.
# Time should grow linearly with pages and memory stay far below 500 MB:
# pages are read in parallel and assembled a window at a time.
#
#   scripts/bench-pages.sh [SOURCE.pdf]
set -eu
cd "$(dirname "$0")/.."
command -v qpdf >/dev/null || { echo "needs qpdf (apt-get install qpdf)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
src=${1:-corpus/real/putuo-czj-2024-final.pdf}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/gouji" ./cmd/gouji
pages=$(qpdf --show-npages "$src")
copies=$(( (1000 + pages - 1) / pages ))
set --
i=0
while [ $i -lt "$copies" ]; do set -- "$@" "$src"; i=$((i+1)); done
qpdf --empty --pages "$@" -- "$work/all.pdf"
printf '%6s %9s %10s %12s\n' pages seconds 'ms/page' 'peak MB'
for n in 10 100 1000; do
  qpdf --empty --pages "$work/all.pdf" "1-$n" -- "$work/p$n.pdf"
  best=999999; peak=0
  for run in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/t" "$work/gouji" check --format jsonl --fail-on never "$work/p$n.pdf" > /dev/null
    read -r s kb < "$work/t"
    best=$(awk -v a="$best" -v b="$s" 'BEGIN{print (b<a)?b:a}')
    peak=$(awk -v a="$peak" -v b="$kb" 'BEGIN{print (b>a)?b:a}')
  done
  awk -v n="$n" -v s="$best" -v kb="$peak" 'BEGIN{printf "%6d %9.2f %10.2f %12.1f\n", n, s, 1000*s/n, kb/1024}'
done
