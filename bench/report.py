#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints Google Benchmark JSON results as one table.

In each executable, benchmarks named sitrep* are Sitrep's and peer* are the named peer measured in
the same run; the ratio column gives Sitrep's throughput over the peer's (higher is better).
"""
import json
import sys


def throughput(bench):
    if "bytes_per_second" in bench:
        return bench["bytes_per_second"] / 1e6, "MB/s"
    if "items_per_second" in bench:
        return bench["items_per_second"], "items/s"
    return 1e9 / bench["real_time"] if bench.get("time_unit") == "ns" else None, "runs/s"


def main(paths):
    rows = []
    for path in paths:
        with open(path) as handle:
            data = json.load(handle)
        benches = [b for b in data["benchmarks"] if b.get("run_type", "iteration") == "iteration"]
        peer = next((b for b in benches if b["name"].startswith("peer")), None)
        for bench in benches:
            value, unit = throughput(bench)
            ratio = ""
            if peer is not None and bench is not peer and bench["name"].startswith("sitrep"):
                peer_value, _ = throughput(peer)
                if value and peer_value:
                    ratio = f"{value / peer_value:.2f}x {peer['name']}"
            rows.append((bench["name"], f"{bench['real_time']:.2f} {bench['time_unit']}",
                         f"{value:,.1f} {unit}" if value else "-", ratio))
    header = ("benchmark", "time", "throughput", "vs peer")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(4)]
    line = "  ".join("{:<%d}" % w for w in widths)
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))


if __name__ == "__main__":
    main(sys.argv[1:])
