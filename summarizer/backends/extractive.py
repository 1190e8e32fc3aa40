"""The offline backend: each chunk's most salient sentences, verbatim.

Salience is embedding centrality (all-MiniLM-L6-v2): a sentence scores high
when it is close to the other sentences of its chunk (it states what the
chunk is about, as in LexRank's centrality) and to the centroid of the whole
cluster (it is about the event, not a side story). Needs no generative weights.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from summarizer.chunking import tokenizer_counter
from summarizer.embed import Embedder, default_embedder
from summarizer.types import Chunk, ChunkSummary, Document


class ExtractiveSummarizer:
    name = "extractive"

    def __init__(
        self,
        embedder: Embedder | None = None,
        sentences_per_chunk: int = 12,
        max_tokens: int = 384,
    ):
        self.embedder = embedder or default_embedder()
        self.sentences_per_chunk = sentences_per_chunk
        self.max_tokens = max_tokens

    def chunk_budget(self):
        tok = getattr(self.embedder, "tokenizer", None)
        if tok is None:  # an embedder without a tokenizer: count words
            return (lambda text: len(text.split())), self.max_tokens
        return tokenizer_counter(tok), self.max_tokens

    def summarize(
        self, chunks: Sequence[Chunk], documents: Mapping[str, Document]
    ) -> list[ChunkSummary]:
        import numpy as np

        texts = [s.text for c in chunks for s in c.sentences]
        if not texts:
            return [ChunkSummary(c, "", self.name, None, ()) for c in chunks]
        vecs = self.embedder.encode(texts)
        centroid = vecs.mean(axis=0)
        centroid /= np.linalg.norm(centroid) or 1.0
        out = []
        row = 0
        for chunk in chunks:
            n = len(chunk.sentences)
            v = vecs[row : row + n]
            row += n
            if n == 0:
                out.append(ChunkSummary(chunk, "", self.name, None, ()))
                continue
            local = (v @ v.T).sum(axis=1) - 1.0
            local = local / max(n - 1, 1)
            score = 0.5 * local + 0.5 * (v @ centroid)
            k = min(self.sentences_per_chunk, n)
            best = sorted(np.argsort(-score, kind="stable")[:k].tolist())
            chosen = tuple(chunk.sentences[i] for i in best)
            out.append(
                ChunkSummary(chunk, " ".join(s.text for s in chosen), self.name, None, chosen)
            )
        return out

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.name,
            "model": None,
            "embedding_model": getattr(self.embedder, "name", None),
            "sentences_per_chunk": self.sentences_per_chunk,
            "chunk_tokens": self.max_tokens,
        }
