#!/usr/bin/env bash
# Fleet start (issue 15): seconds until 10,000 simulated components in one
# `leasekeeper-ctl component run --count 10000` process all hold a lease.
#
# Usage: bench/fleet-bench.sh BIN_DIR [--store sqlite|postgres]   (default sqlite)
#
# A fresh server (no leases). The clock starts just before leasekeeper-ctl
# starts and stops at the time stamp of the last "licensed" event of its
# --json output (one JSON object per event and line), so the simulator's own
# start-up counts, as it would for a fleet. Then SIGINT: the components
# release their leases and the simulator exits 0; the notes say how long that
# took. Environment: BENCH_FLEET_COUNT (10000), BENCH_FLEET_TIMEOUT (seconds
# to wait for all leases, 300), and bench/lib.sh's.
set -euo pipefail

bench_name=fleet-bench
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
parse_args "$@"
count=${BENCH_FLEET_COUNT:-10000}
timeout_s=${BENCH_FLEET_TIMEOUT:-300}

bench_init
make_license
[[ $store == postgres ]] && pg_start
server_start fleet

events=$work/fleet.jsonl
start=$(date +%s.%N)
spawn "$work/fleet.stderr" "$bin/leasekeeper-ctl" component run --url "$lk" --type vdp --host fleet \
    --cores 1 --count "$count" --json
ctl_pid=$spawned
# spawn sends stdout to the same log as stderr; the events are the lines that
# are JSON objects. Poll the count of "licensed" events.
note "starting $count components (leasekeeper-ctl component run --count $count)"
licensed=0
deadline=$((SECONDS + timeout_s))
while ((SECONDS < deadline)); do
    licensed=$(grep -c '"event":"licensed"' "$work/fleet.stderr" || true)
    ((licensed >= count)) && break
    kill -0 "$ctl_pid" 2>/dev/null || break
    sleep 0.2
done
grep '^{' "$work/fleet.stderr" >"$events" || true
# { grep || true; }: no match is an answer here, not a failure of the pipeline.
instances=$({ grep '"event":"licensed"' "$events" || true; } | sed -n 's/.*"instance":"\([^"]*\)".*/\1/p' | sort -u | wc -l)
problems=$({ grep -v -E '"event":"(licensed|renewed)"' "$events" || true; } |
    sed -n 's/.*"event":"\([a-z]*\)".*/\1/p' | sort | uniq -c | awk '{printf "%s%s=%s", sep, $2, $1; sep=" "}')

if ((instances < count)); then
    kill -0 "$ctl_pid" 2>/dev/null || die "leasekeeper-ctl exited with $instances of $count licensed (${problems:-no other events}); see $work/fleet.stderr"
    value_row "$store.fleet" "$store fleet start, $count components (s)" "n/a" \
        "only $instances licensed after ${timeout_s}s${problems:+; $problems}"
    stop_pid "$ctl_pid"
    print_own_table
    die "not all $count components were licensed within ${timeout_s}s"
fi

last=$(grep '"event":"licensed"' "$events" | sed -n 's/.*"time":"\([^"]*\)".*/\1/p' | sort | tail -n1)
seconds=$(awk -v a="$start" -v b="$(date -d "$last" +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
live=$(active_leases)

# Stopping: SIGINT as on Ctrl-C; every component releases its lease.
stop_start=$(date +%s.%N)
kill -INT "$ctl_pid"
status=
for _ in $(seq 600); do
    if ! kill -0 "$ctl_pid" 2>/dev/null; then
        status=0
        wait "$ctl_pid" || status=$?
        break
    fi
    sleep 0.1
done
stop_pid "$ctl_pid"
released=$(awk -v a="$stop_start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
left=$(active_leases)
notes="$live live; SIGINT: exit ${status:-none after 60s}, ${released}s, $left left${problems:+; $problems}"
warnings=$(server_warnings fleet)
((warnings == 0)) || notes+="; $warnings warnings in the server log"
value_row "$store.fleet" "$store fleet start, $count components (s)" "$seconds" "$notes"
server_stop
[[ $status == 0 ]] || die "leasekeeper-ctl did not stop cleanly on SIGINT (exit ${status:-none}); see $work/fleet.stderr"
print_own_table
