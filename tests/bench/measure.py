#!/usr/bin/env python3
"""Runs the cases of a benchmark plan and prints a markdown table of medians and ratios.

    measure.py PLAN.json

PLAN.json: {"runs": N, "ours_runs": M, "cases": [{"label", "group", "tool", "cwd", "env",
"argv", "template": path | "-" | null, "assembly": dir | null, "templates": dir | null},
...]} ("templates": a folder of *.template.json files, as tests/bench/generic_troposphere.py
writes).

Each case runs once as a warm-up and then N times (M times for tools "ours*"; "ours" is the build the ratios and targets are for) for the wall
time: perf_counter around spawn and wait, so millisecond runs are not rounded to GNU time's
10 ms. Peak RSS comes from PEAK_RUNS (default 3) further runs under GNU
`/usr/bin/time -f %M` (the largest single process the command waited for): it cannot be read
from this script's own wait4(), because a child spawned by Python starts its high-water mark
at the size of the Python parent (about 14 MiB, more than our whole synth). Resources and
bytes are read from the output: a template file (or stdout, "-") or, for our programs, the
assembly's manifest.json and templates.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time


GNU_TIME = "/usr/bin/time"


def run_once(case: dict, stdout_path: str, peak: bool = False) -> tuple[float, int, int, float]:
    """(wall s, peak KiB or 0, exit code, CPU s) of one run; `peak`: under GNU time."""
    env = dict(os.environ)
    env.update(case.get("env", {}))
    argv = case["argv"]
    peak_file = stdout_path + ".peak"
    if peak:
        argv = [GNU_TIME, "-f", "%M", "-o", peak_file, *argv]
    with open(stdout_path, "wb") as out, open(stdout_path + ".err", "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=case.get("cwd"), env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    kib = 0
    if peak:
        lines = [l for l in open(peak_file).read().split() if l.isdigit()]
        kib = int(lines[-1]) if lines else 0
    # CPU time (user + system) of the command and the children it waited for.
    return wall, kib, code, usage.ru_utime + usage.ru_stime


def output_facts(case: dict, stdout_path: str) -> tuple[str, str, str]:
    """(resources, stacks, bytes as written) of the case's output."""
    try:
        if case.get("assembly"):
            d = case["assembly"]
            manifest = json.load(open(os.path.join(d, "manifest.json")))
            stacks = manifest["stacks"]
            res = sum(s["resourceCount"] for s in stacks)
            size = sum(os.path.getsize(os.path.join(d, s["templateFile"])) for s in stacks)
            return f"{res:,}", str(len(stacks)), f"{size:,}"
        if case.get("templates"):
            d = case["templates"]
            files = sorted(f for f in os.listdir(d) if f.endswith(".template.json"))
            raws = [open(os.path.join(d, f), "rb").read() for f in files]
            res = sum(len(json.loads(raw)["Resources"]) for raw in raws)
            return f"{res:,}", str(len(files)), f"{sum(map(len, raws)):,}"
        path = stdout_path if case.get("template") == "-" else case.get("template")
        raw = open(path, "rb").read()
        return f"{len(json.loads(raw)['Resources']):,}", "1", f"{len(raw):,}"
    except (OSError, ValueError, KeyError, TypeError):
        return "error", "-", "-"


def main() -> None:
    plan = json.load(open(sys.argv[1]))
    work = plan.get("work", "/tmp")
    results = []
    for case in plan["cases"]:
        runs = plan["ours_runs"] if case["tool"].startswith("ours") else plan["runs"]
        stdout_path = os.path.join(work, "stdout.txt")
        run_once(case, stdout_path)  # warm-up
        walls, cpus, peaks, codes = [], [], [], set()
        for _ in range(runs):
            wall, _, code, cpu = run_once(case, stdout_path)
            walls.append(wall)
            cpus.append(cpu)
            codes.add(code)
        for _ in range(plan.get("peak_runs", 3)):
            _, peak, code, _ = run_once(case, stdout_path, peak=True)
            peaks.append(peak)
            codes.add(code)
        res, stacks, size = output_facts(case, stdout_path)
        r = {
            **case,
            "runs": runs,
            "wall": statistics.median(walls),
            "wall_min": min(walls),
            "wall_max": max(walls),
            "cpu": statistics.median(cpus),
            "peak_mib": statistics.median(peaks) / 1024,
            "exit": sorted(codes),
            "resources": res,
            "stacks": stacks,
            "bytes": size,
        }
        if codes != {0}:
            err = open(stdout_path + ".err", errors="replace").read()[-2000:]
            print(f"warning: {case['label']} exited {sorted(codes)}:\n{err}", file=sys.stderr)
        print(f"  measured {case['label']}: {r['wall'] * 1000:.1f} ms, {r['peak_mib']:.1f} MiB",
              file=sys.stderr)
        results.append(r)
    json.dump(results, open(os.path.join(work, "results.json"), "w"), indent=1)
    render(results, plan)


