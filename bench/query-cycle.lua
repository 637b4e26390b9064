-- Shared by the wrk query scripts: sends their queries in turn under a path, and prints latency
-- percentiles when done. Use: dofile(<this file>)("/tim-kiem?q=", { "tuyen+giao", … })
return function(prefix, queries)
  local i = 0

  request = function()
    i = i + 1
    return wrk.format("GET", prefix .. queries[(i % #queries) + 1])
  end

  done = function(summary, latency, requests)
    local ms = function(us) return string.format("%.1f ms", us / 1000) end
    io.write(string.format("requests: %d, non-2xx: %d, errors: %d\n", summary.requests,
      summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
    io.write("p50 " .. ms(latency:percentile(50)) .. "  p95 " .. ms(latency:percentile(95)) ..
      "  p99 " .. ms(latency:percentile(99)) .. "  max " .. ms(latency.max) .. "\n")
  end
end
