#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ under Xvfb: the console with its
# local License Manager and a few simulated components, then a console
# watching a remote License Manager that is killed, for the grace view.
# Needs: xvfb, xauth, imagemagick, xdotool, faketime. Usage: scripts/screenshots.sh [BIN_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1200x760x24" "$0" "$@"
fi
bin=$(realpath "${1:-build/bin}")
out=docs/screenshots
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$out"

shoot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; echo "wrote $out/$1.png"; }
# The navigation list sits at the window's top left, below the menu bar;
# rows are about 21.6 px apart.
page() { xdotool mousemove 60 $((85 + 108 * $1 / 5)) click 1; }

components() {
  local url=$1
  "$bin/leasekeeper-ctl" component run --url "$url" --type vdp --host web-01 --ips 10.20.0.11 --cores 8 \
    --instance web-01:9999 >/dev/null & pids+=($!)
  "$bin/leasekeeper-ctl" component run --url "$url" --type vdp --host web-02 --ips 10.20.0.12 --cores 8 \
    --instance web-02:9999 >/dev/null & pids+=($!)
  "$bin/leasekeeper-ctl" component run --url "$url" --type scheduler --host sched-01 --ips 10.20.0.21 \
    --cores 4 --instance sched-01:8000 >/dev/null & pids+=($!)
  sleep 1
  # Over the demo license's instance limit a third VDP server is denied; elsewhere it runs briefly.
  timeout 5 "$bin/leasekeeper-ctl" component run --url "$url" --type vdp --host web-03 --cores 8 >/dev/null || true
}

# 1. The console and its own License Manager, with host groups in its data
# folder's policy file (docs/policy.md) for the License view.
mkdir -p "$work/console"
printf 'group web web-*\ngroup batch sched-*\nreserve web vdp instances 1\ncap web vdp instances 2\ncap batch scheduler instances 1\n' \
  >"$work/console/policy"
"$bin/leasekeeper" --data-dir "$work/console" --port 18391 --bind 127.0.0.1 2>/dev/null & pids+=($!)
sleep 2
components http://127.0.0.1:18391
shoot overview 3
page 1; shoot leases
page 3; xdotool key F5 2>/dev/null || true; shoot history 2
page 5; shoot license 6
# 1b. Settings > Alerts: a webhook (a receiver here answering 200) saved
# through the API, then the dialog's "Send a test alert".
python3 -c '
import http.server, sys
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()' 18397 & pids+=($!)
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $(cat "$work/console/admin.token")" \
  -d '{"webhook": {"url": "http://127.0.0.1:18397/leasekeeper", "attempts": 3}}' \
  http://127.0.0.1:18391/api/v1/alerts/settings
xdotool mousemove 113 8 click 1; sleep 0.5; xdotool mousemove 150 31 click 1; sleep 1.5   # Settings > Alerts
# Without a window manager keys go to the window under the pointer: the dialog's.
xdotool mousemove 600 450; xdotool key alt+t
shoot alerts 3
xdotool key Escape
kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; pids=()

# 2. A console watching a remote License Manager that goes down.
"$bin/leasekeeper-ctl" license keygen --private "$work/issuer.key" --public "$work/issuer.pub" >/dev/null
cat >"$work/terms.json" <<TERMS
{"license_id": "acme-2027", "licensee": "ACME Corp", "expires": "2027-12-31T23:59:59Z",
 "grace_period_s": 432000, "renew_after_s": 300, "max_license_managers": 2,
 "components": {"vdp": {"max_instances": 4, "max_cores_per_instance": 16, "max_total_cores": 48},
                "scheduler": {"max_instances": 1, "max_cores_per_instance": 4, "max_total_cores": 4}}}
TERMS
"$bin/leasekeeper-ctl" license issue --key "$work/issuer.key" --terms "$work/terms.json" --out "$work/license.json" >/dev/null
"$bin/leasekeeper-server" --data-dir "$work/lm1" --license "$work/license.json" --trust "$work/issuer.pub" \
  --port 18392 --bind 127.0.0.1 --node-name lm1 2>/dev/null & server=$!
sleep 1
components http://127.0.0.1:18392
"$bin/leasekeeper" --no-local-server --connect http://127.0.0.1:18392 --token-file "$work/lm1/admin.token" \
  2>/dev/null & pids+=($!)
