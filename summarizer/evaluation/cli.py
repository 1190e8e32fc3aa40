"""``summarizer eval``: the evaluation harness from the command line.

``register(subparsers)`` is called by :mod:`summarizer.cli`; heavy imports wait inside the
handlers so ``summarizer --help`` stays instant. Bad input raises
:class:`summarizer.errors.InputError` with a one-line message (exit code 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from summarizer.cli import log_notices, output_dir, positive_int

EVAL_EPILOG = """\
examples:
  summarizer eval summaries data/mds_dev.jsonl --words 250 --limit 5 --out reports/mds
  summarizer eval summaries seeds/ --systems lead,ours   # a folder of articles: one cluster
  summarizer eval faithfulness data/faithfulness_dev.jsonl --json
"""

SYSTEMS = ("ours", "lead", "lexrank", "textrank", "random")


def _systems(value: str) -> list[str]:
    names = [s.strip() for s in value.split(",") if s.strip()]
    bad = [s for s in names if s not in SYSTEMS]
    if bad or not names:
        what = f"unknown system {', '.join(bad)}" if bad else "no system given"
        raise argparse.ArgumentTypeError(f"{what}; choose from {', '.join(SYSTEMS)}")
    return names


def register(subparsers: Any) -> None:
    """Add ``eval summaries`` and ``eval faithfulness`` to the main parser."""
    ev = subparsers.add_parser(
        "eval",
        help="evaluate summaries (ROUGE, faithfulness, citations, coverage) or the scorer",
        description="Evaluation harness: our pipeline against baselines, and the faithfulness "
        "scorer against human judgements.",
        epilog=EVAL_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = ev.add_subparsers(dest="eval_command", metavar="{summaries,faithfulness}")

    s = sub.add_parser(
        "summaries",
        help="run our pipeline and the baselines on clusters; ROUGE, faithfulness, citations, "
        "coverage",
        description="Runs our pipeline and the baselines (lead, LexRank, TextRank, random) on "
        "each cluster of DATA, a JSONL file ({id, documents:[{id,text}], reference} per line) "
        "or a folder of articles (one cluster, no reference), with the same word budget; "
        "prints one table and writes JSON, Markdown, a PNG plot and HTML to --out.",
    )
    s.add_argument(
        "data",
        metavar="DATA",
        help="a JSONL file of clusters, one per line, or a folder of articles (one cluster, "
        "as for `summarizer brief FOLDER`)",
    )
    s.add_argument("--words", type=positive_int, default=250, help="word budget (250)")
    s.add_argument("--limit", type=positive_int, help="only the first N clusters")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.add_argument(
        "--out", metavar="DIR", type=output_dir, help="write report.json, .md, .png and .html"
    )
    s.add_argument(
        "--systems",
        type=_systems,
        default=list(SYSTEMS),
        help=f"comma-separated subset of {','.join(SYSTEMS)}",
    )
    s.add_argument("--gold", metavar="FILE", help="gold facts JSON for a cluster (by its id)")
    s.add_argument("--config", metavar="TOML", help="pipeline config for our system")
    s.add_argument(
        "--model",
        metavar="ID_OR_PATH",
        help="seq2seq model for our system (selects the seq2seq backend)",
    )
    s.add_argument(
        "--backend",
        choices=("auto", "extractive", "seq2seq"),
        help="our system's backend (default: the config's, auto)",
    )
    s.add_argument("--seed", type=int, default=None, help="seed of the random baseline")
    _quiet_flag(s)
    s.set_defaults(handler=cmd_summaries)

    f = sub.add_parser(
        "faithfulness",
        help="score document/summary pairs; correlation with human labels vs baselines",
        description="Scores every pair of PAIRS.jsonl ({id, document, summary, label_or_score, "
        "origin, baselines}) and prints Pearson and Spearman with the human labels, overall "
        "and per origin, beside the per-item baselines the file carries and a length control. "
        "Headline: the mean of the per-origin Spearman.",
    )
    f.add_argument("data", metavar="PAIRS.jsonl", help="a JSONL file of pairs, one per line")
    f.add_argument("--limit", type=positive_int, help="only the first N pairs")
    f.add_argument("--json", action="store_true", help="print the correlations as JSON")
    f.add_argument(
        "--out",
        metavar="DIR",
        type=output_dir,
        help="also write report.json (with per-item scores)",
    )
    f.add_argument(
        "--no-embed",
        action="store_true",
        help="skip the MiniLM paraphrase check (faster; the support score does not change)",
    )
    _quiet_flag(f)
    f.set_defaults(handler=cmd_faithfulness)


def _quiet_flag(parser: argparse.ArgumentParser) -> None:
    # as `brief` and `batch`: without -q the bar is still drawn only on a terminal
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar or notices (errors still)"
    )


def _say(notices: Iterable[str], args: argparse.Namespace) -> None:
    if args.quiet:
        return
    for notice in notices:
        print(f"summarizer: notice: {notice}", file=sys.stderr)


def _gold_for(path: str | None, clusters: list[Any]) -> dict[str, Any]:
    """Gold facts keyed by cluster id; the file says which cluster it is for
    (a file that names none goes with a single cluster). Gold that would match
    no evaluated cluster is an :class:`InputError`: its column would silently
    be left out of the report."""
    if path is None:
        return {}
    from summarizer.errors import InputError
    from summarizer.evaluation.metrics import read_gold_file

    cid, gold = read_gold_file(path)
    ids = [str(c.id) for c in clusters]
    if cid is None and len(clusters) == 1:
        cid = ids[0]
    shown = ", ".join(repr(i) for i in ids[:5]) + (
        f", ... ({len(ids)} in all)" if len(ids) > 5 else ""
    )
    if cid is None:
        raise InputError(
            f"gold file {path} names no 'cluster' and {len(ids)} clusters are evaluated "
            f'({shown}); add "cluster": ID to it'
        )
    if str(cid) not in ids:
        raise InputError(
            f"gold file {path} is for cluster {str(cid)!r}, which is not among the clusters "
            f"evaluated: {shown}"
        )
    return {str(cid): gold}


def cmd_summaries(args: argparse.Namespace) -> int:
    with log_notices(not args.quiet):
        return _summaries(args)


def _summaries(args: argparse.Namespace) -> int:
    from summarizer.evaluation.harness import (
        DEFAULT_SEED,
        OURS,
        baseline_runner,
        file_sha256,
        load_clusters,
        pipeline_runner,
        plot_summaries,
        run_record,
        run_summaries,
        summaries_table,
    )
    from summarizer.io import check_out_dir, prepare_out_dir, write_atomic
    from summarizer.pipeline import make_config

    # Everything the user gave is checked before any work (and before any model loads): the
    # config of our system even when it is not run, the data, the gold facts, --out.
    config = make_config(args.config, words=args.words, model=args.model, backend=args.backend)
    notices: list[str] = []
    clusters = load_clusters(args.data, args.limit, notices)
    _say(notices, args)
    gold = _gold_for(args.gold, clusters)
    out = None if args.out is None else check_out_dir(args.out)
    seed = DEFAULT_SEED if args.seed is None else args.seed
    from summarizer.embed import default_embedder

    embedder = default_embedder()
    ours = {"config": args.config, "model": args.model, "backend": args.backend}
    systems = {
        name: pipeline_runner(embedder, config=config)
        if name == OURS
        else baseline_runner(name, seed)
        for name in args.systems
    }
    report = run_summaries(
        clusters,
        systems,
        words=args.words,
        embedder=embedder,
        gold=gold,
        show_progress=not args.quiet,
    )
    extra: dict[str, Any] = {"systems": args.systems, "clusters": len(clusters)}
    if OURS in systems:
        extra["pipeline"] = _pipeline_record(systems[OURS].last_meta)
        _say(systems[OURS].notices, args)
    report["record"] = run_record(
        seed=seed,
        config={
            "words": args.words,
            "limit": args.limit,
            "systems": args.systems,
            "gold": args.gold,
            "pipeline_options": ours,
            "gold_sha256": file_sha256(args.gold) if args.gold else None,
        },
        data=args.data,
        extra=extra,
    )
    table = summaries_table(report)
    if args.json:
        print(json.dumps({k: v for k, v in report.items() if k != "rows"}, indent=2))
    else:
        sys.stdout.write(table)
    if out is not None:
        out = prepare_out_dir(out)
        write_atomic(out / "report.json", json.dumps(report, indent=2, default=str) + "\n")
        md = _summaries_markdown(report, args)
        write_atomic(out / "report.md", md)
        plot_summaries(report, out / "report.png")
        from summarizer.evaluation.report_html import report_html

        write_atomic(out / "report.html", report_html(report, data=args.data))
        if not args.quiet:
            print(
                f"summarizer: wrote {out}/report.json, report.md, report.png, report.html",
                file=sys.stderr,
            )
    return 0


def _pipeline_record(meta: dict[str, Any]) -> dict[str, Any]:
    """Model id, revision, prompt version and config hash of our pipeline, from the meta of the
    last brief (the pipeline writes the same for every cluster of a run)."""
    from summarizer.evaluation.harness import config_hash

    cfg = meta.get("config")
    return {
        "backend": meta.get("backend"),
        "model": meta.get("model"),
        "revision": meta.get("revision"),
        "prompt": meta.get("prompt"),
        "prompt_version": meta.get("prompt_version"),
        "config_hash": config_hash(cfg) if cfg is not None else None,
    }


def _summaries_markdown(report: dict[str, Any], args: argparse.Namespace) -> str:
    from summarizer.evaluation.harness import summaries_table
    from summarizer.text import number_of

    rec = report["record"]
    lines = [
        "# Summaries evaluation",
        "",
        f"Data: `{args.data}` ({number_of(rec.get('clusters') or 0, 'cluster')}), "
        f"budget {number_of(args.words, 'word')}.",
        "",
        summaries_table(report, markdown=True),
        "Columns: ROUGE-1/2/Lsum F (stemmed); `faithful` = supported facts / all facts; "
        "`support` = mean sentence support; `cite-P`/`cite-R` = citation precision/recall "
        "(ours only); `coverage` = share of facts at least two sources report that the "
        "summary states; `gold-cov` = share of hand-written gold facts stated.",
        "",
        "![metrics](report.png)",
        "",
        "## Record",
        "",
        "```json",
        json.dumps(rec, indent=2, default=str),
        "```",
        "",
    ]
    return "\n".join(lines)


def cmd_faithfulness(args: argparse.Namespace) -> int:
    with log_notices(not args.quiet):
        return _faithfulness(args)


def _faithfulness(args: argparse.Namespace) -> int:
    from summarizer.evaluation.harness import (
        faithfulness_table,
        load_pairs,
        run_faithfulness,
        run_record,
    )
    from summarizer.io import check_out_dir, prepare_out_dir, write_atomic

    notices: list[str] = []
    pairs = load_pairs(args.data, args.limit, notices)
    _say(notices, args)
    out = None if args.out is None else check_out_dir(args.out)
    embedder = None
    if not args.no_embed:
        from summarizer.embed import default_embedder

        embedder = default_embedder()
    result = run_faithfulness(pairs, embedder=embedder, show_progress=not args.quiet)
    result["record"] = run_record(
        seed=0,
        config={"limit": args.limit, "embed": not args.no_embed, **result["scorer"]},
        data=args.data,
    )
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "items"}, indent=2))
    else:
        sys.stdout.write(faithfulness_table(result))
        head = result["mean_origin_spearman"]
        print(
            f"\nheadline: mean per-origin Spearman = {'-' if head is None else f'{head:+.3f}'}"
            f" (n={result['n']})"
        )
    if out is not None:
        out = prepare_out_dir(out)
        write_atomic(out / "report.json", json.dumps(result, indent=2, default=str) + "\n")
        md = "\n".join(
            [
                "# Faithfulness scorer against human labels",
                "",
                f"Data: `{args.data}` ({result['n']} pairs).",
                "",
                faithfulness_table(result, markdown=True),
                "```json",
                json.dumps(result["record"], indent=2, default=str),
                "```",
                "",
            ]
        )
        write_atomic(out / "report.md", md)
        if not args.quiet:
            print(f"summarizer: wrote {out}/report.json, report.md", file=sys.stderr)
    return 0
