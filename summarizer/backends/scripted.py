"""A scripted fake backend: canned outputs per chunk, no model.

Unit tests and threshold tuning need a "model" whose output is known exactly,
faithful or deliberately wrong (dspy ships its ``DummyLM`` for the same
reason). It behaves like a generative backend: ``extracted`` stays ``None``,
so its sentences go through :mod:`summarizer.attribution` like a real model's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from summarizer.errors import ModelError
from summarizer.text import count_words
from summarizer.types import Chunk, ChunkSummary, Document

Script = Mapping[tuple[str, int] | str, str] | Callable[[Chunk], str]


class ScriptedSummarizer:
    """Returns ``script[(doc_id, chunk_index)]``, else ``script[doc_id]``, else
    ``default``; or ``script(chunk)`` when the script is a function.

    >>> from summarizer.types import Chunk
    >>> fake = ScriptedSummarizer({"a": "Blinken met Rutte."})
    >>> [s.text for s in fake.summarize([Chunk("a", 0, 0, 3, "Hi.", 1, ())], {})]
    ['Blinken met Rutte.']
    """

    name = "scripted"

    def __init__(
        self,
        script: Script,
        *,
        default: str | None = None,
        max_tokens: int = 256,
        model: str = "scripted",
        prompt_version: str | None = None,
    ) -> None:
        self._script = script
        self._default = default
        self._max_tokens = max_tokens
        self._model = model
        self._prompt_version = prompt_version
        # Chunks seen, in call order: tests check that generation really ran.
        self.calls: list[Chunk] = []

    def chunk_budget(self) -> tuple[Callable[[str], int], int]:
        return count_words, self._max_tokens

    def summarize(
        self, chunks: Sequence[Chunk], documents: Mapping[str, Document]
    ) -> list[ChunkSummary]:
        out = []
        for chunk in chunks:
            self.calls.append(chunk)
            out.append(
                ChunkSummary(
                    chunk=chunk,
                    text=self._text_for(chunk),
                    model=self._model,
                    prompt_version=self._prompt_version,
                )
            )
        return out

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.name,
            "model": self._model,
            "revision": None,
            "prompt": self._prompt_version,
            "generation": None,
        }

    def _text_for(self, chunk: Chunk) -> str:
        if callable(self._script):
            return self._script(chunk)
        for key in ((chunk.doc_id, chunk.index), chunk.doc_id):
            if key in self._script:
                return self._script[key]
        if self._default is not None:
            return self._default
        raise ModelError(
            f"scripted backend has no output for chunk {chunk.index} of {chunk.doc_id!r}"
        )
