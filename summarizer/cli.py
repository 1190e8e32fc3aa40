"""Command line: a thin layer over the Python API.

Heavy imports (torch, transformers) happen inside the command handlers, so
``summarizer --help`` answers at once.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from summarizer import __version__
from summarizer.brief import FORMATS
from summarizer.errors import InputError, SummarizerError

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
  summarizer brief seeds/ --no-cache                        # neither read nor fill the cache
"""

BATCH_EPILOG = """\
INPUT: a folder whose sub-folders are clusters (read like `summarizer brief
FOLDER`), or a JSONL file with one cluster per line:
  {"id": "...", "documents": [{"text": "...", "title": "...", "url": "..."}, ...]}

exit status: 0 all clusters ok, 1 some failed (see the manifest), 2 bad input.

examples:
  summarizer batch clusters.jsonl -o briefs/ --format md,json
  summarizer batch clusters/ -o briefs/ --jobs 4       # 4 processes, one model each
"""

CACHE_EPILOG = """\
info and clear only read an existing cache, they never create one: with no
cache file at PATH they print `no cache at PATH` and exit 0 (nothing to show,
nothing to remove).
"""


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def output_file(value: str) -> str | None:
    """``-o``'s value: ``-`` is stdout (None), as for most Unix tools; an empty
    name is a mistake (an unset variable in a script), not a quiet stdout."""
    if value == "-":
        return None
    if not value:
        raise argparse.ArgumentTypeError("needs a file name, or - for stdout")
    return value


def cache_file(value: str) -> str:
    """``--cache``'s value: an empty name (an unset variable in a script) is a
    mistake, not the current folder nor the default cache."""
    if not value:
        raise argparse.ArgumentTypeError("needs a file name")
    return value


def output_dir(value: str) -> str:
    if not value:
        raise argparse.ArgumentTypeError("needs a folder name")
    return value


