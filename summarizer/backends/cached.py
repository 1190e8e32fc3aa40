"""A caching wrapper around any chunk backend: generated summaries, token
counts and the chunk budget come from the persistent cache when present.

The wrapped backend is touched only on a miss, so when the cache holds
everything a run needs its model (and tokenizer) never loads.

What is keyed on what:

- a summary: the chunk text, the article title/outlet/date (the prompt shows
  them) and the backend fingerprint: its ``describe()`` taken when the wrapper
  is made, before any model loads (model id, revision, prompt name and version,
  generation parameters, dtype...), plus the size and time of a local model
  folder's files, so replacing weights in place invalidates the entries, and a
  hash of the backend's source file, so a change in how it renders prompts or
  decodes does too;
- a token count: the text and the fingerprint;
- the chunk budget: the fingerprint (with the backend's post-load ``describe()``,
  so a fully cached brief records the same meta as the run that filled the cache).

Summaries that carry ``extracted`` sentences (the offline backend) are not
stored: they depend on the whole cluster (centrality against the cluster
centroid), and their only cost is embeddings, which
:class:`summarizer.cache.CachedEmbedder` caches.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.backends.base import ChunkSummarizer
from summarizer.cache import Cache, class_source_hash, digest, source_hash
from summarizer.types import Chunk, ChunkSummary, Document

# describe() keys that change when a model loads or that do not change outputs.
_VOLATILE = ("commit", "batch_size", "device")


class CachedSummarizer:
    """Wraps ``backend`` (any :class:`ChunkSummarizer`) with ``cache``.

    >>> import tempfile, os
    >>> from summarizer.backends.scripted import ScriptedSummarizer
    >>> from summarizer.types import Chunk
    >>> cache = Cache(os.path.join(tempfile.mkdtemp(), "c.sqlite"))
    >>> fake = ScriptedSummarizer({"a": "Blinken met Rutte."})
    >>> chunk = Chunk("a", 0, 0, 3, "Hi.", 1, ())
    >>> for _ in range(2):
    ...     _ = CachedSummarizer(fake, cache).summarize([chunk], {})
    >>> len(fake.calls)  # the second run read the cache
    1
    """

    def __init__(self, backend: ChunkSummarizer, cache: Cache):
        self.inner = backend
        self.cache = cache
        self.name = backend.name
        described = backend.describe()
        self._fingerprint = {k: v for k, v in described.items() if k not in _VOLATILE}
        self._fingerprint["local_files"] = _local_files(described.get("model"))
        # Prompt rendering, decoding set-up: the backend's class and those it builds on.
        self._fingerprint["code"] = _code_hash(backend)
        self._fp = digest(self._fingerprint)
        self._used_inner = False
        self._stored_describe: dict[str, Any] | None = None
        self._inner_count: Callable[[str], int] | None = None
        self._counts: dict[str, int] = {}
        self._pending_counts: dict[str, bytes] = {}
        self.hits = 0
        self.misses = 0
        # Per chunk of the last summarize() call: "hit", "miss" or None (extracted,
        # not cached), so a caller that summarized many clusters at once can
        # count each one's hits.
        self.last_statuses: list[str | None] = []

    @property
    def independent_chunks(self) -> bool:
        """The wrapped backend's: whether each chunk's summary depends only on the
        chunk and its document (then chunks of many clusters may share a call)."""
        return bool(getattr(self.inner, "independent_chunks", False))

    @property
    def fingerprint(self) -> str:
        """A digest of what produced the summaries (stable whether or not the model loaded)."""
        return self._fp

    # -- the Protocol ----------------------------------------------------------------------

    def chunk_budget(self) -> tuple[Callable[[str], int], int]:
        key = digest("budget", self._fp)
        blob = self.cache.get("budget", key)
        if blob is not None:
            record = json.loads(blob)
            self._stored_describe = record.get("describe")
            return self.count_tokens, int(record["max_tokens"])
        _, max_tokens = self._inner_budget()
        record = {"max_tokens": max_tokens, "describe": self.inner.describe()}
        self.cache.put_many("budget", {key: json.dumps(record, default=str).encode()})
        return self.count_tokens, max_tokens

    def count_tokens(self, text: str) -> int:
        """Token count from the cache, else the wrapped backend's counter (stored later)."""
        n = self._counts.get(text)
        if n is not None:
            return n
        key = digest("tokens", self._fp, text)
        blob = self.cache.get("tokens", key)
        if blob is not None:
            n = int(blob)
        else:
            if self._inner_count is None:
                self._inner_count = self._inner_budget()[0]
            n = self._inner_count(text)
            self._pending_counts[key] = str(n).encode()
            if len(self._pending_counts) >= 1000:
                self.flush()
        self._counts[text] = n
        if len(self._counts) > 100_000:  # a batch streams clusters through; keep memory flat
            self._counts.clear()
        return n

    def summarize(
        self, chunks: Sequence[Chunk], documents: Mapping[str, Document]
    ) -> list[ChunkSummary]:
        self.flush()  # chunking is over: store the token counts it measured
        keys = [self._summary_key(c, documents.get(c.doc_id)) for c in chunks]
        found = self.cache.get_many("summary", keys)
        out: list[ChunkSummary | None] = [None] * len(chunks)
        todo: list[int] = []
        for i, (chunk, key) in enumerate(zip(chunks, keys, strict=True)):
            blob = found.get(key)
            if blob is None:
                todo.append(i)
                continue
            data = json.loads(blob)
            out[i] = ChunkSummary(chunk, data["text"], data["model"], data["prompt_version"])
        self.hits += len(chunks) - len(todo)
        statuses: list[str | None] = ["hit"] * len(chunks)
        if todo:
            self._used_inner = True
            fresh = self.inner.summarize([chunks[i] for i in todo], documents)
            store = {}
            for i, s in zip(todo, fresh, strict=True):
                out[i] = s
                statuses[i] = None
                if s.extracted is None:  # extracted ones are not cached: not a miss either
                    statuses[i] = "miss"
                    self.misses += 1
                    value = {"text": s.text, "model": s.model, "prompt_version": s.prompt_version}
                    store[keys[i]] = json.dumps(value, ensure_ascii=False).encode("utf-8")
            self.cache.put_many("summary", store)
        self.last_statuses = statuses
        return [s for s in out if s is not None]

    def describe(self) -> dict[str, Any]:
        if not self._used_inner and self._stored_describe is not None:
            return dict(self._stored_describe)
        return self.inner.describe()

    # -- helpers ---------------------------------------------------------------------------

    @property
    def tokenizer(self) -> Any:
        return getattr(self.inner, "tokenizer", None)

    def flush(self) -> None:
        """Store token counts measured since the last flush."""
        if self._pending_counts:
            self.cache.put_many("tokens", self._pending_counts)
            self._pending_counts = {}

    def _inner_budget(self) -> tuple[Callable[[str], int], int]:
        self._used_inner = True
        count, max_tokens = self.inner.chunk_budget()
        self._inner_count = count
        return count, max_tokens

    def _summary_key(self, chunk: Chunk, doc: Document | None) -> str:
        meta = (doc.title, doc.outlet, doc.date) if doc is not None else (None, None, None)
        return digest("summary", self._fp, chunk.text, *meta)


def _code_hash(backend: Any) -> str | list[str | None] | None:
    """The source hash of the backend's class, or, for a class that builds on
    another of this package (the ctranslate2 backend renders prompts with the
    torch backend's code), of each of their files."""
    own = [c for c in type(backend).__mro__ if c.__module__.startswith("summarizer.")]
    if len(own) <= 1:
        return source_hash(backend)
    return [class_source_hash(c) for c in own]


def _local_files(model: Any) -> list[tuple[str, int, int]] | None:
    """Name, size and mtime of a local model folder's files (a stat, no loading)."""
    if not isinstance(model, str):
        return None
    folder = Path(model).expanduser()
    if not folder.is_dir():
        return None
    return sorted(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()
    )
