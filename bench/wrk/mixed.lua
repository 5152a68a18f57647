-- wrk script: grants and renewals mixed, the load under which the readiness
-- probe must stay fast (issue 15: ping p99 while grants and renewals
-- saturate the server).
-- Usage: wrk ... -s mixed.lua http://HOST:PORT -- IDS_FILE PREFIX [GRANT_PERCENT]
-- GRANT_PERCENT of the requests (default 50) POST /api/v1/leases with a new
-- instance PREFIX-t<thread>-<n>; the others renew the leases of IDS_FILE
-- (one id per line) round-robin. Grants and renewals are interleaved evenly,
-- not in blocks. At the end it prints how many answers had each HTTP status.

local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

function init(args)
   local path = args[1]
   if not path then
      error("mixed.lua needs the lease id file: wrk ... -s mixed.lua URL -- IDS_FILE PREFIX [GRANT_PERCENT]")
   end
   ids = {}
   for line in io.lines(path) do
      if #line > 0 then
         ids[#ids + 1] = line
      end
   end
   if #ids == 0 then
      error("no lease ids in " .. path)
   end
   prefix = args[2] or "mixed"
   percent = tonumber(args[3] or "50")
   counter = 0
   grants = 0
   renew_at = math.floor(thread_index * #ids / 2)
   statuses = {}
   headers = { ["Content-Type"] = "application/json" }
end

function request()
   counter = counter + 1
   -- A grant whenever the running share of grants falls behind PERCENT.
   if math.floor(counter * percent / 100) > grants then
      grants = grants + 1
      local body = string.format(
         '{"component":"vdp","instance":"%s-t%d-%d","host":"bench-host","ips":["127.0.0.1"],"cores":1,"version":"bench"}',
         prefix, thread_index, grants)
      return wrk.format("POST", "/api/v1/leases", headers, body)
   end
   renew_at = renew_at + 1
   return wrk.format("POST", "/api/v1/leases/" .. ids[(renew_at % #ids) + 1] .. "/renew", nil, "")
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total, codes = {}, {}
   for _, thread in ipairs(threads) do
      for code, count in pairs(thread:get("statuses") or {}) do
         if not total[code] then
            codes[#codes + 1] = code
         end
         total[code] = (total[code] or 0) + count
      end
   end
   table.sort(codes)
   local parts = {}
   for _, code in ipairs(codes) do
      parts[#parts + 1] = code .. "=" .. total[code]
   end
   io.write("Status counts: " .. table.concat(parts, " ") .. "\n")
end
