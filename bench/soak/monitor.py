"""Watches both nodes and the balancer while faults run, and holds what they
answer against what was injected.

The bounds are the detection times the docs promise (docs/ha.md, "How the
pair behaves"; docs/api.md, GET /pingLicenseManager), with room for a busy
two-core machine. A rule broken for a moment is not a violation: it must stay
broken for PERSIST_S (two polls and more) to count, and it counts once per
incident.
"""

import threading
import time

from deployment import http_get

POLL_S = 0.5
PERSIST_S = 2.0
# A database that has been down this long must show in every node's ping
# (the store pings the database every second; a job waits at most 3 s).
DB_DOWN_DETECT_S = 4.0
# Everything a node needs has been back this long: it must serve again
# (a restart, a reconnect after PostgreSQL's return or promotion).
SERVE_AGAIN_S = 10.0
# Maintenance shows in the ping at once.
MAINTENANCE_DETECT_S = 1.0
# The offset to the database is measured every second; libfaketime rereads
# the clock file every second.
CLOCK_DETECT_S = 4.0
CLOCK_TOLERANCE_MS = 2500
# HAProxy marks a node up after `rise 3` checks.
BALANCER_AGAIN_S = 8.0


class Monitor:
    def __init__(self, deployment, timeline, injected):
        self.d = deployment
        self.timeline = timeline
        self.injected = injected
        self.stop_event = threading.Event()
        self._broken = {}  # rule key -> (first seen, reported)
        self._lock = threading.Lock()
        self.samples = 0
        self.serving_samples = {name: 0 for name in deployment.nodes}
        self.crashes = 0
        self.threads = []

    def start(self):
        for node in self.d.nodes.values():
            self.threads.append(threading.Thread(target=self._watch_node, args=(node,), daemon=True))
        self.threads.append(threading.Thread(target=self._watch_balancer, daemon=True))
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stop_event.set()
        for thread in self.threads:
            thread.join()

    def _judge(self, key, broken, text):
        """Reports `text` once a rule has stayed broken for PERSIST_S."""
        now = time.monotonic()
        with self._lock:
            if not broken:
                self._broken.pop(key, None)
                return
            first, reported = self._broken.setdefault(key, (now, False))
            if reported or now - first < PERSIST_S:
                return
            self._broken[key] = (first, True)
        self.timeline.violation(key.split(":")[0], text)

    def _watch_node(self, node):
        while not self.stop_event.wait(POLL_S):
            self._check_process(node)
            if self.injected.process[node.name].value != "running":
                continue
            ping, ping_body = http_get(node.port, "/pingLicenseManager")
            status, body = http_get(node.port, "/api/v1/status", token=self.d.files.token)
            self.samples += 1
            if ping == 200:
                self.serving_samples[node.name] += 1
            self._check_node(node, ping, ping_body or {}, status, body or {})

    def _check_process(self, node):
        code = node.unexpected_exit()
        if code is None:
            return
        self.crashes += 1
        self.timeline.violation("node_crash", f"{node.name} exited {code} unasked; last log lines:\n"
                                + node.log_tail())
        node.start()  # so that the run goes on and finds what else there is

    def _check_node(self, node, ping, ping_body, status, body):
        inj = self.injected
        name = node.name
        reason = ping_body.get("reason")
        answering = ping != 0
        self._judge(f"role:{name}", status == 200 and body.get("role") != node.role,
                    f"{name} says role {body.get('role')!r}, started as {node.role!r}")
        self._judge(f"db_down_unseen:{name}",
                    answering and ping == 200 and inj.database.held_for("down") >= DB_DOWN_DETECT_S,
                    f"{name} answers ping 200 though the database has been down for "
                    f"{inj.database.held_for('down'):.1f}s")
        self._judge(f"not_serving:{name}",
                    inj.node_serving_expected(name, SERVE_AGAIN_S) and ping != 200,
                    f"{name} answers ping {ping or 'nothing'} ({reason}) though nothing injected "
                    f"has kept it from serving for {SERVE_AGAIN_S:.0f}s")
        self._judge(f"maintenance_unseen:{name}",
                    answering and ping == 200 and inj.maintenance[name].held_for(True) >= MAINTENANCE_DETECT_S,
                    f"{name} answers ping 200 though in maintenance")
        offset = (body.get("store") or {}).get("database_clock_offset_ms")
        step = inj.clock[name].value
        clock_settled = (inj.clock[name].held_for(step) >= CLOCK_DETECT_S
                         and inj.database.held_for("up") >= SERVE_AGAIN_S
                         and inj.process[name].held_for("running") >= SERVE_AGAIN_S)
        self._judge(f"clock_offset:{name}",
                    status == 200 and clock_settled and isinstance(offset, (int, float))
                    and abs(offset + step * 1000) > CLOCK_TOLERANCE_MS,
                    f"{name} reports a database clock offset of {offset} ms; its clock is stepped "
                    f"by {step:+d} s")

    def _watch_balancer(self):
        while not self.stop_event.wait(POLL_S):
            inj = self.injected
            ping, body = http_get(self.d.balancer.port, "/pingLicenseManager")
            someone_serves = any(inj.node_serving_expected(n, SERVE_AGAIN_S + BALANCER_AGAIN_S)
                                 for n in self.d.nodes)
            self._judge("balancer:lb", someone_serves and inj.balancer.held_for("up") >= BALANCER_AGAIN_S
                        and ping != 200,
                        f"the balancer answers ping {ping or 'nothing'} ({(body or {}).get('reason')}) though "
                        "a node has been able to serve for long enough")
