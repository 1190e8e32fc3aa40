"""The seq2seq backend on tiny random-weight T5 and BART models, through the
real loading path (local folder, HF_HUB_OFFLINE=1)."""

import dataclasses
from pathlib import Path

import pytest

from summarizer.backends.seq2seq import Seq2SeqSummarizer
from summarizer.chunking import chunk_document
from summarizer.config import GenerationConfig, ModelConfig
from summarizer.errors import ConfigError, ModelError
from summarizer.text import split_sentences
from summarizer.types import Chunk

from .builders import build_document

SEED = "seeds/000_b4b98b9dfab6f255.txt"
SHORT = GenerationConfig(num_beams=1, min_new_tokens=4, max_new_tokens=12)


def backend_for(path, **kw):
    kw.setdefault("generation", SHORT)
    kw.setdefault("prompt", "chunk_summary.v1" if "t5" in str(path) else "")
    return Seq2SeqSummarizer(ModelConfig(backend="seq2seq", model=str(path), **kw))


def chunks_of(backend, doc, overlap=0):
    count, budget = backend.chunk_budget()
    sents = split_sentences(doc.text, doc.id, doc.body_spans())
    return chunk_document(doc, sents, count, budget, overlap)


@pytest.fixture(scope="module")
def seed_doc():
    from pathlib import Path

    text = Path(__file__).resolve().parent.parent.joinpath(SEED).read_text(encoding="utf-8")
    meta = {"title": "Blinken warns", "outlet": "AFP", "date": "2024-11-13"}
    return build_document(text, doc_id="afp", **meta)


@pytest.fixture(scope="module")
def long_doc():
    # Far beyond either window: ~60 sentences, ~1,500 words, and one 300-word sentence.
    para = [
        f"Officials in city number {i} said on Monday that {i * 10} people had gathered "
        f"to discuss the budget, the schools and the roads near the river."
        for i in range(60)
    ]
    run_on = " ".join(f"and then the council member number {i} spoke" for i in range(40)) + "."
    return build_document(*para[:30], run_on, *para[30:], doc_id="long", title="Council")


@pytest.mark.parametrize("kind", ["t5", "bart"])
def test_loads_from_a_local_folder_and_describes_itself(kind, request):
    path = request.getfixturevalue(f"tiny_{kind}_dir")
    backend = backend_for(path, device="cpu")  # tests/test_gpu.py checks "auto" on a GPU
    backend.load()
    d = backend.describe()
    assert d["backend"] == "seq2seq" and d["model"] == str(path)
    assert d["device"] == "cpu" and d["dtype"] == "fp32"
    assert d["generation"] == dataclasses.asdict(SHORT)
    assert d["prompt"] == ("chunk_summary.v1" if kind == "t5" else None)
    # BART's learned position table caps the window; T5 keeps the configured 512.
    assert d["max_input_tokens"] == (512 if kind == "t5" else 128)


def test_chunk_budget_leaves_room_for_prompt_and_specials(tiny_t5_dir, tiny_bart_dir):
    t5 = backend_for(tiny_t5_dir)
    count, budget = t5.chunk_budget()
    assert count("Blinken spoke.") == len(t5.tokenizer("Blinken spoke.")["input_ids"]) - 1
    bare = t5.render(Chunk("x", 0, 0, 0, "", 0, ()), None)
    assert budget < 512 - count(bare) - 1  # the metadata allowance is reserved too
    bart = backend_for(tiny_bart_dir)
    _, bart_budget = bart.chunk_budget()
    assert bart_budget == 128 - 2 - 4  # <s> </s> and the safety margin; no prompt


@pytest.mark.parametrize("kind", ["t5", "bart"])
def test_a_long_article_is_chunked_and_summarized_without_truncation(kind, request, long_doc):
    path = request.getfixturevalue(f"tiny_{kind}_dir")
    backend = backend_for(path, batch_size=8)
    count, budget = backend.chunk_budget()
    chunks = chunks_of(backend, long_doc, overlap=8)
    assert count(long_doc.text) > 4 * backend.describe()["max_input_tokens"]
    assert len(chunks) > 4
    tok = backend.tokenizer
    window = backend.describe()["max_input_tokens"]
    for c in chunks:
        assert c.n_tokens <= budget
        assert len(tok(backend.render(c, long_doc))["input_ids"]) <= window
    # Every word of the article is in some chunk: nothing was cut.
    covered = " ".join(c.text for c in chunks)
    assert all(w in covered for w in long_doc.text.split())
    summaries = backend.summarize(chunks, {long_doc.id: long_doc})  # BART: no index errors
    assert [s.chunk for s in summaries] == chunks
    assert all(s.text and s.extracted is None for s in summaries)


def test_an_over_long_chunk_is_an_error_not_a_cut(tiny_bart_dir, long_doc):
    backend = backend_for(tiny_bart_dir)
    whole = Chunk(long_doc.id, 0, 0, len(long_doc.text), long_doc.text, 9999, ())
    with pytest.raises(ModelError, match="over the model window of 128"):
        backend.summarize([whole], {long_doc.id: long_doc})


