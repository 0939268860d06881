#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in meson's JSON test log and prints "N passed, N failed".

A TAP test contributes one case per "ok"/"not ok" line; a test that crashed or failed
without reporting a failing case counts as one more failure.  Exits 1 if anything failed."""

import json
import re
import sys

PASS = {"OK", "EXPECTEDFAIL"}
SKIP = {"SKIP"}

passed = failed = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        if not line.strip():
            continue
        test = json.loads(line)
        result = test.get("result")
        if result in SKIP:
            continue
        stdout = test.get("stdout") or ""
        oks = len(re.findall(r"^ok \d+", stdout, re.M))
        not_oks = len(re.findall(r"^not ok \d+", stdout, re.M))
        if oks + not_oks == 0:
            if result in PASS:
                passed += 1
            else:
                failed += 1
            continue
        passed += oks
        failed += not_oks
        if result not in PASS and not_oks == 0:
            failed += 1

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
