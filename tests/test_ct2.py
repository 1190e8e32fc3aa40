"""The CTranslate2 engine on the tiny random-weight T5 (converted at test time,
offline): conversion into the cache once, the same brief contract, and the
same text as the torch backend."""

import json
import os
from pathlib import Path

import pytest

ctranslate2 = pytest.importorskip("ctranslate2")

from summarizer.backends.ct2 import CT2Summarizer, ct2_cache_root  # noqa: E402
from summarizer.backends.seq2seq import Seq2SeqSummarizer, make_seq2seq  # noqa: E402
from summarizer.config import GenerationConfig, ModelConfig  # noqa: E402
from summarizer.errors import ModelError  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHORT = GenerationConfig(num_beams=1, min_new_tokens=4, max_new_tokens=12)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory, monkeypatch):
    # One cache folder for the module: later tests reuse earlier conversions.
    if not hasattr(_own_cache, "dir"):
        _own_cache.dir = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CACHE_HOME", str(_own_cache.dir))


def config(path, **kw):
    kw.setdefault("generation", SHORT)
    kw.setdefault("engine", "ctranslate2")
    return ModelConfig(backend="seq2seq", model=str(path), **kw)


def seed_chunks(backend):
    from summarizer.config import load_config
    from summarizer.load import load_paths
    from summarizer.pipeline import make_chunks, split_documents

    docs = load_paths([SEEDS])
    return make_chunks(docs, split_documents(docs), backend, load_config()), {d.id: d for d in docs}


def test_engine_setting_selects_the_ct2_backend_and_int8_by_default(tiny_t5_dir):
    backend = make_seq2seq(config(tiny_t5_dir))
    assert isinstance(backend, CT2Summarizer)
    d = backend.describe()
    assert (d["engine"], d["quantize"], d["backend"]) == ("ctranslate2", "int8", "seq2seq")
    assert d["ctranslate2"] == ctranslate2.__version__
    assert isinstance(make_seq2seq(config(tiny_t5_dir, engine="torch")), Seq2SeqSummarizer)


def test_converts_once_into_the_cache_and_reuses_it(tiny_t5_dir, monkeypatch):
    first = CT2Summarizer(config(tiny_t5_dir))
    first.load()
    folder = first.converted_path
    assert folder.parent == ct2_cache_root() and (folder / "model.bin").is_file()
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]  # no temp left
    stamp = (folder / "model.bin").stat().st_mtime_ns

    from ctranslate2.converters import TransformersConverter

    def no_conversion(*args, **kwargs):
        raise AssertionError("converted again")

    monkeypatch.setattr(TransformersConverter, "convert", no_conversion)
    again = CT2Summarizer(config(tiny_t5_dir))
    again.load()
    assert again.converted_path == folder and (folder / "model.bin").stat().st_mtime_ns == stamp
    # Another stored quantization is another folder.
    monkeypatch.undo()
    fp32 = CT2Summarizer(config(tiny_t5_dir, quantize="none"))
    fp32.load()
    assert fp32.converted_path != folder


@pytest.mark.parametrize("beams", [1, 3])
def test_same_text_as_torch_in_fp32_and_close_in_int8(tiny_t5_dir, beams):
    gen = GenerationConfig(num_beams=beams, min_new_tokens=4, max_new_tokens=16)
    torch_backend = Seq2SeqSummarizer(config(tiny_t5_dir, engine="torch", generation=gen))
    chunks, docs = seed_chunks(torch_backend)
    want = [s.text for s in torch_backend.summarize(chunks, docs)]
    fp32 = CT2Summarizer(config(tiny_t5_dir, quantize="none", generation=gen))
    assert fp32.chunk_budget()[1] == torch_backend.chunk_budget()[1]  # same tokenizer, window
    int8 = CT2Summarizer(config(tiny_t5_dir, generation=gen))
    same = {}
    for name, backend in (("fp32", fp32), ("int8", int8)):
        got = [s.text for s in backend.summarize(chunks, docs)]
        same[name] = sum(a == b for a, b in zip(got, want, strict=True))
    # Random weights give near-flat logits, so a float rounding difference
    # (another kernel, another summation order) can flip a near-tie, and int8
    # rounding flips more; real weights have far larger margins. Most outputs
    # match word for word all the same.
    assert same["fp32"] >= len(want) - 2, (same, len(want))
    assert same["int8"] >= len(want) // 2, (same, len(want))


def test_generate_texts_and_the_window_check(tiny_t5_dir):
    backend = CT2Summarizer(config(tiny_t5_dir, batch_size=3))
    chunks, docs = seed_chunks(backend)
    rendered = [backend.render(c, docs[c.doc_id]) for c in chunks]
    want = [s.text for s in backend.summarize(chunks, docs)]
    assert backend.generate_texts(rendered[::-1]) == want[::-1]
    assert backend.generate_texts([]) == []
    with pytest.raises(ModelError, match=r"input 1 is \d+ tokens .* over the model window"):
        backend.generate_texts(["short", "word " * 2000])


def test_brief_through_the_cli_with_a_config_file(tiny_t5_dir, tmp_path, capsys):
    from summarizer.cli import main

    conf = tmp_path / "fast.toml"
    conf.write_text(
        '[model]\nengine = "ctranslate2"\nbatch_size = 16\n'
        "[model.generation]\nmax_new_tokens = 16\n"
    )
    out = tmp_path / "brief.json"
    argv = ["brief", str(SEEDS), "--config", str(conf), "--model", str(tiny_t5_dir)]
    assert main([*argv, "--no-cache", "-o", str(out)]) == 0, capsys.readouterr().err
    brief = json.loads(out.read_text(encoding="utf-8"))
    meta = brief["meta"]
    assert meta["engine"] == "ctranslate2" and meta["quantize"] == "int8"
    assert meta["generated_sentences"] >= meta["chunks"] > 0
    # The same contract: every quote is the source's own text (schema checked on write).
    sources = {s["id"]: s["text"] for s in brief["sources"]}
    for sentence in brief["summary"] + brief["key_points"]:
        for c in sentence["citations"]:
            assert sources[c["source"]][c["start"] : c["end"]] == c["quote"]


