"""What the soak has done to the deployment, as the monitor needs to know it:
each condition with the time it last changed."""

import threading
import time


class Condition:
    def __init__(self, value):
        self.value = value
        self.since = time.monotonic()

    def set(self, value):
        if value != self.value:
            self.value = value
            self.since = time.monotonic()

    def held_for(self, value):
        """Seconds this condition has had `value` without a break; 0 if it has another."""
        return time.monotonic() - self.since if self.value == value else 0.0


class Injected:
    def __init__(self, node_names):
        self.lock = threading.Lock()
        self.process = {n: Condition("running") for n in node_names}  # running, killed, frozen
        self.maintenance = {n: Condition(False) for n in node_names}
        self.clock = {n: Condition(0) for n in node_names}  # offset in seconds
        self.database = Condition("up")  # up, down
        self.balancer = Condition("up")  # up, down, paused

    def node_serving_expected(self, name, settle_s):
        """True when nothing injected should keep this node from serving, and
        has not for `settle_s` seconds."""
        return (self.process[name].held_for("running") >= settle_s
                and self.maintenance[name].held_for(False) >= settle_s
                and self.database.held_for("up") >= settle_s)
