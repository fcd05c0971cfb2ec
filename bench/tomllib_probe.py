#!/usr/bin/env python3
"""Parse-only pass with Python's tomllib: finds every TOML file under the
given folders, reads and parses it, and nothing else. The reference point
for "an interpreted tool that only parses its input" in bench/run.sh.

    bench/tomllib_probe.py PATH...
"""

import os
import sys
import tomllib


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: tomllib_probe.py PATH...", file=sys.stderr)
        return 2
    files = []
    for root in sys.argv[1:]:
        if os.path.isfile(root):
            files.append(root)
            continue
        for folder, _, names in os.walk(root):
            files.extend(os.path.join(folder, n) for n in names if n.endswith(".toml"))
    files.sort()
    size = 0
    claims = 0
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        size += len(data)
        claims += len(tomllib.loads(data.decode("utf-8")).get("claim", []))
    print(f"{len(files)} files, {size} bytes, {claims} claims, 0 errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
