#!/usr/bin/env bash
# What the console costs watching a remote node with 100,000 live leases
# (issue 15: steady-state polling under 2 % of one core on the console and
# under 2 % on the server, the Leases view loading in under 1 s, the console
# under 250 MB).
#
# Usage: bench/console-bench.sh BIN_DIR [--store sqlite|postgres]   (default sqlite)
#   BIN_DIR (or $LEASEKEEPER_BIN) holds leasekeeper-server and leasekeeper-ctl;
#   the console is BIN_DIR/leasekeeper if there is one, else
#   $LEASEKEEPER_CONSOLE_BIN (e.g. build/bin/leasekeeper).
#
# Steps:
#   1. leasekeeper-server with BENCH_PRELOAD live leases inserted with SQL
#      (license: renew_after_s 300, grace 5 days);
#   2. the renewal trickle: POST /api/v1/leases/ID/renew round-robin over
#      those leases, BENCH_RENEW_RATE a second (one curl process a second,
#      8 requests at a time). The default, BENCH_PRELOAD / 300 = 333/s, is
#      what 100,000 components renewing every 300 s send, and keeps every
#      lease on time, as in a healthy fleet; each 5-s look of the console
#      then brings about 1,700 changed leases;
#   3. with curl: one full GET /api/v1/leases (bytes, ms; the fastest of 3),
#      one GET /api/v1/leases?since=CURSOR 5 s after the last full one, and
#      the history query the console sends every 30 s to count the last
#      hour's denials (GET /api/v1/history?kind=denial&since_ms=...&limit=10000);
#   4. the server's CPU with the trickle alone, over BENCH_CONSOLE_BASELINE s;
#   5. the console, `leasekeeper --no-local-server --connect URL --token-file
#      admin.token`, under xvfb-run (real xcb, QT_QPA_PLATFORM unset), in a
#      private HOME with its own D-Bus session and unlocked GNOME Keyring (as
#      tests/integration/ui/tst_secretstore.cpp does), so it remembers the
#      token as on a desktop without touching the user's keychain;
#      BENCH_CONSOLE_KEYRING=0 runs it without D-Bus instead;
#   6. load time: the console shows the Overview, but its NodeMonitor fetches
#      the leases at once and the Leases page's model takes them whether shown
#      or not. Seen from outside: "read" when the bytes the console has read
#      (/proc/PID/io rchar) reach the size of the full answer, "loaded" when
#      its CPU then stays under 10 % for 0.3 s (parse, merge, sort done);
#   7. after BENCH_CONSOLE_WARMUP s, the CPU (utime + stime from
#      /proc/PID/stat) of the console and of the server over
#      BENCH_CONSOLE_SECONDS s, as % of one core; the server's share for the
#      console is that minus step 4; then the console's VmHWM and VmRSS.
# The notes add the CPU of Xvfb (the console's drawing), of the trickle's
# curl, and the renewals/s it achieved.
#
# Environment: BENCH_PRELOAD (100000), BENCH_RENEW_RATE (BENCH_PRELOAD / 300),
# BENCH_CONSOLE_WARMUP (20), BENCH_CONSOLE_SECONDS (60),
# BENCH_CONSOLE_BASELINE (30), BENCH_CONSOLE_KEYRING (1), and bench/lib.sh's.
# Needs curl, xvfb-run (xvfb, xauth), sqlite3 or PostgreSQL; dbus-daemon and
# gnome-keyring-daemon unless BENCH_CONSOLE_KEYRING=0. Takes about 2.5
# minutes with the defaults.
set -euo pipefail

