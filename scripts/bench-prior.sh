#!/bin/sh
# bench-prior.sh — the cost of pairing reports across years: `gouji check`
# over a folder of 200 reports (copies of corpus/real, so every chain and
# the budget/final pair is in it many times), with the cross-report rules
# (prior-year, budget-final) and without them (--disable).
#
#   scripts/bench-prior.sh [REPORTS] [JOBS]
#
# Prints seconds and peak resident memory (GNU time) of both runs. Not an
# assertion: the numbers go into the closing note of issue 15.
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
want=${1:-200}
jobs=${2:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/gouji" ./cmd/gouji
mkdir "$work/in"
n=0; round=0
while [ $n -lt "$want" ]; do
  for f in corpus/real/*.pdf; do
    [ $n -lt "$want" ] || break
    mkdir -p "$work/in/$round"
    ln -s "$PWD/$f" "$work/in/$round/$(basename "$f")"
    n=$((n+1))
  done
  round=$((round+1))
done
echo "$n reports, $jobs jobs"
# Each run twice, alternating, the first pair warming the file cache; the
# second of each is reported.
for run in 1 2; do
  /usr/bin/time -f '%e %M' -o "$work/t2" "$work/gouji" check --fail-on never --jobs "$jobs" --disable prior-year,budget-final "$work/in" > "$work/without.txt"
  /usr/bin/time -f '%e %M' -o "$work/t1" "$work/gouji" check --fail-on never --jobs "$jobs" "$work/in" > "$work/with.txt"
done
pairs=$(grep -c '^  compared ' "$work/with.txt" || true)
read -r ws wk < "$work/t1"
read -r os ok < "$work/t2"
awk -v ws="$ws" -v wk="$wk" -v os="$os" -v ok="$ok" -v pairs="$pairs" 'BEGIN{
  printf "%-26s %8s %10s\n", "", "seconds", "peak MB"
  printf "%-26s %8.2f %10.1f\n", "with pairing (" pairs " pairs)", ws, wk/1024
  printf "%-26s %8.2f %10.1f\n", "without (--disable)", os, ok/1024
  printf "ratio %.2f× time, %+.1f MB\n", ws/os, (wk-ok)/1024
}'
