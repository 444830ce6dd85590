#!/usr/bin/env python3
"""Summary of one load step: per action p50/p95/p99 and errors (Gatling's stats.json), server CPU, heap and machine
load (samples.csv), and what the harness itself counted (harness-summary.txt). Usage: summary.py DIR EDITORS WATCHERS RC
HEAP_AFTER_GC_MB"""
import csv
import glob
import json
import os
import sys

directory, editors, watchers, rc, heap_after = sys.argv[1:6]
print(f"== {editors} editors, {watchers} watchers (gatling exit {rc})")
stats = sorted(glob.glob(os.path.join(directory, "gatling", "*", "js", "stats.json")))
rows = []


def walk(node, prefix=""):
    name = node.get("name", "")
    s = node.get("stats")
    if s and node.get("type") in ("REQUEST", "GROUP") and name != "All Requests":
        rows.append((prefix + name, s))
    for child in (node.get("contents") or {}).values():
        walk(child, prefix + name + " / " if node.get("type") == "GROUP" and name != "All Requests" else prefix)


if stats:
    with open(stats[-1]) as f:
        root = json.load(f)
    walk(root)
    total = root["stats"]["numberOfRequests"]
    print(f"all requests: {total['total']} ({total['ko']} failed)")
    print(f"{'action':34} {'count':>6} {'errors':>6} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}  (ms)")
    for name, s in sorted(rows, key=lambda r: (r[0].startswith("ramp: "), r[0])):
        n = s["numberOfRequests"]
        print(f"{name[:34]:34} {n['total']:>6} {n['ko']:>6} {s['percentiles1']['total']:>7} "
              f"{s['percentiles3']['total']:>7} {s['percentiles4']['total']:>7} {s['maxResponseTime']['total']:>7}")
else:
    pass  # Gatling 3.15 embeds its numbers in the HTML report: the harness prints its own (below)

samples = os.path.join(directory, "samples.csv")
if os.path.exists(samples):
    with open(samples) as f:
        data = list(csv.DictReader(f))
    # the measured window, as the simulation wrote it (epoch ms); else all but the ramp
    window_file = os.path.join(directory, "window")
    if os.path.exists(window_file):
        import datetime
        start, end = (datetime.datetime.fromtimestamp(int(v) / 1000, datetime.timezone.utc).strftime("%H:%M:%S")
                      for v in open(window_file).read().split())
        window = [r for r in data if start <= r["utc"] <= end] or data
    else:
        ramp = int(os.environ.get("RAMP", "60")) + int(os.environ.get("PACE", "10"))
        window = data[ramp // 5:] or data
    if window:
        cores = [float(r["server_cores"]) for r in window]
        heap = [int(r["heap_used_mb"]) for r in window]
        load = [float(r["load1"]) for r in window]
        print(f"server CPU (cores, measured window): mean {sum(cores) / len(cores):.2f}, max {max(cores):.2f}; "
              f"used heap max {max(heap)} MB, after full GC at the end {heap_after or '-'} MB; "
              f"load average {min(load):.1f}-{max(load):.1f} (mean {sum(load) / len(load):.1f})")
harness = os.path.join(directory, "harness-summary.txt")
if os.path.exists(harness):
    with open(harness) as f:
        print(f.read().rstrip())
