"""Core data types, one module, frozen dataclasses.

Every chunk, claim and citation carries character offsets into the text of its
source *as loaded* (``Document.text``), so any citation can be checked with
``doc.text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in ``Document.text``."""

    doc_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One article as loaded.

    ``text`` is the article exactly as loaded (file content as decoded, the
    extracted article for HTML, the ``text`` field for JSON, the string for API
    input). ``body`` holds the spans of ``text`` that survived boilerplate
    cleaning; every later offset refers to ``text``.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None
    body: tuple[tuple[int, int], ...] | None = None

    def body_spans(self) -> tuple[tuple[int, int], ...]:
        return self.body if self.body is not None else ((0, len(self.text)),)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, with its offsets into ``Document.text``."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.doc_id, self.start, self.end)


@dataclass(frozen=True)
class Chunk:
    """A run of consecutive sentences of one document, sized in model tokens."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    n_tokens: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class ChunkSummary:
    """What a backend made of one chunk.

    ``extracted`` is set by extractive backends: the chunk sentences chosen, in
    which case ``text`` is their concatenation and no attribution is needed.
    Generative backends leave it ``None``; their sentences are aligned to
    source spans by :mod:`summarizer.attribution`.
    """

    chunk: Chunk
    text: str
    model: str
    prompt_version: str | None = None
    extracted: tuple[Sentence, ...] | None = None


@dataclass(frozen=True)
class Claim:
    """A sentence that may go into the brief, with the spans that support it.

    ``spans`` are in the claim's own source document ``doc_id``; fusion adds
    spans from other sources that state the same fact.
    """

    text: str
    doc_id: str
    spans: tuple[Span, ...]
    position: float  # relative position of the first span in its document, 0..1
    salience: float = 0.0
    generated: bool = False
    # the text opens with the sentence before the claim's own, which gives it
    # the subject or speaker it leans on (fusion.with_context)
    with_context: bool = False
    # the claim's sentence goes on with a quotation opened in a sentence before
    # it, where its speaker is named ("... said: “There is ... cases. The outcome
    # of this case does not affect ...”"): alone it would speak in the brief's voice
    in_quotation: bool = False


@dataclass(frozen=True)
class Citation:
    source: str
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class BriefSentence:
    text: str
    citations: tuple[Citation, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "citations": [c.to_dict() for c in self.citations]}


@dataclass(frozen=True)
class ConflictSide:
    value: str
    text: str
    citations: tuple[Citation, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(frozen=True)
class Conflict:
    kind: str  # "contradiction" | "estimates"
    topic: str
    sides: tuple[ConflictSide, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "topic": self.topic, "sides": [s.to_dict() for s in self.sides]}


@dataclass(frozen=True)
class Fact:
    """An atomic fact extracted from a text, with offsets into that text.

    ``kind`` is one of: quantity, money, date, weekday, person, place, org,
    entity, quote, claim. ``value`` is a normalised form used for comparison
    (e.g. ``"10000"`` for "10,000", ``"2024-11-13"``); ``unit`` says what a
    number counts where known (e.g. ``"troops"``, ``"USD"``).
    """

    kind: str
    text: str
    start: int
    end: int
    value: str
    unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
