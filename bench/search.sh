#!/usr/bin/env bash
# Search latency over a generated archive: the two-word queries in search-queries.lua, typed without
# tones, through the real app (Release build, Kestrel on 127.0.0.1, SQLite). Prints p50/p95/p99.
#   bench/search.sh [article-count]    (default 100000; generating them takes about two minutes)
set -euo pipefail
count=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
port=5099
data=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

dotnet build -c Release "$root/src/TuyenGiao.Web" -v quiet -nologo
dll="$root/src/TuyenGiao.Web/bin/Release/net10.0/TuyenGiao.Web.dll"
export ASPNETCORE_ENVIRONMENT=Production Storage__DataFolder="$data" Seeding__DemoContent=true \
    Serilog__MinimumLevel__Default=Warning
(cd "$root/src/TuyenGiao.Web" && dotnet "$dll" generate-archive --count "$count")

(cd "$root/src/TuyenGiao.Web" && exec dotnet "$dll" --urls "http://127.0.0.1:$port") &
app_pid=$!
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

echo "== warm-up"
wrk -t1 -c1 -d5s -s "$root/bench/search-queries.lua" "http://127.0.0.1:$port" | tail -2
echo "== one reader at a time, $(nproc) cores, $count generated articles plus the demo content"
wrk -t1 -c1 -d20s -s "$root/bench/search-queries.lua" "http://127.0.0.1:$port" | tail -2
echo "== four readers at once"
wrk -t2 -c4 -d20s -s "$root/bench/search-queries.lua" "http://127.0.0.1:$port" | tail -2
