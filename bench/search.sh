#!/usr/bin/env bash
# Search latency over a generated archive: the two-word queries in search-queries.lua, typed without
# tones, through the real app (Release build, Kestrel on 127.0.0.1, SQLite). Prints p50/p95/p99.
# The page cache is off: the 30 queries repeat, and a cached page would measure the cache, not search.
#   bench/search.sh [article-count]    (default 100000; generating them takes about two minutes)
set -euo pipefail
count=${1:-100000}
port=5099
source "$(dirname "$0")/common.sh"

app_command generate-archive --count "$count"
start_app "$port" Caching__Enabled=false

echo "== warm-up"
wrk -t1 -c1 -d5s -s "$root/bench/search-queries.lua" "http://127.0.0.1:$port" | tail -2
echo "== one reader at a time, $(nproc) cores, $count generated articles plus the demo content"
wrk -t1 -c1 -d20s -s "$root/bench/search-queries.lua" "http://127.0.0.1:$port" | tail -2
echo "== four readers at once"
wrk -t2 -c4 -d20s -s "$root/bench/search-queries.lua" "http://127.0.0.1:$port" | tail -2
