#!/usr/bin/env python3
"""Server time of the requests answered between two scrapes of /actuator/prometheus (the node
runs with a percentiles histogram for http.server.requests): count, mean and p50/p95/p99 from the
histogram's buckets, actuator requests left out. Usage: server-p95.py BEFORE AFTER [BEFORE AFTER ...]
(pairs, one per node; their requests are pooled)."""
import re
import sys

LINE = re.compile(r'^http_server_requests_seconds_(bucket|count|sum)\{([^}]*)\} ([0-9.eE+-]+)$')


def read(path):
    buckets, count, total = {}, 0.0, 0.0
    for line in open(path):
        m = LINE.match(line.strip())
        if not m or 'uri="/actuator' in m.group(2):
            continue
        kind, labels, value = m.group(1), m.group(2), float(m.group(3))
        if kind == "bucket":
            le = re.search(r'le="([^"]+)"', labels).group(1)
            le = float("inf") if le == "+Inf" else float(le)
            buckets[le] = buckets.get(le, 0.0) + value
        elif kind == "count":
            count += value
        else:
            total += value
    return buckets, count, total


files = sys.argv[1:]
buckets, count, total = {}, 0.0, 0.0
for before, after in zip(files[0::2], files[1::2]):
    b0, c0, s0 = read(before)
    b1, c1, s1 = read(after)
    for le, v in b1.items():
        buckets[le] = buckets.get(le, 0.0) + v - b0.get(le, 0.0)
    count += c1 - c0
    total += s1 - s0


def percentile(q):
    for le in sorted(buckets):
        if buckets[le] >= q * count:
            return le * 1000
    return float("nan")


if count:
    print(f"server time of {int(count)} requests: mean {1000 * total / count:.1f} ms, "
          f"p50 <= {percentile(0.50):.1f} ms, p95 <= {percentile(0.95):.1f} ms, p99 <= {percentile(0.99):.1f} ms "
          f"(upper bounds of the histogram's buckets)")
else:
    print("server time: no requests between the scrapes")
