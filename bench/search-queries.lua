-- wrk script: cycles through two-word queries (typed without tones, as readers do on phones) and
-- prints latency percentiles when done.
local queries = {
  "tuyen+giao", "hoc+tap", "nong+thon", "van+hoa", "chuyen+doi", "giao+duc", "chi+bo", "dang+vien",
  "thanh+nien", "nguoi+dan", "bao+chi", "an+toan", "thuc+pham", "doanh+nghiep", "le+hoi", "thu+vien",
  "y+te", "hoc+sinh", "cong+nghe", "kinh+te", "xa+hoi", "mua+bao", "lua+gao", "bien+dao",
  "du+luan", "ly+luan", "dan+toc", "tho+cam", "phong+chong", "sinh+hoat",
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", "/tim-kiem?q=" .. queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  local ms = function(us) return string.format("%.1f ms", us / 1000) end
  io.write(string.format("requests: %d, non-2xx: %d, errors: %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write("p50 " .. ms(latency:percentile(50)) .. "  p95 " .. ms(latency:percentile(95)) ..
    "  p99 " .. ms(latency:percentile(99)) .. "  max " .. ms(latency.max) .. "\n")
end
