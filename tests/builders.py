"""Small builders so each test makes its input in one line."""

from __future__ import annotations

import numpy as np

from summarizer.load import make_document
from summarizer.types import Document


def build_document(*paragraphs: str, doc_id: str = "d1", **meta) -> Document:
    """A cleaned Document from paragraphs (one per line)."""
    return make_document("\n".join(paragraphs), doc_id, **meta)


def body_text(doc: Document) -> list[str]:
    return [doc.text[a:b] for a, b in doc.body_spans()]


class BagEmbedder:
    """Deterministic hashed bag-of-words vectors: no model, fast enough for
    hundreds of clusters, similar texts still come out similar."""

    name = "bag-of-words"

    def __init__(self, dim: int = 128):
        self.dim = dim

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, sum(map(ord, w)) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def bag_embedder() -> BagEmbedder:
    """Module-level factory (picklable for batch worker processes)."""
    return BagEmbedder()


def default_sigint() -> None:
    """``preexec_fn`` for a child that must take Ctrl-C like one started from a
    terminal: a suite started in the background (``cmd &``) inherits SIGINT
    ignored, and Python then never raises KeyboardInterrupt in the child."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def dated_documents(texts, dates=()) -> list[Document]:
    """One article per text (ids s0, s1, ...); ``dates``: their publication dates (none
    where not given)."""
    dates = list(dates) or [None] * len(texts)
    return [
        build_document(t, doc_id=f"s{i}", date=d)
        for i, (t, d) in enumerate(zip(texts, dates, strict=True))
    ]


def figures_of(text: str) -> list:
    """:func:`summarizer.conflicts.all_figures` of ``text`` as one sentence of one article."""
    from summarizer.conflicts import all_figures
    from summarizer.types import Sentence

    return all_figures({"d": [Sentence("d", 0, 0, len(text), text)]})


def conflicts_of(*texts: str, embedder, dates=()):
    """The conflicts of one article per text (:func:`dated_documents`)."""
    from summarizer.conflicts import detect_conflicts
    from summarizer.pipeline import split_documents

    docs = dated_documents(texts, dates)
    return detect_conflicts(docs, split_documents(docs), embedder)


def updates_of(*texts: str, embedder, dates=(), **options):
    """The figure updates, (older, newer), of one article per text
    (:func:`dated_documents`), each sentence of the day its article is dated;
    ``options``: :func:`summarizer.conflicts.figure_changes`'s."""
    return changes_of(dated_documents(texts, dates), embedder, **options)


def changes_of(docs: list[Document], embedder, **options):
    """The figure updates, (older, newer), of ``docs``, each sentence of the day its article
    is dated; ``options``: :func:`summarizer.conflicts.figure_changes`'s."""
    from summarizer.conflicts import figure_changes
    from summarizer.pipeline import split_documents

    sents = split_documents(docs)
    days = {(s.doc_id, s.start): d.date for d in docs for s in sents[d.id]}
    return figure_changes(docs, sents, embedder, days, **options)[0]


def fact(text: str):
    """The one figure :func:`summarizer.facts.numbers` reads in ``text``."""
    from summarizer.facts import numbers

    [f] = numbers(text)
    return f


def scored(text: str, source: str = "a", score: float = 1.0):
    """``text`` as a scored claim of ``source`` alone (a brief's top fact, say)."""
    from summarizer.fusion import ScoredClaim
    from summarizer.types import Claim

    return ScoredClaim(Claim(text, source, (), 0.0), (), frozenset({source}), score)


def sides_of(conflict) -> list[tuple[str, list[str]]]:
    """Each side of a conflict as (value, the sources it cites)."""
    return [(side.value, [c.source for c in side.citations]) for side in conflict.sides]


def claims_of(doc: Document, sentences) -> list:
    """Each sentence of ``doc`` (``sentences``: :func:`summarizer.pipeline.split_documents`)
    as an extracted claim, at its relative position in the article."""
    from summarizer.types import Claim

    n = len(doc.text)
    return [Claim(s.text, doc.id, (s.span,), s.start / n) for s in sentences[doc.id]]
