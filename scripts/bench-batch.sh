#!/bin/sh
# bench-batch.sh — throughput of a batch run: `gouji check --format jsonl`
# over the corpus PDFs repeated to at least 200 files, next to pdftotext
# over the same files (one process per file, 2 at a time, as xargs -P 2).
#
#   scripts/bench-batch.sh [COPIES] [JOBS]
#
# Prints files/s, pages/s and peak resident memory (GNU time).
set -eu
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null || { echo "needs pdftotext (apt-get install poppler-utils)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
copies_arg=${1:-}
jobs=${2:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/gouji" ./cmd/gouji
mkdir "$work/in"
set -- corpus/synthetic/*.pdf corpus/real/*.pdf
per=$(( (200 + $# - 1) / $# ))
copies=${copies_arg:-$per}
n=0; pages=0
for f in "$@"; do
  p=$(pdfinfo "$f" | awk '/^Pages:/{print $2}')
  i=0
  while [ $i -lt "$copies" ]; do
    ln -s "$PWD/$f" "$work/in/$(basename "$f" .pdf)-$i.pdf"
    i=$((i+1)); n=$((n+1)); pages=$((pages+p))
  done
done
echo "$n files, $pages pages, $jobs jobs"
/usr/bin/time -f '%e %M' -o "$work/t1" "$work/gouji" check --format jsonl --fail-on never --jobs "$jobs" "$work/in" > "$work/out.jsonl"
/usr/bin/time -f '%e %M' -o "$work/t2" sh -c "ls '$work'/in/*.pdf | xargs -P $jobs -I{} pdftotext -layout {} /dev/null"
lines=$(wc -l < "$work/out.jsonl")
[ "$lines" -eq "$n" ] || { echo "expected $n JSON lines, got $lines" >&2; exit 1; }
read -r gs gk < "$work/t1"
read -r ps pk < "$work/t2"
awk -v n="$n" -v pg="$pages" -v gs="$gs" -v gk="$gk" -v ps="$ps" -v pk="$pk" 'BEGIN{
  printf "%-22s %8s %9s %9s %12s\n", "", "seconds", "files/s", "pages/s", "peak MB"
  printf "%-22s %8.2f %9.1f %9.0f %12.1f\n", "gouji check (jsonl)", gs, n/gs, pg/gs, gk/1024
  printf "%-22s %8.2f %9.1f %9.0f %12.1f\n", "pdftotext -layout", ps, n/ps, pg/ps, pk/1024
}'