def fmt_wall(s: float) -> str:
    return f"{s * 1000:,.1f}" if s < 10 else f"{s * 1000:,.0f}"


def render(results: list[dict], plan: dict) -> None:
    ours = {r["group"]: r for r in results if r["tool"] == "ours"}
    print()
    print("| case | command | wall ms (median) | min–max ms | CPU ms | peak MiB | resources "
          "| stacks | bytes as written | ours is faster by |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        mine = ours.get(r["group"])
        ratio = "—"
        if not r["tool"].startswith("ours") and mine:
            ratio = f"**{r['wall'] / mine['wall']:,.0f}x**"
        print(f"| {r['group']} | {r['label']} | {fmt_wall(r['wall'])} | "
              f"{fmt_wall(r['wall_min'])}–{fmt_wall(r['wall_max'])} | {fmt_wall(r['cpu'])} | "
              f"{r['peak_mib']:.1f} | "
              f"{r['resources']} | {r['stacks']} | {r['bytes']} | {ratio} |")
    print()
    checks = []
    by = {(r["group"], r["tool"]): r for r in results}
    for group in ("3 AZ x 2", "3 AZ x 40"):
        mine = by.get((group, "ours"))
        if not mine:
            continue
        for tool, want in (("cdk", 100), ("troposphere", 10)):
            other = by.get((group, tool))
            if other:
                x = other["wall"] / mine["wall"]
                checks.append((f"{group}: >= {want}x faster than {tool}", x >= want, f"{x:,.0f}x"))
        checks.append((f"{group}: peak <= 20 MiB", mine["peak_mib"] <= 20,
                       f"{mine['peak_mib']:.1f} MiB"))
    series = [(int(r["group"].split()[0].replace(",", "")), r) for r in results
              if r["tool"] == "ours" and r["group"].endswith("resources")]
    series.sort(key=lambda x: x[0])
    if series:
        n, big = series[-1]
        checks.append((f"{n:,} resources <= 200 ms", big["wall"] <= 0.2, f"{fmt_wall(big['wall'])} ms"))
        other = by.get((big["group"], "troposphere"))
        if other:
            x = other["wall"] / big["wall"]
            checks.append((f"{n:,} resources: >= 10x faster than troposphere", x >= 10, f"{x:,.0f}x"))
        checks.append((f"{n:,} resources: peak <= 20 MiB", big["peak_mib"] <= 20,
                       f"{big['peak_mib']:.1f} MiB"))
    if len(series) >= 2:
        # Linear growth: the time per extra resource stays flat across the series.
        steps = []
        for (n0, a), (n1, b) in zip(series, series[1:]):
            steps.append(((b["wall"] - a["wall"]) / (n1 - n0) * 1e6, n0, n1))
        text = ", ".join(f"{n0:,}→{n1:,}: {us:.1f} µs/resource" for us, n0, n1 in steps)
        flat = all(s[0] <= 2 * steps[0][0] + 5 for s in steps)  # +5 µs: timer noise at 100
        checks.append(("linear growth (cost per added resource does not grow)", flat, text))
    print("| target | met | measured |")
    print("|---|---|---|")
    for name, ok, value in checks:
        print(f"| {name} | {'yes' if ok else '**no**'} | {value} |")


if __name__ == "__main__":
    main()