bench_name=console-bench
bench_tools='curl xvfb-run xauth'
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
parse_args "$@"
preload=${BENCH_PRELOAD:-100000}
[[ $preload =~ ^[0-9]+$ ]] || die "BENCH_PRELOAD must be a whole number, not '$preload'"
rate=${BENCH_RENEW_RATE:-$(((preload + 299) / 300))}
warmup_s=${BENCH_CONSOLE_WARMUP:-20}
measure_s=${BENCH_CONSOLE_SECONDS:-60}
baseline_s=${BENCH_CONSOLE_BASELINE:-30}
keyring=${BENCH_CONSOLE_KEYRING:-1}
for n in rate warmup_s measure_s baseline_s; do
    [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number, not '${!n}'"
done
((preload > 0 && rate > 0 && measure_s > 0)) ||
    die "BENCH_PRELOAD, BENCH_RENEW_RATE and BENCH_CONSOLE_SECONDS must be above 0"

console_bin=
if [[ -x $bin/leasekeeper ]]; then
    console_bin=$bin/leasekeeper
elif [[ -n ${LEASEKEEPER_CONSOLE_BIN:-} ]]; then
    [[ -x $LEASEKEEPER_CONSOLE_BIN ]] || die "LEASEKEEPER_CONSOLE_BIN=$LEASEKEEPER_CONSOLE_BIN is not an executable"
    console_bin=$LEASEKEEPER_CONSOLE_BIN
else
    die "no console: neither $bin/leasekeeper nor \$LEASEKEEPER_CONSOLE_BIN"
fi
((keyring == 0)) || need_tools dbus-daemon gnome-keyring-daemon
hz=$(getconf CLK_TCK)
table_caption="console $console_bin, $preload leases, $rate renewals/s"

# --- helpers ------------------------------------------------------------------

now() { date +%s.%N; }
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# pct TICKS SECONDS: CPU time as % of one core.
pct() { awk -v t="$1" -v s="$2" -v hz="$hz" 'BEGIN {printf "%.2f", (s > 0 ? t / hz / s * 100 : 0)}'; }
per_s() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", (s > 0 ? n / s : 0)}'; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b - a}'; }
mb_of() { awk -v k="$2:" '$1 == k {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

# get_leases OUT [QUERY]: GET /api/v1/leases; prints "STATUS BYTES MS".
get_leases() {
    local -a query=()
    [[ -z ${2:-} ]] || query=(-G --data-urlencode "$2")
    curl -s --max-time 120 -o "$1" -H "Authorization: Bearer $admin_token" "${query[@]}" \
        -w '%{http_code} %{size_download} %{time_total}\n' "$lk/api/v1/leases" |
        awk '{printf "%s %s %.1f\n", $1, $2, $3 * 1000}'
}
cursor_of() { grep -o '"cursor":"[^"]*"' "$1" | cut -d'"' -f4; }
items_of() { grep -o '"lease_id":' "$1" | wc -l; }

# The first child process of PID named NAME (xvfb-run's Xvfb), or nothing.
# From /proc/*/stat: "PID (COMM) STATE PPID ..."; no /proc/PID/task/*/children
# on kernels without CONFIG_PROC_CHILDREN.
child_named() {
    local stat
    for stat in /proc/[0-9]*/stat; do
        awk -v ppid="$1" -v name="($2)" '$2 == name && $4 == ppid {print $1; found = 1} END {exit !found}' \
            "$stat" 2>/dev/null && return 0
    done
    return 0
}

# CPU of the trickle's loop and the curl processes it waited for.
trickle_ticks() { awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat" 2>/dev/null || echo 0; }
renewed() { grep -c '^200$' "$work/trickle.codes" || true; }

# trickle_loop: one batch of renewals a second, round-robin over the batches
# $work/trickle/N.curl; each answer's status one a line in trickle.codes.
trickle_loop() {
    local i=0 began rest
    while :; do
        began=$(date +%s%N)
        curl -s --no-progress-meter --parallel --parallel-max 8 -K "$work/trickle/$((i % batches)).curl" \
            >>"$work/trickle.codes" 2>>"$work/trickle.err" || true
        i=$((i + 1))
        rest=$((1000000000 - ($(date +%s%N) - began)))
        ((rest <= 0)) || sleep "$(printf '0.%09d' "$rest")"
    done
}

# --- server, leases, trickle --------------------------------------------------

bench_init
make_license
[[ $store == postgres ]] && pg_start
server_start lm # creates the schema
server_stop
preload_leases lm "$preload"
store_sql lm "SELECT id FROM leases WHERE ended_ms IS NULL AND component = 'vdp';" >"$work/lease-ids.txt"
server_start lm
server_pid=$lk_pid
live=$(active_leases)
[[ $live == "$preload" ]] || die "the server counts $live live leases, not $preload"

mkdir -p "$work/trickle"
batches=$(awk -v dir="$work/trickle" -v url="$lk/api/v1/leases" -v rate="$rate" 'BEGIN { n = 0 }
    { if ((NR - 1) % rate == 0) { if (f != "") close(f); f = dir "/" n ".curl" }
      else print "next" >f
      printf "url = \"%s/%s/renew\"\ndata = \"\"\noutput = \"/dev/null\"\nwrite-out = \"%%{http_code}\\n\"\n", url, $1 >f
      if ((NR - 1) % rate == 0) n++ }
    END { print n }' "$work/lease-ids.txt")
note "renewal trickle: $rate/s round-robin over $preload leases ($batches batches)"
: >"$work/trickle.codes"
spawn "$work/trickle.log" trickle_loop
trickle_pid=$spawned
sleep 3
server_alive
kill -0 "$trickle_pid" 2>/dev/null || die "the trickle stopped; see $work/trickle.err"
(($(renewed) > 0)) || die "no renewal answered 200; see $work/trickle.codes and $work/trickle.err"

# --- curl: the full list and one delta ----------------------------------------

best='' all_ms=''
for _ in 1 2 3; do
    read -r code bytes ms < <(get_leases "$work/full.json")
    [[ $code == 200 ]] || die "GET /api/v1/leases answered $code: $(head -c 300 "$work/full.json")"
    if [[ -z $best ]] || awk -v a="$ms" -v b="${best#* }" 'BEGIN {exit !(a < b)}'; then best="$bytes $ms"; fi
    all_ms+="${all_ms:+, }$ms"
done
full_bytes=${best% *}
full_items=$(items_of "$work/full.json")
value_row "$store.leases_full_ms" "$store GET leases, full (ms)" "${best#* }" \
    "$full_bytes bytes, $full_items leases; 3 runs: $all_ms ms"
cursor=$(cursor_of "$work/full.json")
[[ -n $cursor ]] || die "no cursor in the full answer"
sleep 5
read -r code bytes ms < <(get_leases "$work/delta.json" "since=$cursor")
[[ $code == 200 ]] || die "GET /api/v1/leases?since= answered $code: $(head -c 300 "$work/delta.json")"
grep -q '"full":false' "$work/delta.json" || note "the answer to ?since= is a full list"
value_row "$store.leases_delta_ms" "$store GET leases?since=, 5 s later (ms)" "$ms" \
    "$bytes bytes, $(items_of "$work/delta.json") leases"
# The console's other poll: every 30 s it reads the last hour's denials
# (kind=denial, limit 10000) to count them. Before kind=denial it read every
# kind of entry, which grows with the leases (10,000 entries, 2.7 MB here).
read -r code bytes ms < <(curl -s --max-time 120 -o "$work/history.json" -H "Authorization: Bearer $admin_token" \
    -w '%{http_code} %{size_download} %{time_total}\n' \
    "$lk/api/v1/history?kind=denial&since_ms=$(($(date +%s%3N) - 3600000))&limit=10000" |
    awk '{printf "%s %s %.1f\n", $1, $2, $3 * 1000}')
[[ $code == 200 ]] || die "GET /api/v1/history answered $code: $(head -c 300 "$work/history.json")"
value_row "$store.history_ms" "$store GET history, denials of 1 h (ms)" "$ms" \
    "$bytes bytes, $(grep -o '"kind":' "$work/history.json" | wc -l) entries; the console's denial count, every 30 s"
server_alive

# --- the server with the trickle alone ----------------------------------------

if ((baseline_s > 0)); then
    note "server CPU with the trickle alone, ${baseline_s}s"
    t0=$(now) s0=$(ticks_of "$server_pid") c0=$(trickle_ticks "$trickle_pid") r0=$(renewed)
    sleep "$baseline_s"
    t1=$(now) s1=$(ticks_of "$server_pid") c1=$(trickle_ticks "$trickle_pid") r1=$(renewed)
    secs=$(elapsed "$t0" "$t1")
    base_pct=$(pct $((s1 - s0)) "$secs")
    value_row "$store.server_cpu_trickle" "$store server CPU %, trickle alone" "$base_pct" \
        "$(per_s $((r1 - r0)) "$secs") renewals/s; trickle curl $(pct $((c1 - c0)) "$secs") %"
fi

# --- the console --------------------------------------------------------------

home=$work/home
mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$work/run"
chmod 700 "$work/run"
console_env=(-u QT_QPA_PLATFORM -u DBUS_SESSION_BUS_ADDRESS HOME="$home" XDG_CONFIG_HOME="$home/.config"
    XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$work/run")
if ((keyring)); then
    spawn "$work/dbus.log" env "${console_env[@]}" dbus-daemon --session --nofork --print-address=1
    bus=
    for _ in $(seq 50); do
        bus=$(grep -m1 -E '^[a-z]+:' "$work/dbus.log" || true)
        [[ -n $bus ]] && break
        sleep 0.1
    done
    [[ -n $bus ]] || die "dbus-daemon gave no address; see $work/dbus.log"
    console_env+=(DBUS_SESSION_BUS_ADDRESS="$bus")
    echo "lk-bench-keyring" >"$work/keyring.password"
    # gnome-keyring-daemon reads the password that unlocks (creates) the login keyring from stdin.
    # shellcheck disable=SC2016 # $0 is sh's
    spawn "$work/keyring.log" env "${console_env[@]}" \
        sh -c 'exec gnome-keyring-daemon --foreground --unlock --components=secrets <"$0"' "$work/keyring.password"
    sleep 1 # until it has taken its bus name; the console only writes the token asynchronously
fi

cp "$work/lm/admin.token" "$work/admin.token"
note "starting the console: $console_bin"
rm -f "$work/console.pid"
c_start=$(now)
# shellcheck disable=SC2016 # $$, $0 and $@ are sh's: it writes its pid, which exec keeps
spawn "$work/console.log" xvfb-run -a -e "$work/xvfb.log" -s "-screen 0 1280x800x24 -nolisten tcp" \
    sh -c 'echo $$ >"$0"; exec "$@"' "$work/console.pid" env "${console_env[@]}" \
    "$console_bin" --no-local-server --connect "$lk" --token-file "$work/admin.token"
xvfb_run_pid=$spawned
console_pid=
for _ in $(seq 100); do
    [[ -s $work/console.pid ]] && { console_pid=$(cat "$work/console.pid"); break; }
    kill -0 "$xvfb_run_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $console_pid ]] || { cat "$work/console.log" >&2; die "xvfb-run did not start the console"; }
# The console goes first in the cleanup, then xvfb-run, which stops its Xvfb.
bench_pids=("$console_pid" "${bench_pids[@]}")
xvfb_pid=$(child_named "$xvfb_run_pid" Xvfb)
[[ -z $xvfb_pid ]] || bench_pids+=("$xvfb_pid")

console_alive() {
    kill -0 "$console_pid" 2>/dev/null && return 0
    tail -n 30 "$work/console.log" >&2
    die "the console died; log: $work/console.log"
}

# Received: it has read as many bytes as the full answer has. Loaded: then
# three samples of 0.1 s in a row with at most one tick (10 ms) of CPU.
received='' loaded='' load_ticks='' quiet=0 busy_at=''
prev=$(ticks_of "$console_pid")
for _ in $(seq 1200); do
    sleep 0.1
    console_alive
    t=$(now)
    ticks=$(ticks_of "$console_pid")
    if [[ -z $received ]]; then
        rchar=$(awk '$1 == "rchar:" {print $2}' "/proc/$console_pid/io")
        ((rchar >= full_bytes)) && received=$t
    else
        if ((ticks - prev <= 1)); then
            ((++quiet >= 3)) && { loaded=${busy_at:-$received} load_ticks=$ticks; break; }
        else
            quiet=0 busy_at=$t
        fi
    fi
    prev=$ticks
done
if [[ -z $loaded ]]; then
    value_row "$store.console_load" "$store console: loaded (s from start)" n/a \
        "${received:+received at $(elapsed "$c_start" "$received") s, }not quiet within 120 s"
else
    value_row "$store.console_load" "$store console: loaded (s from start)" \
        "$(elapsed "$c_start" "$loaded")" "answer read at $(elapsed "$c_start" "$received") s; $(
            awk -v t="$load_ticks" -v hz="$hz" 'BEGIN {printf "%.2f", t / hz}') s CPU by then"
    value_row "$store.console_apply" "$store console: read -> loaded (s)" \
        "$(elapsed "$received" "$loaded")" "parse, merge, sort; from outside, +-0.1 s"
fi

note "warm-up ${warmup_s}s, then ${measure_s}s of CPU"
sleep "$warmup_s"
console_alive
server_alive
t0=$(now) k0=$(ticks_of "$console_pid") s0=$(ticks_of "$server_pid") c0=$(trickle_ticks "$trickle_pid") r0=$(renewed)
x0=$([[ -n $xvfb_pid ]] && ticks_of "$xvfb_pid" || echo 0)
sleep "$measure_s"
t1=$(now) k1=$(ticks_of "$console_pid") s1=$(ticks_of "$server_pid") c1=$(trickle_ticks "$trickle_pid") r1=$(renewed)
x1=$([[ -n $xvfb_pid ]] && ticks_of "$xvfb_pid" || echo 0)
console_alive
server_alive
secs=$(elapsed "$t0" "$t1")
console_pct=$(pct $((k1 - k0)) "$secs")
server_pct=$(pct $((s1 - s0)) "$secs")
value_row "$store.console_cpu" "$store console CPU %, watching $preload" "$console_pct" \
    "${secs}s; Xvfb $(pct $((x1 - x0)) "$secs") %"
value_row "$store.server_cpu_console" "$store server CPU %, trickle + console" "$server_pct" \
    "$(per_s $((r1 - r0)) "$secs") renewals/s; trickle curl $(pct $((c1 - c0)) "$secs") %"
if [[ -n ${base_pct:-} ]]; then
    value_row "$store.server_poll_cpu" "$store server CPU %, the console's share" \
        "$(awk -v a="$server_pct" -v b="$base_pct" 'BEGIN {printf "%.2f", a - b}')" "$server_pct - $base_pct"
fi
value_row "$store.console_hwm" "$store console VmHWM MB" "$(mb_of "$console_pid" VmHWM)" ""
value_row "$store.console_rss" "$store console VmRSS MB, end" "$(mb_of "$console_pid" VmRSS)" ""

# What the console said: a keychain that did not take the token, warnings.
said=$(grep -v -E '^\s*$' "$work/console.log" | sort | uniq -c | sort -rn | head -n 5 || true)
[[ -z $said ]] || note "the console printed:"$'\n'"$said"
grep -q 'not remembered' "$work/console.log" && note "the admin token was not remembered in the keychain"

stop_pid "$console_pid"
stop_pid "$xvfb_run_pid"
[[ -z $xvfb_pid ]] || stop_pid "$xvfb_pid"
stop_pid "$trickle_pid"
failed=$(grep -c -v '^200$' "$work/trickle.codes" || true)
((failed == 0)) || note "$failed renewals did not answer 200 (see $work/trickle.codes)"
server_stop
print_own_table
