"""Starts real leasekeeper-server processes, calls every operation of
docs/openapi.yaml with good and bad requests, and validates every answer
against the document (status documented for the operation, headers, body
schema), and against what the request should have got.

Four nodes, each on 127.0.0.1 and an ephemeral port with its own data dir:
  lk-main   a license (full after two grants), admin token, short request
            timeout and request size: the lease lifecycle, every 4xx, the
            limits' answers, maintenance, and at the end a lockout (429)
  lk-broken no trusted key, a database that cannot be opened, a site key:
            503 answers, site key 401s and 429
  lk-tls    --tls-only, a license that expires tomorrow and a clock moved
            two days on by libfaketime: 400 tls_required, answers over
            HTTPS, license_expired on grant and renewal
  lk-full   --max-connections 1: 503 too_many_connections

Usage: record_answers.py docs/openapi.yaml BIN_DIR"""

import datetime
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

import http_exchange as http
from answer_book import AnswerBook
from openapi_spec import OpenApiSpec
from server_node import ServerNode

ADMIN_TOKEN = "openapi-admin-token-0123456789"
VIEWER_TOKEN = "openapi-viewer-token-0123456789"
SITE_KEY = "openapi-site-key-0123456789"
LEASES = "/api/v1/leases"


def lease_request(instance, component="vdp", cores=4, **changes):
    body = {"component": component, "instance": instance, "host": "render-07",
            "ips": ["10.0.0.7", "fe80::1"], "cores": cores, "version": "4.2.1"}
    body.update(changes)
    return json.dumps(body)


