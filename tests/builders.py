"""Small builders so each test makes its input in one line."""

from __future__ import annotations

from summarizer.load import make_document
from summarizer.types import Document


def build_document(*paragraphs: str, doc_id: str = "d1", **meta) -> Document:
    """A cleaned Document from paragraphs (one per line)."""
    return make_document("\n".join(paragraphs), doc_id, **meta)


def body_text(doc: Document) -> list[str]:
    return [doc.text[a:b] for a, b in doc.body_spans()]
