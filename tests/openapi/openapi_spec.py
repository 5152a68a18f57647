"""docs/openapi.yaml as the tests read it: its operations, a check of the
document itself, and the validation of one recorded answer against it.

JSON Schema validation is python3-jsonschema's (Draft 2020-12, the dialect of
OpenAPI 3.1); nothing here re-implements it."""

import json

import jsonschema
import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_CONTEXTS = ("schema", "schemas")
ERROR_SCHEMA = "#/components/schemas/Error"
# Answers the server's limits give before routing: every operation documents them.
LIMIT_STATUSES = ("400", "408", "413", "431", "503")
# What every answer carries.
COMMON_HEADERS = ("X-License-Manager-Node", "Cache-Control")


class OpenApiSpec:
    def __init__(self, path):
        with open(path, encoding="utf-8") as file:
            self.document = yaml.safe_load(file)
        self._resolver = jsonschema.RefResolver.from_schema(self.document)
        self._format_checker = jsonschema.Draft202012Validator.FORMAT_CHECKER

    # --- the operations -------------------------------------------------

    def operations(self):
        """{("GET", "/api/v1/leases"): operation, ...}"""
        found = {}
        for path, item in self.document.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    found[(method.upper(), path)] = item[method]
        return found

    def resolve(self, node):
        """Follows $ref until a node that is not a reference."""
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"circular $ref {ref}")
            seen.add(ref)
            node = self._pointer(ref)
        return node

    def _pointer(self, ref):
        if not ref.startswith("#/"):
            raise ValueError(f"$ref {ref} is not local to the document")
        node = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise ValueError(f"$ref {ref} does not resolve")
            node = node[part]
        return node

    # --- the document itself -----------------------------------------------

    def check_document(self):
        """Problems with the document itself, as readable lines (empty: fine)."""
        problems = []
        if not str(self.document.get("openapi", "")).startswith("3.1."):
            problems.append("openapi must be 3.1.x")
        problems += self._check_refs(self.document, "")
        problems += self._check_schemas()
        problems += self._check_operations()
        return problems

    def _check_refs(self, node, where):
        problems = []
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                try:
                    self._pointer(node["$ref"])
                except ValueError as error:
                    problems.append(f"{where}: {error}")
            for key, value in node.items():
                problems += self._check_refs(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                problems += self._check_refs(value, f"{where}/{index}")
        return problems

    def _schemas(self, node, where):
        """Every Schema Object of the document, with where it is."""
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema" and isinstance(value, dict):
                    yield f"{where}/{key}", value
                elif key == "schemas" and where == "/components" and isinstance(value, dict):
                    for name, schema in value.items():
                        yield f"{where}/schemas/{name}", schema
                else:
                    yield from self._schemas(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from self._schemas(value, f"{where}/{index}")

    def _check_schemas(self):
        problems = []
        count = 0
        for where, schema in self._schemas(self.document, ""):
            count += 1
            try:
                jsonschema.Draft202012Validator.check_schema(schema)
            except jsonschema.SchemaError as error:
                problems.append(f"{where}: not a valid JSON Schema 2020-12: {error.message}")
        if count == 0:
            problems.append("the document holds no schema")
        return problems

    def _check_operations(self):
        problems = []
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        ids = set()
        for (method, path), operation in self.operations().items():
            name = f"{method} {path}"
            operation_id = operation.get("operationId")
            if not operation_id or operation_id in ids:
                problems.append(f"{name}: operationId missing or not unique")
            ids.add(operation_id)
            problems += self._check_path_parameters(name, path, operation)
            for requirement in operation.get("security", []):
                for scheme in requirement:
                    if scheme not in schemes:
                        problems.append(f"{name}: security scheme {scheme} is not defined")
            problems += self._check_responses(name, operation)
        return problems

    def _check_path_parameters(self, name, path, operation):
        in_path = {part[1:-1] for part in path.split("/") if part.startswith("{")}
        declared = set()
        for parameter in operation.get("parameters", []):
            parameter = self.resolve(parameter)
            if parameter.get("in") == "path":
                declared.add(parameter["name"])
                if parameter.get("required") is not True:
                    return [f"{name}: path parameter {parameter['name']} must be required"]
        if in_path != declared:
            return [f"{name}: path parameters {sorted(in_path)} but declared {sorted(declared)}"]
        return []

    def _check_responses(self, name, operation):
        problems = []
        responses = operation.get("responses", {})
        if not any(status.startswith("2") for status in responses):
            problems.append(f"{name}: no success answer")
        wanted = list(LIMIT_STATUSES)
        if operation.get("security"):
            wanted += ["401", "429"]
        for status in wanted:
            if status not in responses:
                problems.append(f"{name}: answer {status} is not documented")
        for status, response in responses.items():
            response = self.resolve(response)
            headers = response.get("headers", {})
            for header in COMMON_HEADERS:
                if header not in headers or self.resolve(headers[header]).get("required") is not True:
                    problems.append(f"{name} {status}: header {header} is not documented as required")
            content = response.get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if status.startswith(("4", "5")) and not self._mentions(schema, ERROR_SCHEMA, set()):
                problems.append(f"{name} {status}: the error body is not the shared Error schema in JSON")
        return problems

    def _mentions(self, node, ref, seen):
        """Whether `node`, following references, uses the schema at `ref`."""
        if isinstance(node, dict):
            target = node.get("$ref")
            if target == ref:
                return True
            if isinstance(target, str) and target not in seen:
                seen.add(target)
                if self._mentions(self._pointer(target), ref, seen):
                    return True
            return any(self._mentions(value, ref, seen) for value in node.values())
        if isinstance(node, list):
            return any(self._mentions(value, ref, seen) for value in node)
        return False

    # --- answers ---------------------------------------------------------

    def response_for(self, method, path, status):
        """The Response Object documented for this answer, or None."""
        operation = self.operations().get((method, path))
        if operation is None:
            return None
        response = operation.get("responses", {}).get(str(status))
        return self.resolve(response) if response is not None else None

    def response_name(self, method, path, status):
        """What documents this answer: a shared response's $ref, else the operation's own."""
        operation = self.operations().get((method, path), {})
        response = operation.get("responses", {}).get(str(status), {})
        return response.get("$ref", f"{method} {path} {status}")

    def response_names(self):
        names = {self.document["x-leasekeeper-unrouted"][kind]["$ref"] for kind in ("unknownPath", "wrongMethod")}
        for (method, path), operation in self.operations().items():
            for status in operation.get("responses", {}):
                names.add(self.response_name(method, path, status))
        return names

    def unrouted_response(self, kind):
        """kind: unknownPath or wrongMethod (x-leasekeeper-unrouted)."""
        return self.resolve(self.document["x-leasekeeper-unrouted"][kind])

    def validate(self, response, answer):
        """Problems of a recorded answer against a Response Object (empty: fine)."""
        problems = []
        headers = {name.lower(): value for name, value in answer.headers}
        for name, header in response.get("headers", {}).items():
            header = self.resolve(header)
            value = headers.get(name.lower())
            if value is None:
                if header.get("required"):
                    problems.append(f"header {name} is missing")
                continue
            value = self._header_value(header["schema"], value)
            problems += [f"header {name}: {problem}" for problem in self._validate_value(header["schema"], value)]
        content = response.get("content")
        if not content:
            if answer.body:
                problems.append(f"a body where none is documented: {answer.body[:200]!r}")
            return problems
        content_type = (headers.get("content-type") or "").split(";")[0].strip()
        if content_type not in content:
            return problems + [f"Content-Type is {headers.get('content-type')!r}, not one of {sorted(content)}"]
        if content_type != "application/json":
            # Not JSON (a text exposition, say): only its type and presence are checked.
            return problems + ([] if answer.body else ["an empty body"])
        try:
            body = json.loads(answer.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            return problems + [f"the body is not JSON ({error}): {answer.body[:200]!r}"]
        return problems + self._validate_value(content["application/json"]["schema"], body)

    @staticmethod
    def _header_value(schema, value):
        if schema.get("type") == "integer":
            try:
                return int(value)
            except ValueError:
                return value
        return value

    def _validate_value(self, schema, value):
        validator = jsonschema.Draft202012Validator(schema, resolver=self._resolver,
                                                    format_checker=self._format_checker)
        problems = []
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(part) for part in error.absolute_path) or "(body)"
            problems.append(f"{where}: {error.message}")
        return problems
