#!/usr/bin/env bash
# What counting views costs an article page: the same app twice on one database, counting on and off,
# driven by wrk in alternating rounds in one run (the machine is shared and noisy), every request a new
# reader. Prints each round, the medians and their ratio. Target: counting costs at most 10%.
#   bench/counters.sh [rounds] [seconds-per-round] [page-cache]    (defaults 3, 10 and on)
# With the page cache on (as shipped) the page is a copy from memory and counting is most of the work
# left; with it off ("off") the page is rendered and counting is measured against that.
set -euo pipefail
rounds=${1:-3}
seconds=${2:-10}
caching=$([ "${3:-on}" = off ] && echo false || echo true)
source "$(dirname "$0")/common.sh"

start_app 5101 Counters__Enabled=true Caching__Enabled="$caching"   # first, alone: it creates and seeds the database
start_app 5102 Counters__Enabled=false Caching__Enabled="$caching"
echo "page cache: $([ "$caching" = true ] && echo on || echo off)"

article=$(newest_article 5101)
echo "article page: $article"
run() { # port → requests per second
    wrk -t1 -c8 -d"${seconds}s" -s "$root/bench/new-reader-each-request.lua" "http://127.0.0.1:$1$article" \
        | awk '/Requests\/sec/ { print $2 }'
}
run 5101 >/dev/null; run 5102 >/dev/null   # warm-up, not counted

on=(); off=()
for round in $(seq "$rounds"); do
    on+=("$(run 5101)"); off+=("$(run 5102)")
    echo "round $round: counting on ${on[-1]} req/s, counting off ${off[-1]} req/s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
on_median=$(median "${on[@]}"); off_median=$(median "${off[@]}")
awk -v on="$on_median" -v off="$off_median" 'BEGIN {
    printf "median: counting on %.0f req/s, off %.0f req/s; on/off = %.3f (counting costs %.1f%%)\n", on, off, on / off, (1 - on / off) * 100
}'
sleep 12   # one flush interval, so the counts below are in the database
echo "views stored for the article: $(curl -fs "http://127.0.0.1:5101$article" | grep -o 'Lượt xem: [0-9.]*')"
