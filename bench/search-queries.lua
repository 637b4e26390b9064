-- wrk script: cycles through two-word queries (typed without tones, as readers do on phones) and
-- prints latency percentiles when done (bench/query-cycle.lua).
local queries = {
  "tuyen+giao", "hoc+tap", "nong+thon", "van+hoa", "chuyen+doi", "giao+duc", "chi+bo", "dang+vien",
  "thanh+nien", "nguoi+dan", "bao+chi", "an+toan", "thuc+pham", "doanh+nghiep", "le+hoi", "thu+vien",
  "y+te", "hoc+sinh", "cong+nghe", "kinh+te", "xa+hoi", "mua+bao", "lua+gao", "bien+dao",
  "du+luan", "ly+luan", "dan+toc", "tho+cam", "phong+chong", "sinh+hoat",
}

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "query-cycle.lua")("/tim-kiem?q=", queries)
