#!/usr/bin/env python3
"""leasekeeper-soak: a full HA deployment under a randomized fault schedule.

Starts, on loopback: PostgreSQL as a primary with a synchronous hot standby,
two leasekeeper-server nodes on the multi-host address of both
(target_session_attrs=read-write), HAProxy with the configuration
`leasekeeper-ctl lb-config` writes, and a fleet of simulated components
(`leasekeeper-ctl component run`) through HAProxy. Then injects the faults
of the plan drawn from --seed (node kills, freezes, restarts and clock steps,
database stops, crashes and failovers, maintenance, balancer restarts and
pauses, bursts of grants and releases, admin frees), watches the nodes and
the balancer, and at the end checks, from the components' events and the
database: no shutdown, no over-allocation, no unjustified denial, no lost
acknowledged grant, release or free.

    bench/soak/soak.py --bin-dir build/bin --duration 600 --components 1000 --faults 60 --seed 1

Exit status 0 when nothing was violated, 1 when something was (each
violation is printed with the seed, which replays the same plan), 2 when
the deployment could not be set up. Needs root or the PostgreSQL binaries
runnable as this user, haproxy and faketime (scripts/install-deps.sh).
"""

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from deployment import Balancer, ComponentGroup, Files, Node, all_event_files, free_port, http_get  # noqa: E402
from faults import Injector  # noqa: E402
from injected import Injected  # noqa: E402
from monitor import Monitor  # noqa: E402
from pgpair import PgPair  # noqa: E402
from plan import make_plan  # noqa: E402
from timeline import Timeline  # noqa: E402
import verify  # noqa: E402

FLEET_TYPE = "vdp"
BURST_TYPE = "scheduler"
BURST_CORES = 2


class Deployment:
    """Everything the soak started, for the injector, the monitor and the checks."""

    def __init__(self, args, work):
        self.bin_dir = os.path.abspath(args.bin_dir)
        self.work = work
        self.burst_type = BURST_TYPE
        self.burst_cores = BURST_CORES
        limits = {
            # Room for the whole fleet: a denial of the fleet is always a violation.
            FLEET_TYPE: {"max_instances": args.components + 50, "max_cores_per_instance": 4,
                         "max_total_cores": args.components + 50},
            # Tight: bursts of 4 to 14 components of 2 cores meet the 20-core limit.
            BURST_TYPE: {"max_instances": 12, "max_cores_per_instance": 4, "max_total_cores": 20},
        }
        self.files = Files(work, os.path.join(self.bin_dir, "leasekeeper-ctl"), args.components,
                           args.renew_after, limits)
        self.pg = PgPair(os.path.join(work, "pg"), (free_port(), free_port()), self.files.password)
        self.nodes = {}
        self.balancer = None
        self.balancer_url = ""
        self.fleet = None

    def start(self, components, timeline):
        self.pg.set_up()
        timeline.note(f"PostgreSQL: {self.pg.primary.name} on {self.pg.primary.port} with synchronous standby "
                      f"{self.pg.standby.name} on {self.pg.standby.port}")
        for name, role in (("n1", "primary"), ("n2", "secondary")):
            node = Node(name, role, self.bin_dir, self.work, self.files, self.pg.url())
            node.start()
            self.nodes[name] = node
        for node in self.nodes.values():
            if not wait_for(lambda n=node: http_get(n.port, "/pingLicenseManager")[0] == 200, 60):
                raise RuntimeError(f"{node.name} does not serve: {node.log_tail()}")
        self.balancer = Balancer(self.bin_dir, self.work, list(self.nodes.values()))
        self.balancer.start()
        self.balancer_url = f"http://127.0.0.1:{self.balancer.port}"
        if not wait_for(lambda: http_get(self.balancer.port, "/pingLicenseManager")[0] == 200, 30):
            raise RuntimeError("HAProxy does not serve")
        timeline.note(f"nodes n1 :{self.nodes['n1'].port} (primary), n2 :{self.nodes['n2'].port} (secondary); "
                      f"HAProxy :{self.balancer.port}")
        self.fleet = ComponentGroup(self.bin_dir, self.work, "fleet", self.balancer_url, FLEET_TYPE, 1, components)
        self.fleet.start()
        began = time.monotonic()
        if not wait_for(lambda: len(licensed_instances(self.fleet.events())) >= components, 180):
            raise RuntimeError(f"only {len(licensed_instances(self.fleet.events()))} of {components} "
                               "components were licensed within 180 s")
        timeline.note(f"{components} components licensed in {time.monotonic() - began:.1f}s")

    def fleet_leases(self):
        """Live leases of the fleet, instance -> lease id, as the pair lists them."""
        status, body = http_get(self.balancer.port, "/api/v1/leases", token=self.files.token, timeout=10)
        if status != 200:
            return {}
        return {l["instance"]: l["lease_id"] for l in body.get("leases", []) if l["component"] == FLEET_TYPE}

    def tear_down(self):
        for group in [self.fleet]:
            if group and group.process and group.process.poll() is None:
                group.process.kill()
        for node in self.nodes.values():
            node.signal(signal.SIGCONT)
            node.signal(signal.SIGKILL)
        if self.balancer:
            self.balancer.stop()
        self.pg.tear_down()


