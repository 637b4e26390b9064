#!/usr/bin/env bash
# Four figures on a generated archive, in one run, side by side (the machine is shared and noisy, so only
# ratios measured in the same run mean anything). The reference is the machine's own limit: nginx serving
# the article page's exact bytes as a static file. Logging is on as shipped, in the app and in nginx.
#   1. cached article page ÷ nginx, throughput                              (goal ≥ 0.7)
#   2. uncached article page ÷ nginx, throughput, with p99                  (goal ≥ 0.08)
#   3. category page 2,000 ÷ category page 1, latency (uncached)            (goal ≤ 2)
#   4. peak working set of the app under that load                          (goal < 400 MB)
# Two Release instances on one SQLite database: one with the output cache, one without.
#   bench/speed.sh [article-count] [seconds-per-run] [rounds]    (defaults 100000, 10, 3)
set -euo pipefail
count=${1:-100000}
seconds=${2:-10}
rounds=${3:-3}
source "$(dirname "$0")/common.sh"
cached=5201
uncached=5202
nginx=5203

echo "== archive: $count generated articles plus the demo content"
started=$(date +%s)
app_command generate-archive --count "$count" | tail -n 1
echo "generated in $(( $(date +%s) - started )) s"
start_app "$cached"
start_app "$uncached" Caching__Enabled=false
cached_pid=${app_pids[0]}
uncached_pid=${app_pids[1]}

# The newest article on the home page, and its exact bytes as a file nginx serves.
article=$(newest_article "$cached")
serve_page_with_nginx "$nginx" "http://127.0.0.1:$uncached$article"
# A category of the menu with a page 2,000 (a top-level one gathers its subcategories' articles).
category=""
for slug in $(curl -fs "http://127.0.0.1:$cached/" | sed -n '/<nav class="menu"/,/<\/nav>/p' | grep -o 'href="/[a-z0-9-][a-z0-9-]*"' | cut -d'"' -f2 | sort -u); do
    # A list that has a page 2,000 links back to page 1,999 (some pages of the menu answer any page number).
    if curl -fs "http://127.0.0.1:$uncached$slug?trang=2000" | grep -q 'trang=1999'; then category=$slug; break; fi
done
echo "article: $article ($(wc -c < "$data/static/article.html") bytes)"
echo "category with a page 2,000: ${category:-none}"

wrk_run() { # connections url → "requests/s p99-ms"
    wrk -t2 -c"$1" -d"${seconds}s" --latency -s "$root/bench/new-reader-each-request.lua" "$2" | awk '
        /Requests\/sec/ { rps = $2 }
        $1 == "99%" { v = $2; ms = v + 0; if (v ~ /us$/) ms /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) ms *= 1000; p99 = ms }
        END { printf "%s %.2f\n", rps, p99 }'
}
mean_latency() { # url → mean latency in ms, one request at a time
    wrk -t1 -c1 -d"${seconds}s" "$1" | awk '/Latency/ { v = $2; ms = v + 0; if (v ~ /us$/) ms /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) ms *= 1000; print ms }'
}

# Tiered compilation keeps optimising the rendering path for about half a minute of load; the figures
# are for a site that has been up a while, not one just started.
echo "== warm-up (not counted)"
seconds_per_run=$seconds
seconds=10; wrk_run 16 "http://127.0.0.1:$nginx/article.html" >/dev/null
seconds=10; wrk_run 16 "http://127.0.0.1:$cached$article" >/dev/null
seconds=40; wrk_run 16 "http://127.0.0.1:$uncached$article" >/dev/null
if [ -n "$category" ]; then seconds=10; mean_latency "http://127.0.0.1:$uncached$category?trang=2000" >/dev/null; fi
seconds=$seconds_per_run

static_rps=(); cached_rps=(); uncached_rps=(); uncached_p99=(); page1=(); page2000=()
for round in $(seq "$rounds"); do
    read -r s _ <<< "$(wrk_run 16 "http://127.0.0.1:$nginx/article.html")"
    read -r c _ <<< "$(wrk_run 16 "http://127.0.0.1:$cached$article")"
    read -r u p <<< "$(wrk_run 16 "http://127.0.0.1:$uncached$article")"
    static_rps+=("$s"); cached_rps+=("$c"); uncached_rps+=("$u"); uncached_p99+=("$p")
    line="round $round: nginx $s req/s, cached $c req/s, uncached $u req/s (p99 $p ms)"
    if [ -n "$category" ]; then
        page1+=("$(mean_latency "http://127.0.0.1:$uncached$category")")
        page2000+=("$(mean_latency "http://127.0.0.1:$uncached$category?trang=2000")")
        line="$line; category page 1 ${page1[-1]} ms, page 2000 ${page2000[-1]} ms"
    fi
    echo "$line"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
awk -v s="$(median "${static_rps[@]}")" -v c="$(median "${cached_rps[@]}")" -v u="$(median "${uncached_rps[@]}")" \
    -v p="$(median "${uncached_p99[@]}")" -v p1="$(median "${page1[@]:-0}")" -v p2="$(median "${page2000[@]:-0}")" \
    -v mc="$(peak_mb "$cached_pid")" -v mu="$(peak_mb "$uncached_pid")" 'BEGIN {
    printf "== medians of %d rounds\n", '"$rounds"'
    printf "1. cached / nginx throughput:   %.0f / %.0f req/s = %.2f   (goal >= 0.7)\n", c, s, c / s
    printf "2. uncached / nginx throughput: %.0f / %.0f req/s = %.3f   (goal >= 0.08), uncached p99 %.1f ms\n", u, s, u / s, p
    if (p1 > 0) printf "3. category page 2000 / page 1 latency: %.2f / %.2f ms = %.2f   (goal <= 2)\n", p2, p1, p2 / p1
    else print "3. no category has a page 2000: generate more articles"
    printf "4. peak working set: %d MB with the cache, %d MB without   (goal < 400 MB)\n", mc, mu
}'
