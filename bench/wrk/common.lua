-- Shared by the wrk scripts here: thread numbering, the lease id file, and
-- the count of answers per HTTP status printed at the end.
-- Load with: dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local threads = {}

-- wrk's setup(): numbers the threads so their scripts can differ.
function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

-- The lease ids of PATH, one per line; `usage` explains a missing argument.
function read_ids(path, usage)
   if not path then
      error(usage)
   end
   local ids = {}
   for line in io.lines(path) do
      if #line > 0 then
         ids[#ids + 1] = line
      end
   end
   if #ids == 0 then
      error("no lease ids in " .. path)
   end
   return ids
end

statuses = {}

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
