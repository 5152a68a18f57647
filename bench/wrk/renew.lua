-- wrk script: POST /api/v1/leases/<id>/renew, round-robin over existing leases.
-- Usage: wrk ... -s renew.lua http://HOST:PORT -- IDS_FILE
-- IDS_FILE holds one lease id per line (written by run-http-bench.sh).
-- At the end it prints how many answers had each HTTP status.

local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

function init(args)
   local path = args[1]
   if not path then
      error("renew.lua needs the lease id file: wrk ... -s renew.lua URL -- IDS_FILE")
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
   -- Threads start at different points of the list so they do not renew in lockstep.
   counter = math.floor(thread_index * #ids / 2)
   statuses = {}
end

function request()
   counter = counter + 1
   local id = ids[(counter % #ids) + 1]
   return wrk.format("POST", "/api/v1/leases/" .. id .. "/renew", nil, "")
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
