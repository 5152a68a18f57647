#!/usr/bin/env bash
# HTTP benchmark of leasekeeper-server on loopback, with nginx as the ceiling.
#
# Usage: bench/run-http-bench.sh [BIN_DIR]
#   BIN_DIR (or $LEASEKEEPER_BIN) holds leasekeeper-server and leasekeeper-ctl,
#   e.g. build-bench/bin from a Release build. This script builds nothing.
#
# Environment (all optional):
#   BENCH_DURATION   seconds per wrk run             (default 10)
#   BENCH_THREADS    wrk threads                     (default 2)
#   BENCH_CONNS      wrk connections                 (default 32)
#   BENCH_LEASES     leases pre-created for renewals (default 1000)
#   BENCH_KEEP=1     keep the temp dir (server log, wrk outputs) for a look
#   BENCH_VERBOSE=1  print every wrk output in full
#
# Needs: wrk, nginx, curl. Run by hand, never from ctest: it takes ~1.5 minutes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin=${1:-${LEASEKEEPER_BIN:-}}
duration=${BENCH_DURATION:-10}
threads=${BENCH_THREADS:-2}
conns=${BENCH_CONNS:-32}
leases=${BENCH_LEASES:-1000}

die() { echo "run-http-bench: $*" >&2; exit 1; }
note() { echo "== $*" >&2; }

[[ -n $bin ]] || die "give the bin dir: $0 BIN_DIR (or set LEASEKEEPER_BIN)"
for tool in leasekeeper-server leasekeeper-ctl; do
    [[ -x $bin/$tool ]] || die "$bin/$tool is missing; build first (ninja -C build-bench)"
done
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install $tool)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/lk-bench.XXXXXX")
server_pid=
nginx_pid=

