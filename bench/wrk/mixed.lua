-- wrk script: grants and renewals mixed, the load under which the readiness
-- probe must stay fast (issue 15: ping p99 while grants and renewals
-- saturate the server).
-- Usage: wrk ... -s mixed.lua http://HOST:PORT -- IDS_FILE PREFIX [GRANT_PERCENT]
-- GRANT_PERCENT of the requests (default 50) POST /api/v1/leases with a new
-- instance PREFIX-t<thread>-<n>; the others renew the leases of IDS_FILE
-- (one id per line) round-robin. Grants and renewals are interleaved evenly,
-- not in blocks. At the end it prints how many answers had each HTTP status.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

function init(args)
   ids = read_ids(args[1],
      "mixed.lua needs the lease id file: wrk ... -s mixed.lua URL -- IDS_FILE PREFIX [GRANT_PERCENT]")
   prefix = args[2] or "mixed"
   percent = tonumber(args[3] or "50")
   counter = 0
   grants = 0
   renew_at = math.floor(thread_index * #ids / 2)
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
