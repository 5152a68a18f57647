"""What happened in a soak run, in order, and what went wrong."""

import json
import threading
import time


class Timeline:
    def __init__(self, path, seed):
        self._lock = threading.Lock()
        self._start = time.monotonic()
        self._file = open(path, "w", encoding="utf-8")
        self.seed = seed
        self.violations = []
        self.faults = []

    def now(self):
        return time.monotonic() - self._start

    def _write(self, kind, text, extra=None):
        entry = {"t": round(self.now(), 2), "kind": kind, "text": text}
        if extra:
            entry.update(extra)
        with self._lock:
            self._file.write(json.dumps(entry) + "\n")
            self._file.flush()
            print(f"[{entry['t']:8.2f}] {kind:9} {text}", flush=True)
        return entry

    def note(self, text):
        self._write("note", text)

    def fault(self, fault, text=""):
        entry = self._write("fault", f"#{fault.number} {fault.describe()}{' ' + text if text else ''}")
        with self._lock:
            self.faults.append(entry)

    def healed(self, fault, text=""):
        self._write("healed", f"#{fault.number} {fault.kind} {fault.target} {text}".rstrip())

    def violation(self, rule, text):
        entry = self._write("VIOLATION", f"{rule}: {text} (seed {self.seed})", {"rule": rule})
        with self._lock:
            self.violations.append(entry)

    def close(self):
        self._file.close()
