#!/usr/bin/env bash
# The document library (issue 19), through the real app (Release build, Kestrel on 127.0.0.1, SQLite):
#  1. /van-ban searched by tone-less words (summaries and the text inside files) and by numbers typed
#     loosely, over N generated documents, one reader at a time and four at once: p50/p95/p99.
#  2. A bulk import of M rows with their M PDFs, sent as an editor sends it (sign in, then one form with
#     the spreadsheet and every file): how long the check and the import take.
# The page cache is off: the queries repeat, and a cached page would measure the cache, not search.
#   bench/documents.sh [document-count] [import-rows]    (defaults 20000 and 1000)
set -euo pipefail
count=${1:-20000}
rows=${2:-1000}
port=5098
source "$(dirname "$0")/common.sh"

app_command generate-documents --count "$count"
app_command create-admin --email bench@example.vn --password Bench-Import-2026 >/dev/null
start_app "$port" Caching__Enabled=false Documents__MaxImportMegabytes=2048
base="http://127.0.0.1:$port"

echo "== warm-up"
wrk -t1 -c1 -d5s -s "$root/bench/document-queries.lua" "$base" | tail -2
echo "== one reader at a time, $(nproc) cores, $count generated documents plus the demo library"
wrk -t1 -c1 -d20s -s "$root/bench/document-queries.lua" "$base" | tail -2
echo "== four readers at once"
wrk -t2 -c4 -d20s -s "$root/bench/document-queries.lua" "$base" | tail -2

echo "== import of $rows rows with $rows PDFs"
python3 "$root/bench/make-import.py" "$rows" "$data/import"
jar="$data/cookies"
token() { curl -fs -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1; }
curl -fs -b "$jar" -c "$jar" -o /dev/null -X POST "$base/admin/dang-nhap" \
    --data-urlencode "__RequestVerificationToken=$(token /admin/dang-nhap)" \
    --data-urlencode "Form.Email=bench@example.vn" --data-urlencode "Form.Password=Bench-Import-2026"
files=()
for file in "$data"/import/*.pdf; do files+=(-F "files=@$file"); done
for handler in Check Import; do
    curl -fs -b "$jar" -c "$jar" -o "$data/report-$handler.html" -w "$handler: %{time_total} s, $((rows)) rows, %{size_upload} bytes sent\n" \
        -F "__RequestVerificationToken=$(token /admin/van-ban/nhap)" -F publish=true \
        -F "sheet=@$data/import/danh-sach.xlsx" "${files[@]}" "$base/admin/van-ban/nhap?handler=$handler"
    grep -o 'Đã nhập [0-9]* văn bản[^<]*\|[0-9]* trên [0-9]* dòng có lỗi[^<]*\|Cả [0-9]* dòng đều hợp lệ\|Không đọc được[^<]*' "$data/report-$handler.html" | head -n 1
done
