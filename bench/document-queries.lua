-- wrk script for /van-ban: tone-less words (found in the summaries and inside the files' text) and
-- document numbers typed the ways people type them; prints latency percentiles when done.
local queries = {
  "q=chuyen+doi+so", "q=sinh+hoat+chi+bo", "q=dang+vien", "q=tuyen+truyen", "q=nong+thon+moi",
  "q=van+hoa+doc", "q=hoc+tap+lam+theo", "q=bao+cao+vien", "q=thong+tin+sai+lech", "q=ky+niem",
  "q=1234+nq+tu", "q=2345-KH%2FBTGTU", "q=3456%2FCT-TU", "q=4567", "q=15+hd",
  "q=12-NQ%2FTU", "q=5678+tb", "q=6789-cv", "q=10987+qd+tu", "q=20001",
  "q=chuyen+doi+so&nam=2020", "q=dang+vien&loai=1", "loai=2&nam=2018", "q=truong+hoc&tinh-trang=InForce",
}

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "query-cycle.lua")("/van-ban?", queries)
