"""How many gold facts can an extractive brief state at all? The ceiling for a
cluster's gold-fact coverage at a word budget, against our brief's figure.

    python eval/gold_oracle.py seeds/ eval/seeds_gold_facts.json [--words 250]

Candidates are the sentences of the sources as the pipeline sees them
(:func:`summarizer.pipeline.split_documents`: the cleaner's spans, split), each
with the gold facts it states (the harness's own matching,
:meth:`GoldFact.stated_in`) and its word count.
Three ceilings, each the exact best choice of sentences (a search over sets of
facts: the fewest words that state each set), with no thought for order,
redundancy or how the sentences read together:

* any sentence: every source sentence may be picked, including one that leans
  on its neighbour ("The Kremlin denied the report.");
* standing alone: only sentences the brief may use without their context
  (not :func:`~summarizer.fusion.is_dangling`, not a fragment);
* with deletions: the standing-alone sentences plus the cuts the compressor
  offers (:func:`summarizer.compress.variants`).

Then our brief (offline backend, default config) at the same budget, with the
facts it states. A target above the standing-alone ceiling cannot be met by
any extractive brief that reads on its own; one near it asks selection to find
the oracle's exact set without knowing the facts.

Not a test: a few seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def ceiling(candidates: Iterable[tuple[str, int, int]], budget: int) -> tuple[int, int, list[str]]:
    """The most facts a choice of ``candidates`` states within ``budget`` words:
    ``(facts, words, sentences)``. A candidate is ``(text, words, facts)`` with
    ``facts`` a bit set; the search keeps, for each set of facts reached, the
    fewest words that reach it, so the answer is exact.

    >>> ceiling([("a b c", 3, 0b01), ("d e", 2, 0b10), ("f g h i", 4, 0b11)], 5)
    (2, 4, ['f g h i'])
    >>> ceiling([("a b c", 3, 0b01), ("d e", 2, 0b10)], 4)
    (1, 2, ['d e'])
    """
    best: dict[int, tuple[int, list[str]]] = {0: (0, [])}
    for text, n, facts in candidates:
        if not facts or n > budget:
            continue
        for reached, (used, picked) in list(best.items()):
            mask = reached | facts
            if mask == reached or used + n > budget:
                continue
            if mask not in best or best[mask][0] > used + n:
                best[mask] = (used + n, [*picked, text])
    top = max(best, key=lambda m: (bin(m).count("1"), -best[m][0]))
    return bin(top).count("1"), best[top][0], best[top][1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cluster", help="a cluster folder (or file) the brief command reads")
    ap.add_argument("gold", help="its gold-facts JSON file (as for eval summaries --gold)")
    ap.add_argument("--words", type=int, default=250, help="word budget (default 250)")
    args = ap.parse_args(argv)

    from summarizer.compress import variants
    from summarizer.config import load_config, override
    from summarizer.errors import SummarizerError
    from summarizer.evaluation.metrics import gold_coverage, read_gold_file
    from summarizer.fusion import is_dangling, is_fragment
    from summarizer.load import load_cluster
    from summarizer.pipeline import split_documents, summarize
    from summarizer.text import count_words

    try:
        _, gold = read_gold_file(args.gold)
        documents = load_cluster([args.cluster])
    except SummarizerError as exc:
        print(f"gold_oracle: {exc}", file=sys.stderr)
        return 2

    def facts_of(text: str) -> int:
        return sum(1 << i for i, g in enumerate(gold) if g.stated_in([text]))

    def rows(texts: Iterable[str]) -> list[tuple[str, int, int]]:
        return [(t, count_words(t), facts_of(t)) for t in dict.fromkeys(texts)]

    sentences = [s.text for sents in split_documents(documents).values() for s in sents]
    alone = [s for s in sentences if not is_dangling(s) and not is_fragment(s)]
    cut = [v for s in alone for v in variants(s) if not is_fragment(v)]
    print(f"{len(gold)} gold facts, {len(sentences)} source sentences, budget {args.words} words")
    for name, texts in (
        ("any sentence", sentences),
        ("standing alone", alone),
        ("with deletions", [*alone, *cut]),
    ):
        n, used, picked = ceiling(rows(texts), args.words)
        print(f"\nceiling, {name}: {n}/{len(gold)} = {n / len(gold):.3f} in {used} words")
        for text in picked:
            print(f"  - ({count_words(text)} w) {text}")

    config = override(load_config(), **{"fusion.words": args.words})
    brief = summarize(documents, config=config, backend="extractive")
    text = " ".join(s.text for s in brief.sentences())
    share, hit = gold_coverage(text, gold)
    print(f"\nour brief: {len(hit)}/{len(gold)} = {share:.3f} in {count_words(text)} words")
    print("  missing: " + ", ".join(g.id for g in gold if g.id not in hit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
