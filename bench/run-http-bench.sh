#!/usr/bin/env bash
# HTTP benchmark of leasekeeper-server on SQLite, with nginx as the ceiling.
# Kept for docs/performance.md; bench/run-all.sh runs every figure of issue 15.
#
# Usage: bench/run-http-bench.sh [BIN_DIR]
#   BIN_DIR (or $LEASEKEEPER_BIN) holds leasekeeper-server and leasekeeper-ctl,
#   e.g. build-bench/bin from a Release build. This script builds nothing.
#
# Runs bench/nginx-bench.sh --workers 1,2 and then
# bench/http-bench.sh BIN_DIR --store sqlite (ping, renew, grant from 1k and
# from 100k live leases, ping under load) and prints one table.
#
# Environment (all optional): BENCH_DURATION (10), BENCH_THREADS (2),
# BENCH_CONNS (32), BENCH_LEASES (1000), BENCH_KEEP=1, BENCH_VERBOSE=1; see
# bench/lib.sh. Needs: wrk, nginx, curl, sqlite3.
set -euo pipefail

bench_name=run-http-bench
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bin=${1:-${LEASEKEEPER_BIN:-}}
need_bin
need_tools wrk nginx curl sqlite3

bench_init
export BENCH_RESULTS=$results
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
"$bench_dir/nginx-bench.sh" --workers 1,2
"$bench_dir/http-bench.sh" "$bin" --store sqlite

echo
echo "leasekeeper-server HTTP benchmark: $(nproc) CPUs ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1))"
echo "wrk -t$threads -c$conns -d${duration}s --latency, loopback; load average before: $load_start, after: $(cut -d' ' -f1-3 /proc/loadavg)"
print_table "$results"
