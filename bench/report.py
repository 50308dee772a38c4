#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints Google Benchmark JSON results as one table.

In each executable, benchmarks named sitrep* are Sitrep's and peer* are the named peer measured in
the same run; the ratio column gives Sitrep's throughput over the peer's (higher is better). A
sitrepX/ARG is compared with peerX/ARG (or peerX) when the executable has one, otherwise with its
first peer. A peak_MB counter (peak memory of a fresh process) is shown in its own column. A benchmark
run several times (repetitions) is shown by its fastest run, for Sitrep and peer alike.
"""
import json
import sys


def throughput(bench):
    if "bytes_per_second" in bench:
        return bench["bytes_per_second"] / 1e6, "MB/s"
    if "items_per_second" in bench:
        return bench["items_per_second"], "items/s"
    seconds = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}.get(bench.get("time_unit", "ns"))
    return (1 / (bench["real_time"] * seconds) if seconds and bench["real_time"] > 0 else None), "runs/s"


def main(paths):
    rows = []
    for path in paths:
        with open(path) as handle:
            data = json.load(handle)
        fastest = {}
        for b in data["benchmarks"]:
            if b.get("run_type", "iteration") != "iteration":
                continue
            if b["name"] not in fastest or b["real_time"] < fastest[b["name"]]["real_time"]:
                fastest[b["name"]] = b
        benches = list(fastest.values())
        first_peer = next((b for b in benches if b["name"].startswith("peer")), None)
        peers = {b["name"][len("peer"):]: b for b in benches if b["name"].startswith("peer")}
        for bench in benches:
            value, unit = throughput(bench)
            ratio = ""
            name = bench["name"][len("sitrep"):]
            peer = peers.get(name) or peers.get(name.split("/")[0].split("/iterations")[0]) or first_peer
            if peer is not None and bench is not peer and bench["name"].startswith("sitrep"):
                peer_value, _ = throughput(peer)
                if value and peer_value:
                    ratio = f"{value / peer_value:.2f}x {peer['name']}"
            memory = f"{bench['peak_MB']:.0f} MB" if "peak_MB" in bench else ""
            rows.append((bench["name"], f"{bench['real_time']:.2f} {bench['time_unit']}",
                         f"{bench['cpu_time']:.2f} {bench['time_unit']}",
                         f"{value:,.1f} {unit}" if value else "-", ratio, memory))
    header = ("benchmark", "time", "cpu", "throughput", "vs peer", "peak memory")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    line = "  ".join("{:<%d}" % w for w in widths)
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))


if __name__ == "__main__":
    main(sys.argv[1:])
