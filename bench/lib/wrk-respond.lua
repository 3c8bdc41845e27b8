-- make bench (issue 14): a professional responds, each request to another published assignment
-- (one active response per person per assignment, R-1). The ids come from BENCH_IDS; thread t of
-- n takes ids t, t + n, t + 2n, ... so no two requests use the same one.
local counter = 0
function setup(thread)
  thread:set("thread_number", counter)
  counter = counter + 1
end

local ids = {}
local next_index
local step = tonumber(os.getenv("BENCH_THREADS"))
local boundary = "werkbank-bench-boundary"
local body = "--" .. boundary .. "\r\n"
  .. "Content-Disposition: form-data; name=\"response\"\r\n"
  .. "Content-Type: application/json\r\n\r\n"
  .. "{\"motivation\":\"Graag reageer ik op deze opdracht: ik heb vergelijkbaar werk gedaan en kan op korte termijn starten.\","
  .. "\"answers\":[],\"thisAssignmentOnly\":false,\"useProfileCv\":false}\r\n"
  .. "--" .. boundary .. "--\r\n"
local headers = {
  ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
  ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
  ["Accept"] = "application/json",
}

function init(args)
  for line in io.lines(os.getenv("BENCH_IDS")) do
    ids[#ids + 1] = line
  end
  next_index = thread_number + 1
end

function request()
  local id = ids[next_index] or ids[1]
  next_index = next_index + step
  return wrk.format("POST", "/api/v1/assignments/" .. id .. "/responses", headers, body)
end

local report = dofile(os.getenv("BENCH_LIB") .. "/wrk-report.lua")
done = report
