# shellcheck shell=bash disable=SC2034 # variables for the scripts that source this file
# Helpers shared by the benchmark scripts in bench/; sourced, never run.
#
# A script sets bench_name, sources this file, calls bench_init (temp dir,
# cleanup trap), and records its figures with run_wrk or value_row into the
# results file: $BENCH_RESULTS when run-all.sh collects several scripts into
# one table, else a file in the temp dir that the script prints at the end.
#
# Results file: one tab-separated row per figure and round:
#   round key label req/s p50_ms p99_ms non2xx sockerr cpu_us_per_req value notes
# "-" where a column does not apply. Keys (nginx1, sqlite.renew, ...) name a
# figure across rounds and stores; labels are for people.
#
# Environment (all optional):
#   BENCH_DURATION  seconds per wrk run (default 10)
#   BENCH_THREADS   wrk threads         (default 2)
#   BENCH_CONNS     wrk connections     (default 32)
#   BENCH_KEEP=1    keep the temp dir (logs, wrk outputs, databases)
#   BENCH_VERBOSE=1 print every wrk output in full
#   BENCH_RESULTS   append rows to this file and print no table (run-all.sh)
#   BENCH_ROUND     round number written into each row (run-all.sh)

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
duration=${BENCH_DURATION:-10}
threads=${BENCH_THREADS:-2}
conns=${BENCH_CONNS:-32}
bench_name=${bench_name:-$(basename "$0" .sh)}

work=
results=
round=${BENCH_ROUND:-1}
bin=
store=sqlite
declare -a bench_pids=()
# What parse_args checks besides the store's tools; a script that runs no
# wrk sets it before calling parse_args.
bench_tools=${bench_tools:-wrk curl}

# The leasekeeper-server this script runs now (server_start, server_stop).
lk_pid=
lk=
lk_name=
admin_token=

# The throwaway PostgreSQL cluster (pg_start, pg_stop).
pg_dir=
pg_bin=
pg_port=

die() {
    echo "$bench_name: error: $*" >&2
    exit 1
}
note() { echo "== $(date +%T) $bench_name: $*" >&2; }

# --- tools, arguments, temp dir -----------------------------------------------

need_tools() {
    local tool package
    for tool; do
        command -v "$tool" >/dev/null && continue
        case $tool in
        psql) package=postgresql-client ;;
        xvfb-run) package=xvfb ;;
        gnome-keyring-daemon) package=gnome-keyring ;;
        *) package=$tool ;;
        esac
        die "$tool is not installed (apt-get install $package)"
    done
}

# PostgreSQL's server binaries are not on PATH on Debian: the newest of
# /usr/lib/postgresql/*/bin, as scripts/pg-test-cluster.sh picks them.
need_postgres() {
    need_tools psql
    pg_bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n1)
    [[ -n $pg_bin && -x $pg_bin/initdb && -x $pg_bin/pg_ctl ]] ||
        die "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)"
    if [[ $(id -u) == 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root needs the user postgres (initdb refuses root)"
        command -v runuser >/dev/null || die "runuser is missing (util-linux)"
    fi
}

need_bin() {
    [[ -n $bin ]] || die "give the bin dir: $0 BIN_DIR (or set LEASEKEEPER_BIN)"
    local tool
    for tool in leasekeeper-server leasekeeper-ctl; do
        [[ -x $bin/$tool ]] || die "$bin/$tool is missing; build first (cmake --build build-bench)"
    done
    bin=$(cd "$bin" && pwd)
}

# The common arguments: BIN_DIR and --store sqlite|postgres. Unknown options
# are an error, so a typo never runs the wrong benchmark.
parse_args() {
    bin=${LEASEKEEPER_BIN:-}
    while (($#)); do
        case $1 in
        --store)
            (($# >= 2)) || die "--store needs sqlite or postgres"
            store=$2
            shift 2
            ;;
        --store=*)
            store=${1#--store=}
            shift
            ;;
        -h | --help)
            sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
            exit 0
            ;;
        -*) die "unknown option $1 (see $0 --help)" ;;
        *)
            bin=$1
            shift
            ;;
        esac
    done
    [[ $store == sqlite || $store == postgres ]] || die "--store must be sqlite or postgres, not '$store'"
    need_bin
    # shellcheck disable=SC2086 # a list of tool names
    need_tools $bench_tools
    if [[ $store == sqlite ]]; then need_tools sqlite3; else need_postgres; fi
}

bench_init() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/lk-$bench_name.XXXXXX")
    results=${BENCH_RESULTS:-$work/results.tsv}
    touch "$results"
    trap bench_cleanup EXIT
    # A signal ends the script through the EXIT trap, which stops everything.
    trap 'exit 130' INT TERM HUP
}

