"""Benchmark: ``summarizer batch`` on the local engine against the Ray engine.

1. Throughput: the same clusters of ``../shared/data/mds_dev.jsonl`` (read at
   run time, never copied into the repo) through ``summarizer batch
   --backend extractive --no-cache``, each run a separate process timed from
   outside, all in this one run: the local engine with ``--jobs 1`` and
   ``--jobs 2``, and ``--engine ray --jobs 2`` (a local Ray instance of 2
   CPUs, started and stopped by the command); ``--rounds`` times each, every
   other round in reverse order, best of the rounds. Figures are whole
   commands: interpreter start, Ray start-up and model loading included.
2. Ray's overhead per cluster: tiny clusters through a trivial backend
   (each chunk's longest sentence, bag-of-words vectors: no model), in this
   process, on the local engine and on Ray with one worker (Ray started once
   beforehand). Each engine runs ``--small`` and ``--large`` clusters; the
   difference of the two times divided by the difference of the counts is the
   cost of one more cluster, with every fixed cost (worker start, imports)
   cancelled out. Ray's overhead is Ray's slope minus the local one. Also the
   median round trip of a bare actor call carrying as much as a cluster's task.

    python eval/bench_ray.py                    # 20 clusters; overhead on 10 vs 110
    python eval/bench_ray.py --clusters 10 --json out.json

Not a test: minutes on 2 CPU cores. The load average is printed with the
figures: numbers from a busy machine are not comparable.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_batch import timed  # eval/ is on sys.path when this script runs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "mds_dev.jsonl"
SENTENCES = [
    "The city council approved the new budget on Tuesday after a long debate.",
    "The budget adds 40 million dollars for road repairs across the city.",
    "Council member Ana Ruiz said the vote was a win for commuters.",
    "Opponents argued that the plan raises property taxes for most homeowners.",
    "The mayor is expected to sign the budget into law next week.",
    "Road repairs will start in the spring and last about two years.",
]


# -- part 2's trivial backend and embedder (module level: Ray pickles them by value) ---------


class BagEmbedder:
    name = "bag-of-words"

    def encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, sum(map(ord, w)) % 64] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def bag_embedder():
    return BagEmbedder()


def trivial_backend(config, embedder):
    from summarizer.backends.scripted import ScriptedSummarizer

    return ScriptedSummarizer(lambda c: max(c.sentences, key=lambda s: len(s.text)).text)


def tiny_clusters(n: int) -> list[dict]:
    """Small clusters: 2 articles of 3 sentences each."""
    out = []
    for i in range(n):
        docs = []
        for d in range(2):
            text = " ".join(SENTENCES[(i + d + k) % len(SENTENCES)] for k in range(3))
            docs.append({"id": f"t{i}-d{d}", "title": f"Budget story {i}", "text": text})
        out.append({"id": f"t{i}", "documents": docs})
    return out


# -- part 1 --------------------------------------------------------------------------------


def throughput(lines: list[str], work: Path, rounds: int) -> dict[str, dict]:
    src = work / "clusters.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    common = ["--backend", "extractive", "--no-cache", "-q"]
    runs = {
        "local --jobs 1": ["--jobs", "1"],
        "local --jobs 2": ["--jobs", "2"],
        "ray --jobs 2": ["--engine", "ray", "--jobs", "2"],
    }
    walls: dict[str, list[float]] = {label: [] for label in runs}
    order = list(runs)
    for r in range(rounds):
        # Every other round in reverse order: a load change on the shared machine
        # then favours no engine.
        for label in order if r % 2 == 0 else order[::-1]:
            outdir = work / f"r{r}-{label.replace(' ', '_').replace('-', '')}"
            argv = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(outdir)]
            wall = timed([*argv, *common, *runs[label]], env)["wall_s"]
            rows = [json.loads(x) for x in (outdir / "manifest.jsonl").read_text().splitlines()]
            if not all(row["status"] == "ok" for row in rows) or len(rows) != len(lines):
                raise SystemExit(f"{label}: not every cluster succeeded")
            walls[label].append(round(wall, 2))
            load = os.getloadavg()[0]
            print(f"  round {r + 1} {label:16s} {wall:7.1f} s  (load {load:.1f})", flush=True)
    out = {}
    for label, ws in walls.items():
        best = min(ws)
        out[label] = {
            "wall_s": ws,
            "best_wall_s": best,
            "clusters_per_min": round(len(lines) / best * 60, 1),
        }
    return out


# -- part 2 --------------------------------------------------------------------------------


def overhead(small: int, large: int, repeats: int, work: Path) -> dict[str, float]:
    import ray

    from summarizer.batch import BatchOptions, run_batch
    from summarizer.config import load_config

    logging.getLogger("summarizer").addHandler(logging.NullHandler())
    opts = BatchOptions(
        load_config(),
        use_cache=False,
        backend_factory=trivial_backend,
        embedder_factory=bag_embedder,
        clusters_per_call=1,
    )
    srcs = {}
    for n in (small, large):
        srcs[n] = work / f"tiny{n}.jsonl"
        srcs[n].write_text("".join(json.dumps(c) + "\n" for c in tiny_clusters(n)))
    t0 = time.perf_counter()
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
    )
    ray_start = time.perf_counter() - t0
    times: dict[tuple[str, int], float] = {}
    run = 0
    try:
        # warm this process's imports first, so the first timed local run is not penalised
        run_batch(srcs[small], work / "warm", opts, progress=False)
        for _ in range(repeats):
            for engine in ("local", "ray"):
                for n in (small, large):
                    run += 1
                    t = time.perf_counter()
                    r = run_batch(srcs[n], work / f"o{run}", opts, progress=False, engine=engine)
                    wall = time.perf_counter() - t
                    assert r.ok == n, f"{engine}: {r.ok} of {n} ok"
                    key = (engine, n)
                    times[key] = min(times.get(key, wall), wall)
        round_trip_ms = _round_trip_ms(ray)
    finally:
        ray.shutdown()
    slope = {e: (times[(e, large)] - times[(e, small)]) / (large - small) for e in ("local", "ray")}
    res = {
        "ray_instance_start_s": round(ray_start, 2),
        "local_s_per_cluster": round(slope["local"], 4),
        "ray_s_per_cluster": round(slope["ray"], 4),
        "ray_overhead_ms_per_cluster": round((slope["ray"] - slope["local"]) * 1000, 1),
        "ray_round_trip_ms": round_trip_ms,
        "ray_fixed_s_per_run": round(times[("ray", small)] - small * slope["ray"], 2),
        "local_fixed_s_per_run": round(times[("local", small)] - small * slope["local"], 2),
    }
    for k, v in times.items():
        res[f"{k[0]}_{k[1]}_clusters_s"] = round(v, 3)
    return res


class Echo:
    def echo(self, job: dict, payload: str) -> dict:
        return {"job": job, "outputs": {"a.md": payload, "a.json": payload * 4}}


def _round_trip_ms(ray) -> float:
    """Median time of one actor call carrying what a cluster's task carries:
    a small job and a line of input out, ~25 KB of rendered brief back."""
    actor = ray.remote(Echo).options(num_cpus=1).remote()
    payload = "x" * 5000
    ray.get(actor.echo.remote({}, payload))  # started
    times = []
    for i in range(200):
        t = time.perf_counter()
        ray.get(actor.echo.remote({"id": i}, payload))
        times.append(time.perf_counter() - t)
    ray.kill(actor)
    return round(statistics.median(times) * 1000, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="JSONL of clusters")
    parser.add_argument("--clusters", type=int, default=20)
    parser.add_argument("--small", type=int, default=10, help="part 2: the smaller batch")
    parser.add_argument("--large", type=int, default=110, help="part 2: the larger batch")
    parser.add_argument("--repeats", type=int, default=3, help="part 2: best of N")
    parser.add_argument("--rounds", type=int, default=2, help="part 1: runs of each engine")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    lines = [ln for ln in args.data.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if len(lines) < args.clusters:
        raise SystemExit(f"{args.data} has {len(lines)} clusters, fewer than {args.clusters}")
    report: dict = {"cpus": os.cpu_count(), "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="bench-ray-") as tmp:
        work = Path(tmp)
        if not args.skip_throughput:
            print(f"throughput: {args.clusters} clusters of {args.data.name}, extractive, no cache")
            report["throughput"] = throughput(lines[: args.clusters], work, args.rounds)
        print(f"overhead: trivial backend, {args.small} vs {args.large} tiny clusters, 1 worker")
        report["overhead"] = overhead(args.small, args.large, args.repeats, work)
    report["load_after"] = os.getloadavg()
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