@pytest.mark.parametrize("kind", ["t5", "bart"])
@pytest.mark.parametrize("beams", [1, 3])
def test_batched_output_equals_one_at_a_time(kind, beams, request, seed_doc, long_doc):
    path = request.getfixturevalue(f"tiny_{kind}_dir")
    gen = dataclasses.replace(SHORT, num_beams=beams)
    batched = backend_for(path, batch_size=5, generation=gen)  # uneven last batch
    single = backend_for(path, batch_size=1, generation=gen)
    chunks = chunks_of(batched, seed_doc)[:8] + chunks_of(batched, long_doc)[-4:]
    docs = {seed_doc.id: seed_doc, long_doc.id: long_doc}
    assert len({c.n_tokens for c in chunks}) > 3  # mixed lengths, so padding is exercised
    got = [s.text for s in batched.summarize(chunks, docs)]
    want = [s.text for s in single.summarize(chunks, docs)]
    assert got == want


def test_generation_is_deterministic_and_keeps_input_order(tiny_t5_dir, seed_doc, long_doc):
    backend = backend_for(tiny_t5_dir, batch_size=4)
    chunks = chunks_of(backend, seed_doc) + chunks_of(backend, long_doc)
    docs = {seed_doc.id: seed_doc, long_doc.id: long_doc}
    first = backend.summarize(chunks, docs)
    again = backend.summarize(chunks, docs)
    reversed_run = backend.summarize(chunks[::-1], docs)
    assert [s.text for s in first] == [s.text for s in again]
    assert [s.text for s in reversed_run] == [s.text for s in first][::-1]
    assert [s.chunk for s in first] == chunks
    assert {s.prompt_version for s in first} == {"chunk_summary.v1"}
    assert {s.model for s in first} == {str(tiny_t5_dir)}


def test_generate_texts_takes_rendered_inputs_in_batches_and_keeps_order(
    tiny_t5_dir, seed_doc, long_doc
):
    backend = backend_for(tiny_t5_dir, batch_size=3)
    chunks = chunks_of(backend, seed_doc)[:4] + chunks_of(backend, long_doc)[:3]
    docs = {seed_doc.id: seed_doc, long_doc.id: long_doc}
    rendered = [backend.render(c, docs[c.doc_id]) for c in chunks]
    # Same inputs, same settings: the same text as summarize(), in input order.
    want = [s.text for s in backend.summarize(chunks, docs)]
    assert backend.generate_texts(rendered) == want
    assert backend.generate_texts(rendered[::-1]) == want[::-1]
    assert backend.generate_texts(tuple(rendered[:1])) == want[:1]
    assert backend.generate_texts([]) == []


def test_generate_texts_refuses_an_input_over_the_window(tiny_bart_dir, long_doc):
    backend = backend_for(tiny_bart_dir)
    with pytest.raises(ModelError, match=r"input 1 is \d+ tokens .* over the model window of 128"):
        backend.generate_texts(["A short one.", long_doc.text])


def test_generation_lengths_follow_the_config(tiny_t5_dir, seed_doc):
    gen = GenerationConfig(num_beams=1, min_new_tokens=6, max_new_tokens=6, no_repeat_ngram_size=0)
    backend = backend_for(tiny_t5_dir, generation=gen)
    chunks = chunks_of(backend, seed_doc)
    tok = backend.tokenizer
    for s in backend.summarize(chunks, {seed_doc.id: seed_doc}):
        assert len(tok(s.text, add_special_tokens=False)["input_ids"]) <= 8


def test_prompt_carries_the_article_metadata(tiny_t5_dir, seed_doc):
    backend = backend_for(tiny_t5_dir)
    chunk = chunks_of(backend, seed_doc)[0]
    rendered = backend.render(chunk, seed_doc)
    assert "Title: Blinken warns\nOutlet: AFP\nDate: 2024-11-13\n\nArticle: " in rendered
    assert rendered.endswith(" ".join(chunk.text.split()))


def test_empty_input_loads_nothing(tiny_t5_dir):
    backend = backend_for(tiny_t5_dir)
    assert backend.summarize([], {}) == []
    assert backend.describe()["commit"] is None and backend._model is None


def test_an_absent_model_is_a_one_line_model_error():
    backend = backend_for("no-such-org/no-such-model-xyz")
    with pytest.raises(ModelError) as err:
        backend.chunk_budget()
    message = str(err.value)
    assert "\n" not in message
    assert "summarizer models pull no-such-org/no-such-model-xyz" in message


def test_pickled_weights_are_refused_unless_allowed(tmp_path, tiny_bart_dir):
    import torch
    from safetensors.torch import load_file

    folder = tmp_path / "pickled-bart"
    folder.mkdir()
    for f in tiny_bart_dir.iterdir():
        if f.suffix != ".safetensors":
            (folder / f.name).write_bytes(f.read_bytes())
    torch.save(load_file(tiny_bart_dir / "model.safetensors"), folder / "pytorch_model.bin")
    with pytest.raises(ModelError, match="no safetensors weights"):
        backend_for(folder).load()
    backend = backend_for(folder, allow_pickle=True)
    backend.load()
    assert backend.describe()["max_input_tokens"] == 128


