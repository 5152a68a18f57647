#!/usr/bin/env bash
# Every figure of issue 15 with one command, in one table with the ratios to
# nginx 'return 200' (1 worker) measured in the same run.
#
# Usage: bench/run-all.sh BIN_DIR
#   BIN_DIR (or $LEASEKEEPER_BIN) holds leasekeeper-server and leasekeeper-ctl
#   of a Release build. This script builds nothing.
#
# Runs, in order (each script also runs alone; see its header):
#   bench/nginx-bench.sh                   nginx return 200, 1 worker
#   for each store in sqlite postgres:
#     bench/http-bench.sh BIN_DIR --store  ping, renew, grant from 1k and from
#                                          100k live leases, ping under load
#     bench/fleet-bench.sh BIN_DIR --store 10,000 simulated components start
#     bench/idle-bench.sh BIN_DIR --store  RSS with 100k leases, idle writes
#   bench/console-bench.sh BIN_DIR --store the console watching 100k leases
#                                          (only with a console binary), on
#                                          the first store of BENCH_STORES
#
# Environment (all optional; bench/lib.sh lists the rest):
#   BENCH_ROUNDS    repeat the whole sequence; the table shows per-row
#                   medians (default 1; issue 15 asks for at least 3)
#   BENCH_STORES    the stores to run (default "sqlite postgres")
#   BENCH_DURATION  seconds per wrk run (default 10)
#   BENCH_CONSOLE   0: skip console-bench.sh; 1: require it; unset: run it
#                   when BIN_DIR/leasekeeper or $LEASEKEEPER_CONSOLE_BIN is
#                   an executable (the console is not in a server-only build)
#   BENCH_SAVE      also copy every round's rows (the TSV the medians are
#                   taken from) to this file, to compare rounds afterwards
#
# A failing benchmark does not stop the others: the table shows what ran,
# and the exit status is 1. Run by hand, never from ctest: one round takes
# about 5 minutes with the default duration, 7.5 with the console.
set -euo pipefail

bench_name=run-all
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bin=${1:-${LEASEKEEPER_BIN:-}}
(($# <= 1)) || die "usage: $0 BIN_DIR"
[[ ${1:-} != -h && ${1:-} != --help ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0; }
rounds=${BENCH_ROUNDS:-1}
stores=${BENCH_STORES:-sqlite postgres}
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive number"
need_bin
# Every tool up front, so that a missing one fails in the first second, not
# after minutes of benchmarks.
need_tools wrk nginx curl
for s in $stores; do
    case $s in
    sqlite) need_tools sqlite3 ;;
    postgres) need_postgres ;;
    *) die "BENCH_STORES: unknown store '$s' (sqlite, postgres)" ;;
    esac
done
[[ -n ${stores// /} ]] || die "BENCH_STORES is empty"
console_bin=
case ${BENCH_CONSOLE:-} in
0) ;;
1 | '')
    if [[ -x $bin/leasekeeper ]]; then
        console_bin=$bin/leasekeeper
    elif [[ -n ${LEASEKEEPER_CONSOLE_BIN:-} && -x $LEASEKEEPER_CONSOLE_BIN ]]; then
        console_bin=$LEASEKEEPER_CONSOLE_BIN
    fi
    [[ -n $console_bin || -z ${BENCH_CONSOLE:-} ]] ||
        die "BENCH_CONSOLE=1 but no console: neither $bin/leasekeeper nor \$LEASEKEEPER_CONSOLE_BIN"
    ;;
*) die "BENCH_CONSOLE must be 0 or 1" ;;
esac
if [[ -n $console_bin ]]; then
    need_tools xvfb-run xauth dbus-daemon gnome-keyring-daemon
    read -r console_store _ <<<"$stores"
fi

bench_init
export BENCH_RESULTS=$results
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$SECONDS
declare -a failed=()

run() { # LABEL SCRIPT ARGS...: one benchmark; a failure is noted, not fatal
    local label=$1
    shift
    note "round $round/$rounds: $label"
    "$@" || failed+=("round $round: $label (exit $?)")
}

for ((round = 1; round <= rounds; round++)); do
    export BENCH_ROUND=$round
    run "nginx" "$bench_dir/nginx-bench.sh" --workers 1
    for s in $stores; do
        run "http $s" "$bench_dir/http-bench.sh" "$bin" --store "$s"
        run "fleet $s" "$bench_dir/fleet-bench.sh" "$bin" --store "$s"
        run "idle $s" "$bench_dir/idle-bench.sh" "$bin" --store "$s"
    done
    if [[ -n $console_bin ]]; then
        LEASEKEEPER_CONSOLE_BIN=$console_bin \
            run "console $console_store" "$bench_dir/console-bench.sh" "$bin" --store "$console_store"
    fi
done

echo
echo "LeaseKeeper benchmarks (issue 15): $(nproc) CPUs ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1))," \
    "$bin"
echo "wrk -t$threads -c$conns -d${duration}s --latency on loopback (ping under load: -t1 -c4);" \
    "$rounds round(s)$( ((rounds == 1)) || echo ', medians per row'); $((SECONDS - started)) s"
echo "load average before: $load_start, after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n $console_bin ]]; then
    echo "console: $console_bin ($console_store)"
else
    echo "console: not measured (BENCH_CONSOLE=0, or no BIN_DIR/leasekeeper nor \$LEASEKEEPER_CONSOLE_BIN)"
fi
print_table "$results"
[[ -z ${BENCH_SAVE:-} ]] || cp "$results" "$BENCH_SAVE"
if ((${#failed[@]})); then
    printf 'run-all: FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