stop_pid() {
    local pid=$1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    stop_pid "$nginx_pid"
    stop_pid "$server_pid"
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        echo "run-http-bench: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port no socket uses, below the kernel's ephemeral range so that no
# outgoing connection (wrk's, or anyone's) can be holding it as a local port.
free_port() {
    local low port
    low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    ((low > 12000)) || low=32768
    for _ in $(seq 200); do
        port=$((10240 + RANDOM % (low - 10240)))
        if command -v ss >/dev/null; then
            [[ -z $(ss -Htan "sport = :$port" 2>/dev/null) ]] || continue
        fi
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "found no free port"
}

wait_http() { # URL: wait up to 10 s for a 200 answer
    for _ in $(seq 100); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$1") == 200 ]] && return 0
        sleep 0.1
    done
    return 1
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- license and server -------------------------------------------------------
cd "$work"
"$bin/leasekeeper-ctl" license keygen --private issuer.key --public issuer.pub >/dev/null
cat >terms.json <<'EOF'
{"license_id":"bench","licensee":"Bench","expires":"2030-01-01T00:00:00Z","grace_period_s":432000,
 "renew_after_s":300,"max_license_managers":2,
 "components":{"vdp":{"max_instances":100000,"max_cores_per_instance":64,"max_total_cores":1000000}}}
EOF
"$bin/leasekeeper-ctl" license issue --key issuer.key --terms terms.json --out license.json >/dev/null

lk_port=$(free_port)
lk="http://127.0.0.1:$lk_port"
"$bin/leasekeeper-server" --data-dir data --license license.json --trust issuer.pub \
    --port "$lk_port" --bind 127.0.0.1 --node-name bench >server.log 2>&1 &
server_pid=$!
# The ping answers 503 until the store thread has opened the database.
wait_http "$lk/pingLicenseManager" ||
    { cat server.log >&2; die "leasekeeper-server is not ready: $(curl -s "$lk/pingLicenseManager")"; }
admin_token=$(cat data/admin.token)

server_alive() {
    kill -0 "$server_pid" 2>/dev/null || { cat server.log >&2; die "leasekeeper-server died during the benchmark"; }
}

# --- wrk runs -----------------------------------------------------------------
declare -a rows=()

# CPU time (user + system) the server process has used, in clock ticks.
server_cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$server_pid/stat" 2>/dev/null || echo 0
}
ticks_per_second=$(getconf CLK_TCK)

# run_wrk LABEL URL [LUA_SCRIPT [SCRIPT ARGS...]]: runs wrk, records one table row.
run_wrk() {
    local label=$1 url=$2 out cpu_before cpu_after
    shift 2
    local -a cmd=(wrk -t"$threads" -c"$conns" -d"${duration}s" --latency)
    if (($#)); then
        cmd+=(-s "$1" "$url" -- "${@:2}")
    else
        cmd+=("$url")
    fi
    out="$work/wrk-$(echo "$label" | tr -c 'a-zA-Z0-9\n' '_').txt"
    note "$label: ${cmd[*]}"
    cpu_before=$(server_cpu_ticks)
    "${cmd[@]}" >"$out" 2>&1 ||
        { cat "$out" >&2; die "wrk failed for $label"; }
    cpu_after=$(server_cpu_ticks)
    [[ ${BENCH_VERBOSE:-0} == 1 ]] && cat "$out" >&2
    local rps p50 p99 non2xx sockerr statuses
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
    sockerr=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
    statuses=$(sed -n 's/^Status counts: //p' "$out")
    # leasekeeper-server's CPU time per answered request (both of its threads),
    # less sensitive than req/s to other processes competing for the CPUs.
    local requests cpu_us=-
    requests=$(awk '/requests in/ {print $1}' "$out")
    if [[ $url == "$lk"* && ${requests:-0} -gt 0 ]]; then
        cpu_us=$(awk -v t=$((cpu_after - cpu_before)) -v hz="$ticks_per_second" -v n="$requests" \
            'BEGIN {printf "%.1f", t / hz * 1e6 / n}')
    fi
    rows+=("$(printf '%-34s %10s %10s %10s %8s %8s %8s  %s' "$label" "${rps:-?}" "${p50:-?}" "${p99:-?}" \
        "${non2xx:-0}" "${sockerr:-0}" "$cpu_us" "$statuses")")
}

active_leases() {
    curl -s -H "Authorization: Bearer $admin_token" "$lk/api/v1/status" |
        sed -n 's/.*"instances_used":\([0-9]*\).*/\1/p'
}

# 1. readiness probe: no store write, one store health look-up.
run_wrk "lk GET /pingLicenseManager" "$lk/pingLicenseManager"
server_alive

# 2. renewals over pre-created leases.
note "creating $leases leases for the renewal run"
seq 1 "$leases" | xargs -P 16 -I{} curl -s -X POST "$lk/api/v1/leases" -H 'Content-Type: application/json' \
    -d '{"component":"vdp","instance":"renew-{}","host":"bench-host","ips":["127.0.0.1"],"cores":1,"version":"bench"}' \
    -w '\n' >created.json
grep -o '"lease_id":"[0-9a-f]*"' created.json | cut -d'"' -f4 >lease-ids.txt
created=$(wc -l <lease-ids.txt)
[[ $created -eq $leases ]] || die "created $created of $leases leases; see $work/created.json"
run_wrk "lk POST .../renew ($leases leases)" "$lk" "$here/wrk/renew.lua" "$work/lease-ids.txt"
server_alive

# 3. grants, twice: every grant counts the live leases of its component, so
#    the second run shows what the first run's leases cost.
before=$(active_leases)
run_wrk "lk POST /leases (from $before live)" "$lk" "$here/wrk/grant.lua" grant1
server_alive
before=$(active_leases)
run_wrk "lk POST /leases (from $before live)" "$lk" "$here/wrk/grant.lua" grant2
server_alive
after=$(active_leases)

# 4. nginx 'return 200' as the ceiling of this machine and client.
for workers in 1 2; do
    mkdir -p "nginx$workers"
    ng_port=$(free_port)
    cat >"nginx$workers/nginx.conf" <<EOF
daemon off;
worker_processes $workers;
pid $work/nginx$workers/nginx.pid;
error_log $work/nginx$workers/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 100000000;
    client_body_temp_path $work/nginx$workers/client_body;
    proxy_temp_path $work/nginx$workers/proxy;
    fastcgi_temp_path $work/nginx$workers/fastcgi;
    uwsgi_temp_path $work/nginx$workers/uwsgi;
    scgi_temp_path $work/nginx$workers/scgi;
    server {
        listen 127.0.0.1:$ng_port;
        location / { return 200 "ok\n"; }
    }
}
EOF
    nginx -p "$work/nginx$workers" -e "$work/nginx$workers/error.log" -c "$work/nginx$workers/nginx.conf" &
    nginx_pid=$!
    wait_http "http://127.0.0.1:$ng_port/" || { cat "nginx$workers/error.log" >&2; die "nginx did not start"; }
    run_wrk "nginx return 200 ($workers worker$([[ $workers == 1 ]] || echo s))" "http://127.0.0.1:$ng_port/"
    stop_pid "$nginx_pid"
    nginx_pid=
done

server_alive
warnings=$(grep -c -E ' (warning|critical|fatal) ' server.log || true)

# --- report -------------------------------------------------------------------
echo
echo "leasekeeper-server HTTP benchmark: $(nproc) CPUs ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1))"
echo "wrk -t$threads -c$conns -d${duration}s --latency, loopback; load average before: $load_start, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$after live leases at the end; server log warnings: $warnings"
printf '%-34s %10s %10s %10s %8s %8s %8s  %s\n' "run" "req/s" "p50" "p99" "non-2xx" "sockerr" "cpu us" "statuses"
printf '%s\n' "${rows[@]}"
exit 0
