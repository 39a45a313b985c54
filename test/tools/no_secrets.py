"""Reads detect-secrets' JSON report on stdin; fails, naming file and line, if it found anything."""
import json
import sys

report = json.load(sys.stdin)
found = [(path, s["line_number"], s["type"]) for path, items in report["results"].items() for s in items]
for path, line, kind in found:
    print(f"{path}:{line}: possible secret ({kind})", file=sys.stderr)
print(f"detect-secrets: {len(found)} finding(s) in {len(report['results'])} file(s)")
sys.exit(1 if found else 0)
