#!/usr/bin/env bash
# HTTP throughput of leasekeeper-server on one store (issue 15's ping, renew
# and grant figures, and the ping's p99 under load).
#
# Usage: bench/http-bench.sh BIN_DIR [--store sqlite|postgres]   (default sqlite)
#   BIN_DIR (or $LEASEKEEPER_BIN) holds leasekeeper-server and leasekeeper-ctl
#   of a Release build. With --store postgres the script runs its own
#   throwaway PostgreSQL cluster.
#
# Runs, with wrk -t$BENCH_THREADS -c$BENCH_CONNS -d$BENCH_DURATION --latency:
#   1. GET /pingLicenseManager;
#   2. renewals round-robin over BENCH_LEASES (1000) leases made with curl;
#   3. grants with those 1000 leases live;
#   4. grants with 100,000 live leases: the server is stopped, the store
#      topped up to 100,000 live leases with SQL, the server started again;
#   5. the ping with 4 connections (1 wrk thread) while a second wrk runs
#      grants and renewals half and half (bench/wrk/mixed.lua) at full load;
#   then the server's RSS after all that (VmRSS).
# Environment: see bench/lib.sh. Needs wrk, curl, and sqlite3 or PostgreSQL.
set -euo pipefail

bench_name=http-bench
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
parse_args "$@"
leases=${BENCH_LEASES:-1000}
preload=${BENCH_PRELOAD:-100000}

bench_init
make_license
[[ $store == postgres ]] && pg_start
server_start http

# 1. readiness probe: no store write.
run_wrk "$store.ping" "$store GET /pingLicenseManager" "$lk/pingLicenseManager"
server_alive

# 2. renewals over leases granted through the API.
note "granting $leases leases for the renewal run"
grant_leases "$leases" renew "$work/lease-ids.txt"
run_wrk "$store.renew" "$store renew ($leases leases)" "$lk" "$bench_dir/wrk/renew.lua" "$work/lease-ids.txt"
server_alive

# 3. grants from the renewal run's leases.
live=$(active_leases)
RUN_WRK_NOTES="from $live live" \
    run_wrk "$store.grant1k" "$store grant (from $leases live)" "$lk" "$bench_dir/wrk/grant.lua" "grant1k-$round"
server_alive

# 4. grants from 100,000 live leases. The store is written while the server
#    is stopped, so that nothing the server keeps in memory goes stale.
server_stop
preload_leases http "$preload"
server_start http
live=$(active_leases)
# At least: the grant run before may have left more (SQLite grants over
# 10,000 a second).
[[ $live =~ ^[0-9]+$ ]] && ((live >= preload)) ||
    die "the server counts $live live leases after the preload, fewer than $preload"
RUN_WRK_NOTES="from $live live" \
    run_wrk "$store.grant100k" "$store grant (from $preload live)" "$lk" "$bench_dir/wrk/grant.lua" "grant100k-$round"
server_alive

# 5. a load balancer's probe while grants and renewals saturate the server:
#    the probe with few connections, started just after the load.
declare -a load_cmd ping_cmd
wrk_cmd load_cmd "$lk" "$bench_dir/wrk/mixed.lua" "$work/lease-ids.txt" "load-$round"
threads=1 conns=4 wrk_cmd ping_cmd "$lk/pingLicenseManager"
note "ping under load: ${ping_cmd[*]} while ${load_cmd[*]}"
load_out=$(wrk_out "$store.load")
ping_out=$(wrk_out "$store.ping_load")
cpu_before=$(server_cpu_ticks)
spawn "$load_out" "${load_cmd[@]}"
load_pid=$spawned
sleep 0.2
spawn "$ping_out" "${ping_cmd[@]}"
ping_pid=$spawned
wait "$ping_pid" || { cat "$ping_out" >&2; die "wrk failed for the ping under load"; }
wait "$load_pid" || { cat "$load_out" >&2; die "wrk failed for the grant+renew load"; }
cpu_after=$(server_cpu_ticks)
stop_pid "$ping_pid" # both have exited: only reaped and forgotten
stop_pid "$load_pid"
wrk_row "$store.ping_load" "$store ping -c4 under grant+renew load" "$ping_out" - ""
wrk_row "$store.load" "$store   (its load: grants+renewals 50/50)" "$load_out" $((cpu_after - cpu_before)) ""
server_alive

warnings=$(server_warnings http)
notes="$(active_leases) live"
((warnings == 0)) || notes+="; $warnings warnings in the server log"
value_row "$store.rss_load" "$store RSS MB after the runs" "$(server_rss_mb)" "$notes"
server_stop
((warnings == 0)) || note "$warnings warnings in the server log ($work/http.log)"
print_own_table
