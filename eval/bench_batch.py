"""Benchmark: ``summarizer batch`` on a cold cache against a warm one, and
``summarizer brief seeds/`` as a whole process on a warm cache.

1. Cold: 20 clusters of ``../shared/data/mds_dev.jsonl`` (read at run time,
   never copied into the repo) through ``summarizer batch`` with a fresh,
   empty cache file.
2. Warm: the same command with the same cache into a *fresh* output folder,
   so it measures the cache, not resume (resume would skip every cluster),
   ``--repeats`` times, each into a folder of its own (median: a warm run is
   under a second, so one run moves with the machine's load by a third);
   then once more with another ``--words``, so every brief is recomputed from
   the cached summaries, embeddings and token counts.
3. ``summarizer brief seeds/`` on a warm cache: whole-process wall time
   (interpreter start and imports included), median of ``--repeats`` runs.

Every run is its own process, timed from outside; its peak RSS comes from the
kernel's high-water mark of that child (``wait4``). The load average is printed
with the figures: numbers from a busy machine are not comparable.

    python eval/bench_batch.py                          # defaults: 20 clusters, jobs 1
    python eval/bench_batch.py --clusters 10 --jobs 2 --json out.json

Not a test: minutes on 2 CPU cores (the cold run computes every embedding).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "mds_dev.jsonl"


def timed(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    with tempfile.TemporaryFile() as errfile:  # a file, not a pipe: no full-pipe stall
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=errfile)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        errfile.seek(0)
        err = errfile.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} exited {code}:\n{err[-2000:]}")
    return {"wall_s": round(wall, 3), "peak_rss_mib": round(usage.ru_maxrss / 1024, 1)}


def summarizer(*args: str) -> list[str]:
    return [sys.executable, "-m", "summarizer", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="JSONL of clusters")
    parser.add_argument("--clusters", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--repeats", type=int, default=3, help="warm batch and warm brief runs (median of each)"
    )
    parser.add_argument("--backend", default="auto")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    lines = [ln for ln in args.data.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if len(lines) < args.clusters:
        raise SystemExit(f"{args.data} has {len(lines)} clusters, fewer than {args.clusters}")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(tmp)
        src = work / "clusters.jsonl"
        src.write_text("\n".join(lines[: args.clusters]) + "\n", encoding="utf-8")
        cache = str(work / "cache.sqlite")
        common = ["--cache", cache, "--jobs", str(args.jobs), "--backend", args.backend, "-q"]
        load = os.getloadavg()
        cold = timed(summarizer("batch", str(src), "-o", str(work / "cold"), *common), env)
        warms = [
            timed(summarizer("batch", str(src), "-o", str(work / f"warm{i}"), *common), env)
            for i in range(max(args.repeats, 1))
        ]
        warm = {
            "wall_s": statistics.median(w["wall_s"] for w in warms),
            "peak_rss_mib": max(w["peak_rss_mib"] for w in warms),
            "runs_s": [w["wall_s"] for w in warms],
        }
        (work / "warm0").rename(work / "warm")
        # Another word budget: every brief is recomputed, from cached embeddings,
        # summaries and token counts (what a config or code change costs).
        other = [*common, "--words", "150"]
        rebrief = timed(summarizer("batch", str(src), "-o", str(work / "w150"), *other), env)
        for out in ("cold", "warm", *(f"warm{i}" for i in range(1, len(warms))), "w150"):
            rows = [json.loads(r) for r in (work / out / "manifest.jsonl").read_text().splitlines()]
            bad = [r["id"] for r in rows if r["status"] != "ok"]
            if len(rows) != args.clusters or bad:
                raise SystemExit(f"{out} run: {len(rows)} rows, failed: {bad}")
        same = all(
            (work / "cold" / p.name).read_text() == p.read_text()
            for out in ("warm", *(f"warm{i}" for i in range(1, len(warms))))
            for p in (work / out).glob("*.md")
        )

        seeds = str(ROOT / "seeds")
        brief = ["brief", seeds, "--cache", cache, "-o", str(work / "b.md"), "-q"]
        timed(summarizer(*brief), env)  # fills the cache for the seeds
        runs = [timed(summarizer(*brief), env) for _ in range(args.repeats)]
        brief_warm = {
            "wall_s": statistics.median(r["wall_s"] for r in runs),
            "peak_rss_mib": max(r["peak_rss_mib"] for r in runs),
            "runs_s": [r["wall_s"] for r in runs],
        }
        probe = (
            "import sys, runpy; sys.argv = ['summarizer', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('summarizer', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))"
        )
        heavy = subprocess.run(
            [sys.executable, "-c", probe, *brief], env=env, capture_output=True, text=True
        ).stdout.strip()

    figures = {
        "clusters": args.clusters,
        "jobs": args.jobs,
        "backend": args.backend,
        "cold": cold,
        "warm": warm,
        "ratio": round(cold["wall_s"] / warm["wall_s"], 1),
        "warm_other_words": rebrief,
        "ratio_other_words": round(cold["wall_s"] / rebrief["wall_s"], 1),
        "warm_briefs_identical": same,
        "brief_seeds_warm": brief_warm,
        "heavy_modules_imported_on_warm_brief": heavy,
        "loadavg_before": [round(x, 2) for x in load],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
    }
    print(f"batch, {args.clusters} clusters of {args.data.name}, --jobs {args.jobs}:")
    print(f"  cold cache: {cold['wall_s']:8.2f} s   peak RSS {cold['peak_rss_mib']:7.1f} MiB")
    print(
        f"  warm cache: {warm['wall_s']:8.2f} s   peak RSS {warm['peak_rss_mib']:7.1f} MiB"
        f"   (median of {warm['runs_s']})"
    )
    print(f"  ratio cold/warm: {figures['ratio']}x   warm briefs identical: {same}")
    print(
        f"  warm, --words 150 (briefs recomputed from cached parts): {rebrief['wall_s']:.2f} s, "
        f"peak RSS {rebrief['peak_rss_mib']} MiB, ratio {figures['ratio_other_words']}x"
    )
    print(
        f"brief seeds/ on a warm cache, whole process: {brief_warm['wall_s']:.2f} s median "
        f"of {brief_warm['runs_s']}, peak RSS {brief_warm['peak_rss_mib']} MiB; "
        f"torch/transformers imported: {heavy}"
    )
    print(f"load average before/after: {figures['loadavg_before']} / {figures['loadavg_after']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
