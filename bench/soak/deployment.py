"""The processes of a soak run: two License Manager nodes, HAProxy in front of
them, and simulated components, all on loopback.

Each node runs under libfaketime with a timestamp file (the offset of its
wall clock, "+0" until a clock step writes "+90" or "-90"); its monotonic
clock stays true, as with a real NTP step.
"""

import glob
import http.client
import json
import os
import signal
import socket
import subprocess
import time

FAKETIME_LIBS = ("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1",
                 "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port, path, token=None, timeout=1.0):
    """(status, parsed JSON or None); status 0 when nothing answered."""
    return http_call(port, "GET", path, token=token, timeout=timeout)


def http_call(port, method, path, token=None, body=None, timeout=2.0):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if body is not None:
        headers["Content-Type"] = "application/json"
    try:
        connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        answer = connection.getresponse()
        data = answer.read()
        try:
            return answer.status, json.loads(data) if data else None
        except ValueError:
            return answer.status, None
    except (OSError, http.client.HTTPException):
        return 0, None
    finally:
        connection.close()


class Files:
    """The license, its issuer key and the admin token every node shares."""

    def __init__(self, work, ctl, components, renew_after_s, limits):
        self.work = work
        self.license = os.path.join(work, "license.json")
        self.issuer_pub = os.path.join(work, "issuer.pub")
        self.token_file = os.path.join(work, "admin.token")
        self.password_file = os.path.join(work, "db.password")
        self.token = "soak-admin-" + os.urandom(12).hex()
        self.password = "soak-" + os.urandom(8).hex()
        self.limits = limits
        for path, text in ((self.token_file, self.token), (self.password_file, self.password)):
            with open(path, "w") as f:
                f.write(text)
            os.chmod(path, 0o600)
        key = os.path.join(work, "issuer.key")
        subprocess.run([ctl, "license", "keygen", "--private", key, "--public", self.issuer_pub],
                       check=True, capture_output=True)
        terms = {"license_id": "soak", "licensee": "Soak", "expires": "2099-01-01T00:00:00Z",
                 "grace_period_s": 432000, "renew_after_s": renew_after_s, "max_license_managers": 2,
                 "components": limits}
        terms_path = os.path.join(work, "terms.json")
        with open(terms_path, "w") as f:
            json.dump(terms, f)
        subprocess.run([ctl, "license", "issue", "--key", key, "--terms", terms_path, "--out", self.license],
                       check=True, capture_output=True)


class Node:
    def __init__(self, name, role, bin_dir, work, files, db_url):
        self.name = name
        self.role = role
        self.port = free_port()
        self.dir = os.path.join(work, name)
        os.makedirs(self.dir, exist_ok=True)
        self.log_path = os.path.join(work, f"{name}.log")
        self.clock_file = os.path.join(work, f"{name}.clock")
        self.set_clock_offset(0)
        self.command = [os.path.join(bin_dir, "leasekeeper-server"), "--db", db_url, "--db-password-file",
                        files.password_file, "--license", files.license, "--trust", files.issuer_pub,
                        "--admin-token-file", files.token_file, "--data-dir", self.dir, "--node-name", name,
                        "--role", role, "--bind", "127.0.0.1", "--port", str(self.port)]
        lib = next((p for p in FAKETIME_LIBS if os.path.exists(p)), None)
        if not lib:
            raise SystemExit("soak: libfaketime not found (apt-get install faketime)")
        self.env = dict(os.environ, LD_PRELOAD=lib, FAKETIME_TIMESTAMP_FILE=self.clock_file,
                        FAKETIME_CACHE_DURATION="1", FAKETIME_DONT_FAKE_MONOTONIC="1")
        self.process = None
        self.expected_exit = False
        self.offset_s = 0

    def set_clock_offset(self, seconds):
        self.offset_s = seconds
        with open(self.clock_file, "w") as f:
            f.write(f"{seconds:+d}\n")

    def start(self):
        self.expected_exit = False
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT, env=self.env)
        log.close()

    def signal(self, sig):
        if self.process and self.process.poll() is None:
            if sig in (signal.SIGKILL, signal.SIGTERM):
                self.expected_exit = True
            self.process.send_signal(sig)

    def wait_exit(self, timeout=15):
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def unexpected_exit(self):
        """The exit status when the process ended without being told to, else None."""
        if self.process is None or self.expected_exit:
            return None
        return self.process.poll()

    def wait_answering(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if http_get(self.port, "/pingLicenseManager")[0]:
                return True
            time.sleep(0.1)
        return False

    def log_tail(self, lines=15):
        with open(self.log_path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])


class Balancer:
    def __init__(self, bin_dir, work, nodes):
        self.port = free_port()
        self.config = os.path.join(work, "haproxy.cfg")
        self.log_path = os.path.join(work, "haproxy.log")
        primary, secondary = nodes
        subprocess.run([os.path.join(bin_dir, "leasekeeper-ctl"), "lb-config", "haproxy", "--primary",
                        f"127.0.0.1:{primary.port}", "--secondary", f"127.0.0.1:{secondary.port}", "--listen",
                        f"127.0.0.1:{self.port}", "--out", self.config], check=True, capture_output=True)
        self.process = None

    def start(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(["haproxy", "-db", "-f", self.config], stdout=log, stderr=subprocess.STDOUT)
        log.close()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def restart(self):
        self.stop()
        self.start()


class ComponentGroup:
    """One `leasekeeper-ctl component run --count N --json` process; its events
    (one JSON object a line) go to NAME.jsonl."""

    def __init__(self, bin_dir, work, name, url, component, cores, count, timeout_ms=4000):
        self.name = name
        self.events_path = os.path.join(work, f"{name}.jsonl")
        self.command = [os.path.join(bin_dir, "leasekeeper-ctl"), "component", "run", "--url", url, "--type",
                        component, "--host", f"{name}-host", "--cores", str(cores), "--count", str(count),
                        "--instance", name, "--timeout-ms", str(timeout_ms), "--json"]
        self.stderr_path = os.path.join(work, f"{name}.stderr")
        self.process = None

    def start(self):
        with open(self.events_path, "w") as out, open(self.stderr_path, "w") as err:
            self.process = subprocess.Popen(self.command, stdout=out, stderr=err)

    def stop(self, timeout=60):
        """SIGINT: every component releases its lease. Returns the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def events(self):
        result = []
        with open(self.events_path, errors="replace") as f:
            for line in f:
                if line.startswith("{"):
                    try:
                        result.append(json.loads(line))
                    except ValueError:
                        pass  # a line cut short by a kill
        return result


def all_event_files(work):
    return sorted(glob.glob(os.path.join(work, "*.jsonl")))
