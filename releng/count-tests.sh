#!/usr/bin/env bash
# Sums the Surefire reports of every test module and prints one closing line: 'N passed, N failed, N skipped'.
set -euo pipefail
root=${1:-.}
python3 - "$root" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
tests = failed = skipped = 0
modules = set()
for report in glob.glob(f"{sys.argv[1]}/tests/*/target/surefire-reports/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    modules.add(report.split("/tests/")[1].split("/")[0])
    tests += int(suite.get("tests", 0))
    failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped += int(suite.get("skipped", 0))
print(f"test modules run: {len(modules)} ({', '.join(sorted(modules))})")
print(f"{tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or tests == 0 else 0)
PY
