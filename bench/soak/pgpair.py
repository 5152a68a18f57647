"""A PostgreSQL primary with a synchronous hot standby, on loopback.

Two clusters, "pga" and "pgb", each on its own port. One is the primary, the
other streams from it and is its synchronous standby, so a commit is
acknowledged only once the standby has it: a failover loses no acknowledged
write. After a failover the promoted cluster runs without a synchronous
standby until the old primary has been rebuilt from it (pg_basebackup) and
streams again, as an operator (or Patroni) would do; otherwise every commit
would wait for a standby that is being rebuilt.
"""

import glob
import os
import shutil
import subprocess
import time


def _pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: [int(x) for x in p.split("/")[4].split(".")])
    if not found or not os.access(os.path.join(found[-1], "initdb"), os.X_OK):
        raise SystemExit("soak: PostgreSQL server binaries not found (apt-get install postgresql)")
    return found[-1]


def _as_postgres(command):
    return ["runuser", "-u", "postgres", "--"] + command if os.geteuid() == 0 else command


class PgCluster:
    def __init__(self, name, root, port):
        self.name = name
        self.dir = os.path.join(root, name)
        self.data = os.path.join(self.dir, "data")
        self.port = port
        self.bin = _pg_bin()

    def run(self, tool, *args, check=True, timeout=120):
        command = _as_postgres([os.path.join(self.bin, tool), *args])
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if check and result.returncode != 0:
            raise RuntimeError(f"{self.name}: {tool} failed: {result.stderr.strip() or result.stdout.strip()}")
        return result

    def options(self):
        return f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"

    def start(self):
        self.run("pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w", "-t", "60", "-o",
                 self.options(), "start")

    def stop(self, mode):
        """mode: fast (a clean stop) or immediate (a crash: no checkpoint, shared memory lost)."""
        self.run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop", check=False)

    def running(self):
        return self.run("pg_ctl", "-D", self.data, "status", check=False).returncode == 0

    def promote(self):
        self.run("pg_ctl", "-D", self.data, "-w", "promote")

    def sql(self, statement, database="postgres", timeout=30):
        result = self.run("psql", "-h", self.dir, "-p", str(self.port), "-d", database, "-At", "-F", "\t",
                          "-v", "ON_ERROR_STOP=1", "-c", statement, timeout=timeout)
        return [line.split("\t") for line in result.stdout.splitlines() if line]

    def make_dir(self):
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(self.dir)
        os.chmod(self.dir, 0o755)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")

    def initdb(self):
        self.make_dir()
        self.run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync")
        with open(os.path.join(self.data, "pg_hba.conf"), "w") as hba:
            hba.write("local all all trust\n"
                      "host all postgres 127.0.0.1/32 trust\n"
                      "host replication postgres 127.0.0.1/32 trust\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            # Replication on; durability as in production (fsync, synchronous
            # commit), a WAL window large enough for a standby to catch up.
            conf.write("wal_level = replica\nmax_wal_senders = 8\nhot_standby = on\n"
                       "wal_keep_size = 512MB\nmax_connections = 100\nsynchronous_commit = on\n")

    def rebuild_as_standby_of(self, primary):
        """Throws this cluster's data away and copies it from `primary`."""
        self.make_dir()
        self.run("pg_basebackup", "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres", "-D",
                 self.data, "-X", "stream", "-c", "fast", timeout=300)
        auto = os.path.join(self.data, "postgresql.auto.conf")
        with open(auto) as f:
            # The primary's synchronous_standby_names must not follow the copy:
            # promoted one day, this cluster would wait for itself.
            kept = [line for line in f if not line.startswith("synchronous_standby_names")]
        kept.append(f"primary_conninfo = 'host=127.0.0.1 port={primary.port} user=postgres "
                    f"application_name={self.name}'\n")
        with open(auto, "w") as f:
            f.writelines(kept)
        open(os.path.join(self.data, "standby.signal"), "w").close()
        if os.geteuid() == 0:
            for path in (auto, os.path.join(self.data, "standby.signal")):
                shutil.chown(path, "postgres")


class PgPair:
    def __init__(self, root, ports, password):
        self.clusters = [PgCluster("pga", root, ports[0]), PgCluster("pgb", root, ports[1])]
        self.primary, self.standby = self.clusters
        self.password = password

    def url(self):
        hosts = ",".join(f"127.0.0.1:{c.port}" for c in self.clusters)
        return f"postgresql://leasekeeper@{hosts}/soak?target_session_attrs=read-write"

    def set_up(self):
        self.primary.initdb()
        self.primary.start()
        self.primary.sql(f"CREATE ROLE leasekeeper LOGIN PASSWORD '{self.password}'")
        self.primary.sql("CREATE DATABASE soak OWNER leasekeeper")
        self.attach_standby()

    def attach_standby(self):
        """Rebuilds the standby from the primary, starts it and makes it synchronous."""
        self.standby.rebuild_as_standby_of(self.primary)
        self.standby.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            rows = self.primary.sql("SELECT state FROM pg_stat_replication "
                                    f"WHERE application_name = '{self.standby.name}'")
            if rows and rows[0][0] == "streaming":
                break
            time.sleep(0.2)
        else:
            raise RuntimeError(f"{self.standby.name} does not stream from {self.primary.name}")
        self.primary.sql(f"ALTER SYSTEM SET synchronous_standby_names = '{self.standby.name}'")
        self.primary.sql("SELECT pg_reload_conf()")

    def fail_over(self):
        """Crashes the primary, promotes the standby, rebuilds the old primary
        as the new standby. Returns seconds without a writable primary."""
        began = time.monotonic()
        self.primary.stop("immediate")
        self.standby.promote()
        writable = time.monotonic() - began
        self.primary, self.standby = self.standby, self.primary
        self.attach_standby()
        return writable

    def query(self, statement):
        """Rows from the soak database on the current primary."""
        return self.primary.sql(statement, database="soak", timeout=120)

    def tear_down(self):
        for cluster in self.clusters:
            if os.path.isdir(cluster.data):
                cluster.stop("immediate")
