"""Prints every operation of an OpenAPI document, one "METHOD /path" a line,
for tst_openapiroutes to compare with the routes the server registers.

Usage: list_operations.py docs/openapi.yaml"""

import sys

from openapi_spec import OpenApiSpec


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    for method, path in sorted(OpenApiSpec(sys.argv[1]).operations()):
        print(f"{method} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
