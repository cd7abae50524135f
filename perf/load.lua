-- wrk's script for perf/load-test.sh: the maximum rate of one workload.
--
--   wrk -t2 -c64 -d20s -s perf/load.lua http://127.0.0.1:18080 -- WORKLOAD KEEPERS_FILE THREADS
--
-- WORKLOAD: trivial (GET /api/v1/ping), pet-read (the owner's GET /api/v1/pets/{id} with their
-- cookies) or care (POST /api/v1/pets/{id}/actions {"type":"CLEAN"} with the XSRF-TOKEN cookie echoed
-- as X-XSRF-TOKEN and a fresh Idempotency-Key, as the web app sends it). KEEPERS_FILE: the seeded
-- owners (io.pytopus.load.Seeder; tab-separated: pet id, name, misspelled name, XSRF token, Cookie
-- header). Each wrk thread takes every THREADS-th owner and goes round them in turn, so no two
-- requests in flight are for the same pet (64 connections, 200 pets).
--
-- done() prints one line for the script to read:
--   WRK requests=… seconds=… connect=… read=… write=… status=… timeout=… p50=… p90=… p99=… max=… (ms)

local threads_created = 0

function setup(thread)
  thread:set("thread_index", threads_created)
  threads_created = threads_created + 1
end

local requests = {}
local next_request = 0
local key_prefix = ""
local key_counter = 0
local is_care = false

local function split_tabs(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    fields[#fields + 1] = field
  end
  return fields
end

function init(args)
  local workload, keepers_file, threads = args[1], args[2], tonumber(args[3] or "1")
  local index = thread_index or 0
  if workload == "trivial" then
    requests[1] = wrk.format("GET", "/api/v1/ping", { ["Accept"] = "application/json" })
    return
  end
  local file = assert(io.open(keepers_file, "r"), "no keepers file " .. tostring(keepers_file))
  local line_number = 0
  for line in file:lines() do
    if line ~= "" then
      if line_number % threads == index then
        local f = split_tabs(line)
        local pet, xsrf, cookies = f[1], f[4], f[5]
        if workload == "pet-read" then
          requests[#requests + 1] = wrk.format("GET", "/api/v1/pets/" .. pet,
            { ["Accept"] = "application/json", ["Cookie"] = cookies })
        elseif workload == "care" then
          -- Built once with a placeholder where the key goes; each request splices in a new key.
          local template = wrk.format("POST", "/api/v1/pets/" .. pet .. "/actions", {
            ["Accept"] = "application/json",
            ["Content-Type"] = "application/json",
            ["Cookie"] = cookies,
            ["X-XSRF-TOKEN"] = xsrf,
            ["Idempotency-Key"] = "@KEY@",
          }, '{"type":"CLEAN"}')
          local at = template:find("@KEY@", 1, true)
          requests[#requests + 1] = { template:sub(1, at - 1), template:sub(at + 5) }
          is_care = true
        else
          error("unknown workload " .. tostring(workload))
        end
      end
      line_number = line_number + 1
    end
  end
  file:close()
  assert(#requests > 0, "no owners for thread " .. index .. " in " .. keepers_file)
  -- A UUID-shaped key, unique per request: 64 random bits per thread and run (from /dev/urandom, so
  -- two runs never share a key, which the server would answer from its idempotency store), then a
  -- counter.
  local urandom = assert(io.open("/dev/urandom", "rb"))
  local b = { urandom:read(8):byte(1, 8) }
  urandom:close()
  key_prefix = string.format("%02x%02x%02x%02x-%02x%02x-4%01x%02x-%04x-", b[1], b[2], b[3], b[4], b[5], b[6],
    b[7] % 16, b[8], 0x8000 + (b[7] * 64 + index) % 0x4000)
end

function request()
  next_request = next_request % #requests + 1
  local r = requests[next_request]
  if is_care then
    key_counter = key_counter + 1
    return r[1] .. key_prefix .. string.format("%012x", key_counter) .. r[2]
  end
  return r
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d seconds=%.3f connect=%d read=%d write=%d status=%d timeout=%d p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
    summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
