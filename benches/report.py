#!/usr/bin/env python3
"""Prints criterion's medians from the last run as Markdown tables, one per
benchmark group, with each contender's ratio to ours (the contender named
in OURS).

    cargo bench -p smtp-status-benches && python3 benches/report.py
"""
import json
import pathlib
import sys

OURS = ("from_code", "parse::<SmtpStatusCode>", "smtp-status Reply::parse",
        "smtp_codes! with 240 codes (parse + expand)",
        "smtp-status OutgoingReply into Vec<u8>", "smtp-status Reply::parse loop",
        "from_reply", "Reason::classify, text only", "DeliveryStatus::parse + reason")


# A benchmark whose result is this much older than its group's newest is
# left from an earlier run under a name the suite no longer uses (the
# hash-search sizes are in the names).
STALE_SECONDS = 300


def runs(root):
    found = []
    for meta in sorted(root.glob("**/new/benchmark.json")):
        bench = json.loads(meta.read_text())
        estimates = meta.parent / "estimates.json"
        median = json.loads(estimates.read_text())["median"]["point_estimate"]
        found.append((bench, median, estimates.stat().st_mtime))
    newest = {}
    for bench, _, mtime in found:
        group = bench["group_id"]
        newest[group] = max(newest.get(group, 0), mtime)
    for bench, median, mtime in found:
        if mtime >= newest[bench["group_id"]] - STALE_SECONDS:
            yield bench, median


def human(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
    groups = {}
    for bench, median in runs(root):
        groups.setdefault(bench["group_id"], []).append((bench, median))
    for group, rows in groups.items():
        ours = next((m for b, m in rows if b["function_id"] in OURS), None)
        print(f"\n#### `{group}`\n")
        print("| contender | median | per item | ratio to ours |")
        print("|---|---:|---:|---:|")
        # Parametrised groups in parameter order, the others fastest first.
        rows.sort(key=lambda row: (float(row[0].get("value_str") or 0), row[1]))
        for bench, median in rows:
            name = bench["function_id"] or ""
            if bench.get("value_str"):
                name = f"{name} ({bench['value_str']})"
            throughput = bench.get("throughput") or {}
            per = ""
            if "Elements" in throughput:
                per = human(median / throughput["Elements"])
            elif "Bytes" in throughput:
                per = f"{throughput['Bytes'] / median * 1e9 / 2**20:.0f} MiB/s"
            ratio = f"{median / ours:.2f}×" if ours else ""
            print(f"| {name} | {human(median)} | {per} | {ratio} |")


if __name__ == "__main__":
    main()
