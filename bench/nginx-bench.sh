#!/usr/bin/env bash
# nginx 'return 200' under wrk: the ceiling of this machine and client that
# every leasekeeper-server figure is compared with (issue 15: ratio to nginx
# with 1 worker, measured in the same run).
#
# Usage: bench/nginx-bench.sh [--workers 1[,2...]]   (default: 1)
#
# A minimal nginx.conf (daemon off, no access log) in a temp dir, on
# 127.0.0.1 and a free port; one wrk run per worker count. Environment:
# BENCH_DURATION, BENCH_THREADS, BENCH_CONNS, BENCH_KEEP, BENCH_VERBOSE (see
# bench/lib.sh). Needs wrk, nginx, curl.
set -euo pipefail

bench_name=nginx-bench
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

workers_list=1
while (($#)); do
    case $1 in
    --workers)
        (($# >= 2)) || die "--workers needs a list such as 1,2"
        workers_list=$2
        shift 2
        ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown argument $1 (see $0 --help)" ;;
    esac
done
[[ $workers_list =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || die "--workers must be a list of counts such as 1,2"
need_tools wrk nginx curl

bench_init

IFS=, read -r -a worker_counts <<<"$workers_list"
for workers in "${worker_counts[@]}"; do
    dir=$work/nginx$workers
    mkdir -p "$dir"
    port=$(free_port)
    cat >"$dir/nginx.conf" <<EOF
daemon off;
worker_processes $workers;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 100000000;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server {
        listen 127.0.0.1:$port;
        location / { return 200 "ok\n"; }
    }
}
EOF
    spawn "$dir/stderr.log" nginx -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf"
    nginx_pid=$spawned
    wait_http "http://127.0.0.1:$port/" ||
        { cat "$dir/error.log" "$dir/stderr.log" >&2; die "nginx did not start"; }
    run_wrk "nginx$workers" "nginx return 200 ($workers worker$( ((workers == 1)) || echo s))" \
        "http://127.0.0.1:$port/"
    stop_pid "$nginx_pid"
done

print_own_table
