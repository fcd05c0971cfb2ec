"""Validates SARIF logs against the SARIF 2.1.0 JSON schema.

    validate_sarif.py SCHEMA FILE...

Exit 0 when every file is valid, 1 otherwise (each error is printed).
Needs the jsonschema module (Debian: python3-jsonschema).
"""
import json
import sys

import jsonschema


def main(schema_path, files):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    failed = False
    for path in files:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: /{where}: {error.message}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{path}: valid SARIF 2.1.0 ({len(document['runs'][0]['results'])} results)")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
