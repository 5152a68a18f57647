#!/usr/bin/env bash
# The Debian packages, end to end, on this machine (docs/linux-service.md):
# builds them with cpack, installs them with apt-get, runs the installed
# programs, checks the installed unit with systemd-analyze, starts the installed
# server the way its unit does (as the leasekeeper user, in the unit's sandbox,
# with the installed INI file and a license made with the installed
# leasekeeper-ctl), pings it, asks it for its status, stops
# it, purges both packages and checks that they are gone. It leaves the machine
# as it found it: what the packages keep on purge by design (the user, the
# state directory, the administrator's files in /etc/leasekeeper) and any
# dependency apt pulled in are removed at the end.
#
# Usage: scripts/package-test.sh [BUILD_DIR]   (default: build; needs root)
# Exit status: 0 passed, 1 failed, 77 skipped (not root).
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=$(realpath -m "${1:-build}")

say() { printf 'package-test: %s\n' "$*"; }
fail() {
  printf 'package-test: FAILED: %s\n' "$*" >&2
  exit 1
}

if [ "$(id -u)" -ne 0 ]; then
  say "SKIPPED: installing packages needs root (CI runs as root); nothing was tested"
  exit 77
fi

packages=(leasekeeper-server leasekeeper-console)
for package in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
    fail "$package is installed on this machine; the test would remove it: purge it first"
  fi
done
for path in /etc/leasekeeper /var/lib/leasekeeper; do
  [ ! -e "$path" ] || fail "$path exists; the test would overwrite it: move it away first"
done
user_existed=no
getent passwd leasekeeper >/dev/null && user_existed=yes

# 0755 up the path: apt reads local .deb files as its _apt user.
work=$(mktemp -d /tmp/leasekeeper-package-test.XXXXXX)
chmod 755 "$work"
dpkg-query -W -f='${Package}\n' | sort >"$work/packages-before"
server_pid=

