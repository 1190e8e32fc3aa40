"""The seq2seq backend on a CUDA GPU, on tiny random-weight models.

Skipped where torch sees no CUDA device (CI has none); run on a GPU machine with
``python -m pytest tests/test_gpu.py tests/test_seq2seq.py`` (whose tests run on the
GPU there too, ``device = "auto"``: batching does not change a chunk's summary). They
check what a GPU user relies on: the ``auto`` device picks the GPU, half precision
generates, and the CPU-only int8 path is refused with the fix named.
"""

import pytest

from summarizer.errors import ConfigError

from .test_seq2seq import SHORT, backend_for, chunks_of, long_doc, seed_doc  # noqa: F401

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")


def _mixed_chunks(backend, seed_doc, long_doc):  # noqa: F811
    chunks = chunks_of(backend, seed_doc)[:8] + chunks_of(backend, long_doc)[-4:]
    assert len({c.n_tokens for c in chunks}) > 3  # mixed lengths, so padding is exercised
    return chunks, {seed_doc.id: seed_doc, long_doc.id: long_doc}


@pytest.mark.parametrize("kind", ["t5", "bart"])
def test_auto_runs_on_the_gpu_and_says_so(kind, request, seed_doc):  # noqa: F811
    backend = backend_for(request.getfixturevalue(f"tiny_{kind}_dir"), device="auto")
    backend.load()
    assert backend.describe()["device"] == "cuda"
    assert next(backend._model.parameters()).is_cuda
    chunks = chunks_of(backend, seed_doc)
    summaries = backend.summarize(chunks, {seed_doc.id: seed_doc})
    assert [s.chunk for s in summaries] == chunks and all(s.text for s in summaries)


@pytest.mark.parametrize("dtype", ["bf16", "fp16"])
def test_half_precision_generates_on_the_gpu_under_its_own_cache_key(
    dtype,
    tiny_t5_dir,
    seed_doc,  # noqa: F811
):
    from summarizer.backends.cached import CachedSummarizer
    from summarizer.cache import Cache

    half = backend_for(tiny_t5_dir, device="cuda", dtype=dtype)
    half.load()
    want = {"bf16": torch.bfloat16, "fp16": torch.float16}[dtype]
    assert next(half._model.parameters()).dtype == want
    chunks = chunks_of(half, seed_doc)
    summaries = half.summarize(chunks, {seed_doc.id: seed_doc})
    assert [s.chunk for s in summaries] == chunks and all(s.text for s in summaries)
    cache = Cache(tiny_t5_dir.parent / f"gpu-{dtype}.sqlite")
    full = backend_for(tiny_t5_dir, device="cuda")
    assert CachedSummarizer(half, cache).fingerprint != CachedSummarizer(full, cache).fingerprint


def test_int8_is_refused_on_a_real_gpu_with_the_fix_named(tiny_t5_dir):
    with pytest.raises(ConfigError, match=r"runs on CPU only, not cuda.*dtype bf16 or fp16"):
        backend_for(tiny_t5_dir, quantize="int8", device="auto").load()


def test_gpu_and_cpu_fp32_greedy_mostly_agree(tiny_t5_dir, seed_doc, long_doc):  # noqa: F811
    """fp32 on the GPU is the CPU's model: only the order of float sums differs,
    which on random weights' near-flat logits may flip an occasional token."""
    gpu = backend_for(tiny_t5_dir, device="cuda", batch_size=4)
    cpu = backend_for(tiny_t5_dir, device="cpu", batch_size=4)
    chunks, docs = _mixed_chunks(gpu, seed_doc, long_doc)
    on_gpu = [s.text for s in gpu.summarize(chunks, docs)]
    on_cpu = [s.text for s in cpu.summarize(chunks, docs)]
    assert sum(a == b for a, b in zip(on_gpu, on_cpu, strict=True)) >= 0.75 * len(chunks)
