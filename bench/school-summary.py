#!/usr/bin/env python3
"""Sums the per-class load clients of `bench/live-load.sh school`: one line per request kind of the
loop phase (count, errors, p95 of the median class and of the worst class: percentiles of separate
clients cannot be merged exactly), then the fan-out totals of all classes."""
import json
import statistics
import sys

runs = [json.load(open(f)) for f in sys.argv[1:]]
opened = sum(r.get("sessionsOpened", 0) for r in runs)
users = sum(r.get("users", 0) for r in runs)
print(f"sessions opened {opened}/{users} in {len(runs)} classes")
kinds = {}
for r in runs:
    for name, k in r.get("phases", {}).get("loop", {}).get("kinds", {}).items():
        kinds.setdefault(name, []).append(k)
loop = [r.get("phases", {}).get("loop", {}) for r in runs]
print(f"loop: {sum(l.get('requests', 0) for l in loop)} requests, {sum(l.get('errors', 0) for l in loop)} errors, "
      f"{sum(l.get('reqPerS', 0) for l in loop):.1f} req/s")
print(f"   {'kind':22} {'count':>7} {'err':>5} {'p95 ms (median class)':>22} {'p95 ms (worst class)':>21}")
for name in sorted(kinds):
    ks = kinds[name]
    p95s = [k["p95"] for k in ks if k.get("p95") is not None]
    print(f"   {name:22} {sum(k['count'] for k in ks):7} {sum(k['errors'] for k in ks):5} "
          f"{statistics.median(p95s) if p95s else float('nan'):22.1f} {max(p95s) if p95s else float('nan'):21.1f}")
fan = [r["fanout"] for r in runs if "fanout" in r]
if fan:
    total = {key: sum(f[key] for f in fan) for key in ("posts", "expectedDeliveries", "deliveredInTime", "deliveredLate", "missed", "extra")}
    p95 = [f["latency"]["p95"] for f in fan if f["latency"].get("p95") is not None]
    print(f"fan-out: {total['posts']} posts, {total['expectedDeliveries']} deliveries expected, {total['deliveredInTime']} in time, "
          f"{total['deliveredLate']} late, {total['missed']} MISSED, {total['extra']} extra; "
          f"latency p95 median class {statistics.median(p95) if p95 else float('nan'):.1f} ms, worst class {max(p95) if p95 else float('nan'):.1f} ms")
