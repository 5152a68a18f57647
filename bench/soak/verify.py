"""The checks at the end of a soak run, from the components' own records (their
events) and from the database (every lease and denial, with its times).

Times in the database are the database's clock, in ms; each check works from
one clock only.
"""

from collections import Counter, defaultdict

SUCCESS = {"licensed", "renewed", "recovered"}


class Findings:
    def __init__(self, timeline):
        self.timeline = timeline
        self.figures = {}

    def violation(self, rule, text):
        self.timeline.violation(rule, text)


def read_database(pg):
    leases = [
        {"id": r[0], "component": r[1], "instance": r[2], "cores": int(r[3]), "granted": int(r[4]),
         "ended": int(r[5]) if r[5] else None, "reason": r[6] or None}
        for r in pg.query("SELECT id, component, instance, cores, granted_ms, ended_ms, end_reason FROM leases")
    ]
    denials = [
        {"at": int(r[0]), "component": r[1], "instance": r[2], "cores": int(r[3]), "reason": r[4]}
        for r in pg.query("SELECT at_ms, component, instance, cores, reason FROM denials")
    ]
    return leases, denials


def check_components(events, frees, findings):
    """No shutdown; every lease a component was given is in `leases_by_id`
    later; a renewal answered 404 only for a lease an administrator freed."""
    freed = {lease for lease, _ in frees}
    kinds = Counter(e["event"] for e in events)
    findings.figures["events"] = dict(sorted(kinds.items()))
    current = {}
    unexplained = []
    for e in events:
        instance = e.get("instance")
        if e["event"] == "shutdown":
            findings.violation("shutdown", f"{instance} shut down: {e.get('message')}")
        lease = e.get("lease_id")
        if e["event"] in ("licensed", "recovered") and lease:
            before = current.get(instance)
            if before and before != lease and before not in freed:
                unexplained.append((instance, before, lease))
        if lease:
            current[instance] = lease
    for instance, before, after in unexplained:
        findings.violation("lease_lost", f"{instance}: lease {before} was no longer known (404) though "
                           f"nobody freed it; licensed again as {after}")
    findings.figures["leases_lost"] = len(unexplained)


def check_acknowledged(events, frees, leases, findings):
    by_id = {lease["id"]: lease for lease in leases}
    freed = {lease for lease, _ in frees}
    given = {e["lease_id"] for e in events if e["event"] in SUCCESS and e.get("lease_id")}
    missing = sorted(given - by_id.keys())
    for lease in missing[:20]:
        findings.violation("grant_lost", f"lease {lease} was acknowledged to a component but is not in the database")
    released = [e for e in events if e["event"] == "released" and not e.get("reason") and e.get("lease_id")]
    for e in released:
        row = by_id.get(e["lease_id"])
        ok_reasons = {"released", "freed_by_admin"} if e["lease_id"] in freed else {"released"}
        if row is None or row["ended"] is None or row["reason"] not in ok_reasons:
            state = "missing" if row is None else f"ended={row['ended']} reason={row['reason']}"
            findings.violation("release_lost", f"{e['instance']}: release of {e['lease_id']} acknowledged; "
                               f"database: {state}")
    for lease, instance in frees:
        row = by_id.get(lease)
        if row is None or row["reason"] != "freed_by_admin":
            findings.violation("free_lost", f"{instance}: free of {lease} acknowledged; database: "
                               f"{'missing' if row is None else row['reason']}")
    findings.figures.update(grants_acknowledged=len(given), releases_acknowledged=len(released),
                            frees_acknowledged=len(frees), leases_in_database=len(leases))


