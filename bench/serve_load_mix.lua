-- wrk script for bench/serve_load.sh (SERVE_LOAD_MIX=1): /api/series of dyads drawn from
-- the busiest countries of bench/make_events_db.py, by month or year, some with a period,
-- as a dashboard's visitors would ask them (132 dyads x 2 periods x 3 ranges).
local countries = {"PRK", "CHN", "RUS", "USA", "KOR", "JPN", "MNG", "CUB", "VNM", "LAO", "IRN", "SYR"}
local bys = {"month", "year"}
local ranges = {"", "&from=2015", "&from=2020&to=2024"}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(id * 7919)
end

function request()
  local s = math.random(#countries)
  local t = math.random(#countries - 1)
  if t >= s then t = t + 1 end
  local path = "/api/series?source=" .. countries[s] .. "&target=" .. countries[t] ..
               "&by=" .. bys[math.random(#bys)] .. ranges[math.random(#ranges)]
  return wrk.format("GET", path)
end