class _Parser(argparse.ArgumentParser):
    """Usage mistakes in one line, like every other error ("summarizer: error:
    ..."), pointing at the command's --help instead of printing the usage."""

    def error(self, message: str) -> NoReturn:
        print(f"summarizer: error: {message} (see: {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


class _CommandParser(_Parser):
    """The parser of a command (``brief``, ``models``, ``models list``, ...).

    argparse hands what a command does not know (``models list extra``) up to
    the top parser, which said it with ``summarizer --help``: it is said here,
    with the command's own. A command group (``models``, ``eval``, ``cache``)
    without its subcommand names the subcommands instead of printing the whole
    usage."""

    subcommand_dest: str | None = None  # a positional that names the subcommand (`cache`)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        namespace, extras = super().parse_known_args(args, namespace)
        for action in self._actions:
            is_group = isinstance(action, argparse._SubParsersAction)
            names_one = is_group or action.dest == self.subcommand_dest
            if names_one and action.choices and getattr(namespace, action.dest, None) is None:
                name = self.prog.removeprefix("summarizer ")
                self.error(f"{name}: choose a subcommand: {', '.join(action.choices)}")
        if extras:  # (argparse's own words, as the top parser said them)
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="summarizer",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)

    brief = sub.add_parser(
        "brief",
        help="write one cited event brief for one cluster of articles",
        description="Write one cited event brief for one cluster of articles.",
        epilog=BRIEF_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    brief.add_argument("paths", nargs="+", metavar="PATH", help="article files or a folder of them")
    brief.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=output_file,
        help="output file (default: stdout; - also means stdout)",
    )
    brief.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: from the -o extension, else md)",
    )
    _run_flags(brief)
    brief.add_argument("-q", "--quiet", action="store_true", help="no notices on stderr")
    _cache_flags(brief)
    brief.set_defaults(handler=cmd_brief)

    batch = sub.add_parser(
        "batch",
        help="write one brief per cluster for a folder of clusters or a JSONL file",
        description="Write one brief per cluster, plus OUTDIR/manifest.jsonl (status, timings "
        "and error per cluster). Run the same command again to resume a killed batch.",
        epilog=BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument("input", metavar="INPUT", help="folder of cluster folders, or .jsonl file")
    batch.add_argument(
        "-o", "--output", metavar="OUTDIR", type=output_dir, required=True, help="output folder"
    )
    batch.add_argument(
        "--jobs", type=positive_int, default=1, metavar="N", help="worker processes (default 1)"
    )
    batch.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local (default): this machine, --jobs processes; ray: a Ray cluster "
        '(pip install "summarizer[ray]")',
    )
    batch.add_argument(
        "--address",
        metavar="ADDR",
        help="with --engine ray: the Ray cluster to join (default: start a local one)",
    )
    batch.add_argument(
        "--format",
        default="md",
        metavar="md,json,html",
        help="output formats, comma-separated: md, json, html (default md)",
    )
    batch.add_argument(
        "--group",
        type=positive_int,
        default=8,
        metavar="N",
        help="clusters per worker call whose chunks share the model's batches (default 8; "
        "seq2seq backends only; a kill loses at most one group's unfinished work)",
    )
    _run_flags(batch)
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar or notices")
    _cache_flags(batch)
    batch.set_defaults(handler=cmd_batch)

    cache = sub.add_parser(
        "cache",
        help="show or clear the cache of chunk summaries and embeddings",
        description="The persistent cache (SQLite) of chunk summaries and embeddings.",
        epilog=CACHE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        # (the usage argparse writes would show the action as optional: [{info,clear}])
        usage="%(prog)s [-h] [--cache PATH] [--older-than DAYS] {info,clear}",
    )
    # Optional for argparse, so that leaving it out is said like a missing subcommand.
    cache.add_argument("action", nargs="?", choices=("info", "clear"))
    cache.subcommand_dest = "action"
    cache.add_argument(
        "--cache", metavar="PATH", type=cache_file, help="cache file (default: the user cache)"
    )
    cache.add_argument(
        "--older-than",
        type=float,
        metavar="DAYS",
        help="with clear: remove only entries stored more than DAYS days ago",
    )
    cache.set_defaults(handler=cmd_cache)

    for module in ("summarizer.models", "summarizer.evaluation.cli"):
        try:
            register = __import__(module, fromlist=["register"]).register
        except (ImportError, AttributeError):
            continue
        register(sub)
    return parser


def _run_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="TOML config merged over the defaults")
    parser.add_argument(
        "--words",
        type=positive_int,
        metavar="N",
        help="word budget for summary + key points (default 200)",
    )
    parser.add_argument(
        "--model",
        metavar="ID_OR_PATH",
        help="seq2seq model id (HF cache) or local folder; selects the seq2seq backend",
    )
    parser.add_argument(
        "--backend",
        choices=("auto", "extractive", "seq2seq"),
        help="auto (default): the seq2seq model if present locally, else offline extractive",
    )


def _cache_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--cache",
        metavar="PATH",
        type=cache_file,
        help="cache file for chunk summaries and embeddings "
        "(default: $XDG_CACHE_HOME/summarizer/cache.sqlite)",
    )
    group.add_argument("--no-cache", action="store_true", help="neither read nor fill the cache")


@contextlib.contextmanager
def log_notices(to_stderr: bool) -> Iterator[None]:
    """The package's logged notices on stderr (or nowhere) for one command; the
    handler is removed afterwards, so calling ``main`` again (tests, a script)
    neither repeats notices nor writes to a stream that has since closed."""
    import logging

    from summarizer.io import notice_handler

    logger = logging.getLogger("summarizer")
    handler = notice_handler(to_stderr)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def cmd_batch(args: argparse.Namespace) -> int:
    with log_notices(not args.quiet):
        return _batch(args)