bench_cleanup() {
    local pid
    for pid in "${bench_pids[@]}"; do
        stop_pid "$pid"
    done
    pg_stop
    [[ -n $work ]] || return 0
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        echo "$bench_name: kept $work${pg_dir:+ and $pg_dir}" >&2
    else
        rm -rf "$work"
    fi
}

# --- processes and ports ------------------------------------------------------

# Starts a command in the background with stdout and stderr to LOG and
# remembers it for the cleanup; its pid is in $spawned. Not in a $(...)
# subshell, so that this shell can wait for it.
spawned=
spawn() {
    local log=$1
    shift
    "$@" >>"$log" 2>&1 &
    spawned=$!
    bench_pids+=("$spawned")
}

# TERM, 5 s of grace, then KILL; reaps it. Forgets the pid, so the cleanup
# never signals a pid the system may have handed to someone else.
stop_pid() {
    local pid=$1 keep=() p
    [[ -n $pid ]] || return 0
    for p in "${bench_pids[@]}"; do [[ $p == "$pid" ]] || keep+=("$p"); done
    bench_pids=("${keep[@]}")
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

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

wait_http() { # URL [SECONDS]: wait for a 200 answer
    local tries=$((${2:-10} * 10))
    for _ in $(seq "$tries"); do
        [[ $(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$1") == 200 ]] && return 0
        sleep 0.1
    done
    return 1
}

# --- license and server -------------------------------------------------------

# An issuer key and a license whose limits no benchmark reaches: 1,000,000
# instances of vdp (the format's maximum), so that 100,000 preloaded leases
# plus every grant of the runs still get 201, never instance_limit.
make_license() {
    local expires
    expires=$(date -u -d '+1 year' +%Y-%m-%dT%H:%M:%SZ)
    "$bin/leasekeeper-ctl" license keygen --private "$work/issuer.key" --public "$work/issuer.pub" >/dev/null
    cat >"$work/terms.json" <<EOF
{"license_id":"bench","licensee":"Bench","expires":"$expires","grace_period_s":432000,
 "renew_after_s":300,"max_license_managers":2,
 "components":{"vdp":{"max_instances":1000000,"max_cores_per_instance":64,"max_total_cores":1000000}}}
EOF
    "$bin/leasekeeper-ctl" license issue --key "$work/issuer.key" --terms "$work/terms.json" \
        --out "$work/license.json" >/dev/null
}

# server_start NAME: starts leasekeeper-server on a free port with the data
# dir $work/NAME (admin token; and the SQLite database with --store sqlite)
# or the PostgreSQL database lk_NAME, which is created on first use. Again
# with the same NAME, it reopens the same data. Sets lk_pid, lk, admin_token.
server_start() {
    local name=$1 port
    local -a args
    port=$(free_port)
    lk="http://127.0.0.1:$port"
    lk_name=$name
    mkdir -p "$work/$name"
    args=(--data-dir "$work/$name" --license "$work/license.json" --trust "$work/issuer.pub"
        --port "$port" --bind 127.0.0.1 --node-name bench)
    if [[ $store == postgres ]]; then
        pg_create_db "lk_$name"
        args+=(--db "postgresql://leasekeeper@127.0.0.1:$pg_port/lk_$name"
            --db-password-file "$work/pg.password")
    fi
    echo "$bin/leasekeeper-server ${args[*]}" >"$work/$name.cmd"
    spawn "$work/$name.log" "$bin/leasekeeper-server" "${args[@]}"
    lk_pid=$spawned
    # The ping answers 503 until the store thread has opened the database
    # (and, on a first start, created the schema).
    if ! wait_http "$lk/pingLicenseManager" 60; then
        tail -n 30 "$work/$name.log" >&2
        die "leasekeeper-server ($store) is not ready: $(curl -s --max-time 2 "$lk/pingLicenseManager" || echo 'no answer')"
    fi
    admin_token=$(cat "$work/$name/admin.token")
}

server_stop() {
    stop_pid "$lk_pid"
    lk_pid=
}

# How the server ended, once it has: "exit N" or "signal NAME".
server_exit_status() {
    local rc=0
    wait "$lk_pid" 2>/dev/null || rc=$?
    if ((rc > 128)); then echo "signal $(kill -l $((rc - 128)) 2>/dev/null || echo $((rc - 128)))"; else echo "exit $rc"; fi
}

server_alive() {
    kill -0 "$lk_pid" 2>/dev/null && return 0
    tail -n 30 "$work/$lk_name.log" >&2
    die "leasekeeper-server died during the benchmark ($(server_exit_status)); log: $work/$lk_name.log"
}

# Live instances of vdp, as the server counts them; "?" when it does not say.
active_leases() {
    local n
    n=$(curl -s --max-time 10 -H "Authorization: Bearer $admin_token" "$lk/api/v1/status" |
        sed -n 's/.*"instances_used":\([0-9]*\).*/\1/p')
    echo "${n:-?}"
}

# Warnings and worse in the log of the server NAME.
server_warnings() {
    grep -c -E ' (warning|critical|fatal) ' "$work/$1.log" || true
}

# grant_leases COUNT PREFIX IDS_FILE: COUNT leases of vdp through the API
# (instances PREFIX-1 ... PREFIX-COUNT), their ids one a line in IDS_FILE.
# One curl process, 16 requests at a time over kept-alive connections: a
# curl process per request costs ~30 ms of start-up on a busy 2-CPU machine.
grant_leases() {
    local count=$1 prefix=$2 ids=$3 cfg=$work/grant-$2.curl got
    awk -v url="$lk/api/v1/leases" -v n="$count" -v prefix="$prefix" 'BEGIN {
        for (i = 1; i <= n; i++) {
            if (i > 1) print "next"
            printf "url = \"%s\"\nheader = \"Content-Type: application/json\"\nwrite-out = \"\\n\"\n", url
            printf "data = \"{\\\"component\\\":\\\"vdp\\\",\\\"instance\\\":\\\"%s-%d\\\",\\\"host\\\":\\\"bench-host\\\"," \
                "\\\"ips\\\":[\\\"127.0.0.1\\\"],\\\"cores\\\":1,\\\"version\\\":\\\"bench\\\"}\"\n", prefix, i
        } }' >"$cfg"
    curl -s --no-progress-meter --max-time 300 --parallel --parallel-max 16 -K "$cfg" >"$work/grant-$prefix.json" ||
        die "granting $count leases failed; see $work/grant-$prefix.json"
    { grep -o '"lease_id":"[0-9a-f]*"' "$work/grant-$prefix.json" || true; } | cut -d'"' -f4 >"$ids"
    got=$(wc -l <"$ids")
    ((got == count)) || die "granted $got of $count leases; see $work/grant-$prefix.json"
}

# Resident memory of the server in MB (VmRSS).
server_rss_mb() {
    awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$lk_pid/status"
}

# The sum of a Prometheus metric's samples from GET /metrics (the admin token
# opens it with the server's default --metrics token); empty when absent.
server_metric() {
    local text
    # Fails (status 1) when there is no answer, e.g. the server died.
    text=$(curl -sf --max-time 10 -H "Authorization: Bearer $admin_token" "$lk/metrics") || return 1
    awk -v name="$1" 'index($0, name) == 1 && substr($0, length(name) + 1, 1) ~ /^[{ ]$/ {
        sum += $NF; found = 1 } END { if (found) printf "%.0f\n", sum }' <<<"$text"
}

# --- the store, with the server stopped ---------------------------------------

# store_sql NAME SQL: runs SQL on the database of server NAME; prints rows.
store_sql() {
    local name=$1 sql=$2
    if [[ $store == sqlite ]]; then
        # -bail: the first error fails the call instead of being printed only.
        sqlite3 -bail -batch "$work/$name/leasekeeper.db" <<<".timeout 10000
$sql"
    else
        pg_psql "lk_$name" "$sql"
    fi
}

# preload_leases NAME TARGET: tops the live leases of vdp up to TARGET (none
# when as many are live already) by
# inserting rows straight into the stopped server's database: granting
# 100,000 leases over HTTP at ~1,000/s would take minutes. A plain INSERT
# into leases, so that the triggers that keep per-component counters
# (lease_usage, schema version 4) count the new rows as a grant would; every
# lease renewed now and due in 5 days, like a fresh grant under this license.
preload_leases() {
    local name=$1 target=$2 live missing now grace tag columns rows
    live=$(store_sql "$name" "SELECT COUNT(*) FROM leases WHERE ended_ms IS NULL AND component = 'vdp';")
    missing=$((target - live))
    ((missing > 0)) || return 0
    now=$(date +%s%3N)
    grace=$((now + 5 * 86400 * 1000))
    tag=$now # instance names unique across preloads of one database
    columns="id, component, instance, host, ips, cores, version, node, granted_ms, last_renewal_ms, grace_deadline_ms"
    rows="'vdp', 'preload-$tag-' || i, 'bench-preload', '[\"127.0.0.1\"]', 1, 'bench', 'bench', $now, $now, $grace"
    note "preloading $missing live leases into the $store store ($live live)"
    if [[ $store == sqlite ]]; then
        # Ids as the server makes them: 32 lower-case hex digits.
        store_sql "$name" "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $missing)
            INSERT INTO leases ($columns) SELECT lower(hex(randomblob(16))), $rows FROM seq;" >/dev/null
    else
        # In batches of 1,000 rows, each its own transaction: the usage
        # trigger updates one lease_usage row per inserted lease, and within
        # one transaction PostgreSQL keeps every version of that row, which
        # each next update walks: 100,000 rows in one INSERT take a minute
        # (quadratic), in batches about a second.
        # ANALYZE: autovacuum would do it within a minute of such a bulk insert
        # on a production server; without it the first run plans on stale stats.
        local from to sql=
        for ((from = 1; from <= missing; from += 1000)); do
            to=$((from + 999 < missing ? from + 999 : missing))
            sql+="INSERT INTO leases ($columns) SELECT md5(random()::text || clock_timestamp()::text || i),"
            sql+=" $rows FROM generate_series($from, $to) AS i;"$'\n'
        done
        pg_psql_script "lk_$name" "${sql}ANALYZE leases;" >/dev/null
    fi
    live=$(store_sql "$name" "SELECT COUNT(*) FROM leases WHERE ended_ms IS NULL AND component = 'vdp';")
    ((live >= target)) || die "preload left $live live leases, fewer than $target"
}

# --- PostgreSQL: a throwaway cluster of this script ---------------------------

# As root the cluster runs as postgres (initdb refuses root); else as us.
as_pg() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Default settings (fsync on, synchronous_commit on: a grant is acknowledged
# only once durable) except what a throwaway cluster needs: loopback only, a
# free port, the unix socket in its own directory.
pg_start() {
    [[ -n $pg_bin ]] || need_postgres
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/lk-bench-pg.XXXXXX")
    chmod 755 "$pg_dir"
    [[ $(id -u) == 0 ]] && chown postgres "$pg_dir"
    # --no-sync: initdb's own files only; the running cluster still fsyncs.
    as_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres --no-sync >"$pg_dir/initdb.log" 2>&1 ||
        { cat "$pg_dir/initdb.log" >&2; die "initdb failed"; }
    # The superuser over the socket only; the server's role with a password,
    # over TCP, as in production.
    cat >"$pg_dir/data/pg_hba.conf" <<'EOF'
local all postgres trust
host all all 127.0.0.1/32 scram-sha-256
EOF
    local attempt
    for attempt in 1 2 3 4 5; do
        pg_port=$(free_port)
        if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -t 60 start \
            -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" >/dev/null 2>&1; then
            break
        fi
        ((attempt < 5)) || { tail -n 20 "$pg_dir/log" >&2; die "could not start PostgreSQL; log: $pg_dir/log"; }
    done
    local password
    password=lk-bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    (umask 077 && echo "$password" >"$work/pg.password")
    pg_psql postgres "CREATE ROLE leasekeeper LOGIN PASSWORD '$password';" >/dev/null
    note "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($pg_dir)"
}

pg_stop() {
    [[ -n $pg_dir && -d $pg_dir/data ]] || return 0
    # Immediate: the cluster is thrown away, nothing needs a checkpoint.
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m immediate -w >/dev/null 2>&1 || true
    [[ ${BENCH_KEEP:-0} == 1 ]] || rm -rf "$pg_dir"
}

# pg_psql DB SQL: as the superuser, over the cluster's socket.
pg_psql() {
    psql -h "$pg_dir" -p "$pg_port" -U postgres -d "$1" -X -q -A -t -v ON_ERROR_STOP=1 -c "$2"
}

# pg_psql_script DB SQL: the statements of SQL one after the other, each in
# its own transaction (autocommit), stopping at the first error.
pg_psql_script() {
    psql -h "$pg_dir" -p "$pg_port" -U postgres -d "$1" -X -q -A -t -v ON_ERROR_STOP=1 -f - <<<"$2"
}

pg_create_db() {
    [[ -n $(pg_psql postgres "SELECT 1 FROM pg_database WHERE datname = '$1';") ]] && return 0
    pg_psql postgres "CREATE DATABASE $1 OWNER leasekeeper;" >/dev/null
}

# --- wrk and the results file -------------------------------------------------

# CPU time (user + system) the server process has used, in clock ticks.
server_cpu_ticks() {
    if [[ -n $lk_pid ]]; then awk '{print $14 + $15}' "/proc/$lk_pid/stat" 2>/dev/null || echo 0; else echo 0; fi
}

# wrk_cmd OUT_VAR URL [LUA_SCRIPT [ARGS...]]: the wrk command line, with
# $threads and $conns (callers may set them locally).
wrk_cmd() {
    local -n cmd_ref=$1
    local url=$2
    shift 2
    cmd_ref=(wrk -t"$threads" -c"$conns" -d"${duration}s" --latency)
    if (($#)); then cmd_ref+=(-s "$1" "$url" -- "${@:2}"); else cmd_ref+=("$url"); fi
}

wrk_out() { echo "$work/wrk-$1.txt"; }

# wrk latency (506.00us, 1.20ms, 1.02s, 1.50m) in ms.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v == "") { print "-"; exit }
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.3f\n", n }'
}

# wrk_row KEY LABEL WRK_OUTPUT CPU_TICKS NOTES: appends one row from wrk's output.
wrk_row() {
    local key=$1 label=$2 out=$3 ticks=$4 notes=$5
    [[ ${BENCH_VERBOSE:-0} == 1 ]] && cat "$out" >&2
    local rps p50 p99 non2xx sockerr statuses requests cpu_us=-
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    [[ -n $rps ]] || { cat "$out" >&2; die "no Requests/sec in the wrk output for $label"; }
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
    sockerr=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
    statuses=$(sed -n 's/^Status counts: //p' "$out")
    requests=$(awk '/requests in/ {print $1}' "$out")
    # The server's CPU time per answered request (all its threads) moves much
    # less than req/s when other processes compete for the two CPUs.
    if [[ $ticks != - && ${requests:-0} -gt 0 ]]; then
        cpu_us=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.1f", t / hz * 1e6 / n}')
    fi
    notes="$notes${notes:+${statuses:+ }}$statuses"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$key" "$label" "$rps" "$p50" "$p99" \
        "${non2xx:-0}" "${sockerr:-0}" "$cpu_us" - "${notes:--}" >>"$results"
}

# run_wrk KEY LABEL URL [LUA_SCRIPT [ARGS...]]: one wrk run, one row. The CPU
# column is filled when the URL is the running server's.
run_wrk() {
    local key=$1 label=$2 url=$3 out before after ticks=-
    shift 3
    local -a cmd
    wrk_cmd cmd "$url" "$@"
    out=$(wrk_out "$key")
    note "$label: ${cmd[*]}"
    before=$(server_cpu_ticks)
    "${cmd[@]}" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed for $label"; }
    after=$(server_cpu_ticks)
    [[ -n $lk && $url == "$lk"* ]] && ticks=$((after - before))
    wrk_row "$key" "$label" "$out" "$ticks" "${RUN_WRK_NOTES:-}"
}

# value_row KEY LABEL VALUE NOTES: a figure that is not a wrk run.
value_row() {
    printf '%s\t%s\t%s\t-\t-\t-\t-\t-\t-\t%s\t%s\n' "$round" "$1" "$2" "$3" "${4:--}" >>"$results"
    note "$2: $3${4:+ ($4)}"
}

# --- the table ----------------------------------------------------------------

# print_table FILE: one line per key in first-seen order; with several rounds,
# the median of each column over the rounds. "x nginx" is req/s over the
# req/s of nginx with 1 worker (key nginx1) in the same round, then the
# median of those ratios. "target" checks issue 15's targets.
print_table() {
    awk -F'\t' '
    function median(list,    n, a, i, j, t) {
        n = split(list, a, " ")
        if (n == 0) return ""
        for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    function num(v) { return v ~ /^-?[0-9.]+$/ }
    function add(k, col, v) { if (num(v)) vals[k, col] = vals[k, col] " " v }
    function fmt(v, f) { return v == "" ? "-" : sprintf(f, v) }
    {
        r = $1; k = $2
        if (!(k in label)) { order[++n] = k; label[k] = $3 }
        rounds[r] = 1; row[r, k] = 1
        add(k, "rps", $4); add(k, "p50", $5); add(k, "p99", $6); add(k, "non2xx", $7)
        add(k, "sockerr", $8); add(k, "cpu", $9); add(k, "value", $10)
        if ($10 == "n/a") na[k] = 1
        if ($11 != "-" && $11 != "") notes[k] = $11
        if (num($4)) rps[r, k] = $4
    }
    END {
        for (r in rounds) if ((r, "nginx1") in rps && rps[r, "nginx1"] > 0)
            for (i = 1; i <= n; i++) if ((r, order[i]) in rps) add(order[i], "ratio", rps[r, order[i]] / rps[r, "nginx1"])
        printf "%-44s %10s %8s %9s %9s %7s %7s %8s %9s  %-30s %s\n", "run", "req/s", "x nginx", "p50 ms", "p99 ms",
            "non-2xx", "sockerr", "cpu us", "value", "target (issue 15)", "notes"
        for (i = 1; i <= n; i++) {
            k = order[i]
            m["rps"] = median(vals[k, "rps"]); m["ratio"] = median(vals[k, "ratio"])
            m["p50"] = median(vals[k, "p50"]); m["p99"] = median(vals[k, "p99"])
            m["non2xx"] = median(vals[k, "non2xx"]); m["sockerr"] = median(vals[k, "sockerr"])
            m["cpu"] = median(vals[k, "cpu"]); m["value"] = median(vals[k, "value"])
            med[k] = m["rps"]
            value = m["value"] == "" ? (k in na ? "n/a" : "-") : sprintf(m["value"] == int(m["value"]) ? "%d" : "%.2f", m["value"])
            # Targets: the store is the key up to the dot.
            st = k; sub(/\..*/, "", st); kind = k; sub(/^[^.]*\./, "", kind)
            t = ""; ok = ""
            if (kind == "renew") {
                want = st == "sqlite" ? 0.5 : 0.25
                t = sprintf("x>=%s, p99<5ms", want)
                if (m["ratio"] != "" && m["p99"] != "") ok = m["ratio"] >= want && m["p99"] < 5
            } else if (kind == "grant1k" || kind == "grant100k") {
                want = st == "sqlite" ? 3000 : 1000
                t = ">=" want "/s"
                if (m["rps"] != "") ok = m["rps"] >= want
                if (kind == "grant100k") {
                    t = t ", >=0.8x 1k"
                    if (ok != "" && med[st ".grant1k"] != "") ok = ok && m["rps"] >= 0.8 * med[st ".grant1k"]
                }
            } else if (kind == "ping_load") {
                t = "p99<10ms"; if (m["p99"] != "") ok = m["p99"] < 10
            } else if (kind == "fleet") {
                t = "<=5 s"; if (m["value"] != "") ok = m["value"] <= 5
            } else if (kind ~ /^rss/) {
                t = "<150 MB"; if (m["value"] != "") ok = m["value"] < 150
            } else if (kind == "idle_writes") {
                t = "0"; if (m["value"] != "") ok = m["value"] == 0
            } else if (kind == "console_apply") {
                t = "<1 s"; if (m["value"] != "") ok = m["value"] < 1
            } else if (kind == "console_cpu" || kind == "server_poll_cpu") {
                t = "<2 %"; if (m["value"] != "") ok = m["value"] < 2
            } else if (kind == "console_hwm" || kind == "console_rss") {
                t = "<250 MB"; if (m["value"] != "") ok = m["value"] < 250
            }
            # Failed answers do not count as fast ones.
            if (ok != "" && m["non2xx"] + 0 > 0) { ok = 0; t = t ", all 2xx" }
            if (t != "") t = t (ok == "" ? " ?" : ok ? " ok" : " MISS")
            if (m["non2xx"] + 0 > 0 || m["sockerr"] + 0 > 0) bad = bad (bad == "" ? "" : "; ") label[k]
            printf "%-44s %10s %8s %9s %9s %7s %7s %8s %9s  %-30s %s\n", label[k], fmt(m["rps"], "%.2f"),
                fmt(m["ratio"], "%.3f"), fmt(m["p50"], "%.3f"), fmt(m["p99"], "%.3f"), fmt(m["non2xx"], "%d"),
                fmt(m["sockerr"], "%d"), fmt(m["cpu"], "%.1f"), value, t == "" ? "-" : t, notes[k] == "" ? "" : notes[k]
        }
        if (bad != "") print "WARNING: non-2xx answers or socket errors in: " bad
    }' "$1"
}

# The table of a script run alone (no BENCH_RESULTS): printed at its end.
print_own_table() {
    [[ -z ${BENCH_RESULTS:-} ]] || return 0
    echo
    echo "$bench_name: $(nproc) CPUs, ${table_caption:-wrk -t$threads -c$conns -d${duration}s --latency, loopback}," \
        "load average $(cut -d' ' -f1-3 /proc/loadavg)"
    print_table "$results"
}
