"""The chunk-summarizer Protocol every backend implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from summarizer.types import Chunk, ChunkSummary, Document


class TokenCounter(Protocol):
    def __call__(self, text: str) -> int: ...


class ChunkSummarizer(Protocol):
    """Summarizes chunks. One instance per process; models load lazily, once."""

    name: str

    def chunk_budget(self) -> tuple[TokenCounter, int]:
        """The token counter chunks are sized with and the max tokens per chunk
        (the model window minus prompt tokens), so no input is ever truncated."""
        ...

    def summarize(
        self, chunks: Sequence[Chunk], documents: Mapping[str, Document]
    ) -> list[ChunkSummary]:
        """One summary per chunk, in the order of ``chunks``."""
        ...

    def describe(self) -> dict[str, Any]:
        """What produced the summaries, for the brief's ``meta``: backend, model
        id, revision, prompt name+version, generation parameters."""
        ...
