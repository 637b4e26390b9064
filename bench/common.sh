# Sourced by the benchmark scripts: wrk, a Release build, a fresh data folder, and app instances on
# 127.0.0.1 that are stopped (and the data folder removed) when the script ends.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=$(mktemp -d)
app_pids=()
stop_apps() { for pid in "${app_pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$data"; }
trap stop_apps EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
dotnet build -c Release "$root/src/TuyenGiao.Web" -v quiet -nologo
dll="$root/src/TuyenGiao.Web/bin/Release/net10.0/TuyenGiao.Web.dll"
export ASPNETCORE_ENVIRONMENT=Production Storage__DataFolder="$data" Seeding__DemoContent=true \
    Serilog__MinimumLevel__Default=Warning Site__PublicUrl=http://127.0.0.1 \
    Counters__NewReadersPerAddressPerDay=10000000

# Runs one of the app's commands (generate-archive, …) on the benchmark's data folder.
app_command() { (cd "$root/src/TuyenGiao.Web" && dotnet "$dll" "$@"); }

# Starts the app on a port, with extra settings as NAME=value, and waits until it answers.
start_app() {
    local port=$1; shift
    (cd "$root/src/TuyenGiao.Web" && exec env "$@" dotnet "$dll" --urls "http://127.0.0.1:$port") &
    app_pids+=($!)
    for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 1; done
    echo "the app on port $port did not start" >&2
    exit 1
}
