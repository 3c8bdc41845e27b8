-- make bench (issue 14): a GET with the bearer token of BENCH_TOKEN (none when empty); the
-- figures go as JSON to BENCH_OUT.
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"
wrk.headers["Accept-Language"] = "nl"

local report = dofile(os.getenv("BENCH_LIB") .. "/wrk-report.lua")
done = report
