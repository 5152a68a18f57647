#!/usr/bin/env bash
# A server holding 100,000 live leases and doing nothing (issue 15's memory
# and idle-server targets):
#   - its resident memory (VmRSS from /proc/PID/status) once it serves;
#   - how many write transactions it runs in 10 s while no lease is due: the
#     difference of the Prometheus counter
#     leasekeeper_store_write_transactions_total (GET /metrics with the admin
#     token) before and after; "n/a" when the server has no such metric.
#
# Usage: bench/idle-bench.sh BIN_DIR [--store sqlite|postgres]   (default sqlite)
#
# The leases are inserted with SQL while the server is stopped (after a
# first start that created the schema), renewed now and due in 5 days, so
# nothing expires during the run. Environment: BENCH_PRELOAD (100000),
# BENCH_IDLE_SECONDS (10), and bench/lib.sh's.
set -euo pipefail

bench_name=idle-bench
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
parse_args "$@"
preload=${BENCH_PRELOAD:-100000}
idle_s=${BENCH_IDLE_SECONDS:-10}
metric=leasekeeper_store_write_transactions_total

bench_init
make_license
[[ $store == postgres ]] && pg_start
server_start idle # creates the schema
server_stop
preload_leases idle "$preload"
server_start idle
live=$(active_leases)
[[ $live == "$preload" ]] || die "the server counts $live live leases after the preload, not $preload"

# Start-up work (integrity checks, a first reclaim pass) is not idleness.
sleep 2
value_row "$store.rss_idle" "$store RSS MB, idle ($preload live)" "$(server_rss_mb)" ""

label="$store write transactions in ${idle_s}s idle"
if ! before=$(server_metric "$metric") || ! { sleep "$idle_s" && after=$(server_metric "$metric"); }; then
    kill -0 "$lk_pid" 2>/dev/null || why="the server died ($(server_exit_status))"
    value_row "$store.idle_writes" "$label" n/a "GET /metrics failed: ${why:-no answer}"
    print_own_table
    die "GET /metrics failed: ${why:-no answer}; log: $work/idle.log"
fi
server_alive
warnings=$(server_warnings idle)
if [[ -n $before && -n $after ]]; then
    notes="$metric $before -> $after"
    ((warnings == 0)) || notes+="; $warnings warnings in the server log"
    value_row "$store.idle_writes" "$label" $((after - before)) "$notes"
else
    value_row "$store.idle_writes" "$label" n/a "no $metric in GET /metrics"
fi
server_stop
print_own_table
