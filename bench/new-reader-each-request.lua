-- wrk script: every request is a different reader, so every request is a counted view — the most work
-- counting can be asked to do. The page is wrk's URL path. Visitor cookies are signed by the site, so a
-- made-up one would be ignored; a reader without a cookie is told apart by address and User-Agent, so
-- each request names a browser of its own (common.sh lifts the per-address allowance of new readers).
local alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
math.randomseed(os.time())

request = function()
  local id = {}
  for i = 1, 16 do
    local r = math.random(1, 62)
    id[i] = alphabet:sub(r, r)
  end
  wrk.headers["User-Agent"] = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 reader/" .. table.concat(id)
  return wrk.format("GET", nil)
end
