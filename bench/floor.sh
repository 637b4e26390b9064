#!/usr/bin/env bash
# Where the cached article page's distance from nginx comes from: the same bytes, side by side in one run,
# from nginx, from Kestrel alone (bench/kestrel-floor.cs: no middleware, no logging) and from the portal's
# page cache, with the CPU each server spends per request (from /proc, over the run). Demo content only:
# a cached page does not depend on the archive's size. Every request is a new reader, as in speed.sh.
#   bench/floor.sh [seconds-per-run] [rounds]    (defaults 8, 3)
set -euo pipefail
seconds=${1:-8}
rounds=${2:-3}
source "$(dirname "$0")/common.sh"
portal=5401
nginx=5402
floor=5403

start_app "$portal"
article=$(newest_article "$portal")
serve_page_with_nginx "$nginx" "http://127.0.0.1:$portal$article"
dotnet build -v quiet -nologo "$root/bench/kestrel-floor.cs" >/dev/null
dotnet run --no-build "$root/bench/kestrel-floor.cs" -- "$data/static/article.html" "http://127.0.0.1:$floor" >/dev/null 2>&1 &
app_pids+=($!)
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$floor/" >/dev/null && break; sleep 1; done
echo "article: $article ($(wc -c < "$data/static/article.html") bytes)"

cpu_ticks() { # all processes whose command line names the port → utime + stime, in clock ticks
    local total=0
    for pid in $(pgrep -f "$1"); do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done
    echo "$total"
}
run() { # name url process-pattern → "name req/s µs-of-CPU-per-request"
    local before after rps
    before=$(cpu_ticks "$3")
    rps=$(wrk -t2 -c16 -d"${seconds}s" -s "$root/bench/new-reader-each-request.lua" "$2" | awk '/Requests\/sec/ { print $2 }')
    after=$(cpu_ticks "$3")
    awk -v n="$1" -v r="$rps" -v t=$((after - before)) -v s="$seconds" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%s %.0f req/s, %.1f us CPU/request;", n, r, t * 1e6 / hz / (r * s) }'
}

seconds_per_run=$seconds; seconds=10
run warm-up "http://127.0.0.1:$portal$article" "127.0.0.1:$portal" >/dev/null
run warm-up "http://127.0.0.1:$floor/" "127.0.0.1:$floor" >/dev/null
seconds=$seconds_per_run
for round in $(seq "$rounds"); do
    echo "round $round: $(run nginx "http://127.0.0.1:$nginx/article.html" "nginx: worker") $(run kestrel-alone "http://127.0.0.1:$floor/" "127.0.0.1:$floor") $(run portal-cached "http://127.0.0.1:$portal$article" "127.0.0.1:$portal")"
done
