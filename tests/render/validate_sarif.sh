#!/bin/sh
# CTest render/sarif_schema: writes SARIF logs with WRITER and validates them
# against SCHEMA with validate_sarif.py.
#   validate_sarif.sh WRITER SCHEMA
set -eu
writer=$1
schema=$2
here=$(dirname "$0")

# The first Python that has jsonschema (Debian: python3-jsonschema installs it
# for /usr/bin/python3, which may not be the python3 first on PATH).
python=
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import jsonschema' 2>/dev/null; then
        python=$candidate
        break
    fi
done
if [ -z "$python" ]; then
    echo "no python3 with the jsonschema module: install python3-jsonschema" >&2
    exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$writer" "$out"
"$python" "$here/validate_sarif.py" "$schema" "$out"/*.sarif
