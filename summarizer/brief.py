"""The EventBrief: what the pipeline returns, validated before it is written.

The JSON shape is described by ``brief.schema.json`` (shipped in the package).
Beyond the schema, :meth:`EventBrief.validate` checks the citation contract:
every sentence has a citation, and every citation's ``quote`` is exactly
``source.text[start:end]``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from summarizer.errors import BriefValidationError, InputError
from summarizer.types import BriefSentence, Citation, Conflict, ConflictSide, Document

FORMATS = ("md", "json", "html")  # what EventBrief.render writes

SCHEMA_VERSION = "1.0"
SCHEMA_PATH = Path(__file__).with_name("brief.schema.json")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def source_dict(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "outlet": doc.outlet,
        "date": doc.date,
        "url": doc.url,
        "path": doc.path,
        "text": doc.text,
    }


@dataclass(frozen=True)
class EventBrief:
    headline: str
    summary: tuple[BriefSentence, ...]
    key_points: tuple[BriefSentence, ...]
    conflicts: tuple[Conflict, ...]
    sources: tuple[Document, ...]
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    schema_version: str = SCHEMA_VERSION

    def sentences(self) -> tuple[BriefSentence, ...]:
        """Summary sentences then key points."""
        return self.summary + self.key_points

    def require_sentences(self, words: int | None = None) -> EventBrief:
        """The brief itself, or an :class:`InputError` when it has no sentence: an
        empty brief ("No summary could be made") is no success a script could tell
        from one. ``summarizer brief`` and each cluster of ``summarizer batch`` fail
        with this one message. ``words``: the budget to name when ``meta`` lacks it."""
        if self.sentences():
            return self
        words = self.meta.get("config", {}).get("fusion", {}).get("words", words)
        from summarizer.text import number_of

        budget = number_of(words, "word") if isinstance(words, int) else f"{words} words"
        why = self.meta.get("empty_reason", "too short, no full sentence, or --words too small")
        raise InputError(
            f"no brief: no sentence of the articles could be stated within the budget of {budget} "
            f"({why}); nothing written"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "headline": self.headline,
            "summary": [s.to_dict() for s in self.summary],
            "key_points": [s.to_dict() for s in self.key_points],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "sources": [source_dict(d) for d in self.sources],
            "meta": self.meta,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from summarizer.render import to_markdown

        return to_markdown(self)

    def to_html(self) -> str:
        from summarizer.render_html import to_html

        return to_html(self)

    def render(self, fmt: str) -> str:
        """The brief as a file of format ``fmt`` (one of :data:`FORMATS`) holds it."""
        if fmt == "json":
            return self.to_json() + "\n"
        return self.to_html() if fmt == "html" else self.to_markdown()

    def validate(self) -> EventBrief:
        """Raise :class:`BriefValidationError` unless the brief is well formed."""
        validate_dict(self.to_dict())
        return self

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventBrief:
        """Rebuild a brief from its JSON form (validated)."""
        validate_dict(data)

        def cites(items):
            return tuple(Citation(c["source"], c["start"], c["end"], c["quote"]) for c in items)

        def sents(items):
            return tuple(BriefSentence(s["text"], cites(s["citations"])) for s in items)

        return cls(
            headline=data["headline"],
            summary=sents(data["summary"]),
            key_points=sents(data["key_points"]),
            conflicts=tuple(
                Conflict(
                    c["kind"],
                    c["topic"],
                    tuple(
                        ConflictSide(s["value"], s["text"], cites(s["citations"]))
                        for s in c["sides"]
                    ),
                )
                for c in data["conflicts"]
            ),
            sources=tuple(
                Document(
                    id=s["id"],
                    text=s["text"],
                    title=s["title"],
                    outlet=s["outlet"],
                    date=s["date"],
                    url=s["url"],
                    path=s["path"],
                )
                for s in data["sources"]
            ),
            meta=data["meta"],
            schema_version=data["schema_version"],
        )


@lru_cache(maxsize=1)
def _validator() -> Any:
    """The schema's validator, its schema checked once per process (``jsonschema.validate``
    checks the schema on every call: on a warm-cache batch of 20 briefs that was most of
    the run, 0.47 of 1.48 s profiled)."""
    import jsonschema

    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


def validate_dict(data: dict[str, Any]) -> None:
    """JSON Schema validation plus the citation contract."""
    import jsonschema

    try:
        # what jsonschema.validate raises, without checking the schema again
        error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
        if error is not None:
            raise error
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "root"
        raise BriefValidationError(
            f"brief does not match its schema at {where}: {exc.message}"
        ) from None
    texts = {s["id"]: s["text"] for s in data["sources"]}
    if len(texts) != len(data["sources"]):
        raise BriefValidationError("brief has duplicate source ids")
    cited = [c for s in data["summary"] + data["key_points"] for c in s["citations"]]
    cited += [c for k in data["conflicts"] for side in k["sides"] for c in side["citations"]]
    for c in cited:
        text = texts.get(c["source"])
        if text is None:
            raise BriefValidationError(f"citation names unknown source {c['source']!r}")
        if (
            not (0 <= c["start"] < c["end"] <= len(text))
            or text[c["start"] : c["end"]] != c["quote"]
        ):
            raise BriefValidationError(
                f"citation quote does not match source {c['source']!r} "
                f"at {c['start']}:{c['end']}: {c['quote'][:60]!r}"
            )