def test_a_model_family_it_cannot_run_is_a_one_line_error(tiny_bart_dir):
    with pytest.raises(ModelError) as err:
        CT2Summarizer(config(tiny_bart_dir)).load()
    assert "supports T5-family" in str(err.value) and "'bart'" in str(err.value)
    assert "\n" not in str(err.value)


def test_a_failed_conversion_leaves_nothing_behind(tiny_t5_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from ctranslate2.converters import TransformersConverter

    def broken(self, output_dir, **kwargs):
        Path(output_dir, "model.bin").write_bytes(b"half")
        raise RuntimeError("disk full\nsecond line")

    monkeypatch.setattr(TransformersConverter, "convert", broken)
    with pytest.raises(ModelError, match=r"cannot convert .*: disk full$"):
        CT2Summarizer(config(tiny_t5_dir)).load()
    assert list(ct2_cache_root().iterdir()) == []


def test_without_ctranslate2_installed_the_error_says_how_to_install(tiny_t5_dir, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "ctranslate2", None)
    with pytest.raises(ModelError, match=r"summarizer\[fast\]"):
        CT2Summarizer(config(tiny_t5_dir)).load()


def test_ct2_cache_entries_are_not_served_to_torch(tiny_t5_dir, tmp_path):
    from summarizer.backends.cached import CachedSummarizer
    from summarizer.cache import Cache

    cache = Cache(os.path.join(tmp_path, "c.sqlite"))
    keys = {
        CachedSummarizer(make_seq2seq(config(tiny_t5_dir, engine=e, quantize=q)), cache).fingerprint
        for e, q in (
            ("torch", "none"),
            ("torch", "int8"),
            ("ctranslate2", "int8"),
            ("ctranslate2", "none"),
        )
    }
    assert len(keys) == 4


def test_cpu_workers_follow_the_thread_setting(tiny_t5_dir, monkeypatch):
    from summarizer.backends.ct2 import _cpu_threads

    assert _cpu_threads(3) == 3
    monkeypatch.setenv("OMP_NUM_THREADS", "2")  # what a batch worker is given
    assert _cpu_threads(0) == 2
    monkeypatch.delenv("OMP_NUM_THREADS")
    assert _cpu_threads(0) == len(os.sched_getaffinity(0))
    backend = CT2Summarizer(config(tiny_t5_dir, threads=2, device="cpu"))
    backend.load()
    assert backend._workers == 2 and backend._model.num_translators == 2


class _Echo:
    """A translator that answers each input with its own tokens (minus </s>),
    recording the batch sizes it was asked for."""

    def __init__(self):
        self.calls = []

    def translate_batch(self, batch, **options):
        from types import SimpleNamespace

        self.calls.append((len(batch), options["max_batch_size"]))
        return [SimpleNamespace(hypotheses=[[t for t in toks if t != "</s>"]]) for toks in batch]


@pytest.mark.parametrize(
    ("n", "workers", "batch_size", "size"),
    [(16, 2, 16, 4), (3, 2, 16, 1), (200, 2, 8, 8), (5, 1, 8, 3)],
)
def test_one_call_in_batches_every_worker_shares_and_texts_come_back_in_order(
    tiny_t5_dir, n, workers, batch_size, size
):
    backend = CT2Summarizer(config(tiny_t5_dir, batch_size=batch_size))
    backend.load()
    backend._model, backend._workers = _Echo(), workers
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    inputs = [" ".join(words[: 1 + (i * 5) % len(words)]) + f" item {i}" for i in range(n)]
    texts = backend._generate(inputs, [f"input {i}" for i in range(n)])
    assert backend._model.calls == [(n, size)]
    tok = backend.tokenizer
    assert texts == [" ".join(tok.decode(tok(x)["input_ids"], skip_special_tokens=True).split())
                     for x in inputs]  # fmt: skip


def test_avx512_is_asked_for_only_where_it_runs_at_full_clock(monkeypatch):
    from summarizer.backends import ct2

    assert ct2.full_speed_avx512(["fpu", "avx2", "avx512f", "avx512bw", "amx_tile"])
    assert not ct2.full_speed_avx512(["fpu", "avx2", "avx512f", "avx512bw"])  # Skylake-era
    assert not ct2.full_speed_avx512(["fpu", "avx2"])
    monkeypatch.setenv("CT2_FORCE_CPU_ISA", "AVX2")  # the user's choice wins
    ct2._prefer_avx512()
    assert os.environ["CT2_FORCE_CPU_ISA"] == "AVX2"


def test_converts_a_model_from_the_hf_cache_by_its_id(tiny_t5_dir, tmp_path, monkeypatch):
    # The tiny model laid out the way huggingface_hub caches a download; the
    # converter reads the snapshot folder, never the network.
    import huggingface_hub.constants as hf_constants

    from .tiny_models import in_hf_cache

    in_hf_cache(tiny_t5_dir, tmp_path / "hub", "tiny-org/tiny-t5")
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    backend = CT2Summarizer(config("tiny-org/tiny-t5"))
    backend.load()
    assert (backend.converted_path / "model.bin").is_file()
    assert backend.converted_path.name.startswith("tiny-t5-")
    texts = backend.generate_texts(["summarize: The river rose and the town was flooded."])
    assert len(texts) == 1 and isinstance(texts[0], str)
