"""The fault schedule of a soak run, drawn from its seed alone.

The same seed, duration and fault count give the same plan, so a run that
found a violation replays with the same faults at the same offsets. Faults
may overlap (a node killed while the database fails over), but two faults
never hold the same resource at once: each fault names what it holds (a
node, the database, the balancer, the burst slot) and the plan only places a
fault where that resource is free.
"""

from dataclasses import dataclass, field
import random

NODES = ("n1", "n2")

# kind: (resources it holds, shortest and longest hold in seconds, weight).
# A hold is how long the fault lasts before it is undone (the restart after a
# kill, SIGCONT after SIGSTOP, the step back after a clock step, ...).
KINDS = {
    "node_kill": (("node",), (2.0, 6.0), 3),
    "node_freeze": (("node",), (1.0, 5.0), 3),
    "node_restart": (("node",), (0.0, 0.0), 1),
    "clock_step": (("clock",), (8.0, 20.0), 2),
    "maintenance": (("node",), (2.0, 8.0), 2),
    "db_stop": (("db",), (2.0, 6.0), 1),
    "db_crash": (("db",), (1.0, 5.0), 2),
    "db_failover": (("db",), (0.0, 0.0), 2),
    "lb_restart": (("lb",), (0.0, 0.0), 1),
    "lb_pause": (("lb",), (0.5, 3.0), 1),
    "burst": (("burst",), (4.0, 12.0), 3),
    "admin_free": ((), (0.0, 0.0), 2),
}

# How long a resource stays reserved after a fault's hold: a failover
# rebuilds the old primary as a standby, a restart waits for the node.
SETTLE_S = {"db_failover": 25.0, "db_stop": 4.0, "db_crash": 4.0, "node_kill": 4.0, "node_restart": 6.0}


@dataclass
class Fault:
    number: int
    at_s: float
    kind: str
    target: str  # a node name, "db", "lb", or "" where none applies
    hold_s: float
    detail: dict = field(default_factory=dict)

    def describe(self):
        parts = [self.kind]
        if self.target:
            parts.append(self.target)
        if self.hold_s:
            parts.append(f"for {self.hold_s:.1f}s")
        parts += [f"{k}={v}" for k, v in sorted(self.detail.items())]
        return " ".join(parts)


def _resource_keys(kind, target):
    held = KINDS[kind][0]
    return [f"{r}:{target}" if r in ("node", "clock") else r for r in held]


def _detail(rng, kind):
    if kind == "clock_step":
        return {"step_s": rng.choice((-90, 90))}
    if kind == "burst":
        return {"components": rng.randint(4, 14)}
    if kind == "admin_free":
        return {"leases": rng.randint(1, 5), "pick": rng.randrange(1 << 30)}
    return {}


def make_plan(seed, duration_s, faults, warmup_s=10.0, quiet_end_s=15.0):
    """Spreads `faults` faults over [warmup_s, duration_s - quiet_end_s)."""
    rng = random.Random(seed)
    window = max(1.0, duration_s - warmup_s - quiet_end_s)
    kinds = list(KINDS)
    weights = [KINDS[k][2] for k in kinds]
    busy_until = {}
    plan = []
    slot = window / faults
    for number in range(faults):
        at = warmup_s + number * slot + rng.uniform(0, slot * 0.8)
        for _ in range(20):  # another kind when this one's resource is busy
            kind = rng.choices(kinds, weights)[0]
            target = rng.choice(NODES) if KINDS[kind][0][:1] in (("node",), ("clock",)) else ""
            keys = _resource_keys(kind, target)
            if all(busy_until.get(k, 0.0) <= at for k in keys):
                break
        else:
            kind, target, keys = "admin_free", "", []
        low, high = KINDS[kind][1]
        hold = round(rng.uniform(low, high), 1)
        for key in keys:
            busy_until[key] = at + hold + SETTLE_S.get(kind, 1.0)
        plan.append(Fault(number + 1, round(at, 1), kind, target, hold, _detail(rng, kind)))
    return plan
