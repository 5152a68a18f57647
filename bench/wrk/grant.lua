-- wrk script: POST /api/v1/leases with a distinct instance on every request.
-- Usage: wrk ... -s grant.lua http://HOST:PORT -- PREFIX [COMPONENT]
-- Instances are PREFIX-t<thread>-<n>, so every request takes a new lease
-- (a repeated instance would replace its earlier lease instead).
-- At the end it prints how many answers had each HTTP status.

local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

function init(args)
   prefix = args[1] or "bench"
   component = args[2] or "vdp"
   counter = 0
   statuses = {}
   headers = { ["Content-Type"] = "application/json" }
end

function request()
   counter = counter + 1
   local body = string.format(
      '{"component":"%s","instance":"%s-t%d-%d","host":"bench-host","ips":["127.0.0.1"],"cores":1,"version":"bench"}',
      component, prefix, thread_index, counter)
   return wrk.format("POST", "/api/v1/leases", headers, body)
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
