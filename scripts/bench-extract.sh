#!/bin/sh
# bench-extract.sh — pages per second and peak memory of `gouji extract`
# against `pdftotext -layout` on the same files (poppler-utils).
#
#   scripts/bench-extract.sh [FILE.pdf ...]   (default: every corpus PDF)
#
# Each tool runs 5 times per file; the best wall time is reported (the
# least disturbed run), with the peak resident set size from GNU time.
set -eu
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null || { echo "needs pdftotext (apt-get install poppler-utils)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
bin=$(mktemp -d)/gouji
CGO_ENABLED=0 go build -o "$bin" ./cmd/gouji
[ $# -gt 0 ] || set -- corpus/synthetic/*.pdf corpus/real/*.pdf
runs=5
measure() { # prints "best_seconds peak_kb" for the command "$@"
  best=999999; peak=0
  i=0
  while [ $i -lt $runs ]; do
    /usr/bin/time -f '%e %M' -o /tmp/bench.$$ "$@" >/dev/null 2>&1 || true
    read -r s kb < /tmp/bench.$$
    best=$(awk -v a="$best" -v b="$s" 'BEGIN{print (b<a)?b:a}')
    peak=$(awk -v a="$peak" -v b="$kb" 'BEGIN{print (b>a)?b:a}')
    i=$((i+1))
  done
  rm -f /tmp/bench.$$
  echo "$best $peak"
}
printf '%-34s %5s  %9s %9s %8s  %9s %9s %8s\n' file pages 'gouji s' 'pages/s' 'MB' 'pdftotext' 'pages/s' 'MB'
for f in "$@"; do
  pages=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
  set -- $(measure "$bin" extract "$f"); gs=$1; gk=$2
  set -- $(measure pdftotext -layout "$f" -); ps=$1; pk=$2
  awk -v f="$(basename "$f")" -v n="$pages" -v gs="$gs" -v gk="$gk" -v ps="$ps" -v pk="$pk" 'BEGIN{
    gr = (gs>0)? n/gs : 0; pr = (ps>0)? n/ps : 0
    printf "%-34s %5d  %9.3f %9.0f %8.1f  %9.3f %9.0f %8.1f\n", f, n, gs, gr, gk/1024, ps, pr, pk/1024 }'
done
