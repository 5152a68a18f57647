"""The API's JSON field names are written in one place: core/domain/wire/.

Collects every property name of docs/openapi.yaml's component schemas and
looks for it as a string literal ("lease_id") in the C++ sources of core/,
ui/ and app/. A name found outside core/domain/wire/ fails the check unless the
pair (name, file) is listed in wire_field_exceptions.txt with the other format
the word belongs to there (a command-line option, a log field, the license
file, ...); a listed pair that is no longer found fails too, so the list
never keeps a stale line.

It also fails when a file of core/domain/wire/ includes anything above the domain
(only util/, timesync/, license/, lease/, audit/, alert/ and wire/ itself).

Usage: check_wire_fields.py SOURCE_DIR"""

import os
import re
import sys

import yaml

SOURCE_AREAS = ("core", "ui", "app")
WIRE_DIR = "core/domain/wire/"
# core/domain/wire/ sits just above the domain: servers and clients include it, it
# includes nothing of theirs.
WIRE_MAY_INCLUDE = ("util/", "timesync/", "license/", "lease/", "audit/", "alert/", "wire/")
# The formats a listed pair may belong to (described in wire_field_exceptions.txt).
FORMATS = ("option", "ctl-output", "license-file", "policy-file", "alerts-file", "log", "metrics", "sql", "profile-file", "widget",
           "comment", "text")
EXCEPTIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wire_field_exceptions.txt")


def property_names(node, names):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                names.update(value.keys())
            elif key == "required" and isinstance(value, list):
                names.update(str(item) for item in value)
            property_names(value, names)
    elif isinstance(node, list):
        for item in node:
            property_names(item, names)
    return names


def sources(root):
    for area in SOURCE_AREAS:
        for folder, _, files in os.walk(os.path.join(root, area)):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    path = os.path.join(folder, name)
                    yield os.path.relpath(path, root).replace(os.sep, "/"), path


def found_pairs(root, names):
    pattern = re.compile(r'"(' + "|".join(re.escape(name) for name in sorted(names)) + r')"')
    pairs = set()
    for relative, path in sources(root):
        with open(path, encoding="utf-8", errors="replace") as source:
            for match in pattern.finditer(source.read()):
                pairs.add((match.group(1), relative))
    return pairs


def wrong_way_includes(root):
    problems = []
    for relative, path in sources(root):
        if not relative.startswith(WIRE_DIR):
            continue
        with open(path, encoding="utf-8", errors="replace") as source:
            for included in re.findall(r'^#include "([^"]+)"', source.read(), re.M):
                if not included.startswith(WIRE_MAY_INCLUDE):
                    problems.append(f"{relative} includes {included}; core/domain/wire/ may include only "
                                    + ", ".join(WIRE_MAY_INCLUDE))
    return problems


def read_exceptions():
    """Returns the listed (name, file) pairs and the problems of the list itself."""
    pairs, problems = set(), []
    with open(EXCEPTIONS, encoding="utf-8") as listed:
        for number, line in enumerate(listed, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = line.split()
            if len(fields) != 3 or fields[2] not in FORMATS:
                problems.append(f"{os.path.basename(EXCEPTIONS)}:{number}: expected 'NAME FILE FORMAT' with FORMAT "
                                f"one of {', '.join(FORMATS)}; found '{line}'")
                continue
            pairs.add((fields[0], fields[1]))
    return pairs, problems


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = sys.argv[1]
    with open(os.path.join(root, "docs", "openapi.yaml"), encoding="utf-8") as spec:
        document = yaml.safe_load(spec)
    names = property_names(document.get("components", {}).get("schemas", {}), set())
    found = found_pairs(root, names)
    outside = {(name, path) for name, path in found if not path.startswith(WIRE_DIR)}
    listed, problems = read_exceptions()
    problems += [f'"{name}" is written in {path}; use the struct of core/domain/wire/ that owns it'
                for name, path in sorted(outside - listed)]
    problems += [f'"{name}" is no longer written in {path}: remove the line from {os.path.basename(EXCEPTIONS)}'
                 for name, path in sorted(listed - outside)]
    problems += wrong_way_includes(root)
    in_wire = {name for name, path in found if path.startswith(WIRE_DIR)}
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"{len(names)} field names; {len(in_wire)} written in {WIRE_DIR}; "
          f"{len(outside)} (name, file) pairs outside it, all listed with their format: {not problems}")
    return 1 if problems or not names else 0


if __name__ == "__main__":
    sys.exit(main())