sleep 4
kill -9 "$server"
page 2; shoot grace 8
page 0; shoot overview-down
kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; pids=()

# 2b. A colleague's console with a viewer token: read-only, and the Audit view.
: >"$work/tokens"
"$bin/leasekeeper-ctl" token new --tokens-file "$work/tokens" --name alice --role admin --out "$work/alice.token" >/dev/null
"$bin/leasekeeper-ctl" token new --tokens-file "$work/tokens" --name victor --role viewer --out "$work/victor.token" >/dev/null
"$bin/leasekeeper-server" --data-dir "$work/lm2" --license "$work/license.json" --trust "$work/issuer.pub" \
  --tokens-file "$work/tokens" --port 18395 --bind 127.0.0.1 --node-name lm2 2>/dev/null & pids+=($!)
sleep 1
components http://127.0.0.1:18395
lease=$(curl -s -H "Authorization: Bearer $(cat "$work/alice.token")" http://127.0.0.1:18395/api/v1/leases |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["leases"][0]["lease_id"])')
curl -s -o /dev/null -X POST -H "Authorization: Bearer $(cat "$work/alice.token")" \
  -d '{"reason":"host web-01 decommissioned"}' "http://127.0.0.1:18395/api/v1/leases/$lease/free"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $(cat "$work/alice.token")" -d '{"enabled":true}' \
  http://127.0.0.1:18395/api/v1/maintenance
curl -s -o /dev/null -X POST -H "Authorization: Bearer $(cat "$work/alice.token")" -d '{"enabled":false}' \
  http://127.0.0.1:18395/api/v1/maintenance
curl -s -o /dev/null -H "Authorization: Bearer not-a-token-of-this-server" http://127.0.0.1:18395/api/v1/leases
"$bin/leasekeeper" --no-local-server --connect http://127.0.0.1:18395 --token-file "$work/victor.token" \
  2>/dev/null & pids+=($!)
sleep 4
page 7; shoot audit 3
# 2c. The same console checks a smaller renewal offer against that usage:
# License > Check a license against past usage..., the file typed into the dialog.
cat >"$work/offer.json" <<TERMS
{"license_id": "acme-2028-small", "licensee": "ACME Corp", "expires": "2028-12-31T23:59:59Z",
 "grace_period_s": 432000, "renew_after_s": 300, "max_license_managers": 2,
 "components": {"vdp": {"max_instances": 1, "max_cores_per_instance": 16, "max_total_cores": 16}}}
TERMS
"$bin/leasekeeper-ctl" license issue --key "$work/issuer.key" --terms "$work/offer.json" --out "$work/offer.lic" >/dev/null
page 5; sleep 1
xdotool key alt+c; sleep 1.5
xdotool type --delay 20 "$work/offer.lic"; xdotool key Return
shoot license-fit 3
xdotool key Escape
kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; pids=()

# 2d. A working day in the Usage view. The node samples its usage once a
# minute, so a day of it takes a day: this node lives the last 25 hours in
# two and a half minutes, its clock 600 times too fast (faketime, which
# also speeds up its timers). Servers come and go as on a working day, up to
# the license's 48 cores in the afternoon, when a fifth is denied twice; then the
# node runs on real time on the same database, and a console shows the day.
usage=http://127.0.0.1:18396
declare -A usage_leases
usage_grant() { # type instance cores
  usage_leases[$2]=$(curl -s -X POST "$usage/api/v1/leases" \
    -d "{\"component\":\"$1\",\"instance\":\"$2\",\"host\":\"${2%%:*}\",\"ips\":[],\"cores\":$3,\"version\":\"9.1\"}" |
    python3 -c 'import json, sys; print(json.loads(sys.stdin.read() or "{}").get("lease_id", ""))') || true
}
usage_release() { curl -s -o /dev/null -X DELETE "$usage/api/v1/leases/${usage_leases[$1]}"; }
usage_renew_all() { # those still running, so that none looks silent
  local id
  for id in "${usage_leases[@]}"; do
    [ -z "$id" ] || curl -s -o /dev/null -X POST "$usage/api/v1/leases/$id/renew"
  done
}
usage_node_time() { # seconds since the epoch, by the node's clock
  curl -s "$usage/api/v1/time" | python3 -c 'import json, sys; print(json.load(sys.stdin)["receive_time_us"] // 1000000)'
}
# The working day: the cores of the VDP servers that come and go, by the
# hour (0: stopped); web-01 and web-02 run all day.
usage_plan() { # instance hour
  local h=$((10#$2))
  case $1 in
    web-03:9999) if ((h >= 11 && h < 20)); then echo 16; elif ((h >= 7 && h < 22)); then echo 8; else echo 0; fi ;;
    web-04:9999) if ((h >= 13 && h < 16)); then echo 16; elif ((h >= 9 && h < 18)); then echo 12; else echo 0; fi ;;
  esac
}
declare -A usage_running=([web-03:9999]=0 [web-04:9999]=0)
usage_hour() { # hour: starts, restarts (a grant with other cores replaces the lease) and stops servers
  local instance cores
  for instance in web-03:9999 web-04:9999; do
    cores=$(usage_plan "$instance" "$1")
    [ "$cores" != "${usage_running[$instance]}" ] || continue
    if [ "$cores" = 0 ]; then usage_release "$instance"; else usage_grant vdp "$instance" "$cores"; fi
    usage_running[$instance]=$cores
  done
}
# libfaketime preloaded by hand rather than through the faketime command,
# which would run the server as its child and not pass it the signal to stop.
LD_PRELOAD='/usr/$LIB/faketime/libfaketime.so.1' FAKETIME='-25h x600' "$bin/leasekeeper-server" \
  --data-dir "$work/lm3" --license "$work/license.json" --trust "$work/issuer.pub" --port 18396 \
  --bind 127.0.0.1 --node-name lm3 2>/dev/null & fast=$!
pids+=("$fast")
until node_now=$(usage_node_time 2>/dev/null) && [ -n "$node_now" ]; do sleep 0.2; done
end=$(($(date +%s) - 60))
usage_grant vdp web-01:9999 8
usage_grant vdp web-02:9999 8
hour=$(date -d "@$node_now" +%H)
usage_hour "$hour"
while [ "$node_now" -lt "$end" ]; do
  sleep 0.2
  node_now=$(usage_node_time) || continue
  now_hour=$(date -d "@$node_now" +%H)
  [ "$now_hour" != "$hour" ] || continue
  hour=$now_hour
  usage_hour "$hour"
  # At the peak a fifth server asks, in two hours, and is denied: four instances are allowed.
  case $hour in 13 | 14) usage_grant vdp web-05:9999 8 ;; esac
