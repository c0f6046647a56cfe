#!/usr/bin/env python3
"""Server time of the requests that ended between two instants, from Tomcat access logs written
with the pattern '%{end:msec}t %D %r' (end in ms since the epoch, time taken in microseconds, the
request line): count, mean and p50/p95/p99. Push connections are left out (a websocket's request
lasts as long as the tab), as are the actuator's. Usage: access-times.py FROM_MS TO_MS LOG..."""
import sys

start, end = int(sys.argv[1]), int(sys.argv[2])
times = []
for path in sys.argv[3:]:
    for line in open(path, errors="replace"):
        parts = line.split(" ", 2)
        if len(parts) < 3 or not parts[0].isdigit() or not (start <= int(parts[0]) <= end):
            continue
        if "v-r=push" in parts[2] or "/actuator" in parts[2]:
            continue
        times.append(int(parts[1]) / 1000)
times.sort()
if not times:
    print("no requests in the window")
    sys.exit(0)


def pct(p):
    return times[min(len(times) - 1, int(p / 100 * len(times)))]


print(f"server time of {len(times)} requests: mean {sum(times) / len(times):.1f} ms, "
      f"p50 {pct(50):.1f} ms, p95 {pct(95):.1f} ms, p99 {pct(99):.1f} ms")
