-- wrk script: POST /api/v1/leases with a distinct instance on every request.
-- Usage: wrk ... -s grant.lua http://HOST:PORT -- PREFIX [COMPONENT]
-- Instances are PREFIX-t<thread>-<n>, so every request takes a new lease
-- (a repeated instance would replace its earlier lease instead).
-- At the end it prints how many answers had each HTTP status.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

function init(args)
   prefix = args[1] or "bench"
   component = args[2] or "vdp"
   counter = 0
   headers = { ["Content-Type"] = "application/json" }
end

function request()
   counter = counter + 1
   local body = string.format(
      '{"component":"%s","instance":"%s-t%d-%d","host":"bench-host","ips":["127.0.0.1"],"cores":1,"version":"bench"}',
      component, prefix, thread_index, counter)
   return wrk.format("POST", "/api/v1/leases", headers, body)
end
