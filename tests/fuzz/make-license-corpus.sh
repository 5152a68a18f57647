#!/usr/bin/env bash
# Re-creates tests/fuzz/corpus/fuzz_license: licenses issued with
# `leasekeeper-ctl license issue` and the test key fuzz-issuer.key (the key
# fuzz_license trusts), plus damaged copies of them.
#   tests/fuzz/make-license-corpus.sh path/to/leasekeeper-ctl
set -euo pipefail
ctl=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out="$here/corpus/fuzz_license"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$out"/*.json
mkdir -p "$out"

terms() { # NAME JSON
  printf '%s\n' "$2" >"$work/$1.terms.json"
  "$ctl" license issue --key "$here/fuzz-issuer.key" --terms "$work/$1.terms.json" --out "$out/$1.json" >/dev/null
}
terms sample '{"license_id": "acme-2027", "licensee": "ACME Rendering Ltd", "expires": "2027-12-31T23:59:59Z",
  "renew_after_s": 300, "max_license_managers": 2,
  "components": {"vdp": {"max_instances": 10, "max_cores_per_instance": 8, "max_total_cores": 64},
                 "scheduler": {"max_instances": 2, "max_cores_per_instance": 4, "max_total_cores": 8}}}'
terms minimal '{"license_id": "m", "licensee": "M", "expires": "2030-01-01T00:00:00Z", "components": {}}'
terms every-field '{"license_id": "full.license_1-x", "licensee": "  Ünïcödé GmbH & Co. KG  ",
  "expires": "2026-06-30T12:00:00+02:00", "grace_period_s": 432000, "renew_after_s": 60,
  "max_license_managers": 16, "components": {"a.b_c-d": {"max_instances": 1000000,
  "max_cores_per_instance": 0, "max_total_cores": 1000000}}}'
terms future-fields '{"license_id": "next", "licensee": "Next", "expires": "2028-02-29T23:59:59.999Z",
  "components": {"vdp": {"max_instances": 1, "max_cores_per_instance": 1, "max_total_cores": 1, "gpu": 2}},
  "feature_flags": ["ha", "tls"], "issued_by": {"name": "x", "at": 1.5e3}, "note": null}'

python3 - "$out" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
sample = json.loads((out / "sample.json").read_text())
def write(name, obj):
    (out / name).write_text(json.dumps(obj, indent=4, ensure_ascii=False) + "\n")
def variant(name, change):
    obj = json.loads(json.dumps(sample))
    change(obj)
    write(name, obj)
variant("tampered-licensee.json", lambda o: o["terms"].update(licensee="Someone Else"))
variant("tampered-limits.json", lambda o: o["terms"]["components"]["vdp"].update(max_instances=1000))
variant("tampered-expiry.json", lambda o: o["terms"].update(expires="2099-12-31T23:59:59Z"))
variant("unsigned.json", lambda o: o.pop("signature"))
variant("short-signature.json", lambda o: o.update(signature=o["signature"][:40]))
variant("other-key-id.json", lambda o: o.update(key_id="0123456789abcdef"))
variant("bad-key-id.json", lambda o: o.update(key_id="not a key id"))
variant("wrong-format.json", lambda o: o.update(format="leasekeeper-license-2"))
variant("terms-not-object.json", lambda o: o.update(terms=[1, 2]))
(out / "compact.json").write_text(json.dumps(sample, separators=(",", ":")))
PY
ls "$out"