cleanup() {
  local status=$?
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL "$server_pid"
    wait "$server_pid" 2>/dev/null
  fi
  for package in "${packages[@]}"; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
      DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >/dev/null
    fi
  done
  # Dependencies apt installed for the packages go too, and only those.
  dpkg-query -W -f='${Package}\n' | sort >"$work/packages-after"
  local added
  added=$(comm -13 "$work/packages-before" "$work/packages-after")
  if [ -n "$added" ]; then
    say "removing the dependencies the packages pulled in: $(tr '\n' ' ' <<<"$added")"
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $added >/dev/null
  fi
  rm -rf /etc/leasekeeper /var/lib/leasekeeper
  if [ "$user_existed" = no ] && getent passwd leasekeeper >/dev/null; then
    userdel leasekeeper
    getent group leasekeeper >/dev/null && groupdel leasekeeper
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

# --- Build the packages ------------------------------------------------------
# Debian packages install under /usr; changing the prefix of an existing tree
# rebuilds nothing but the install rules.
say "configuring $build_dir for /usr and building the three programs"
{
  cmake -S "$source_dir" -B "$build_dir" -DCMAKE_INSTALL_PREFIX=/usr &&
    cmake --build "$build_dir" --parallel "$(nproc)" --target leasekeeper-server leasekeeper-ctl leasekeeper
} >"$work/build.log" 2>&1 || {
  cat "$work/build.log"
  fail "could not configure or build $build_dir"
}
(cd "$build_dir" && cpack -G DEB -B "$work/dist" >"$work/cpack.log" 2>&1) || {
  cat "$work/cpack.log"
  fail "cpack could not build the packages"
}
cp "$work"/dist/leasekeeper*.deb "$work/"
chmod 644 "$work"/*.deb
ls "$work"/leasekeeper-server_*.deb "$work"/leasekeeper-console_*.deb >/dev/null ||
  fail "cpack did not make leasekeeper-server and leasekeeper-console: $(ls "$work/dist")"

for deb in "$work"/leasekeeper*.deb; do
  say "$(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
done
server_deb=$(ls "$work"/leasekeeper-server_*.deb)
console_deb=$(ls "$work"/leasekeeper-console_*.deb)
depends=$(dpkg-deb -f "$server_deb" Depends)
for needed in libqt6sql6-sqlite libqt6sql6-psql adduser libsodium libqt6core6; do
  [[ $depends == *"$needed"* ]] || fail "leasekeeper-server does not depend on $needed: $depends"
done
for needed in libqt6sql6-sqlite libqt6widgets6 libqt6charts6; do
  [[ $(dpkg-deb -f "$console_deb" Depends) == *"$needed"* ]] || fail "leasekeeper-console does not depend on $needed"
done
# The widgets and the charts are the console's alone: a server host needs no GUI libraries.
for unwanted in libqt6widgets6 libqt6charts6; do
  [[ $depends != *"$unwanted"* ]] || fail "leasekeeper-server depends on $unwanted: $depends"
done
conffiles=$(dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles)
[ "$conffiles" = /etc/leasekeeper/leasekeeper.ini ] ||
  fail "the conffiles of leasekeeper-server are '$conffiles', not /etc/leasekeeper/leasekeeper.ini"
mkdir "$work/unpacked"
dpkg-deb -x "$server_deb" "$work/unpacked"
dpkg-deb -x "$console_deb" "$work/unpacked"
for program in leasekeeper-server leasekeeper-ctl leasekeeper; do
  if readelf -S --wide "$work/unpacked/usr/bin/$program" | grep -Eq '\.(symtab|debug_info)'; then
    fail "/usr/bin/$program is not stripped"
  fi
done
for path in /usr/share/applications/leasekeeper.desktop /usr/share/icons/hicolor/scalable/apps/leasekeeper.svg \
  /usr/share/icons/hicolor/48x48/apps/leasekeeper.png /lib/systemd/system/leasekeeper-server.service \
  /usr/share/doc/leasekeeper-server/linux-service.md; do
  [ -f "$work/unpacked$path" ] || fail "no $path in the packages"
done

# --- Install ------------------------------------------------------------------
say "apt-get install -y ./leasekeeper*.deb"
(cd "$work" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./leasekeeper*.deb >"$work/apt.log" 2>&1) || {
  cat "$work/apt.log"
  fail "apt-get could not install the packages"
}

help=$(/usr/bin/leasekeeper-server --help) || fail "/usr/bin/leasekeeper-server --help failed"
[[ $help == *"--config"* ]] || fail "leasekeeper-server --help does not list --config"
version=$(/usr/bin/leasekeeper-ctl --version) || fail "/usr/bin/leasekeeper-ctl --version failed"
say "installed: $version"
expected_version=$(dpkg-query -W -f='${Version}' leasekeeper-server)
[[ $expected_version == "$(echo "$version" | awk '{print $NF}')"* ]] ||
  fail "leasekeeper-ctl --version says '$version', the package is $expected_version"
[ -x /usr/bin/leasekeeper ] || fail "/usr/bin/leasekeeper (the console) is not installed"

getent passwd leasekeeper >/dev/null || fail "the leasekeeper user was not created"
[ "$(stat -c '%U:%G %a' /var/lib/leasekeeper)" = "leasekeeper:leasekeeper 750" ] ||
  fail "/var/lib/leasekeeper is $(stat -c '%U:%G %a' /var/lib/leasekeeper), not leasekeeper:leasekeeper 750"

unit=/lib/systemd/system/leasekeeper-server.service
verify=$(systemd-analyze verify "$unit" 2>&1) || fail "systemd-analyze verify $unit: $verify"
if grep -q leasekeeper <<<"$verify"; then
  fail "systemd-analyze verify $unit: $verify"
fi
say "systemd-analyze verify $unit: no complaint"
if security=$(systemd-analyze security --offline=true "$unit" 2>/dev/null); then
  say "systemd-analyze security: $(tail -n 1 <<<"$security")"
fi

# --- Run the installed server the way the unit does ------------------------------
/usr/bin/leasekeeper-ctl license keygen --private "$work/issuer.key" --public /etc/leasekeeper/issuer.pub >/dev/null
cat >"$work/terms.json" <<TERMS
{"license_id": "package-test", "licensee": "Package test", "expires": "$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)",
 "max_license_managers": 1,
 "components": {"vdp": {"max_instances": 2, "max_cores_per_instance": 8, "max_total_cores": 16}}}
TERMS
/usr/bin/leasekeeper-ctl license issue --key "$work/issuer.key" --terms "$work/terms.json" \
  --out /etc/leasekeeper/license.json >/dev/null
chgrp leasekeeper /etc/leasekeeper/license.json /etc/leasekeeper/issuer.pub
chmod 640 /etc/leasekeeper/license.json /etc/leasekeeper/issuer.pub

exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[[ $exec_start == "/usr/bin/leasekeeper-server --config /etc/leasekeeper/leasekeeper.ini" ]] ||
  fail "unexpected ExecStart in $unit: $exec_start"
say "starting $exec_start --bind 127.0.0.1 --port 0 in the unit's sandbox"
# scripts/run-as-unit.py applies the unit's user, umask, file system
# protection, capabilities, system call filter, W^X and address families, then
# execs ExecStart= (same PID). Port 0: the system picks a free port and the log
# names it.
/usr/bin/python3 "$source_dir/scripts/run-as-unit.py" "$unit" --bind 127.0.0.1 --port 0 >"$work/server.log" 2>&1 &
server_pid=$!

port=
for _ in $(seq 100); do
  port=$(sed -n 's/.*listening on 127\.0\.0\.1 port \([0-9]*\).*/\1/p' "$work/server.log")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || fail "the installed server did not start: $(cat "$work/server.log")"
ping_answer=$(curl -s -m 5 -o "$work/ping.json" -w '%{http_code}' "http://127.0.0.1:$port/pingLicenseManager" || true)
if [ "$ping_answer" != 200 ]; then
  cat "$work/server.log" "$work/ping.json" 2>/dev/null
  fail "the installed server did not answer the ping on port $port with 200 (got '$ping_answer')"
fi
say "ping: 200 $(cat "$work/ping.json")"
[ "$(stat -c '%U %a' /var/lib/leasekeeper/admin.token)" = "leasekeeper 600" ] ||
  fail "admin token: $(stat -c '%U %a' /var/lib/leasekeeper/admin.token), not leasekeeper 600"
[ "$(stat -c '%U' /var/lib/leasekeeper/leasekeeper.db)" = leasekeeper ] || fail "no database owned by leasekeeper"
status=$(/usr/bin/leasekeeper-ctl status --url "http://127.0.0.1:$port") || fail "leasekeeper-ctl status: $status"
[[ $status == *"package-test"* ]] || fail "leasekeeper-ctl status does not show the license: $status"

# The server runs timedatectl, then chronyc, to tell whether the clock is
# synchronised: under the unit's system call filter they must at least start
# (here without systemd or chrony they cannot give a verdict, and say so).
time_sync=
for _ in $(seq 100); do
  time_sync=$(curl -s -m 5 "http://127.0.0.1:$port/api/v1/status" |
    /usr/bin/python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin)["time_sync"]))' 2>&1) || true
  [[ $time_sync != *"not checked yet"* ]] && break
  sleep 0.1
