"""Command line: a thin layer over the Python API.

Heavy imports (torch, transformers) happen inside the command handlers, so
``summarizer --help`` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from summarizer import __version__
from summarizer.errors import SummarizerError

DESCRIPTION = """\
Summarize a cluster of news articles about one event into one event brief in
which every sentence cites the articles that support it.

Runs offline by default: when no seq2seq model is present locally, an
extractive backend picks the most salient source sentences (embedding
centrality, all-MiniLM-L6-v2 bundled in a package) and cites them.
"""

BRIEF_EPILOG = """\
input files: .txt/.md (one article each), .html (article extracted), .json
(one article object: text, optional id/title/url/date/outlet), .jsonl (one
article object per line). A folder means every such file in it.

examples:
  summarizer brief seeds/ -o brief.md
  summarizer brief a.txt b.html --format json --words 250
  summarizer brief seeds/ --model ./models/flan-t5-base     # seq2seq backend
"""


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    brief = sub.add_parser(
        "brief",
        help="write one cited event brief for one cluster of articles",
        description="Write one cited event brief for one cluster of articles.",
        epilog=BRIEF_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    brief.add_argument("paths", nargs="+", metavar="PATH", help="article files or a folder of them")
    brief.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")
    brief.add_argument(
        "--format",
        choices=("md", "json", "html"),
        help="output format (default: from the -o extension, else md)",
    )
    brief.add_argument("--config", metavar="FILE", help="TOML config merged over the defaults")
    brief.add_argument(
        "--words",
        type=_positive_int,
        metavar="N",
        help="word budget for summary + key points (default 200)",
    )
    brief.add_argument(
        "--model",
        metavar="ID_OR_PATH",
        help="seq2seq model id (HF cache) or local folder; selects the seq2seq backend",
    )
    brief.add_argument(
        "--backend",
        choices=("auto", "extractive", "seq2seq"),
        help="auto (default): the seq2seq model if present locally, else offline extractive",
    )
    brief.add_argument("-q", "--quiet", action="store_true", help="no notices on stderr")
    brief.set_defaults(handler=cmd_brief)

    for module in ("summarizer.models", "summarizer.evaluation.cli"):
        try:
            register = __import__(module, fromlist=["register"]).register
        except (ImportError, AttributeError):
            continue
        register(sub)
    return parser


def cmd_brief(args: argparse.Namespace) -> int:
    from summarizer.io import check_writable, write_atomic

    fmt = args.format
    if fmt is None:
        ext = args.output.lower().rsplit(".", 1)[-1] if args.output else ""
        fmt = {"json": "json", "html": "html", "htm": "html"}.get(ext, "md")
    if args.output:
        check_writable(args.output)  # before any work: no half-done run for nothing

    import logging

    from summarizer.pipeline import summarize

    logging.getLogger("summarizer").addHandler(logging.NullHandler())
    brief = summarize(
        args.paths,
        config=args.config,
        words=args.words,
        model=args.model,
        backend=args.backend,
    )
    if not args.quiet:
        for notice in brief.meta.get("notices", []):
            print(f"summarizer: notice: {notice}", file=sys.stderr)
    if fmt == "json":
        text = brief.to_json() + "\n"
    else:
        text = brief.to_html() if fmt == "html" else brief.to_markdown()
    if args.output:
        write_atomic(args.output, text)
        if not args.quiet:
            n = len(brief.sentences())
            print(f"summarizer: wrote {args.output} ({n} cited sentences)", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _quiet_libraries() -> None:
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    _quiet_libraries()
    try:
        return args.handler(args)
    except SummarizerError as exc:
        print(f"summarizer: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("summarizer: interrupted; no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
