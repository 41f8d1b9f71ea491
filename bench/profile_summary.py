#!/usr/bin/env python3
"""Sums a libtorch profiler trace (Chrome trace JSON from StepProfile) by operator: self time
(time in the operator minus time in operators it called), per step. Usage: profile_summary.py TRACE.json STEPS [TOP]"""
import json
import sys
from collections import defaultdict

trace = json.load(open(sys.argv[1]))
steps = int(sys.argv[2])
top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
events = trace["traceEvents"] if isinstance(trace, dict) else trace
by_thread = defaultdict(list)
for e in events:
    if e.get("ph") == "X" and e.get("cat", "cpu_op") in ("cpu_op", "Operator", "operator"):
        by_thread[e.get("tid")].append(e)
self_time = defaultdict(float)
calls = defaultdict(int)
for evs in by_thread.values():
    evs.sort(key=lambda e: (e["ts"], -e["dur"]))
    stack = []
    for e in evs:
        while stack and stack[-1]["ts"] + stack[-1]["dur"] <= e["ts"]:
            stack.pop()
        if stack:
            self_time[stack[-1]["name"]] -= e["dur"]
        self_time[e["name"]] += e["dur"]
        calls[e["name"]] += 1
        stack.append(e)
total = sum(self_time.values())
print(f"{sys.argv[1]}: {total / 1e3 / steps:.0f} ms of operators per step")
print("| operator | ms/step | share | calls/step |")
print("|---|---|---|---|")
for name, t in sorted(self_time.items(), key=lambda kv: -kv[1])[:top]:
    print(f"| {name} | {t / 1e3 / steps:.1f} | {100 * t / total:.1f} % | {calls[name] / steps:.0f} |")
