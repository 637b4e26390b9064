#!/usr/bin/env bash
# The project's test command (README, and .ci/run calls it): builds, runs every test project and ends
# with the totals alone on a line, "N passed, N failed, N skipped". Exits non-zero on any failure.
#   scripts/test.sh            everything (what CI runs)
#   scripts/test.sh --fast     leaves out the browser and scale-out suites, for the inner loop
# Any other arguments go to `dotnet test` (e.g. --filter FeedbackLoadTests).
set -uo pipefail
cd "$(dirname "$0")/.."
filter=()
fast=false
if [ "${1:-}" = "--fast" ]; then
    fast=true
    shift
    filter=(--filter "Suite!=Browser&Suite!=ScaleOut")
fi
# The browser tests drive Debian's Chromium (never a browser a tool downloads) and the scale-out tests
# start Debian's redis-server; install whichever is missing.
missing=()
if [ "$fast" = false ]; then
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/redis-server ] || missing+=(redis-server)
    # No Docker engine runs here, but Debian's docker-compose checks the compose file itself.
    [ -x /usr/bin/docker-compose ] || missing+=(docker-compose)
fi
if [ ${#missing[@]} -gt 0 ]; then
    as_root=""
    if [ "$(id -u)" -ne 0 ]; then as_root="sudo"; fi
    echo "Installing ${missing[*]} for the tests…"
    if ! { $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
        echo "Could not install ${missing[*]} with apt-get; the full test run needs chromium, redis-server and docker-compose." >&2
        exit 1
    fi
fi

compose_status=0
if [ "$fast" = false ]; then
    echo "Checking docker-compose.yml…"
    if ! MSSQL_SA_PASSWORD=check VISITOR_SECRET=check docker-compose -f docker-compose.yml config -q; then
        echo "docker-compose.yml does not pass 'docker-compose config'." >&2
        compose_status=1
    fi
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet test TuyenGiao.sln --logger "trx" --results-directory "$results" "${filter[@]}" "$@"
status=$?

passed=0; failed=0; skipped=0; total=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    total=$((total + $(value total)))
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed)))
done
skipped=$((total - passed - failed))
echo
echo "$passed passed, $failed failed, $skipped skipped"

if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$compose_status" -ne 0 ]; then
    exit 1
fi
if [ "$passed" -eq 0 ]; then
    echo "No test ran." >&2
    exit 1
fi