def wait_for(condition, timeout, step=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def licensed_instances(events):
    return {e["instance"] for e in events if e["event"] == "licensed"}


def heal_everything(d, injected, timeline):
    """Whatever a fault left behind (none should): thawed, true clocks, the
    balancer running."""
    for node in d.nodes.values():
        node.signal(signal.SIGCONT)
        node.set_clock_offset(0)
    d.balancer.process.send_signal(signal.SIGCONT)
    servers_ok = wait_for(lambda: all(http_get(n.port, "/pingLicenseManager")[0] == 200 for n in d.nodes.values()),
                          60)
    lb_ok = wait_for(lambda: http_get(d.balancer.port, "/pingLicenseManager")[0] == 200, 30)
    if not (servers_ok and lb_ok):
        states = {n.name: http_get(n.port, "/pingLicenseManager") for n in d.nodes.values()}
        timeline.violation("not_recovered", f"60 s after the last fault: nodes {states}, balancer "
                           f"{http_get(d.balancer.port, '/pingLicenseManager')[0]}")


def wait_fleet_renewed(d, components, since_iso, timeout):
    """Every component has been licensed or renewed after `since_iso`."""
    def renewed():
        fresh = {e["instance"] for e in d.fleet.events()
                 if e["event"] in verify.SUCCESS and e["time"] >= since_iso}
        return len(fresh) >= components
    return wait_for(renewed, timeout, step=1.0)


def watch_for_shutdowns(d, stop_event, timeline):
    """Reads the fleet's events as they come: a shutdown is reported the moment
    it happens, not only at the end."""
    position = 0
    while not stop_event.wait(2.0):
        with open(d.fleet.events_path, errors="replace") as f:
            f.seek(position)
            chunk = f.read()
            complete = chunk.rfind("\n") + 1
            position += complete
        for line in chunk[:complete].splitlines():
            if '"event":"shutdown"' in line:
                timeline.note(f"shutdown seen while running: {line.strip()}")


def run(args, work):
    timeline = Timeline(os.path.join(work, "timeline.ndjson"), args.seed)
    plan = make_plan(args.seed, args.duration, args.faults)
    timeline.note(f"seed {args.seed}: {len(plan)} faults in {args.duration}s, {args.components} components, "
                  f"renewals every {args.renew_after}s; work dir {work}")
    for fault in plan:
        timeline.note(f"plan #{fault.number} at {fault.at_s:6.1f}s: {fault.describe()}")
    d = Deployment(args, work)
    try:
        try:
            d.start(args.components, timeline)
        except Exception as error:
            print(f"soak: could not set up the deployment: {error}", file=sys.stderr)
            return 2, timeline, {}
        injected = Injected(list(d.nodes))
        monitor = Monitor(d, timeline, injected)
        injector = Injector(d, timeline, injected)
        stop_event = threading.Event()
        monitor.start()
        watcher = threading.Thread(target=watch_for_shutdowns, args=(d, stop_event, timeline), daemon=True)
        watcher.start()
        origin = timeline.now()
        injector_thread = threading.Thread(target=injector.run, args=(plan, stop_event, origin))
        injector_thread.start()
        while timeline.now() < origin + args.duration:
            time.sleep(0.5)
        injector_thread.join()
        injector.join()
        timeline.note("every fault undone; checking that the deployment recovers")
        heal_everything(d, injected, timeline)
        healed_iso = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        if not wait_fleet_renewed(d, args.components, healed_iso, 3 * args.renew_after + 30):
            timeline.violation("not_renewed", "not every component renewed within "
                               f"{3 * args.renew_after + 30}s after the last fault")
        monitor.stop()
        stop_event.set()
        status = d.fleet.stop(120)
        timeline.note(f"fleet stopped with SIGINT: exit {status}")
        if status != 0:
            timeline.violation("fleet_exit", f"the fleet exited {status} (0: every lease released)")
        for node in d.nodes.values():
            node.signal(signal.SIGTERM)
            code = node.wait_exit(30)
            if code != 0:
                timeline.violation("clean_stop", f"{node.name} exited {code} on SIGTERM")
        findings = check_everything(d, injector, timeline)
        findings.figures.update(faults=len(timeline.faults), monitor_samples=monitor.samples,
                                node_crashes=monitor.crashes,
                                serving_share={n: round(c / max(1, monitor.samples / len(d.nodes)), 3)
                                               for n, c in monitor.serving_samples.items()})
        return (1 if timeline.violations else 0), timeline, findings.figures
    finally:
        d.tear_down()


def check_everything(d, injector, timeline):
    findings = verify.Findings(timeline)
    events = []
    for path in all_event_files(d.work):
        group = ComponentGroup.__new__(ComponentGroup)
        group.events_path = path
        events += group.events()
    events.sort(key=lambda e: e.get("time", ""))
    leases, denials = verify.read_database(d.pg)
    verify.check_components(events, injector.frees, findings)
    verify.check_acknowledged(events, injector.frees, leases, findings)
    verify.check_allocation(leases, d.files.limits, findings)
    verify.check_denials(events, leases, denials, d.files.limits, findings)
    verify.check_leftovers(events, leases, findings)
    return findings


def summarize(args, timeline, figures, seconds):
    kinds = {}
    for entry in timeline.faults:
        kind = entry["text"].split()[1]
        kinds[kind] = kinds.get(kind, 0) + 1
    summary = {"seed": args.seed, "duration_s": args.duration, "components": args.components,
               "wall_s": round(seconds, 1), "faults_by_kind": dict(sorted(kinds.items())),
               "violations": [v["text"] for v in timeline.violations], **figures}
    print("\n== soak summary\n" + json.dumps(summary, indent=1, sort_keys=False), flush=True)
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin-dir", required=True, help="directory with leasekeeper-server and leasekeeper-ctl")
    parser.add_argument("--duration", type=float, default=600, help="seconds of faults (default 600)")
    parser.add_argument("--components", type=int, default=1000, help="simulated components (default 1000)")
    parser.add_argument("--faults", type=int, default=60, help="faults to inject (default 60)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--renew-after", type=int, default=5, help="the license's renew_after_s (default 5)")
    parser.add_argument("--work", help="directory for logs and data (default: a new temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory even when nothing failed")
    parser.add_argument("--summary", help="also write the summary as JSON to this file")
    args = parser.parse_args()
    if args.faults < 1 or args.duration < 30 or args.components < 1:
        parser.error("--faults must be at least 1, --duration at least 30, --components at least 1")
    work = args.work or tempfile.mkdtemp(prefix="lk-soak.")
    os.makedirs(work, exist_ok=True)
    os.chmod(work, 0o755)  # PostgreSQL runs as postgres under it
    began = time.monotonic()
    status, timeline, figures = run(args, work)
    summary = summarize(args, timeline, figures, time.monotonic() - began)
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump(summary, f, indent=1)
    timeline.close()
    if status == 0 and len(timeline.faults) < args.faults:
        print(f"soak: only {len(timeline.faults)} of {args.faults} faults were injected", file=sys.stderr)
        status = 1
    if status == 0 and not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"soak: logs and data kept in {work}", file=sys.stderr)
    print(f"soak: {'PASSED' if status == 0 else 'FAILED'} (seed {args.seed})", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
