#!/usr/bin/env bash
# Contests at scale (issue 20), through the real app (Release build, Kestrel on 127.0.0.1, SQLite, logging
# as shipped), on the demo contest's open round (bench/quiz-load.cs drives it):
#  1. After a warm-up at the same rate, new participants arriving at a steady rate for S seconds, each a new person who registers, starts,
#     spends 1–3 s on the questions and submits, as a browser does: completed attempts per second, how many
#     are at once, and the submit's p50/p95/p99 at that rate; then the database is counted, to show every
#     completed attempt stored once.
#  2. The most the server completes: 100 participants at once with no time on the questions.
#  3. A round of 1,000,000 attempts by 500,000 people (generated in the database): the ranking page's first
#     rendering, which computes the ranking, and the next, served from the page cache.
# The captcha is off for the load (a script cannot read it; the captcha's own cost is a database read and
# write per attempt, measured by the feedback tests' load test), and the per-address limit is lifted: every
# participant comes from 127.0.0.1.
#   bench/quiz.sh [arrivals per second] [seconds]    (defaults 300 and 60)
set -euo pipefail
rate=${1:-300}
seconds=${2:-60}
port=5099
source "$(dirname "$0")/common.sh"
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }

start_app "$port" Contests__CaptchaRequired=false Contests__StartsPerAddressPerWindow=1000000
base="http://127.0.0.1:$port"
db="$data/tuyengiao.db"
slug=$(sqlite3 "$db" "SELECT Slug FROM Contests ORDER BY Id LIMIT 1")
unit=$(sqlite3 "$db" "SELECT Id FROM ContestUnits ORDER BY Id LIMIT 1")
submitted() { sqlite3 "$db" "SELECT COUNT(*) FROM ContestAttempts WHERE SubmittedAt IS NOT NULL"; }
load() { dotnet run "$root/bench/quiz-load.cs" -- "$base" "/cuoc-thi/$slug" "$unit" "$@"; }
completed() { sed -n 's/^completed=//p' <<<"$1"; }

echo "== $(nproc) cores; the load generator runs on the same machine as the app"
before=$(submitted)
# The warm-up runs at the measured rate: a jump from idle to that rate keeps submits waiting up to about a
# second for its first few seconds, while the JIT compiles the hot paths again and the thread pool grows.
echo "== warm-up (not measured): $rate new participants a second, 15 s"
printout=$(load 15 paced "$rate" 1 3); echo "$printout"
counted=$(completed "$printout")
echo "== $rate new participants a second, $seconds s"
printout=$(load "$seconds" paced "$rate" 1 3); echo "$printout"
counted=$((counted + $(completed "$printout")))
echo "== the most it completes: 100 participants at once, no time on the questions, 30 s"
printout=$(load 30 flat-out 100); echo "$printout"
counted=$((counted + $(completed "$printout")))
stored=$(( $(submitted) - before ))
echo "stored in the database: $stored submitted attempts; the load generator completed $counted"
[ "$stored" -eq "$counted" ] && echo "every completed attempt stored once" || echo "MISMATCH between completed and stored attempts"

echo "== ranking a round of 1,000,000 attempts by 500,000 people"
round=$(sqlite3 "$db" "SELECT Id FROM ContestRounds ORDER BY Number LIMIT 1")
contest=$(sqlite3 "$db" "SELECT ContestId FROM ContestRounds WHERE Id = $round")
started=$(date +%s.%N)
sqlite3 -cmd ".timeout 30000" "$db" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000)
INSERT INTO ContestParticipants (ContestId, FullName, BirthYear, PhoneKey, PhoneMasked, UnitId, RegisteredAt)
SELECT $contest, 'Người dự thi ' || i, 1950 + i % 50, 'bench-' || i, '09xx xxx ' || substr('00' || (i % 1000), -3),
       (SELECT MIN(Id) FROM ContestUnits) + i % (SELECT COUNT(*) FROM ContestUnits), '2026-01-01 00:00:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000),
     first(id) AS (SELECT MIN(Id) FROM ContestParticipants WHERE PhoneKey = 'bench-1')
INSERT INTO ContestAttempts (RoundId, ParticipantId, Token, OpenFor, StartedAt, DeadlineAt, QuestionIds, OptionOrders, Answers,
                             Prediction, SubmittedAt, Score, TimeUsedMs, IsPerfect)
SELECT $round, (SELECT id FROM first) + i % 500000, printf('b%021d', i), NULL, '2026-01-01 00:00:00', '2026-01-01 00:15:00', '1', '0123', 'A',
       abs(random()) % 200, strftime('%Y-%m-%d %H:%M:%f', '2026-01-01 00:00:00', '+' || (i % 600000) || ' seconds'),
       s, 60000 + abs(random()) % 840000, s = 10
FROM (SELECT i, abs(random()) % 11 AS s FROM n);
COMMIT;
SQL
echo "generated in $(echo "$(date +%s.%N) - $started" | bc) s"
for attempt in "first rendering (computes the ranking)" "second (the page cache)"; do
    curl -fs -o /dev/null -w "$attempt: %{time_total} s\n" "$base/cuoc-thi/$slug/xep-hang?vong=1"
done
curl -fs "$base/cuoc-thi/$slug/xep-hang?vong=1" | grep -o 'Số người trả lời đúng tất cả: <strong>[^<]*' | sed 's/<strong>//'