def test_a_model_that_is_not_seq2seq_is_a_model_error(tmp_path):
    from transformers import BertConfig, BertModel

    BertModel(
        BertConfig(
            hidden_size=16,
            num_hidden_layers=1,
            num_attention_heads=2,
            intermediate_size=16,
            vocab_size=50,
        )
    ).save_pretrained(tmp_path)
    (tmp_path / "tokenizer_config.json").write_text("{}")
    with pytest.raises(ModelError, match="cannot load model"):
        backend_for(tmp_path).load()


def test_a_damaged_weights_file_is_a_model_error(tmp_path, tiny_t5_dir, capsys):
    import shutil

    from summarizer.cli import main

    folder = tmp_path / "model"
    shutil.copytree(tiny_t5_dir, folder)
    (folder / "model.safetensors").write_bytes(b"\x07\x00\x00\x00\x00\x00\x00\x00{bad}")
    with pytest.raises(ModelError, match="damaged weights file"):
        backend_for(folder).load()
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert main(["brief", str(seeds), "--model", str(folder), "--no-cache", "-q"]) == 2
    err = capsys.readouterr().err
    assert "cannot load model" in err and "internal error" not in err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"batch_size": 0}, "batch_size"),
        ({"generation": GenerationConfig(min_new_tokens=50, max_new_tokens=10)}, "exceeds"),
        ({"generation": GenerationConfig(num_beams=0)}, "num_beams"),
        ({"prompt": "chunk_summary.v99"}, "unknown prompt"),
    ],
)
def test_bad_settings_fail_before_any_model_loads(change, message):
    with pytest.raises(ConfigError, match=message):
        Seq2SeqSummarizer(ModelConfig(model="no-such-org/x", **change))


def test_fp16_on_cpu_is_refused(tiny_t5_dir):
    with pytest.raises(ConfigError, match="fp16"):
        backend_for(tiny_t5_dir, device="cpu", dtype="fp16").load()


def test_bf16_and_thread_count_are_honoured(tiny_t5_dir, seed_doc):
    import torch

    before = torch.get_num_threads()
    try:
        backend = backend_for(tiny_t5_dir, dtype="bf16", threads=1, device="cpu")
        backend.load()
        assert torch.get_num_threads() == 1
        assert next(backend._model.parameters()).dtype == torch.bfloat16
        assert backend.summarize(chunks_of(backend, seed_doc)[:1], {seed_doc.id: seed_doc})
    finally:
        torch.set_num_threads(before)


def test_int8_quantizes_the_linear_layers_and_changes_the_cache_key(tiny_t5_dir, seed_doc):
    import torch

    plain = backend_for(tiny_t5_dir)
    int8 = backend_for(tiny_t5_dir, quantize="int8", device="cpu")
    assert (plain.describe()["quantize"], int8.describe()["quantize"]) == ("none", "int8")
    int8.load()
    linear = [m for m in int8._model.modules() if type(m) is torch.nn.Linear]
    assert not linear and "DynamicQuantizedLinear" in repr(int8._model.lm_head)
    chunks = chunks_of(int8, seed_doc)
    summaries = int8.summarize(chunks, {seed_doc.id: seed_doc})
    assert [s.chunk for s in summaries] == chunks and all(s.text for s in summaries)

    from summarizer.backends.cached import CachedSummarizer
    from summarizer.cache import Cache

    cache = Cache(tiny_t5_dir.parent / "int8-key.sqlite")
    assert CachedSummarizer(plain, cache).fingerprint != CachedSummarizer(int8, cache).fingerprint


@pytest.mark.parametrize("device", ["cuda", "auto"])
def test_int8_is_refused_on_a_gpu_with_a_clear_message(tiny_t5_dir, monkeypatch, device):
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    with pytest.raises(ConfigError, match="runs on CPU only, not cuda"):
        backend_for(tiny_t5_dir, quantize="int8", device=device).load()


def test_quantize_and_engine_take_only_known_values():
    from summarizer.config import from_dict

    with pytest.raises(ConfigError, match="quantize' must be one of auto, none, int8"):
        from_dict({"model": {"quantize": "int4"}})
    with pytest.raises(ConfigError, match="engine' must be one of torch, ctranslate2"):
        from_dict({"model": {"engine": "onnx"}})


@pytest.mark.parametrize(
    ("model", "says", "never"),
    [
        ("./models/no-such-t5", "no model folder at ./models/no-such-t5", "models pull"),
        ("no-such-org/no-such-model-xyz", "summarizer models pull no-such-org/", "no model folder"),
    ],
)
def test_auto_falls_back_with_the_fix_that_fits_the_model_name(tmp_path, monkeypatch, model,
                                                               says, never):  # fmt: skip
    from summarizer.config import load_config, override
    from summarizer.pipeline import resolve_backend

    monkeypatch.chdir(tmp_path)
    backend, notice = resolve_backend(override(load_config(), **{"model.model": model}))
    assert type(backend).__name__ == "ExtractiveSummarizer"
    assert says in notice and never not in notice
