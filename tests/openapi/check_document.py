"""Checks docs/openapi.yaml itself: every $ref resolves, every schema is valid
JSON Schema 2020-12, and every operation documents what all of them share
(the node and cache headers on every answer, the limits' answers, 401 and
429 where a secret is needed, errors in the shared Error schema), and, when
given, that info.version is the product's version.

Usage: check_document.py docs/openapi.yaml [VERSION]"""

import sys

from openapi_spec import OpenApiSpec


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    spec = OpenApiSpec(sys.argv[1])
    problems = spec.check_document()
    version = str(spec.document.get("info", {}).get("version"))
    if len(sys.argv) == 3 and version != sys.argv[2]:
        problems.append(f"info.version is {version}, the product is {sys.argv[2]}")
    for problem in problems:
        print(f"FAIL {problem}")
    operations = len(spec.operations())
    schemas = len(spec.document.get("components", {}).get("schemas", {}))
    print(f"{operations} operations, {schemas} component schemas: {len(problems)} problems")
    return 1 if problems or operations == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