done
kill "$fast"; wait "$fast" 2>/dev/null || true
"$bin/leasekeeper-server" --data-dir "$work/lm3" --license "$work/license.json" --trust "$work/issuer.pub" \
  --port 18396 --bind 127.0.0.1 --node-name lm3 2>/dev/null & pids+=($!)
sleep 1
usage_renew_all
"$bin/leasekeeper" --no-local-server --connect "$usage" --token-file "$work/lm3/admin.token" 2>/dev/null & pids+=($!)
sleep 4
page 4; shoot usage 3
kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; pids=()

# 2e. Overdue leases and what the probes of their components found, on a
#     screen of its own: wide enough for the Evidence column.
env -u DISPLAY scripts/screenshots-evidence.sh "$bin"

# 3. An HA pair on PostgreSQL behind HAProxy, watched through a connection profile.
bash scripts/pg-test-cluster.sh start "$work/pg" >/dev/null
# The cluster goes before the work folder that holds its state.
trap 'pkill -9 -f "node-name lm-secondary" || true; bash scripts/pg-test-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true; cleanup' EXIT
pgport=$(cat "$work/pg/port")
PGPASSWORD=$(cat "$work/pg/password") psql -q -h 127.0.0.1 -p "$pgport" -U leasekeeper -d postgres \
  -c "CREATE DATABASE lkshots" >/dev/null
db="postgresql://leasekeeper@127.0.0.1:$pgport/lkshots"
for node in primary secondary; do
  port=$([ "$node" = primary ] && echo 18393 || echo 18394)
  # The secondary's clock runs 400 ms ahead, for the Clock view.
  skew=$([ "$node" = secondary ] && echo "faketime -f +0.4s" || echo "")
  $skew "$bin/leasekeeper-server" --data-dir "$work/$node" --license "$work/license.json" --trust "$work/issuer.pub" \
    --db "$db" --db-password-file "$work/pg/password" --role "$node" --port "$port" --bind 127.0.0.1 \
    --node-name "lm-$node" 2>/dev/null & pids+=($!)