done
say "time sync as the sandboxed server sees it: $time_sync"
if [[ $time_sync == *"not checked yet"* || $time_sync == *"cannot start it"* || $time_sync == *"crashed"* ]]; then
  fail "the time-sync check did not run inside the unit's sandbox: $time_sync"
fi

kill -TERM "$server_pid"
server_status=0
wait "$server_pid" || server_status=$?
server_pid=
[ "$server_status" -eq 0 ] || fail "the server exited with status $server_status on SIGTERM: $(cat "$work/server.log")"
say "server stopped cleanly on SIGTERM; its log:"
sed 's/^/    /' "$work/server.log"

# --- Upgrade (a reinstall runs the same maintainer scripts) -------------------
# The administrator's edit of the conffile survives, without a question.
sed -i 's/^;port = 10091$/port = 10092/' /etc/leasekeeper/leasekeeper.ini
(cd "$work" && DEBIAN_FRONTEND=noninteractive apt-get install --reinstall -y -qq ./leasekeeper-server_*.deb \
  >"$work/apt.log" 2>&1 </dev/null) || {
  cat "$work/apt.log"
  fail "reinstalling leasekeeper-server failed"
}
grep -qx 'port = 10092' /etc/leasekeeper/leasekeeper.ini || fail "the reinstall lost the edit of leasekeeper.ini"
[ -f /var/lib/leasekeeper/leasekeeper.db ] || fail "the reinstall lost the database"
say "reinstall kept the edited leasekeeper.ini and the database"

# --- Purge --------------------------------------------------------------------
say "apt-get purge -y ${packages[*]}"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${packages[@]}" >"$work/apt.log" 2>&1 || {
  cat "$work/apt.log"
  fail "apt-get purge failed"
}
for package in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
    fail "$package is still installed after the purge"
  fi
done
for path in /usr/bin/leasekeeper-server /usr/bin/leasekeeper-ctl /usr/bin/leasekeeper "$unit" \
  /etc/leasekeeper/leasekeeper.ini /usr/share/applications/leasekeeper.desktop /usr/share/doc/leasekeeper-server; do
  [ ! -e "$path" ] || fail "$path is still there after the purge"
done
# Kept on purge by design (docs/linux-service.md): the leases and the
# administrator's own files. cleanup removes them.
[ -f /var/lib/leasekeeper/leasekeeper.db ] || fail "the purge deleted the leases in /var/lib/leasekeeper"
[ -f /etc/leasekeeper/license.json ] || fail "the purge deleted the administrator's license"
say "PASSED: built, installed, ran, stopped and purged leasekeeper-server and leasekeeper-console"