def _batch(args: argparse.Namespace) -> int:
    from summarizer.batch import BatchOptions, run_batch
    from summarizer.pipeline import make_config

    formats = tuple(dict.fromkeys(f.strip() for f in args.format.split(",") if f.strip()))
    config = make_config(args.config, words=args.words, model=args.model, backend=args.backend)
    options = BatchOptions(
        config,
        formats=formats,
        cache_path=args.cache,
        use_cache=not args.no_cache,
        notices_to_stderr=not args.quiet,
        clusters_per_call=args.group,
    )
    if args.address and args.engine != "ray":
        raise InputError("--address needs --engine ray")
    result = run_batch(
        args.input,
        args.output,
        options,
        jobs=args.jobs,
        progress=not args.quiet,
        engine=args.engine,
        address=args.address,
    )
    if not args.quiet:
        print(
            f"summarizer: {result.ok} ok, {result.failed} failed, {result.skipped} already done; "
            f"manifest {result.manifest}",
            file=sys.stderr,
        )
    return result.exit_code


def cmd_cache(args: argparse.Namespace) -> int:
    from summarizer.cache import Cache, default_cache_path

    days = args.older_than
    if days is not None and (args.action != "clear" or not days >= 0):
        raise InputError("--older-than takes a number of days >= 0 and goes with clear")
    path = Path(args.cache).expanduser() if args.cache else default_cache_path()
    if not path.exists():  # look, never create: no folders, no empty database
        print(f"no cache at {path}" + ("; nothing removed" if args.action == "clear" else ""))
        return 0
    from summarizer.text import number_of

    with Cache(path, create=False) as cache:
        if args.action == "clear":
            n = cache.clear(older_than=None if days is None else days * 86400)
            left = f" stored more than {days:g} days ago" if days is not None else ""
            print(f"removed {number_of(n, 'entry', 'entries')}{left} from {cache.path}")
            return 0
        info = cache.info()
    print(f"path: {info['path']}")
    print(f"size: {info['bytes'] / 1e6:.1f} MB")
    for kind, n in info["entries"].items():
        print(f"{kind}: {number_of(n, 'entry', 'entries')}")
    return 0


# The formats a -o file name's suffix names: the default --format, and a notice when
# --format says another. An unknown suffix names none (md is the default).
_SUFFIX_FORMATS = {"md": "md", "markdown": "md", "json": "json", "html": "html", "htm": "html"}
_FORMAT_NAMES = {"md": "Markdown", "json": "JSON", "html": "HTML"}


def cmd_brief(args: argparse.Namespace) -> int:
    from summarizer.io import check_writable, write_atomic

    name = Path(args.output).name.lower() if args.output else ""
    suffix_format = _SUFFIX_FORMATS.get(name.rsplit(".", 1)[-1]) if "." in name else None
    fmt = args.format or suffix_format or "md"
    if args.output:
        check_writable(args.output)  # before any work: no half-done run for nothing
        _check_not_an_input(args.output, args.paths)
        if suffix_format not in (None, fmt) and not args.quiet:
            # written as asked, but a viewer or a script going by the name would misread it
            print(
                f"summarizer: notice: {args.output}: writing {_FORMAT_NAMES[fmt]} (--format "
                f"{fmt}) into a file whose suffix says {_FORMAT_NAMES[suffix_format]}",
                file=sys.stderr,
            )

    from summarizer.cache import open_cache
    from summarizer.pipeline import summarize

    with log_notices(not args.quiet):  # an unusable cache is said here
        cache = open_cache(args.cache, enabled=not args.no_cache)
    with log_notices(False):  # the brief's meta.notices are printed below instead
        brief = summarize(
            _input_paths(args.paths),
            config=args.config,
            words=args.words,
            model=args.model,
            backend=args.backend,
            cache=cache,
        )
    if not args.quiet:
        for notice in brief.meta.get("notices", []):
            print(f"summarizer: notice: {notice}", file=sys.stderr)
    brief.require_sentences(args.words)  # an empty brief is an error: nothing written
    text = brief.render(fmt)
    if args.output:
        write_atomic(args.output, text)
        if not args.quiet:
            n = len(brief.sentences())
            from summarizer.text import number_of

            print(
                f"summarizer: wrote {args.output} ({number_of(n, 'cited sentence')})",
                file=sys.stderr,
            )
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # stdout is a full disk or a closed device
            raise SummarizerError(f"cannot write the brief to stdout ({exc.strerror})") from None
    return 0


