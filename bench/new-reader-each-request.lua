-- wrk script: every request is a different reader (a fresh visitor cookie), so every request is a
-- counted view — the most work counting can be asked to do. The page is wrk's URL path.
local alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
math.randomseed(os.time())

request = function()
  local id = {}
  for i = 1, 22 do
    local r = math.random(1, 64)
    id[i] = alphabet:sub(r, r)
  end
  wrk.headers["Cookie"] = "tg_khach=" .. table.concat(id)
  wrk.headers["User-Agent"] = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36"
  return wrk.format("GET", nil)
end
