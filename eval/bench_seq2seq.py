"""Benchmark: the seq2seq backend's batched generation against a naive loop.

Same model, same chunks, same generation settings (greedy, exactly 64 new
tokens per chunk: min = max = 64), same thread count, both under
``torch.inference_mode()``. The only difference is the one under test:

* naive:   one ``model.generate`` call per chunk, in document order;
* batched: ``Seq2SeqSummarizer.summarize`` (length-sorted, padded batches).

No real weights can be downloaded here, so the model is t5-small's
architecture (d_model 512, 6+6 layers, 8 heads, d_ff 2048, vocab 32128) with
random weights, and a SentencePiece-style Unigram tokenizer trained on the
seeds and padded to 32,128 pieces. Speed does not depend on the weights' values
because every chunk generates exactly 64 tokens.

Both modes run in one process on the same loaded model, interleaved in rounds
of one batch (naive, batched, batched, naive, ...) so that other load on a
shared machine falls on both alike; each mode's peak RSS is its own (the
kernel's high-water mark is reset before each segment). The load average is
printed with the figures: numbers from a busy machine are not comparable.

    python eval/bench_seq2seq.py                  # 64 chunks of the seeds, batch 32
    python eval/bench_seq2seq.py --chunks 32 --batch-size 16 --json out.json

Not a test: a few minutes on 2 quiet CPU cores.

Measured 2026-11-21, 2 cores (Xeon, AVX-512), torch 2.13 CPU, transformers
5.23, 32 chunks (~320 tokens + prompt each), batch 32, load average 4.4 -> 2.0
with waits for free cores: naive 31.8 tokens/s, peak RSS 711 MiB; batched
143.8 tokens/s, peak RSS 1405 MiB; 4.52x. Runs on a busier machine ranged
from 2.6x to 43x: the 2-thread one-chunk loop is what contention hurts most.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NEW_TOKENS = 64
T5_SMALL = {
    "d_model": 512,
    "d_kv": 64,
    "d_ff": 2048,
    "num_layers": 6,
    "num_decoder_layers": 6,
    "num_heads": 8,
    "relative_attention_num_buckets": 32,
    "feed_forward_proj": "relu",
    "vocab_size": 32128,
}


def build_model(folder: Path, seed: int = 0) -> Path:
    """t5-small's architecture with random weights and a 32,128-piece tokenizer."""
    import torch
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram
    from tokenizers.trainers import UnigramTrainer
    from transformers import PreTrainedTokenizerFast, T5Config, T5ForConditionalGeneration

    corpus = [
        line.strip()
        for p in sorted((ROOT / "seeds").glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    trained = Tokenizer(Unigram())
    trained.normalizer = normalizers.NFKC()
    trained.pre_tokenizer = pre_tokenizers.Metaspace()
    trainer = UnigramTrainer(
        vocab_size=4000, special_tokens=["<pad>", "</s>", "<unk>"], unk_token="<unk>"
    )
    trained.train_from_iterator(corpus, trainer=trainer)
    # Pad the vocabulary to t5-small's size with pieces that never win a
    # segmentation, so the output layer and embeddings have the real shapes and
    # every id the model emits decodes.
    pieces = json.loads(trained.to_str())["model"]["vocab"]
    pieces += [[f"<extra_{i}>", -99.0] for i in range(T5_SMALL["vocab_size"] - len(pieces))]
    tok = Tokenizer(Unigram([tuple(p) for p in pieces], unk_id=2, byte_fallback=False))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", 1)]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="<pad>", eos_token="</s>", unk_token="<unk>"
    )
    config = T5Config(**T5_SMALL, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(config)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def make_backend(model_dir: Path, batch_size: int, threads: int):
    from summarizer.backends.seq2seq import Seq2SeqSummarizer
    from summarizer.config import GenerationConfig, ModelConfig

    gen = GenerationConfig(
        num_beams=1,
        min_new_tokens=NEW_TOKENS,
        max_new_tokens=NEW_TOKENS,
        no_repeat_ngram_size=0,
        length_penalty=1.0,
    )
    return Seq2SeqSummarizer(
        ModelConfig(
            backend="seq2seq",
            model=str(model_dir),
            device="cpu",
            threads=threads,
            max_input_tokens=512,
            prompt="chunk_summary.v1",
            batch_size=batch_size,
            generation=gen,
        )
    )


def make_chunks(backend, repeat: int):
    """The seed articles, ``repeat`` times over as distinct documents, chunked
    with the backend's own budget (as the pipeline does)."""
    from summarizer.chunking import chunk_document
    from summarizer.load import make_document
    from summarizer.text import split_sentences

    count, budget = backend.chunk_budget()
    docs, chunks = {}, []
    for r in range(repeat):
        for p in sorted((ROOT / "seeds").glob("*.txt")):
            doc = make_document(p.read_text(encoding="utf-8"), f"{p.stem}-{r}")
            docs[doc.id] = doc
            sents = split_sentences(doc.text, doc.id, doc.body_spans())
            chunks.extend(chunk_document(doc, sents, count, budget))
    return chunks, docs


def _status_mib(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM) so the next segment's peak is its own."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_mib(resettable: bool) -> float:
    if resettable:
        return _status_mib("VmHWM")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # process-wide, KiB


def _others_running() -> int:
    """Runnable tasks on the machine right now, other than this process."""
    with open("/proc/loadavg", encoding="ascii") as fh:
        running = int(fh.read().split()[3].split("/")[0])
    return max(running - 1, 0)


def wait_for_quiet(max_wait: float, threads: int) -> float:
    """Wait (up to ``max_wait`` s) until the CPUs this benchmark uses are idle:
    2 s of samples with no other runnable task. Returns the seconds waited.

    On a shared machine other jobs' bursts would otherwise land on whichever
    mode happens to be running, and a 2-thread loop of tiny ops suffers far
    more from a stolen core than a batched one does.
    """
    cores = os.cpu_count() or 1
    start = time.perf_counter()
    quiet_since = None
    while time.perf_counter() - start < max_wait:
        if _others_running() <= max(cores - threads, 0):
            quiet_since = quiet_since or time.perf_counter()
            if time.perf_counter() - quiet_since >= 2.0:
                break
        else:
            quiet_since = None
        time.sleep(0.1)
    return time.perf_counter() - start


def run(
    model_dir: Path, n_chunks: int, batch_size: int, threads: int, max_wait: float = 0.0
) -> dict:
    """Both modes in one process on the same loaded model, interleaved in
    rounds of ``batch_size`` chunks (naive, batched, batched, naive, ...), so
    load from other processes on the machine falls on both alike."""
    import torch

    backend = make_backend(model_dir, batch_size, threads)
    backend.load()
    pool, docs = make_chunks(backend, repeat=1 + n_chunks // 18)
    chunks = pool[:n_chunks]
    tok, model = backend.tokenizer, backend._model
    gen_config = backend._generation_config()

    def naive(items):
        generated = 0
        with torch.inference_mode():
            for c in items:
                enc = tok(backend.render(c, docs[c.doc_id]), return_tensors="pt")
                out = model.generate(**enc, generation_config=gen_config)
                generated += out.shape[-1] - 1  # minus the decoder start token
        return generated

    def batched(items):
        summaries = backend.summarize(items, docs)
        return NEW_TOKENS * len(summaries)  # min = max = 64 new tokens for every chunk

    modes = {"naive": naive, "batched": batched}
    for fn in modes.values():  # warm-up, identical for both (allocator, kernels)
        fn(chunks[:2])
    rss_loaded = _status_mib("VmRSS")
    totals = {m: {"seconds": 0.0, "generated": 0, "peak": 0.0} for m in modes}
    round_ratios: list[float] = []
    waited = 0.0
    rounds = [chunks[i : i + batch_size] for i in range(0, len(chunks), batch_size)]
    resettable = True
    for r, items in enumerate(rounds):
        order = ("naive", "batched") if r % 2 == 0 else ("batched", "naive")
        rates = {}
        for mode in order:
            if max_wait > 0:
                waited += wait_for_quiet(max_wait, threads)
            resettable = _reset_peak() and resettable
            start = time.perf_counter()
            generated = modes[mode](items)
            seconds = time.perf_counter() - start
            totals[mode]["seconds"] += seconds
            totals[mode]["generated"] += generated
            totals[mode]["peak"] = max(totals[mode]["peak"], _peak_mib(resettable))
            rates[mode] = generated / seconds
        round_ratios.append(rates["batched"] / rates["naive"])
    results = {}
    for mode, t in totals.items():
        results[mode] = {
            "mode": mode,
            "chunks": len(chunks),
            "input_tokens": sum(c.n_tokens for c in chunks),
            "generated_tokens": t["generated"],
            "seconds": t["seconds"],
            "tokens_per_s": t["generated"] / t["seconds"],
            "peak_rss_mib": t["peak"],
            "rss_after_load_mib": rss_loaded,
            "threads": torch.get_num_threads(),
            "batch_size": batch_size if mode == "batched" else 1,
        }
    results["peak_is_per_mode"] = resettable
    results["round_ratios"] = round_ratios
    results["waited_for_quiet_s"] = waited
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", type=Path, help="reuse a model built by an earlier run")
    ap.add_argument("--chunks", type=int, default=64, help="chunks to summarize (seeds, repeated)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument(
        "--max-wait",
        type=float,
        default=0.0,
        help="on a shared machine: wait up to this many seconds before each segment "
        "for the cores to be free of other work (default 0: do not wait)",
    )
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = args.model_dir or build_model(Path(tmp) / "t5-small-random")
        results = run(model_dir, args.chunks, args.batch_size, args.threads, args.max_wait)
    load_after = os.getloadavg()[0]

    naive, batched = results["naive"], results["batched"]
    ratio = batched["tokens_per_s"] / naive["tokens_per_s"]
    model = f"model {args.model_dir}" if args.model_dir else "t5-small architecture"
    print(
        f"{model}, random weights; {naive['chunks']} chunks, "
        f"{naive['input_tokens']} input tokens; greedy, {NEW_TOKENS} new tokens per chunk; "
        f"{naive['threads']} threads; load average {load_before:.1f} -> {load_after:.1f}"
    )
    print(f"{'':22}{'naive loop':>14}{'batched':>14}")
    rows = [
        ("batch size", "batch_size", "{:d}"),
        ("seconds", "seconds", "{:.1f}"),
        ("tokens/s", "tokens_per_s", "{:.1f}"),
        ("peak RSS (MiB)", "peak_rss_mib", "{:.0f}"),
    ]
    for label, key, fmt in rows:
        print(f"{label:22}{fmt.format(naive[key]):>14}{fmt.format(batched[key]):>14}")
    print(f"RSS after model load: {naive['rss_after_load_mib']:.0f} MiB")
    if not results["peak_is_per_mode"]:
        print("(peak RSS is the process peak: /proc/self/clear_refs is not writable here)")
    per_round = ", ".join(f"{x:.2f}" for x in results["round_ratios"])
    print(f"speed-up (tokens/s, batched / naive): {ratio:.2f}x  (per round: {per_round})")
    if args.max_wait > 0:
        print(f"waited {results['waited_for_quiet_s']:.0f} s in all for free cores")
    if args.json:
        meta = {"load_average": [load_before, load_after], "ratio": ratio}
        args.json.write_text(json.dumps({**results, **meta}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
