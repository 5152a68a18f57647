-- wrk script: POST /api/v1/leases/<id>/renew, round-robin over existing leases.
-- Usage: wrk ... -s renew.lua http://HOST:PORT -- IDS_FILE
-- IDS_FILE holds one lease id per line (written by run-http-bench.sh).
-- At the end it prints how many answers had each HTTP status.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

function init(args)
   ids = read_ids(args[1], "renew.lua needs the lease id file: wrk ... -s renew.lua URL -- IDS_FILE")
   -- Threads start at different points of the list so they do not renew in lockstep.
   counter = math.floor(thread_index * #ids / 2)
end

function request()
   counter = counter + 1
   local id = ids[(counter % #ids) + 1]
   return wrk.format("POST", "/api/v1/leases/" .. id .. "/renew", nil, "")
end
