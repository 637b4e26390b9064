# Sourced by the benchmark scripts: wrk and nginx, the published app, a fresh data folder, and app instances
# (and nginx) on 127.0.0.1 that are stopped (and the data folder removed) when the script ends.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=$(mktemp -d)
app_pids=()
stop_apps() { for pid in "${app_pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$data"; }
trap stop_apps EXIT

missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; fi
# The app as it ships: published, as the Dockerfile does. Run from its build output instead, it also looks
# every request's path up in wwwroot (static assets' support for files added while developing), which cost
# the cached article page about a tenth of its throughput here.
app="$data/app"
dotnet publish -c Release "$root/src/TuyenGiao.Web" -o "$app" -v quiet -nologo
dll="$app/TuyenGiao.Web.dll"
# Logging as shipped: a line per request, to the console, which goes to a file here as it would to the
# journal of a service.
export ASPNETCORE_ENVIRONMENT=Production Storage__DataFolder="$data" Seeding__DemoContent=true \
    Site__PublicUrl=http://127.0.0.1 Counters__NewReadersPerAddressPerDay=10000000

# Runs one of the app's commands (generate-archive, …) on the benchmark's data folder.
app_command() { (cd "$app" && Serilog__MinimumLevel__Default=Warning dotnet "$dll" "$@"); }

# Starts the app on a port, with extra settings as NAME=value, and waits until it answers.
start_app() {
    local port=$1; shift
    (cd "$app" && exec env "$@" dotnet "$dll" --urls "http://127.0.0.1:$port" >"$data/app-$port.log" 2>&1) &
    app_pids+=($!)
    for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 1; done
    echo "the app on port $port did not start" >&2
    exit 1
}

# The path of the newest article, from the home page of the app on a port. (sed reads the whole page: head
# would end the pipe early, and curl would fail on the broken pipe.)
newest_article() {
    curl -fs "http://127.0.0.1:$1/" | grep -o 'href="/[a-z0-9-]*/[a-z0-9-]*-[0-9]*"' | sed -n 1p | cut -d'"' -f2
}

# nginx on a port serving one page's exact bytes, as fetched from a URL, at /article.html: the machine's own
# limit for sending that page.
serve_page_with_nginx() {
    local port=$1 url=$2
    mkdir -p "$data/static"
    curl -fs "$url" -o "$data/static/article.html"
    start_nginx "$port" "$data/static"
}

# nginx on a port serving a folder as static files: the machine's own limit for sending those bytes.
# Access logging on, as the app logs every request; two workers for the two cores.
start_nginx() {
    local port=$1 folder=$2
    cat > "$data/nginx.conf" <<CONF
worker_processes 2;
pid $data/nginx.pid;
error_log $data/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $data/nginx-access.log;
    sendfile on;
    keepalive_requests 100000;
    types { text/html html; }
    server { listen 127.0.0.1:$port; root $folder; }
}
CONF
    /usr/sbin/nginx -c "$data/nginx.conf" -g 'daemon off;' &
    app_pids+=($!)
    for _ in $(seq 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" != 000 ] && return; sleep 0.2; done
    echo "nginx on port $port did not start" >&2
    exit 1
}