done
"$bin/leasekeeper-ctl" lb-config haproxy --primary 127.0.0.1:18393 --secondary 127.0.0.1:18394 \
  --listen 127.0.0.1:18390 --out "$work/haproxy.cfg" >/dev/null
haproxy -db -f "$work/haproxy.cfg" >/dev/null 2>&1 & pids+=($!)
sleep 3
components http://127.0.0.1:18390
mkdir -p "$work/pair-console"
cat >"$work/pair-console/profiles.json" <<PROFILES
{"format": "leasekeeper-profiles-1", "profiles": [{"name": "Production pair",
  "service_url": "http://127.0.0.1:18390",
  "node_urls": ["http://127.0.0.1:18393", "http://127.0.0.1:18394"]}]}
PROFILES
"$bin/leasekeeper" --data-dir "$work/pair-console" --profile "Production pair" 2>/dev/null & pids+=($!)
shoot overview-pair 5
page 6; shoot clock 12
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# 4. The HA wizard against that pair, one run per step: the step and the
# addresses are seeded in its settings, as if it had been left there.
wizard_shot() {
  local step=$1 name=$2 conf="$work/xdg/LeaseKeeper/leasekeeper.conf"
  mkdir -p "$(dirname "$conf")"
  rm -f "$conf"
  if [ "$step" -gt 0 ]; then
    printf '[haWizard]\nstep=%s\nprimaryUrl=http://127.0.0.1:18393\nsecondaryUrl=http://127.0.0.1:18394\n%s\n' \
      "$step" "lbUrl=http://127.0.0.1:18390" >"$conf"
    printf 'dbHost=127.0.0.1\ndbPort=%s\ndbName=lkshots\ndbUser=leasekeeper\nprofileName=Production pair\n' \
      "$pgport" >>"$conf"
  fi
  XDG_CONFIG_HOME="$work/xdg" "$bin/leasekeeper" --no-local-server --connect http://127.0.0.1:18393 \
    --token-file "$work/primary/admin.token" --data-dir "$work/wizard" 2>/dev/null &
  local console=$!
  sleep 2
  xdotool mousemove 58 8 click 1; sleep 0.5; xdotool mousemove 100 31 click 1   # Tools > Set up HA
  if [ "$name" = 7-components ]; then
    # Two components start while the step watches: one through the virtual host, one not yet.
    sleep 2
    timeout 8 "$bin/leasekeeper-ctl" component run --url http://127.0.0.1:18390 --type vdp --host web-05 \
      --ips 10.20.0.15 --cores 4 --instance web-05:9999 >/dev/null 2>&1 &
    timeout 8 "$bin/leasekeeper-ctl" component run --url http://127.0.0.1:18393 --type vdp --host web-06 \
      --ips 10.20.0.16 --cores 4 --instance web-06:9999 >/dev/null 2>&1 &
  fi
  shoot "wizard-$name" 6
  kill "$console"; wait "$console" 2>/dev/null || true
}
wizard_shot 0 1-license
wizard_shot 1 2-clocks
wizard_shot 2 3-database
wizard_shot 3 4-secondary
wizard_shot 4 5-load-balancer
wizard_shot 5 6-https
wizard_shot 6 7-components
wizard_shot 7 8-drill
wizard_shot 8 9-summary

# 5. The update assistant, from a console on the pair's profile: Tools >
# Update the pair node by node, its first step.
rm -f "$work/xdg/LeaseKeeper/leasekeeper.conf"
XDG_CONFIG_HOME="$work/xdg" "$bin/leasekeeper" --data-dir "$work/pair-console" --profile "Production pair" \
  2>/dev/null &
updater=$!
sleep 3
xdotool mousemove 58 8 click 1; sleep 0.5; xdotool mousemove 100 54 click 1
shoot update-1-before 6
kill "$updater"; wait "$updater" 2>/dev/null || true

"$bin/leasekeeper" --data-dir "$work/pair-console" --profile "Production pair" 2>/dev/null & pids+=($!)
sleep 4
pkill -9 -f "node-name lm-secondary"
shoot overview-pair-degraded 5
