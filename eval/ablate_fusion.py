"""What each fusion choice buys: ROUGE on a clusters file and gold-fact coverage on the
seeds, for the default config and for the default with one choice switched off.

    python eval/ablate_fusion.py ../shared/data/mds_dev.jsonl [--words 250]
        [--cache /tmp/ablate.sqlite] ['{"fusion.compress": false}' ...]

Each row is the whole pipeline (offline extractive backend) under ``override(defaults,
**row)``. Embeddings are cached in ``--cache`` so rows after the first cost fusion time
only. ROUGE-1/2 F1 (rouge-score, Porter stemmer) are the figures `summarizer eval
summaries` reports; this script exists to run many configurations in one process.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each choice of fusion.py and compress.py, switched off.
DEFAULT_ROWS = [
    {},
    {"fusion.compress": False},
    {"fusion.length_exponent": 0.0},
    {"fusion.context_words": 0},
    {"fusion.drop_dangling": False},
    {"fusion.specific_support": 1.0},
    {"fusion.concept_weight": 0.0},
    {"fusion.function_bigrams": 1.0},
    {"fusion.support_weight": 0.0},
    {"fusion.position_weight": 0.0},
    {"fusion.redundancy_weight": 0.0},
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("clusters", help="JSONL of clusters with a 'reference' summary")
    ap.add_argument("rows", nargs="*", help="JSON config overrides, one row each")
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--cache", default="/tmp/summarizer-ablate.sqlite")
    args = ap.parse_intermixed_args(argv)

    from rouge_score import rouge_scorer

    from summarizer.cache import Cache, CachedEmbedder
    from summarizer.config import load_config, override
    from summarizer.embed import default_embedder
    from summarizer.evaluation.metrics import (
        consensus_facts,
        coverage,
        gold_coverage,
        load_gold_facts,
    )
    from summarizer.load import load_cluster
    from summarizer.pipeline import summarize
    from summarizer.types import Document

    embedder = CachedEmbedder(default_embedder(), Cache(args.cache))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    clusters = [json.loads(line) for line in Path(args.clusters).read_text().splitlines()]
    gold = load_gold_facts(str(ROOT / "eval" / "seeds_gold_facts.json"))
    rows = [json.loads(r) for r in args.rows] or DEFAULT_ROWS

    docs_of = [[Document(id=d["id"], text=d["text"]) for d in c["documents"]] for c in clusters]
    consensus = [consensus_facts(docs) for docs in docs_of]
    seed_consensus = consensus_facts(load_cluster(ROOT / "seeds"))

    print(
        f"{'config':<42} {'R-1':>6} {'R-2':>6} {'cov':>5} {'gold':>5} {'s-cov':>5} "
        f"{'words':>5} {'s':>4}"
    )
    for row in rows:
        t0 = time.perf_counter()
        cfg = override(load_config(), **{"fusion.words": args.words, **row})
        seeds = summarize(ROOT / "seeds", config=cfg, backend="extractive", embedder=embedder)
        seeds_text = "\n".join(s.text for s in seeds.sentences())
        cov, _ = gold_coverage(seeds_text, gold)
        seeds_cov = coverage(seeds_text, seed_consensus).share
        r1 = r2 = n_words = cons = 0.0
        for c, docs, facts in zip(clusters, docs_of, consensus, strict=True):
            brief = summarize(docs, config=cfg, backend="extractive", embedder=embedder)
            text = "\n".join(s.text for s in brief.sentences())
            score = scorer.score(c["reference"], text)
            r1 += score["rouge1"].fmeasure
            r2 += score["rouge2"].fmeasure
            cons += coverage(text, facts).share
            n_words += len(text.split())
        n = len(clusters)
        label = json.dumps(row) if row else "defaults"
        print(
            f"{label:<42} {100 * r1 / n:6.2f} {100 * r2 / n:6.2f} {cons / n:5.3f} {cov:5.3f} "
            f"{seeds_cov:5.3f} {n_words / n:5.0f} {time.perf_counter() - t0:4.0f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
