#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 and a free port.
#   pg-test-cluster.sh start STATE_DIR   writes STATE_DIR/port and STATE_DIR/cluster
#   pg-test-cluster.sh stop STATE_DIR    stops it and deletes its files
#   pg-test-cluster.sh halt|crash STATE_DIR  a clean stop or a crash, keeping the data
#   pg-test-cluster.sh recover STATE_DIR  starts it again on the same port and data
# Tests connect as the role "leasekeeper" with the password in STATE_DIR/password
# (password authentication, as in production) and make a database each.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-test-cluster: PostgreSQL server binaries not found; run scripts/install-deps.sh" >&2
  exit 1
fi

# As root the cluster runs as "postgres" (initdb refuses root); else as us.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

stop() {
  [ -f "$state/cluster" ] || return 0
  local cluster
  cluster=$(cat "$state/cluster")
  as_owner "'$bin/pg_ctl' -D '$cluster/data' stop -m immediate -w" >/dev/null 2>&1 || true
  rm -rf "$cluster"
  rm -f "$state/cluster" "$state/port" "$state/password"
}

start() {
  mkdir -p "$state"
  stop
  local cluster
  cluster=$(mktemp -d /tmp/leasekeeper-pg.XXXXXX)
  chmod 755 "$cluster"
  [ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
  echo "$cluster" >"$state/cluster"
  as_owner "'$bin/initdb' -D '$cluster/data' -A trust -U postgres" >"$cluster/initdb.log" 2>&1
  # The superuser only over the socket and loopback; the tests' role with a password.
  cat >"$cluster/data/pg_hba.conf" <<HBA
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
  local port
  for _ in $(seq 1 20); do
    port=$((20000 + RANDOM % 20000))
    if as_owner "'$bin/pg_ctl' -D '$cluster/data' -l '$cluster/log' -w -t 30 start \
        -o \"-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\"" \
        >/dev/null 2>&1; then
      local password=lk-test-$RANDOM$RANDOM
      as_owner "psql -h '$cluster' -p $port -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c \"CREATE ROLE leasekeeper LOGIN CREATEDB PASSWORD '$password'\"" >/dev/null
      echo "$password" >"$state/password"
      echo "$port" >"$state/port"
      echo "pg-test-cluster: PostgreSQL on 127.0.0.1:$port ($cluster)"
      return 0
    fi
  done
  echo "pg-test-cluster: could not start PostgreSQL; see $cluster/log" >&2
  exit 1
}

# A clean stop, a crash and a recovery on the same port and data, for outage tests.
halt() {
  as_owner "'$bin/pg_ctl' -D '$(cat "$state/cluster")/data' stop -m fast -w" >/dev/null
}
crash() {
  as_owner "'$bin/pg_ctl' -D '$(cat "$state/cluster")/data' stop -m immediate -w" >/dev/null
}
recover() {
  local cluster
  cluster=$(cat "$state/cluster")
  as_owner "'$bin/pg_ctl' -D '$cluster/data' -l '$cluster/log' -w -t 30 start \
    -o \"-p $(cat "$state/port") -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\"" \
    >/dev/null
}

case "$action" in
  start) start ;;
  stop) stop ;;
  halt) halt ;;
  crash) crash ;;
  recover) recover ;;
  *) echo "usage: $0 start|stop|halt|crash|recover STATE_DIR" >&2; exit 2 ;;
esac
