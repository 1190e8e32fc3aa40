"""The chunk-summarizer Protocol every backend implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from summarizer.types import Chunk, ChunkSummary, Document


class TokenCounter(Protocol):
    def __call__(self, text: str) -> int: ...


class ChunkSummarizer(Protocol):
    """Summarizes chunks. One instance per process; models load lazily, once.

    Optional members the pipeline looks for with ``getattr``:

    - ``independent_chunks: bool`` -- True when each chunk's summary depends on
      that chunk alone (seq2seq, CTranslate2), so chunks of many clusters may
      share one :meth:`summarize` call (:func:`summarizer.pipeline.summarize_many`);
      the extractive backend, whose picks use the whole cluster, leaves it False.
    - ``generate_texts(texts: Sequence[str]) -> list[str]`` -- generation for
      already-rendered inputs; with it, fusion rewrites facts several sources
      state into one verified sentence (:func:`summarizer.fusion.fuse_abstractive`).
    """

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
