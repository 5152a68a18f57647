"""Carries out the plan: each fault at its offset, in its own thread, undone
after its hold."""

import random
import signal
import threading
import time

from deployment import ComponentGroup, http_call


class Injector:
    def __init__(self, deployment, timeline, injected):
        self.d = deployment
        self.timeline = timeline
        self.injected = injected
        self.frees = []  # (lease id, instance) of every free the server acknowledged
        self.bursts = []
        self.threads = []
        self.errors = []

    def run(self, plan, stop_event, origin):
        """Starts each fault at `origin` + its offset (timeline seconds)."""
        for fault in plan:
            at = origin + fault.at_s
            while self.timeline.now() < at:
                if stop_event.wait(max(0.0, min(0.2, at - self.timeline.now()))):
                    return
            thread = threading.Thread(target=self._inject, args=(fault,), name=f"fault-{fault.number}")
            thread.start()
            self.threads.append(thread)

    def join(self):
        for thread in self.threads:
            thread.join()

    def _inject(self, fault):
        try:
            getattr(self, fault.kind)(fault)
        except Exception as error:  # a fault the soak could not carry out is a finding of its own
            self.errors.append(f"#{fault.number} {fault.kind}: {error}")
            self.timeline.violation("injection", f"#{fault.number} {fault.describe()} failed: {error}")

    # --- nodes ----------------------------------------------------------------

    def node_kill(self, fault):
        node = self.d.nodes[fault.target]
        with self.injected.lock:
            node.signal(signal.SIGKILL)
            node.wait_exit()
            self.injected.process[node.name].set("killed")
        self.timeline.fault(fault)
        time.sleep(fault.hold_s)
        self._restart(fault, node)

    def node_restart(self, fault):
        node = self.d.nodes[fault.target]
        with self.injected.lock:
            node.signal(signal.SIGTERM)
            status = node.wait_exit()
            self.injected.process[node.name].set("killed")
        self.timeline.fault(fault, f"(exit {status})")
        if status != 0:
            self.timeline.violation("clean_stop", f"{node.name} exited {status} on SIGTERM")
        self._restart(fault, node)

    def _restart(self, fault, node):
        node.start()
        answering = node.wait_answering(60)
        self.injected.process[node.name].set("running")
        self.timeline.healed(fault, "restarted" if answering else "restarted, NOT answering after 60 s")

    def node_freeze(self, fault):
        node = self.d.nodes[fault.target]
        node.signal(signal.SIGSTOP)
        self.injected.process[node.name].set("frozen")
        self.timeline.fault(fault)
        time.sleep(fault.hold_s)
        node.signal(signal.SIGCONT)
        self.injected.process[node.name].set("running")
        self.timeline.healed(fault, "SIGCONT")

    def clock_step(self, fault):
        node = self.d.nodes[fault.target]
        step = fault.detail["step_s"]
        node.set_clock_offset(step)
        self.injected.clock[node.name].set(step)
        self.timeline.fault(fault)
        time.sleep(fault.hold_s)
        node.set_clock_offset(0)
        self.injected.clock[node.name].set(0)
        self.timeline.healed(fault, "clock stepped back")

    def maintenance(self, fault):
        node = self.d.nodes[fault.target]
        self._set_maintenance(node, True)
        self.timeline.fault(fault)
        time.sleep(fault.hold_s)
        self._set_maintenance(node, False)
        self.timeline.healed(fault, "maintenance off")

    def _set_maintenance(self, node, enabled):
        # The node may be restarting after another fault: ask until it answers.
        for _ in range(100):
            status, _ = http_call(node.port, "POST", "/api/v1/maintenance", token=self.d.files.token,
                                  body={"enabled": enabled})
            if status == 200:
                self.injected.maintenance[node.name].set(enabled)
                return
            time.sleep(0.2)
        raise RuntimeError(f"{node.name} did not accept maintenance {enabled}")

    # --- the database -----------------------------------------------------------

    def db_stop(self, fault):
        self._db_outage(fault, "fast")

    def db_crash(self, fault):
        self._db_outage(fault, "immediate")

    def _db_outage(self, fault, mode):
        pg = self.d.pg
        primary = pg.primary
        primary.stop(mode)
        self.injected.database.set("down")
        self.timeline.fault(fault, f"({primary.name})")
        time.sleep(fault.hold_s)
        primary.start()
        self.injected.database.set("up")
        self.timeline.healed(fault, f"{primary.name} started again")

    def db_failover(self, fault):
        pg = self.d.pg
        old = pg.primary.name
        self.injected.database.set("down")
        self.timeline.fault(fault, f"(crash {old}, promote {pg.standby.name})")
        began = time.monotonic()
        pg.primary.stop("immediate")
        pg.standby.promote()
        self.injected.database.set("up")
        self.timeline.note(f"#{fault.number} {pg.standby.name} promoted after {time.monotonic() - began:.1f}s")
        pg.primary, pg.standby = pg.standby, pg.primary
        pg.attach_standby()
        self.timeline.healed(fault, f"{pg.standby.name} rebuilt as the synchronous standby of {pg.primary.name}")

    # --- the load balancer --------------------------------------------------------

    def lb_restart(self, fault):
        self.injected.balancer.set("down")
        self.timeline.fault(fault)
        self.d.balancer.restart()
        self.injected.balancer.set("up")
        self.timeline.healed(fault, "restarted")

    def lb_pause(self, fault):
        self.d.balancer.process.send_signal(signal.SIGSTOP)
        self.injected.balancer.set("paused")
        self.timeline.fault(fault)
        time.sleep(fault.hold_s)
        self.d.balancer.process.send_signal(signal.SIGCONT)
        self.injected.balancer.set("up")
        self.timeline.healed(fault, "SIGCONT")

    # --- load and admin actions ---------------------------------------------------

    def burst(self, fault):
        group = ComponentGroup(self.d.bin_dir, self.d.work, f"burst{fault.number}", self.d.balancer_url,
                               self.d.burst_type, self.d.burst_cores, fault.detail["components"])
        self.bursts.append(group)
        group.start()
        self.timeline.fault(fault)
        time.sleep(fault.hold_s)
        status = group.stop()
        self.timeline.healed(fault, f"SIGINT, exit {status}")

    def admin_free(self, fault):
        """Frees leases of the fleet picked by the plan's number, through the balancer."""
        live = self.d.fleet_leases()
        picker = random.Random(fault.detail["pick"])
        chosen = picker.sample(sorted(live), min(fault.detail["leases"], len(live)))
        freed = []
        for instance in chosen:
            lease = live[instance]
            status, _ = http_call(self.d.balancer.port, "POST", f"/api/v1/leases/{lease}/free",
                                  token=self.d.files.token, body={})
            if status == 204:
                self.frees.append((lease, instance))
                freed.append(instance)
        self.timeline.fault(fault, f"freed {len(freed)} of {len(chosen)}")
