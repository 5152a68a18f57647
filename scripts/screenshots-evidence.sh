#!/usr/bin/env bash
# Takes docs/screenshots/leases-evidence.png under Xvfb: a console's Leases
# view with overdue leases and what the License Manager's probes of their
# components found (docs/components.md). The license asks for a renewal
# every 10 s, so a component that stops renewing is overdue after 15 s.
# Run by scripts/screenshots.sh; alone: scripts/screenshots-evidence.sh [BIN_DIR]
# Needs: xvfb, xauth, imagemagick, xdotool, python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1760x760x24" "$0" "$@"
fi
bin=$(realpath "${1:-build/bin}")
out=docs/screenshots
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$out"

shoot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; echo "wrote $out/$1.png"; }
page() { xdotool mousemove 60 $((85 + 108 * $1 / 5)) click 1; }

"$bin/leasekeeper-ctl" license keygen --private "$work/issuer.key" --public "$work/issuer.pub" >/dev/null
cat >"$work/terms.json" <<TERMS
{"license_id": "acme-2027", "licensee": "ACME Corp", "expires": "2027-12-31T23:59:59Z",
 "grace_period_s": 432000, "renew_after_s": 10, "max_license_managers": 2,
 "components": {"vdp": {"max_instances": 8, "max_cores_per_instance": 16, "max_total_cores": 96}}}
TERMS
"$bin/leasekeeper-ctl" license issue --key "$work/issuer.key" --terms "$work/terms.json" --out "$work/license.json" >/dev/null
url=http://127.0.0.1:18398
"$bin/leasekeeper-server" --data-dir "$work/lm" --license "$work/license.json" --trust "$work/issuer.pub" \
  --port 18398 --bind 127.0.0.1 --node-name lm1 --probe-interval-s 20 2>/dev/null & pids+=($!)
sleep 1

# A component that renews, and leases of components that stopped renewing at
# once (granted, never renewed), each probed at its own address: nothing
# listens at one (refused: gone), a service answers at another (open:
# probably alive, cut off from the License Manager), and the third address
# does not answer at all (cannot tell).
"$bin/leasekeeper-ctl" component run --url "$url" --type vdp --host web-01 --ips 10.20.0.11 --cores 8 \
  --instance web-01:9999 >/dev/null & pids+=($!)
python3 -c '
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 18399)); s.listen(16)
while True:
    c, _ = s.accept(); c.close()' & pids+=($!)
grant() { # host cores probe
  curl -s -o /dev/null -X POST "$url/api/v1/leases" -d "{\"component\":\"vdp\",\"instance\":\"$1:9999\",\
\"host\":\"$1\",\"ips\":[\"10.20.0.$4\"],\"cores\":$2,\"version\":\"9.1\",\"probe\":\"$3\"}"
}
grant web-02 8 127.0.0.1:18397 12
grant web-03 16 127.0.0.1:18399 13
grant web-04 4 192.0.2.14:9999 14
"$bin/leasekeeper" --no-local-server --connect "$url" --token-file "$work/lm/admin.token" 2>/dev/null & pids+=($!)
# Overdue after 15 s, then a probe every 20 s: three or four each.
# Wide enough for the Evidence column, the last one, to show in full.
sleep 5
xdotool search --name "LeaseKeeper" | while read -r w; do xdotool windowsize "$w" 1750 730 || true; done
sleep 75
page 1; shoot leases-evidence 3
