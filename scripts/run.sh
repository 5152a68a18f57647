#!/usr/bin/env bash
# Installs what is missing, builds, and starts the LeaseKeeper console with
# its local License Manager. The console creates a DEMO license on its first
# run; install a real one on its License page. Arguments go to the console
# (see build/bin/leasekeeper --help).
#
# Without a display (a server over SSH), it starts the headless License
# Manager instead, with a DEMO license made by leasekeeper-ctl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Only the programs: the tests are built by scripts/test.sh.
LEASEKEEPER_TARGETS="leasekeeper leasekeeper-server leasekeeper-ctl" bash scripts/build.sh
bin=${LEASEKEEPER_BUILD_DIR:-build}/bin

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/leasekeeper" "$@"
fi
echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset): starting the headless License Manager."

data_dir=${LEASEKEEPER_DATA_DIR:-$HOME/.local/share/leasekeeper}
demo_dir=$data_dir/demo
mkdir -p "$demo_dir"
if [ ! -f "$demo_dir/license.json" ]; then
  "$bin/leasekeeper-ctl" license keygen --private "$demo_dir/demo-issuer.key" --public "$demo_dir/demo-issuer.pub"
  expires=$(date -u -d '+90 days' +%Y-%m-%dT%H:%M:%SZ)
  cat >"$demo_dir/demo-terms.json" <<TERMS
{"license_id": "demo", "licensee": "DEMO LICENSE - evaluation only", "expires": "$expires",
 "grace_period_s": 432000, "renew_after_s": 300, "max_license_managers": 2,
 "components": {"vdp": {"max_instances": 2, "max_cores_per_instance": 16, "max_total_cores": 24},
                "scheduler": {"max_instances": 1, "max_cores_per_instance": 4, "max_total_cores": 4}}}
TERMS
  "$bin/leasekeeper-ctl" license issue --key "$demo_dir/demo-issuer.key" --terms "$demo_dir/demo-terms.json" \
    --out "$demo_dir/license.json"
fi

port=${LEASEKEEPER_PORT:-10091}
cat <<INFO

LeaseKeeper License Manager (DEMO license) on port $port. Try:
  curl -s localhost:$port/pingLicenseManager
  curl -s localhost:$port/api/v1/status
  curl -s -X POST localhost:$port/api/v1/leases \\
       -d '{"component":"vdp","instance":"host1:9999","host":"host1","ips":["10.0.0.5"],"cores":8,"version":"9.1"}'
  $bin/leasekeeper-ctl status --url http://localhost:$port
Admin token: $data_dir/admin.token (created at first start). Stop with Ctrl+C.

INFO
exec "$bin/leasekeeper-server" --data-dir "$data_dir" --port "$port" \
  --license "$demo_dir/license.json" --trust "$demo_dir/demo-issuer.pub" "$@"
