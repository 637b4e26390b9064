#!/usr/bin/env bash
# A day of readers (issue 22), through the app as it ships (published, Release, SQLite, the page cache on,
# logging as shipped) on a generated archive: bench/day-load.cs sends requests on a fixed timetable at the
# given rate — articles by a Zipf law over the archive newest first, category pages, searches that seldom
# repeat, a third arriving with a Facebook or Zalo click id, every request a new reader — while an editor
# publishes 10 s in and every 30 s after, which evicts the page cache. A warm-up at the same rate is not counted.
# Goal: p99 under 50 ms at 1,000 req/s on this machine (the load generator shares its two cores).
#   bench/day.sh [article-count] [requests per second] [seconds]    (defaults 100000, 1000, 60)
set -euo pipefail
count=${1:-100000}
rate=${2:-1000}
seconds=${3:-60}
port=5301
source "$(dirname "$0")/common.sh"
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }

echo "== archive: $count generated articles plus the demo content"
app_command generate-archive --count "$count" | tail -n 1
password="Bench@$(date +%s)x"
app_command create-admin --email bien-tap@bench.example.vn --name "Biên tập viên" --password "$password" | head -n 1
start_app "$port"
db="$data/tuyengiao.db"
sqlite3 "$db" "SELECT '/' || c.Slug || '/' || a.Slug || '-' || a.Id FROM Articles a JOIN Categories c ON c.Id = a.CategoryId
               WHERE a.Status = 'Published' ORDER BY a.PublishedAt DESC" > "$data/articles.txt"
sqlite3 "$db" "SELECT '/' || c.Slug || ' ' || MAX(1, ((SELECT COUNT(*) FROM Articles a WHERE a.Status = 'Published'
               AND (a.CategoryId = c.Id OR a.CategoryId IN (SELECT Id FROM Categories WHERE ParentId = c.Id))) + 11) / 12)
               FROM Categories c" > "$data/categories.txt"
sqlite3 "$db" "SELECT SearchTitle FROM Articles ORDER BY random() LIMIT 3000" > "$data/words.txt"
category=$(sqlite3 "$db" "SELECT Id FROM Categories WHERE ParentId IS NOT NULL ORDER BY Id LIMIT 1")
echo "$(wc -l < "$data/articles.txt") published articles, $(wc -l < "$data/categories.txt") categories; $(nproc) cores shared with the load generator"
echo "== $rate req/s, $seconds s after a warm-up of 40 s at the same rate (not counted)"
dotnet run "$root/bench/day-load.cs" -- "http://127.0.0.1:$port" 40 "$seconds" "$rate" "$data/articles.txt" "$data/categories.txt" \
    "$data/words.txt" bien-tap@bench.example.vn "$password" "$category"
echo "peak working set: $(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/${app_pids[0]}/status") MB"
