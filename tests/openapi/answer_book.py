"""Every answer recorded from a real server, judged twice: against what the
scenario expected (status and error code, so that a server answering 404 to
everything cannot pass) and against docs/openapi.yaml (the status must be
documented for the operation, the headers and body must match its schema)."""

from collections import defaultdict


class AnswerBook:
    def __init__(self, spec):
        self.spec = spec
        self.entries = []  # (label, operation or unrouted kind, status, problems)
        self.exercised = defaultdict(set)  # (method, path) -> {status, ...}
        self.produced = set()  # spec.response_name()s of the answers seen

    def add(self, node, method, template, answer, expect, error=None, unrouted=None, label=""):
        """`template` is the spec's path ("/api/v1/leases/{id}"); `unrouted` is
        unknownPath or wrongMethod for requests no operation covers."""
        label = label or error or ""
        problems = []
        if expect is not None and answer.status != expect:
            problems.append(f"expected {expect}, got {answer.status}: {answer.body[:300]!r}")
        if error is not None and answer.error_code() != error:
            problems.append(f"expected error {error!r}, got {answer.error_code()!r}")
        if answer.header("X-License-Manager-Node") != node.name:
            problems.append(f"X-License-Manager-Node is {answer.header('X-License-Manager-Node')!r}, not {node.name!r}")
        if unrouted is not None:
            where = f"(unrouted: {unrouted})"
            response = self.spec.unrouted_response(unrouted)
            self.produced.add(self.spec.document["x-leasekeeper-unrouted"][unrouted]["$ref"])
        else:
            where = f"{method} {template}"
            response = self.spec.response_for(method, template, answer.status)
            if (method, template) not in self.spec.operations():
                problems.append("no such operation in the spec")
                response = None
            elif response is None:
                problems.append(f"status {answer.status} is not documented for this operation")
            self.exercised[(method, template)].add(str(answer.status))
            self.produced.add(self.spec.response_name(method, template, answer.status))
        if response is not None:
            problems += self.spec.validate(response, answer)
        self.entries.append((label, where, answer.status, problems))
        return answer

    def failures(self):
        return [entry for entry in self.entries if entry[3]]

    def missing_operations(self):
        """Operations never answered with a success status."""
        return sorted(key for key in self.spec.operations()
                      if not any(status.startswith("2") for status in self.exercised.get(key, ())))

    def unexercised(self):
        """Documented answers the scenario never produced (for the report)."""
        names = self.spec.response_names() - self.produced
        return sorted(name.rsplit("/", 1)[-1] if name.startswith("#/") else name for name in names)

    def report(self, out):
        for label, where, status, problems in self.entries:
            print(f"{'FAIL' if problems else 'ok  '} {status} {where}  {label}", file=out)
            for problem in problems:
                print(f"       {problem}", file=out)