class Scenario:
    def __init__(self, spec, bin_dir, work):
        self.book = AnswerBook(spec)
        self.bin_dir = bin_dir
        self.work = work
        self.nodes = []

    # --- set-up ---------------------------------------------------------

    def ctl(self, *arguments):
        subprocess.run([os.path.join(self.bin_dir, "leasekeeper-ctl"), *arguments], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def write(self, name, text):
        path = os.path.join(self.work, name)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        return path

    def license(self, name, expires, vdp_instances=2):
        terms = {"license_id": name, "licensee": "OpenAPI check", "expires": expires,
                 "grace_period_s": 432000, "renew_after_s": 60, "max_license_managers": 2,
                 "components": {"vdp": {"max_instances": vdp_instances, "max_cores_per_instance": 8,
                                        "max_total_cores": 12},
                                "sched": {"max_instances": 3, "max_cores_per_instance": 8, "max_total_cores": 10}}}
        out = os.path.join(self.work, f"{name}.lic")
        self.ctl("license", "issue", "--key", self.issuer_key, "--terms", self.write(f"{name}.json", json.dumps(terms)),
                 "--out", out)
        return out

    def node(self, name, arguments, environment=None):
        node = ServerNode(self.bin_dir, self.work, name, arguments, environment).start()
        self.nodes.append(node)
        return node

    def stop(self):
        for node in self.nodes:
            node.stop()

    # --- recording --------------------------------------------------------

    def call(self, node, method, path, template=None, expect=200, error=None, label="", unrouted=None,
             body=None, headers=None, tls=None):
        answer = http.request(node.port, method, path, body=body, headers=headers, tls=tls)
        return self.book.add(node, method, template or path, answer, expect, error, unrouted, label)

    def admin(self, node, method, path, token, **kwargs):
        headers = dict(kwargs.pop("headers", {}) or {})
        headers["Authorization"] = f"Bearer {token}"
        return self.call(node, method, path, headers=headers, **kwargs)

    def raw(self, node, template, data, expect, error, label):
        method = data.split(b" ", 1)[0].decode("ascii")
        return self.book.add(node, method, template, http.raw(node.port, data), expect, error, label=label)

    # --- the nodes ----------------------------------------------------------

    def run(self):
        self.issuer_key = os.path.join(self.work, "issuer.key")
        issuer_pub = os.path.join(self.work, "issuer.pub")
        self.ctl("license", "keygen", "--private", self.issuer_key, "--public", issuer_pub)
        self.main_node(issuer_pub)
        self.broken_node()
        self.tls_node(issuer_pub)
        self.full_node()

    def wait_ready(self, node, tls=None):
        ok = node.wait_until(lambda: http.request(node.port, "GET", "/pingLicenseManager", tls=tls).status == 200)
        if not ok:
            raise RuntimeError(f"{node.name} never became ready:\n{node.log()}")

    def main_node(self, issuer_pub):
        token_file = self.write("admin.token", ADMIN_TOKEN)
        tokens_file = self.write("tokens", f"val viewer {VIEWER_TOKEN}\n")
        alerts_file = self.write("alerts.ini", "[near_limit]\nthreshold = 80\n")
        node = self.node("lk-main", ["--license", self.license("main", "2031-01-01T00:00:00Z"), "--trust", issuer_pub,
                                     "--admin-token-file", token_file, "--tokens-file", tokens_file,
                                     "--alerts", alerts_file,
                                     "--request-timeout", "0.5",
                                     "--max-request-bytes", "128k"])
        self.wait_ready(node)
        self.health(node)
        ids = self.grants(node)
        self.bad_grants(node)
        self.renewals(node, ids)
        self.admin_reads(node)
        self.free_and_release(node, ids)
        self.maintenance(node)
        self.access_and_audit(node, ids)
        self.license_fit(node)
        self.alerts(node)
        self.unrouted(node)
        self.limits(node)
        self.operations_not_yet_covered(node)
        self.lockout(node, lambda **kw: self.admin(node, "GET", LEASES, "wrong-token-0123456789", **kw),
                     lambda **kw: self.admin(node, "POST", "/api/v1/maintenance", ADMIN_TOKEN,
                                             body='{"enabled":true}', **kw))

    def operations_not_yet_covered(self, node):
        """A GET without path parameters that this scenario does not know yet
        (a route added since) is still called once, with the admin token, so
        that its answer is validated; give it cases of its own above."""
        for (method, path), operation in sorted(self.book.spec.operations().items()):
            if method == "GET" and "{" not in path and (method, path) not in self.book.exercised:
                self.admin(node, method, path, ADMIN_TOKEN, expect=None, label="not in the scenario yet")

    def health(self, node, tls=None):
        self.call(node, "GET", "/pingLicenseManager", label="ready", tls=tls)
        self.call(node, "GET", "/api/v1/status", label="licensed, store healthy", tls=tls)
        self.call(node, "GET", "/api/v1/time", label="clock", tls=tls)
        self.call(node, "GET", "/api/v1/maintenance", label="not in maintenance", tls=tls)

    def grants(self, node):
        ids = []
        for instance in ("render-07:9999", "render-08:9999"):
            answer = self.call(node, "POST", LEASES, expect=201, body=lease_request(instance), label="grant")
            ids.append(json.loads(answer.body)["lease_id"])
        self.call(node, "POST", LEASES, expect=201, label="same instance again: replaces",
                  body=lease_request("render-08:9999", ips=[], cores=2.0))
        self.call(node, "POST", LEASES, expect=403, error="instance_limit", label="license full",
                  body=lease_request("render-09:9999"))
        self.call(node, "POST", LEASES, expect=403, error="cores_per_instance", body=lease_request("big", cores=9))
        self.call(node, "POST", LEASES, expect=403, error="type_not_licensed", body=lease_request("x", component="vcs"))
        self.call(node, "POST", LEASES, expect=201, body=lease_request("s1", component="sched", cores=8))
        self.call(node, "POST", LEASES, expect=403, error="core_limit", body=lease_request("s2", component="sched"))
        self.call(node, "GET", "/api/v1/status", label="usage counted")
        live = self.admin(node, "GET", LEASES, ADMIN_TOKEN, label="live leases")
        return [lease["lease_id"] for lease in json.loads(live.body)["leases"]]

    def bad_grants(self, node):
        bad = [("", "empty body"), ("{nope", "not JSON"), ("[1,2]", "not an object"),
               (lease_request("x", cores="8"), "cores of the wrong type"),
               (lease_request("x", ips=["nope"]), "not an IP address"),
               (lease_request("x", component="VDP"), "component in capitals"),
               (json.dumps({"component": "vdp"}), "missing fields")]
        for body, label in bad:
            self.call(node, "POST", LEASES, expect=400, error="invalid_request", body=body, label=label)
        self.call(node, "POST", LEASES, expect=400, error="invalid_request", label="invalid UTF-8",
                  body=b'{"component":"vdp","host":"\xff\xfe"}')

    def renewals(self, node, ids):
        renew = "/api/v1/leases/{id}/renew"
        self.call(node, "POST", f"{LEASES}/{ids[0]}/renew", renew, label="renew")
        self.call(node, "POST", f"{LEASES}/{ids[0]}/renew", renew, body="ignored", label="renew, body ignored")
        self.call(node, "POST", f"{LEASES}/{'0' * 32}/renew", renew, expect=404, error="unknown_lease")
        self.call(node, "POST", f"{LEASES}/no%20such%20lease/renew", renew, expect=404, error="unknown_lease")

    def admin_reads(self, node):
        self.call(node, "GET", LEASES, expect=401, error="unauthorized", label="no token")
        self.admin(node, "GET", LEASES, "wrong-token-0123456789", expect=401, error="unauthorized",
                   label="wrong token")
        history = "/api/v1/history"
        for query in ("", "?component=vdp", "?reason=instance_limit&limit=1", "?reason=replaced_by_restart",
                      "?since_ms=0&until_ms=4102444800000"):
            self.admin(node, "GET", history + query, ADMIN_TOKEN, template=history, label=f"history{query}")
        for query in ("?limit=0", "?foo=1", "?reason=nope", "?since_ms=yesterday"):
            self.admin(node, "GET", history + query, ADMIN_TOKEN, template=history, expect=400,
                       error="invalid_request", label=f"history{query}")
        self.call(node, "GET", history, expect=401, error="unauthorized")
        renewals = "/api/v1/renewals"
        for query in ("", "?after=2"):
            self.admin(node, "GET", renewals + query, ADMIN_TOKEN, template=renewals, label=f"renewals{query}")
        for query in ("?after=-1", "?after=x"):
            self.admin(node, "GET", renewals + query, ADMIN_TOKEN, template=renewals, expect=400,
                       error="invalid_request", label=f"renewals{query}")
        self.call(node, "GET", renewals, expect=401, error="unauthorized")
        self.admin(node, "GET", "/metrics", ADMIN_TOKEN, label="--metrics token (the default)")
        self.call(node, "GET", "/metrics", expect=401, error="unauthorized", label="--metrics token, no token")

    def free_and_release(self, node, ids):
        free, release = "/api/v1/leases/{id}/free", "/api/v1/leases/{id}"
        self.admin(node, "POST", f"{LEASES}/{ids[0]}/free", ADMIN_TOKEN, template=free, expect=400,
                   error="invalid_request", body='{"reason":5}', label="reason of the wrong type")
        self.admin(node, "POST", f"{LEASES}/{ids[0]}/free", ADMIN_TOKEN, template=free, expect=400,
                   error="invalid_request", body="{nope", label="not JSON")
        self.admin(node, "POST", f"{LEASES}/{ids[0]}/free", ADMIN_TOKEN, template=free, expect=204,
                   body='{"reason":"host decommissioned"}', label="free with a reason")
        self.admin(node, "POST", f"{LEASES}/{ids[0]}/free", ADMIN_TOKEN, template=free, expect=404,
                   error="unknown_lease", label="free again")
        self.call(node, "POST", f"{LEASES}/{ids[1]}/free", free, expect=401, error="unauthorized")
        self.call(node, "DELETE", f"{LEASES}/{ids[1]}", release, expect=204, label="release")
        self.call(node, "DELETE", f"{LEASES}/{ids[1]}", release, expect=204, label="release again")
        self.call(node, "POST", f"{LEASES}/{ids[1]}/renew", "/api/v1/leases/{id}/renew", expect=404,
                  error="unknown_lease", label="renew a released lease")
        live = self.admin(node, "GET", LEASES, ADMIN_TOKEN, label="live leases after free and release")
        for lease in json.loads(live.body)["leases"]:
            self.admin(node, "POST", f"{LEASES}/{lease['lease_id']}/free", ADMIN_TOKEN, template=free, expect=204,
                       label="free without a body")
        self.admin(node, "GET", "/api/v1/history", ADMIN_TOKEN, label="history with every end reason")

    def maintenance(self, node):
        path = "/api/v1/maintenance"
        self.call(node, "POST", path, expect=401, error="unauthorized", body='{"enabled":true}')
        for body, label in (("", "empty"), ('{"enabled":"yes"}', "a string"), ("{}", "no field")):
            self.admin(node, "POST", path, ADMIN_TOKEN, expect=400, error="invalid_request", body=body, label=label)
        self.admin(node, "POST", path, ADMIN_TOKEN, body='{"enabled":true}', label="maintenance on")
        self.call(node, "GET", "/pingLicenseManager", expect=503, label="in maintenance")
        self.call(node, "GET", "/api/v1/status", label="in maintenance")
        self.call(node, "GET", path, label="in maintenance")
        self.call(node, "POST", LEASES, expect=201, body=lease_request("m1"), label="served in maintenance")
        self.admin(node, "POST", path, ADMIN_TOKEN, body='{"enabled":false}', label="maintenance off")
        self.call(node, "GET", "/pingLicenseManager", label="back from maintenance")

    def access_and_audit(self, node, ids):
        access, audit = "/api/v1/access", "/api/v1/audit"
        self.admin(node, "GET", access, ADMIN_TOKEN, label="the admin token")
        self.admin(node, "GET", access, VIEWER_TOKEN, label="a viewer token")
        self.call(node, "GET", access, expect=401, error="unauthorized", label="no token")
        self.admin(node, "POST", f"{LEASES}/{ids[0]}/free", VIEWER_TOKEN, template="/api/v1/leases/{id}/free",
                   expect=403, error="forbidden", label="a viewer frees")
        self.admin(node, "POST", "/api/v1/maintenance", VIEWER_TOKEN, expect=403, error="forbidden",
                   body='{"enabled":true}', label="a viewer sets maintenance")
        for query in ("", "?action=lease.free", "?actor=val&limit=5", "?since_ms=0&until_ms=4102444800000"):
            self.admin(node, "GET", audit + query, VIEWER_TOKEN, template=audit, label=f"audit{query}")
        for query in ("?action=lease.steal", "?limit=0", "?since_ms=yesterday", "?colour=red"):
            self.admin(node, "GET", audit + query, ADMIN_TOKEN, template=audit, expect=400,
                       error="invalid_request", label=f"audit{query}")
        self.call(node, "GET", audit, expect=401, error="unauthorized", label="no token")
        usage = "/api/v1/usage"
        for query in ("", "?type=vdp&step=minute", "?from=0&to=4102444800000", "?from=2026-01-01T00:00:00Z"):
            self.admin(node, "GET", usage + query, VIEWER_TOKEN, template=usage, label=f"usage{query}")
        for query in ("?step=week", "?from=yesterday", "?from=2000&to=1000", "?colour=red"):
            self.admin(node, "GET", usage + query, ADMIN_TOKEN, template=usage, expect=400,
                       error="invalid_request", label=f"usage{query}")

    def license_fit(self, node):
        fit = "/api/v1/license/fit"
        with open(self.license("offer", "2032-01-01T00:00:00Z", vdp_instances=1), encoding="utf-8") as file:
            offer = file.read()
        self.admin(node, "POST", fit, VIEWER_TOKEN, body=offer, label="a smaller offer")
        self.admin(node, "POST", fit + "?days=7", ADMIN_TOKEN, template=fit, body=offer, label="the last week")
        self.admin(node, "POST", fit, ADMIN_TOKEN, expect=400, error="malformed", body='{"hello":1}',
                   label="not a license")
        self.admin(node, "POST", fit, ADMIN_TOKEN, expect=400, error="tampered",
                   body=offer.replace('"max_instances": 1', '"max_instances": 9'), label="a tampered offer")
        for query in ("?days=0", "?days=401", "?weeks=4"):
            self.admin(node, "POST", fit + query, ADMIN_TOKEN, template=fit, expect=400, error="invalid_request",
                       body=offer, label=f"fit{query}")
        self.call(node, "POST", fit, expect=401, error="unauthorized", body=offer, label="no token")

    def alerts(self, node):
        alerts, settings, test = "/api/v1/alerts", "/api/v1/alerts/settings", "/api/v1/alerts/test"
        self.admin(node, "GET", settings, VIEWER_TOKEN, label="as a viewer")
        self.admin(node, "PUT", settings, ADMIN_TOKEN, label="a webhook that refuses connections",
                   body='{"webhook":{"url":"http://127.0.0.1:9/hook","attempts":1},'
                        '"rules":[{"rule":"denial","quiet_period_s":60,"channels":["webhook","tray"]}]}')
        self.admin(node, "GET", settings, ADMIN_TOKEN, label="as the admin")
        for body, error, label in (
                ('{"mail":{"host":"m","from":"lm@example.com","to":["ops"]}}', "invalid_alert_settings",
                 "a recipient that is not an address"),
                ('{"webhook":{"url":"http://x/","secret_file":"/nonexistent"}}', "alert_secret",
                 "a secret file that cannot be read"),
                ('{"rules":[{"rule":"near_limit","threshold":"high"}]}', "invalid_request", "a threshold in words"),
                ('[1]', "invalid_request", "not an object")):
            self.admin(node, "PUT", settings, ADMIN_TOKEN, expect=400, error=error, body=body, label=label)
        self.admin(node, "PUT", settings, VIEWER_TOKEN, expect=403, error="forbidden", body="{}", label="a viewer")
        self.admin(node, "POST", test, ADMIN_TOKEN, label="the webhook refuses")
        self.admin(node, "POST", test, VIEWER_TOKEN, expect=403, error="forbidden", label="a viewer")
        self.admin(node, "GET", alerts, VIEWER_TOKEN, label="the test alert")
        self.admin(node, "GET", alerts + "?after=1", ADMIN_TOKEN, template=alerts, label="after the test")
        self.admin(node, "GET", alerts + "?after=soon", ADMIN_TOKEN, template=alerts, expect=400,
                   error="invalid_request", label="after=soon")
        self.call(node, "GET", alerts, expect=401, error="unauthorized", label="no token")

    def unrouted(self, node):
        self.call(node, "GET", "/api/v2/nope", expect=404, error="not_found", unrouted="unknownPath")
        self.call(node, "GET", "/api/v1/leases/a/b/c", expect=404, error="not_found", unrouted="unknownPath")
        for method, path in (("PUT", LEASES), ("GET", f"{LEASES}/abc"), ("DELETE", "/api/v1/maintenance"),
                             ("OPTIONS", "/pingLicenseManager"), ("PATCH", "/api/v1/leases/abc/renew")):
            answer = self.call(node, method, path, expect=405, error="method_not_allowed", unrouted="wrongMethod")
            if method == "PUT" and answer.header("Allow") != "POST, GET":
                self.book.entries.append(("Allow of /api/v1/leases", "(unrouted)", 405,
                                          [f"Allow is {answer.header('Allow')!r}"]))

    def limits(self, node):
        big = lease_request("x", version="v" * 70000)
        self.call(node, "POST", LEASES, expect=413, error="payload_too_large", body=big, label="body over 64 KiB")
        self.raw(node, LEASES, b"POST /api/v1/leases HTTP/1.1\r\nHost: x\r\nContent-Length: 200000\r\n\r\n",
                 413, "payload_too_large", "Content-Length over --max-request-bytes")
        self.raw(node, "/api/v1/status", b"GET /api/v1/status HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70000
                 + b"\r\n\r\n", 431, "headers_too_large", "headers over 64 KiB")
        self.raw(node, "/api/v1/time", b"GET /api/v1/time HTTP/1.1\r\nHost: x\r\n", 408, "request_timeout",
                 "a request that never ends")

    def lockout(self, node, wrong, admin_call):
        """Wrong secrets until the address is locked out; then a right one is refused too."""
        for _ in range(10):
            if wrong(expect=None, label="wrong secret").status == 429:
                break
        answer = admin_call(expect=429, error="too_many_attempts", label="locked out, right secret")
        if not (answer.header("Retry-After") or "").isdigit():
            self.book.entries.append(("Retry-After", "(429)", 429, ["Retry-After is not a number of seconds"]))

    def broken_node(self):
        not_a_dir = self.write("not-a-directory", "")
        site_key = self.write("site.key", SITE_KEY)
        node = self.node("lk-broken", ["--db", f"sqlite:{not_a_dir}/x.db", "--site-key-file", site_key])
        token = node.admin_token()
        key = {"X-Site-Key": SITE_KEY}
        self.call(node, "GET", "/pingLicenseManager", expect=503, label="no trusted key")
        self.call(node, "GET", "/api/v1/status", label="no license, store unhealthy")
        self.call(node, "POST", LEASES, expect=401, error="site_key_required", body=lease_request("a"))
        self.call(node, "POST", LEASES, expect=401, error="site_key_invalid", body=lease_request("a"),
                  headers={"X-Site-Key": "not-the-site-key-0123"})
        self.call(node, "POST", LEASES, expect=503, error="license_unavailable", body=lease_request("a"),
                  headers=key)
        self.call(node, "POST", f"{LEASES}/abc/renew", "/api/v1/leases/{id}/renew", expect=503,
                  error="license_unavailable", headers=key)
        self.call(node, "DELETE", f"{LEASES}/abc", "/api/v1/leases/{id}", expect=503, error="store_unavailable",
                  headers=key)
        self.call(node, "DELETE", f"{LEASES}/abc", "/api/v1/leases/{id}", expect=401, error="site_key_required")
        self.admin(node, "GET", LEASES, token, expect=503, error="store_unavailable")
        self.admin(node, "GET", "/api/v1/history", token, expect=503, error="store_unavailable")
        self.admin(node, "POST", f"{LEASES}/abc/free", token, template="/api/v1/leases/{id}/free", expect=503,
                   error="store_unavailable")
        self.admin(node, "GET", "/api/v1/renewals", token, label="nothing renewed")
        self.admin(node, "POST", "/api/v1/license/fit", token, expect=409, error="no_trusted_key", body="{}")
        self.admin(node, "PUT", "/api/v1/alerts/settings", token, expect=409, error="no_alerts_file", body="{}")
        self.lockout(node, lambda **kw: self.call(node, "POST", f"{LEASES}/abc/renew", "/api/v1/leases/{id}/renew",
                                                  headers={"X-Site-Key": "not-the-site-key-0123"}, **kw),
                     lambda **kw: self.call(node, "POST", LEASES, body=lease_request("a"), headers=key, **kw))

    def tls_node(self, issuer_pub):
        cert, key = os.path.join(self.work, "tls.pem"), os.path.join(self.work, "tls.key")
        self.ctl("cert", "self-signed", "--cn", "127.0.0.1", "--san", "IP:127.0.0.1", "--cert", cert, "--key", key)
        tomorrow = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)
        shift = self.write("clock-shift", "+0")
        node = self.node("lk-tls", ["--license", self.license("soon", tomorrow.strftime("%Y-%m-%dT%H:%M:%SZ")),
                                    "--trust", issuer_pub, "--tls-cert", cert, "--tls-key", key, "--tls-only",
                                    "--metrics", "open"],
                         faketime(shift))
        tls = http.tls_context(cert)
        self.raw(node, "/api/v1/time", b"GET /api/v1/time HTTP/1.1\r\nHost: x\r\n\r\n", 400, "tls_required",
                 "plain HTTP to --tls-only")
        self.wait_ready(node, tls)
        self.call(node, "GET", "/api/v1/status", tls=tls, label="over HTTPS, TLS on")
        granted = self.call(node, "POST", LEASES, expect=201, body=lease_request("a"), tls=tls, label="over HTTPS")
        self.write("clock-shift", "+2d")  # the license has expired; the lease is in its 5 days of grace
        lease = json.loads(granted.body)["lease_id"]
        self.call(node, "POST", f"{LEASES}/{lease}/renew", "/api/v1/leases/{id}/renew", expect=403,
                  error="license_expired", tls=tls)
        self.call(node, "POST", LEASES, expect=403, error="license_expired", body=lease_request("b"), tls=tls)
        self.call(node, "GET", "/pingLicenseManager", expect=503, tls=tls, label="license expired")
        self.call(node, "GET", "/api/v1/status", tls=tls, label="license expired")
        self.call(node, "GET", "/metrics", tls=tls, label="--metrics open, license expired")

    def full_node(self):
        node = self.node("lk-full", ["--max-connections", "1"])
        held = http.connect(node.port)
        try:
            # The held connection is counted once the server has accepted it.
            refused = None
            for _ in range(50):
                answer = http.raw(node.port, b"GET /api/v1/time HTTP/1.1\r\nHost: x\r\n\r\n")
                if answer.status == 503:
                    refused = answer
                    break
                time.sleep(0.02)
            if refused is None:
                refused = answer
            self.book.add(node, "GET", "/api/v1/time", refused, 503, "too_many_connections",
                          label="over --max-connections")
        finally:
            held.close()


def faketime(shift_file):
    """The environment that makes a server read its clock shifted by the content of `shift_file`."""
    libraries = glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
    if not libraries:
        raise RuntimeError("libfaketime is missing: install the Debian package faketime")
    return {"LD_PRELOAD": libraries[0], "FAKETIME_TIMESTAMP_FILE": shift_file, "FAKETIME_NO_CACHE": "1"}


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec = OpenApiSpec(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="lk-openapi-") as work:
        scenario = Scenario(spec, sys.argv[2], work)
        try:
            scenario.run()
        finally:
            scenario.stop()
    book = scenario.book
    book.report(sys.stdout)
    failures = book.failures()
    missing = book.missing_operations()
    for method, path in missing:
        print(f"FAIL {method} {path}: never answered with success")
    print(f"documented answers not produced: {', '.join(book.unexercised()) or 'none'}")
    print(f"openapi answers: {len(book.entries) - len(failures)} valid, {len(failures)} invalid, "
          f"{len(spec.operations()) - len(missing)} of {len(spec.operations())} operations succeeded")
    return 1 if failures or missing else 0


if __name__ == "__main__":
    sys.exit(main())
