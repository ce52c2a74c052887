#!/usr/bin/env python3
"""`make bench` part 10: parse throughput of `monitor parse FILE > out.json` against Python
feedparser on the same files, in the same run.

monitor is timed as a user sees it: one process per file, start-up and JSON writing to a file
included (wall clock around the whole process; its CPU time is printed too, which is steadier
on a busy machine). feedparser is timed in one warm interpreter
(`feedparser.parse(path)`, interpreter start-up and import excluded, which favours it).
Each side: median of REPS runs per file; entries/s = entries in the file / median seconds.
The two sides take turns on each file (feedparser's runs spread between monitor's), so a slow
spell of a shared machine falls on both rather than on one side's block of runs.

Usage (run with the bench virtualenv's python, which has feedparser):
    feedparser_bench.py MONITOR OUT_DIR FILE... [--reps 7] [--peer-reps 2]
Prints one line per file and tool, then the ratio; a JSON summary goes to OUT_DIR/parse-bench.json.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import time


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_monitor_once(monitor, path, out_path):
    """Wall time and CPU time (user + sys) of one whole process."""
    with open(out_path, "wb") as out:
        cpu_start = children_cpu()
        start = time.perf_counter()
        subprocess.run([monitor, "parse", path], stdout=out, check=True)
        return time.perf_counter() - start, children_cpu() - cpu_start


def time_feedparser_once(path):
    """Wall time, CPU time and entry count of one feedparser.parse in this interpreter."""
    import feedparser  # only in the bench virtualenv

    cpu_start = time.process_time()
    start = time.perf_counter()
    result = feedparser.parse(path)
    return time.perf_counter() - start, time.process_time() - cpu_start, len(result.entries)


def time_both(monitor, path, out_path, reps, peer_reps):
    """Medians of both sides on one file, feedparser's runs interleaved with monitor's."""
    import feedparser

    ours, peer = [], []
    every = max(1, reps // max(1, peer_reps))
    for index in range(reps):
        ours.append(time_monitor_once(monitor, path, out_path))
        if (index + 1) % every == 0 and len(peer) < peer_reps:
            peer.append(time_feedparser_once(path))
    while len(peer) < peer_reps:
        peer.append(time_feedparser_once(path))
    with open(out_path, "rb") as handle:
        entries = len(json.load(handle)["entries"])
    return (statistics.median(t for t, _ in ours), statistics.median(c for _, c in ours), entries,
            statistics.median(t for t, _, _ in peer), statistics.median(c for _, c, _ in peer), peer[-1][2],
            feedparser.__version__)


def main():
    options = argparse.ArgumentParser()
    options.add_argument("monitor")
    options.add_argument("out_dir")
    options.add_argument("files", nargs="+")
    options.add_argument("--reps", type=int, default=7)
    options.add_argument("--peer-reps", type=int, default=2)
    arguments = options.parse_args()

    rows = []
    for path in arguments.files:
        name = os.path.basename(path)
        ours, ours_cpu, entries, peer, peer_cpu, peer_entries, version = time_both(
            arguments.monitor, path, os.path.join(arguments.out_dir, "parse-out.json"), arguments.reps,
            arguments.peer_reps)
        rows.append({"file": name, "entries": entries, "monitor_seconds": ours, "monitor_cpu_seconds": ours_cpu,
                     "monitor_entries_per_second": entries / ours,
                     "feedparser_entries": peer_entries, "feedparser_seconds": peer, "feedparser_cpu_seconds": peer_cpu,
                     "feedparser_entries_per_second": peer_entries / peer, "feedparser_version": version})
        print("%-24s monitor parse %8.1f ms  %9.0f entries/s   (CPU %.1f ms; %d entries, median of %d processes)"
              % (name, ours * 1000, entries / ours, ours_cpu * 1000, entries, arguments.reps))
        print("%-24s feedparser %s %8.1f ms  %9.0f entries/s   (CPU %.1f ms; %d entries, median of %d)"
              % ("", version, peer * 1000, peer_entries / peer, peer_cpu * 1000, peer_entries, arguments.peer_reps))
    ours_rate = sum(r["entries"] for r in rows) / sum(r["monitor_seconds"] for r in rows)
    peer_rate = sum(r["feedparser_entries"] for r in rows) / sum(r["feedparser_seconds"] for r in rows)
    cpu_ratio = (sum(r["feedparser_cpu_seconds"] / r["feedparser_entries"] for r in rows)
                 / sum(r["monitor_cpu_seconds"] / r["entries"] for r in rows))
    print("all files: monitor %.0f entries/s, feedparser %.0f entries/s, ratio monitor / feedparser: %.0fx "
          "(wall clock; by CPU time %.0fx; target 100x)" % (ours_rate, peer_rate, ours_rate / peer_rate, cpu_ratio))
    with open(os.path.join(arguments.out_dir, "parse-bench.json"), "w") as handle:
        json.dump({"files": rows, "monitor_entries_per_second": ours_rate,
                   "feedparser_entries_per_second": peer_rate, "ratio": ours_rate / peer_rate}, handle, indent=1)


if __name__ == "__main__":
    main()