def _input_paths(paths: list[str]) -> list[Path]:
    """The command line's PATHs as paths, never as article text: a mistyped
    name ("summarizer brief artcles") is "no such file", not an article of one
    word that has no prose (the Python API reads a bare string as a text)."""
    if "-" in paths and not Path("-").exists():
        raise InputError("-: articles are read from files or folders, not from stdin")
    return [Path(p) for p in paths]


def _check_not_an_input(output: str, paths: list[str]) -> None:
    """Writing the brief over one of its articles would lose the article."""
    from summarizer.load import article_files, written_brief

    out = Path(output)
    if not out.is_file():
        return
    # an earlier brief in an input folder is left out of it, and may be written over
    earlier_brief = written_brief(out)
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and earlier_brief:
            continue
        for f in article_files(path) if path.is_dir() else [path]:
            try:
                same = f.exists() and os.path.samefile(f, out)
            except OSError:
                same = False
            if same:
                raise InputError(
                    f"{output}: is one of the input articles; give another output file"
                )


def _quiet_libraries(command: str | None) -> None:
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if command != "models":  # `models pull` shows its download progress
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


@contextlib.contextmanager
def _terminate_like_ctrl_c(received: list[int]) -> Iterator[None]:
    """SIGTERM (``timeout``, ``kill``, Slurm, ``docker stop``) stops a run the
    way Ctrl-C does: batch workers are stopped and nothing is half-written.
    Without this, a terminated batch left its worker processes running. The
    signal is appended to ``received``, so that the exit status can say which
    one it was (143, not Ctrl-C's 130). The previous handler is put back
    afterwards (``main`` may run inside a program)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def interrupt(signum: int, frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _GuardedStdout:
    """stdout for one command: a write that fails (``> /dev/full``, a closed
    stdout, ``>&-``) is a one-line :class:`SummarizerError`, not an internal
    error with a Python exception. A closed pipe stays a BrokenPipeError (the
    reader has all it wants: ``| head``)."""

    def __init__(self, stream: object):
        self._stream = stream

    def _call(self, name: str, *args: object) -> object:
        if self._stream is None:
            raise SummarizerError("cannot write to stdout (it is closed)")
        try:
            return getattr(self._stream, name)(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise SummarizerError(f"cannot write to stdout ({reason})") from None

    def write(self, text: str) -> object:
        return self._call("write", text)

    def flush(self) -> object:
        return self._call("flush")

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _stdout_errors_said() -> Iterator[None]:
    stream = sys.stdout
    with contextlib.redirect_stdout(_GuardedStdout(stream)):  # type: ignore[arg-type]
        yield


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    _quiet_libraries(args.command)
    terminated: list[int] = []
    try:
        with _terminate_like_ctrl_c(terminated), _stdout_errors_said():
            code = args.handler(args)
            sys.stdout.flush()  # a full disk is said here, not at exit
            return code
    except SummarizerError as exc:
        print(f"summarizer: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        # Files are written whole or not at all, so nothing half-written is left.
        # The shells' convention: 128 + the signal's number, 130 for Ctrl-C (SIGINT).
        what = "terminated" if terminated else "interrupted"
        print(f"summarizer: {what}; no partial output left", file=sys.stderr)
        return 128 + terminated[0] if terminated else 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        print(
            f"summarizer: internal error: {type(exc).__name__}: {exc} "
            "(set SUMMARIZER_DEBUG=1 to see the traceback, and please report it)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
