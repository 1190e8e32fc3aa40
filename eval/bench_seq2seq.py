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

Each mode runs in its own subprocess so its peak memory (``ru_maxrss``) is its
own; both are reported side by side with the ratio.

    python eval/bench_seq2seq.py                  # 40 chunks (the seeds x 4), batch 32
    python eval/bench_seq2seq.py --repeat 2 --batch-size 16 --json out.json

Not a test: it takes a minute or two on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
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


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_mode(mode: str, model_dir: Path, batch_size: int, threads: int, repeat: int) -> dict:
    import torch

    backend = make_backend(model_dir, batch_size, threads)
    backend.load()
    chunks, docs = make_chunks(backend, repeat)
    tok, model = backend.tokenizer, backend._model
    gen_config = backend._generation_config()

    def naive(items):
        out = []
        with torch.inference_mode():
            for c in items:
                enc = tok(backend.render(c, docs[c.doc_id]), return_tensors="pt")
                out.append(model.generate(**enc, generation_config=gen_config)[0])
        return out

    # Warm-up on one chunk, identical for both modes (allocator, kernels).
    naive(chunks[:1]) if mode == "naive" else backend.summarize(chunks[:1], docs)
    rss_before = _rss_mib()
    start = time.perf_counter()
    if mode == "naive":
        outputs = naive(chunks)
        generated = sum(o.shape[-1] - 1 for o in outputs)  # minus the decoder start token
    else:
        summaries = backend.summarize(chunks, docs)
        generated = NEW_TOKENS * len(summaries)  # min = max = 64: every chunk gets 64
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "mode": mode,
        "chunks": len(chunks),
        "input_tokens": sum(c.n_tokens for c in chunks),
        "generated_tokens": generated,
        "seconds": seconds,
        "tokens_per_s": generated / seconds,
        "peak_rss_mib": peak,
        "rss_after_load_mib": rss_before,
        "threads": torch.get_num_threads(),
        "batch_size": batch_size if mode == "batched" else 1,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", type=Path, help="reuse a model built by an earlier run")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=4, help="copies of the seed cluster")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--mode", choices=("naive", "batched"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    if args.mode:  # child process: one mode, results as JSON on stdout
        result = run_mode(args.mode, args.model_dir, args.batch_size, args.threads, args.repeat)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        model_dir = args.model_dir or build_model(Path(tmp) / "t5-small-random")
        results = {}
        for mode in ("naive", "batched"):
            cmd = [sys.executable, __file__, "--mode", mode, "--model-dir", str(model_dir)]
            cmd += ["--batch-size", str(args.batch_size), "--threads", str(args.threads)]
            cmd += ["--repeat", str(args.repeat)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if out.returncode != 0:
                sys.stderr.write(out.stderr)
                return out.returncode
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])

    naive, batched = results["naive"], results["batched"]
    ratio = batched["tokens_per_s"] / naive["tokens_per_s"]
    print(
        f"t5-small architecture, random weights; {naive['chunks']} chunks, "
        f"{naive['input_tokens']} input tokens; greedy, {NEW_TOKENS} new tokens per chunk; "
        f"{naive['threads']} threads"
    )
    print(f"{'':22}{'naive loop':>14}{'batched':>14}")
    rows = [
        ("batch size", "batch_size", "{:d}"),
        ("seconds", "seconds", "{:.1f}"),
        ("tokens/s", "tokens_per_s", "{:.1f}"),
        ("peak RSS (MiB)", "peak_rss_mib", "{:.0f}"),
        ("RSS after load (MiB)", "rss_after_load_mib", "{:.0f}"),
    ]
    for label, key, fmt in rows:
        print(f"{label:22}{fmt.format(naive[key]):>14}{fmt.format(batched[key]):>14}")
    print(f"speed-up (tokens/s, batched / naive): {ratio:.2f}x")
    if args.json:
        args.json.write_text(json.dumps({**results, "ratio": ratio}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
