"""A real leasekeeper-server process on 127.0.0.1 and an ephemeral port,
with its own data directory; stopped (SIGTERM, then SIGKILL) by its pid."""

import os
import re
import subprocess
import threading
import time

LISTENING = re.compile(r"listening on \S+ port (\d+)")


class ServerNode:
    def __init__(self, bin_dir, work_dir, name, arguments, environment=None):
        self.name = name
        self._environment = environment
        self.data_dir = os.path.join(work_dir, name)
        os.makedirs(self.data_dir, exist_ok=True)
        self._command = [
            os.path.join(bin_dir, "leasekeeper-server"),
            "--bind", "127.0.0.1",
            "--port", "0",
            "--data-dir", self.data_dir,
            "--node-name", name,
        ] + arguments
        self._process = None
        self._log = []
        self._port = threading.Event()
        self.port = 0

    def start(self, timeout=15):
        environment = dict(os.environ, **(self._environment or {}))
        self._process = subprocess.Popen(self._command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, env=environment)
        threading.Thread(target=self._read_log, daemon=True).start()
        if not self._port.wait(timeout):
            self.stop()
            raise RuntimeError(f"{self.name} did not start:\n{self.log()}")
        return self

    def _read_log(self):
        for line in self._process.stdout:
            text = line.decode("utf-8", "replace")
            self._log.append(text)
            match = LISTENING.search(text)
            if match and not self._port.is_set():
                self.port = int(match.group(1))
                self._port.set()

    def log(self):
        return "".join(self._log)

    def admin_token(self, path=None):
        with open(path or os.path.join(self.data_dir, "admin.token"), encoding="utf-8") as file:
            return file.read().strip()

    def wait_until(self, condition, timeout=10):
        """Polls `condition` briefly until it holds; returns whether it did."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.02)
        return False

    def stop(self):
        if self._process is None or self._process.poll() is not None:
            return
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)