def check_allocation(leases, limits, findings):
    """At no instant more instances or cores of a type than the license
    allows, and never two live leases for one instance."""
    steps = defaultdict(list)
    for lease in leases:
        steps[lease["component"]].append((lease["granted"], 1, lease["cores"]))
        if lease["ended"] is not None:
            # At the same ms an end counts before a grant: a replacement
            # ends the old lease in the grant's own transaction.
            steps[lease["component"]].append((lease["ended"], -1, -lease["cores"]))
    peaks = {}
    for component, changes in steps.items():
        changes.sort(key=lambda c: (c[0], c[1]))
        limit = limits.get(component, {})
        instances = cores = peak_i = peak_c = 0
        over = None
        for at, di, dc in changes:
            instances += di
            cores += dc
            peak_i, peak_c = max(peak_i, instances), max(peak_c, cores)
            if over is None and (instances > limit.get("max_instances", 1 << 62)
                                 or cores > limit.get("max_total_cores", 1 << 62)):
                over = (at, instances, cores)
        peaks[component] = {"instances": peak_i, "cores": peak_c,
                            "allowed_instances": limit.get("max_instances"),
                            "allowed_cores": limit.get("max_total_cores")}
        if over:
            findings.violation("over_allocation", f"{component}: {over[1]} instances, {over[2]} cores live at "
                               f"{over[0]} ms; the license allows {limit}")
    findings.figures["peak_use"] = peaks
    by_instance = defaultdict(list)
    for lease in leases:
        by_instance[(lease["component"], lease["instance"])].append(lease)
    doubles = 0
    for (component, instance), rows in by_instance.items():
        rows.sort(key=lambda r: r["granted"])
        for a, b in zip(rows, rows[1:]):
            if a["ended"] is None or a["ended"] > b["granted"]:
                doubles += 1
                findings.violation("double_lease", f"{component}/{instance}: leases {a['id']} and {b['id']} "
                                   "were live at the same time")
    findings.figures["double_leases"] = doubles


def usage_at(leases, component, at):
    """Live instances and cores of `component` at `at`, a lease ending at
    exactly `at` counted as live (the upper bound of what the grant saw)."""
    live = [l for l in leases if l["component"] == component and l["granted"] <= at
            and (l["ended"] is None or l["ended"] >= at)]
    return len(live), sum(l["cores"] for l in live)


def check_denials(events, leases, denials, limits, findings):
    """Every denial the database recorded was forced by the license at that
    instant, and every denial a component saw is recorded."""
    unjustified = 0
    for d in denials:
        limit = limits.get(d["component"], {})
        instances, cores = usage_at(leases, d["component"], d["at"])
        forced = (d["reason"] == "instance_limit" and instances + 1 > limit.get("max_instances", 0)) or \
                 (d["reason"] == "core_limit" and cores + d["cores"] > limit.get("max_total_cores", 0))
        if not forced:
            unjustified += 1
            findings.violation("denial_unjustified", f"{d['instance']} denied ({d['reason']}) at {d['at']} ms "
                               f"with {instances} instances and {cores} cores live; license {limit}")
    recorded = Counter(d["instance"] for d in denials)
    seen = Counter(e["instance"] for e in events if e["event"] == "denied")
    for instance, count in seen.items():
        if recorded[instance] < count:
            findings.violation("denial_unrecorded", f"{instance} was denied {count} times; the history "
                               f"holds {recorded[instance]}")
    findings.figures.update(denials=len(denials), denials_unjustified=unjustified,
                            denials_by_reason=dict(Counter(d["reason"] for d in denials)))


def check_leftovers(events, leases, findings):
    """After every component stopped, a live lease must belong to one whose
    release failed, or whose start was cut short (its grant may have
    committed while its answer was lost)."""
    excused = {e["instance"] for e in events
               if (e["event"] == "released" and e.get("reason")) or e["event"] == "unreachable"}
    live = [l for l in leases if l["ended"] is None]
    for lease in live:
        if lease["instance"] not in excused:
            findings.violation("lease_left_live", f"{lease['instance']}: lease {lease['id']} is still live though "
                               "its component released it")
    findings.figures["live_at_end"] = len(live)
    findings.figures["live_at_end_excused"] = sum(1 for l in live if l["instance"] in excused)
