"""Benchmark: the seq2seq model stage, a naive loop against our batched paths.

Same model, same chunks, same generation settings (exactly 64 new tokens per
chunk: min = max = 64; greedy, then beam 4), same thread count, all under
``torch.inference_mode()`` where torch runs. The paths (``--paths``):

* naive:        one ``model.generate`` call per chunk, in document order, fp32;
* batched:      the chunks of several clusters in one backend call
                (``summarizer.pipeline.summarize_chunks``, the model stage of
                ``summarize_many`` and ``summarizer batch``): length-sorted,
                padded batches, fp32;
* batched-int8: the same with ``model.quantize = "int8"`` (dynamic int8 Linear);
* batched-bf16: the same with ``model.dtype = "bf16"`` (AMX/AVX512-BF16 kernels);
* ct2-int8:     the same batches on CTranslate2 (``model.engine =
                "ctranslate2"``), int8; ``ct2-fp32``: float32;
* per-article:  batched fp32, but one call per article (3-4 chunks), which is
                what batching inside one small cluster gives.

No real weights can be downloaded here, so the model is t5-small's
architecture (d_model 512, 6+6 layers, 8 heads, d_ff 2048, vocab 32128) with
random weights (an untied output layer whose pad row is zero; see
``build_model``), and a SentencePiece-style Unigram tokenizer trained on the
seeds and padded to 32,128 pieces. Speed does not depend on the weights'
values because every chunk generates exactly 64 tokens. Quality does, and
cannot be measured without real weights: the "same text" and "token agreement"
rows compare each path's output with the fp32 batched output on *random*
weights, whose near-flat logits make int8 rounding (and, in beam search, any
float difference) flip far more tokens than trained weights would.

All paths run in one process on the same chunks, interleaved in rounds (the
order rotates each round) so that other load on a shared machine falls on all
alike. Memory is measured apart: each path alone in a fresh process (model
loaded, one batch summarized; the naive loop 2 chunks), RSS after loading and
peak RSS. The load average is printed with the figures.

``--device cuda`` runs the same paths on a GPU (default paths naive, batched,
batched-bf16, batched-fp16: torch's int8 is CPU-only): each timer stops after
``torch.cuda.synchronize()``, and the memory rows are the GPU memory torch
allocated after loading and at its peak (``torch.cuda.max_memory_allocated``).

    python eval/bench_seq2seq.py                   # 32 chunks, rounds of 16, batch 16
    python eval/bench_seq2seq.py --beams 1 --paths naive,batched,ct2-int8,ct2-fp32

Not a test: about 10 minutes on 2 quiet CPU cores.

Measured 2026-11-22, 2 cores (Xeon with AVX-512, AVX512-BF16, AMX), torch 2.13
CPU, transformers 5.23, ctranslate2 4.8.5, ``--max-wait 30``, load average
1.2 to 1.5, 32 chunks, batch 16, one untimed warm-up round per path; tokens/s,
speed-up over the naive loop:

    greedy: naive 78.1; batched 159.9 (2.05x); batched-int8 190.1 (2.44x);
            batched-bf16 285.0 (3.65x); ct2-int8 624.7 (8.00x)
    beam 4: naive 33.5; batched 29.9 (0.89x); batched-int8 31.8 (0.95x);
            batched-bf16 82.3 (2.46x); ct2-int8 410.0 (12.24x)

CTranslate2 runs one single-threaded worker per core, each on its own batch
(``inter_threads``), not one batch over both cores: 6.9 s against 3.7-4.2 s
for these 32 chunks greedy. Greedy stays encoder-heavy: the encoder is 1.2-1.3
s of CTranslate2's 3.0-3.4 s (batches of 4). The naive loop is fast at batch 1 on this CPU
(26 to 30 s here; 43 s in an earlier session on the same kind of machine, when
CTranslate2 reached 5.92x greedy and 8.00x beam 4 with one two-thread worker).
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
    # Untied output layer, as in FLAN-T5 (T5 v1.1); see build_model for why.
    "tie_word_embeddings": False,
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
    with torch.no_grad():
        # With random weights the pad token (also the decoder's start token)
        # wins every step, so every output would decode to "" and a comparison
        # of the engines' texts would say nothing. A zero output row for it
        # leaves the compute unchanged and lets ordinary pieces win.
        model.lm_head.weight[config.pad_token_id].zero_()
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def make_backend(
    model_dir: Path,
    batch_size: int,
    threads: int,
    beams: int = 1,
    engine: str = "torch",
    quantize: str = "none",
    dtype: str = "fp32",
    device: str = "cpu",
):
    from summarizer.backends.seq2seq import make_seq2seq
    from summarizer.config import GenerationConfig, ModelConfig

    gen = GenerationConfig(
        num_beams=beams,
        min_new_tokens=NEW_TOKENS,
        max_new_tokens=NEW_TOKENS,
        no_repeat_ngram_size=0,
        length_penalty=1.0,
    )
    return make_seq2seq(
        ModelConfig(
            backend="seq2seq",
            model=str(model_dir),
            device=device,
            threads=threads,
            max_input_tokens=512,
            prompt="chunk_summary.v1",
            batch_size=batch_size,
            generation=gen,
            engine=engine,
            quantize=quantize,
            dtype=dtype,
        )
    )


def make_chunks(backend, repeat: int):
    """The seed articles, ``repeat`` times over as distinct documents, chunked
    with the backend's own budget (as the pipeline does). Copy ``r`` of the
    seeds is cluster ``r``."""
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


PATHS = {
    # name: (engine, quantize, description)
    "naive": ("torch", "none", "one generate() per chunk, fp32"),
    "batched": ("torch", "none", "cross-cluster length-sorted batches, fp32"),
    "batched-int8": ("torch", "int8", "the same, dynamic int8 Linear layers"),
    # bfloat16 weights and activations; fast where the CPU has AMX-BF16 or
    # AVX512-BF16 (this benchmark's Xeon has both), slow where it has neither.
    "batched-bf16": ("torch", "none", "the same, dtype bf16"),
    # float16 weights and activations: GPUs only (refused on a CPU).
    "batched-fp16": ("torch", "none", "the same, dtype fp16 (GPU)"),
    "ct2-int8": ("ctranslate2", "int8", "the same batches on CTranslate2, int8"),
    "ct2-fp32": ("ctranslate2", "none", "CTranslate2, float32"),
    # What batching within one cluster gives when clusters are small: each
    # article is its own cluster (3-4 chunks), one backend call each.
    "per-article": ("torch", "none", "length-sorted batches within one article's chunks, fp32"),
}
DEFAULT_PATHS = ("naive", "batched", "batched-int8", "batched-bf16", "ct2-int8")
# On a GPU: int8 is CPU-only and the ctranslate2 wheel here is CPU-only.
DEFAULT_GPU_PATHS = ("naive", "batched", "batched-bf16", "batched-fp16")


def _dtype(path: str) -> str:
    return path.rsplit("-", 1)[1] if path.endswith(("-bf16", "-fp16")) else "fp32"


def _sync(device: str) -> None:
    """Wait for the GPU's queued work, so a timer stops when the work has ended."""
    if device == "cuda":
        import torch

        torch.cuda.synchronize()


def _cluster_of(chunk) -> str:
    return chunk.doc_id.rsplit("-", 1)[1]


def run(
    model_dir: Path,
    n_chunks: int,
    batch_size: int,
    threads: int,
    beams: int,
    paths: tuple[str, ...],
    round_size: int,
    max_wait: float = 0.0,
    device: str = "cpu",
) -> dict:
    """Every path in one process on the same chunks, interleaved in rounds of
    ``round_size`` chunks (the order of the paths rotates each round), so load
    from other processes on the machine falls on all of them alike.

    The batched paths go through :func:`summarizer.pipeline.summarize_chunks`
    with the round's chunks grouped by cluster (copy of the seeds), i.e. the
    model stage of ``summarize_many`` / ``summarizer batch``: one backend call
    whose length-sorted batches mix chunks of every cluster."""
    import gc

    import torch

    from summarizer.pipeline import Prepared, summarize_chunks

    backends, model_rss, load_s = {}, {}, {}
    for name in paths:
        engine, quantize, _ = PATHS[name]
        twin = next(
            (n for n in backends if PATHS[n][:2] == PATHS[name][:2] and _dtype(n) == _dtype(name)),
            None,
        )
        if twin is not None:  # naive and batched: the same fp32 model
            backends[name] = backends[twin]
            model_rss[name], load_s[name] = model_rss[twin], load_s[twin]
            continue
        start = time.perf_counter()
        backend = make_backend(
            model_dir, batch_size, threads, beams, engine, quantize, _dtype(name), device
        )
        backend.load()
        load_s[name] = time.perf_counter() - start
        model_rss[name] = _weights_mib(backend)
        backends[name] = backend
    first = backends[paths[0]]
    pool, docs = make_chunks(first, repeat=1 + n_chunks // 17)
    chunks = pool[:n_chunks]

    def naive_fn(backend):
        tok, model = backend.tokenizer, backend._model
        gen_config = backend._generation_config()

        def naive(items):
            texts = []
            with torch.inference_mode():
                for c in items:
                    enc = tok(backend.render(c, docs[c.doc_id]), return_tensors="pt")
                    out = model.generate(**enc.to(device), generation_config=gen_config)
                    texts.append(" ".join(tok.decode(out[0], skip_special_tokens=True).split()))
            return texts

        return naive

    def batched_fn(backend, key=_cluster_of):
        def batched(items):
            clusters: dict[str, list] = {}
            for c in items:
                clusters.setdefault(key(c), []).append(c)
            prepared = [
                Prepared(
                    config=None,  # type: ignore[arg-type]  # not read by summarize_chunks
                    backend=backend,
                    embedder=None,  # type: ignore[arg-type]
                    cache=None,
                    documents=[],
                    by_id={c.doc_id: docs[c.doc_id] for c in group},
                    notices=[],
                    timings={},
                    started=0.0,
                    chunks=group,
                )
                for group in clusters.values()
            ]
            results = summarize_chunks(prepared)
            by_chunk = {}
            for r in results:
                if isinstance(r, BaseException):
                    raise r
                by_chunk.update({id(s.chunk): s.text for s in r})
            return [by_chunk[id(c)] for c in items]

        return batched

    modes = {}
    for name in paths:
        if name == "naive":
            modes[name] = naive_fn(backends[name])
        elif name == "per-article":
            modes[name] = batched_fn(backends[name], key=lambda c: c.doc_id)
        else:
            modes[name] = batched_fn(backends[name])
    rounds = [chunks[i : i + round_size] for i in range(0, len(chunks), round_size)]
    # Warm-up, identical for all: one untimed round each. The first call at a
    # batch shape sizes the engine's working memory and picks its kernels
    # (CTranslate2's first round of 16 greedy chunks: 4.2 s, later ones 3.5 s),
    # a cost a batch of thousands of clusters pays once; a warm-up on 2 chunks
    # left it in the first timed round.
    for fn in modes.values():
        fn(rounds[0])
    totals = {m: {"seconds": 0.0, "peak": 0.0, "texts": []} for m in modes}
    round_ratios: dict[str, list[float]] = {m: [] for m in modes if m != "naive"}
    waited = 0.0
    resettable = True
    for r, items in enumerate(rounds):
        order = list(paths[r % len(paths) :] + paths[: r % len(paths)])
        seconds = {}
        for mode in order:
            if max_wait > 0:
                waited += wait_for_quiet(max_wait, threads)
            gc.collect()
            resettable = _reset_peak() and resettable
            _sync(device)
            start = time.perf_counter()
            texts = modes[mode](items)
            _sync(device)
            seconds[mode] = time.perf_counter() - start
            totals[mode]["seconds"] += seconds[mode]
            totals[mode]["texts"].extend(texts)
            totals[mode]["peak"] = max(totals[mode]["peak"], _peak_mib(resettable))
        if "naive" in seconds:
            for mode in round_ratios:
                round_ratios[mode].append(seconds["naive"] / seconds[mode])
    reference = totals.get("batched", totals[paths[0]])["texts"]
    tok = first.tokenizer
    results = {}
    for mode, t in totals.items():
        agree = [_token_agreement(tok, a, b) for a, b in zip(t["texts"], reference, strict=True)]
        results[mode] = {
            "mode": mode,
            "engine": PATHS[mode][0],
            "quantize": PATHS[mode][1],
            "dtype": _dtype(mode),
            "chunks": len(chunks),
            "clusters": len({_cluster_of(c) for c in chunks}),
            "input_tokens": sum(c.n_tokens for c in chunks),
            "generated_tokens": NEW_TOKENS * len(chunks),  # min = max = 64 for every chunk
            "seconds": t["seconds"],
            "tokens_per_s": NEW_TOKENS * len(chunks) / t["seconds"],
            "peak_rss_mib": t["peak"],
            "weights_mib": model_rss[mode],
            "load_s": load_s[mode],
            "identical_to_batched_fp32": sum(
                a == b for a, b in zip(t["texts"], reference, strict=True)
            ),
            "token_agreement": sum(agree) / len(agree),
            "threads": threads,
            "batch_size": 1 if mode == "naive" else batch_size,
            "beams": beams,
            "device": device,
        }
    results["peak_is_per_mode"] = resettable
    results["round_ratios"] = round_ratios
    results["waited_for_quiet_s"] = waited
    return results


def _weights_mib(backend) -> float:
    """The size of the weights as the path holds them: the converted model file
    for CTranslate2, the serialized state dict (int8 packed or fp32) for torch."""
    import io

    import torch

    folder = getattr(backend, "converted_path", None)
    if folder is not None:
        return (Path(folder) / "model.bin").stat().st_size / 2**20
    buf = io.BytesIO()
    torch.save(backend._model.state_dict(), buf)
    return buf.tell() / 2**20


def _token_agreement(tok, a: str, b: str) -> float:
    """Share of token positions where two outputs agree (up to the longer one):
    1.0 for identical text; a greedy decode that diverges at token k and never
    realigns scores about k / 64."""
    x = tok(a, add_special_tokens=False)["input_ids"]
    y = tok(b, add_special_tokens=False)["input_ids"]
    if not x and not y:
        return 1.0
    n = max(len(x), len(y))
    return sum(p == q for p, q in zip(x, y, strict=False)) / n


def memory_probe(
    model_dir: Path,
    path: str,
    beams: int,
    batch_size: int,
    threads: int,
    n_chunks: int,
    device: str = "cpu",
) -> dict:
    """Run in a fresh process: load one path's model, summarize ``n_chunks``
    chunks (one batch) and return the RSS after loading and the process's peak
    (on a GPU: the memory torch allocated on it after loading, and its peak).
    One process per path, so each figure is that path's own."""
    import torch

    engine, quantize, _ = PATHS[path]
    backend = make_backend(
        model_dir, batch_size, threads, beams, engine, quantize, _dtype(path), device
    )
    backend.load()
    after_load = _status_mib("VmRSS")
    if device == "cuda":
        after_load = torch.cuda.memory_allocated() / 2**20
    chunks, docs = make_chunks(backend, repeat=1 + n_chunks // 17)
    chunks = chunks[:n_chunks]
    if path == "naive":
        tok, gen_config = backend.tokenizer, backend._generation_config()
        with torch.inference_mode():
            for c in chunks:
                enc = tok(backend.render(c, docs[c.doc_id]), return_tensors="pt")
                backend._model.generate(**enc.to(device), generation_config=gen_config)
    else:
        backend.summarize(chunks, docs)
    if device == "cuda":
        return {"after_load_mib": after_load, "peak_mib": torch.cuda.max_memory_allocated() / 2**20}
    return {"after_load_mib": after_load, "peak_mib": _status_mib("VmHWM")}


def _probe_in_subprocess(
    model_dir: Path, path: str, beams: int, batch_size: int, threads: int, device: str
):
    import subprocess

    n = 2 if path == "naive" else batch_size
    argv = [sys.executable, __file__, "--model-dir", str(model_dir), "--threads", str(threads)]
    argv += ["--batch-size", str(batch_size), "--beams", str(beams), "--probe", f"{path}:{n}"]
    argv += ["--device", device]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"after_load_mib": float("nan"), "peak_mib": float("nan")}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", type=Path, help="reuse a model built by an earlier run")
    ap.add_argument("--chunks", type=int, default=32, help="chunks to summarize (seeds, repeated)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument(
        "--round", type=int, default=16, help="chunks per interleaved round (default 16)"
    )
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument(
        "--beams", default="1,4", help="comma-separated beam widths, one table each (default 1,4)"
    )
    ap.add_argument(
        "--device",
        choices=("cpu", "cuda"),
        default="cpu",
        help="where every path runs (default cpu; on cuda, seconds are taken after the GPU's "
        "queued work ends and memory is the GPU memory torch allocated)",
    )
    ap.add_argument(
        "--paths",
        help=f"comma-separated, from {', '.join(PATHS)} (default {','.join(DEFAULT_PATHS)}; "
        f"with --device cuda {','.join(DEFAULT_GPU_PATHS)})",
    )
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument(
        "--no-memory",
        action="store_true",
        help="skip the per-path memory figures (one short subprocess per path)",
    )
    ap.add_argument("--probe", help=argparse.SUPPRESS)  # PATH:N, internal: memory_probe
    ap.add_argument(
        "--max-wait",
        type=float,
        default=0.0,
        help="on a shared machine: wait up to this many seconds before each segment "
        "for the cores to be free of other work (default 0: do not wait)",
    )
    args = ap.parse_args(argv)
    if args.device == "cuda":
        import torch

        if not torch.cuda.is_available():
            ap.error("--device cuda: torch sees no CUDA GPU here")
    default = DEFAULT_GPU_PATHS if args.device == "cuda" else DEFAULT_PATHS
    paths = tuple(p.strip() for p in (args.paths or ",".join(default)).split(",") if p.strip())
    unknown = [p for p in paths if p not in PATHS]
    if unknown:
        ap.error(f"unknown path {unknown[0]!r} (choose from {', '.join(PATHS)})")
    # what the backends refuse on this device, said before any model is built
    refused = [
        p
        for p in paths
        if (args.device == "cpu" and _dtype(p) == "fp16")
        or (args.device == "cuda" and (PATHS[p][0] == "ctranslate2" or PATHS[p][1] == "int8"))
    ]
    if refused:
        ap.error(
            f"path {refused[0]!r} does not run on --device {args.device} (fp16 needs a GPU; "
            "int8 and the ctranslate2 paths here run on the CPU)"
        )
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.probe:
        path, n = args.probe.split(":")
        beams = int(args.beams.split(",")[0])
        probe = memory_probe(
            args.model_dir, path, beams, args.batch_size, args.threads, int(n), args.device
        )
        print(json.dumps(probe))
        return 0

    all_results = {}
    with tempfile.TemporaryDirectory() as tmp:
        # Converted CTranslate2 models go to a throw-away cache, not the user's.
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "xdg")
        model_dir = args.model_dir or build_model(Path(tmp) / "t5-small-random")
        for beams in (int(b) for b in args.beams.split(",")):
            load_before = os.getloadavg()[0]
            results = run(
                model_dir,
                args.chunks,
                args.batch_size,
                args.threads,
                beams,
                paths,
                args.round,
                args.max_wait,
                args.device,
            )
            load_after = os.getloadavg()[0]
            results["load_average"] = [load_before, load_after]
            if not args.no_memory:
                for path in paths:
                    probe = _probe_in_subprocess(
                        model_dir, path, beams, args.batch_size, args.threads, args.device
                    )
                    results[path].update(
                        own_after_load_mib=probe["after_load_mib"], own_peak_mib=probe["peak_mib"]
                    )
            all_results[f"beams={beams}"] = results
            _print_table(results, paths, beams, args)
    if args.json:
        args.json.write_text(json.dumps(all_results, indent=2) + "\n")
    return 0


def _print_table(results: dict, paths: tuple[str, ...], beams: int, args) -> None:
    first = results[paths[0]]
    model = f"model {args.model_dir}" if args.model_dir else "t5-small architecture"
    search = "greedy" if beams == 1 else f"beam {beams}"
    lo, hi = results["load_average"]
    print(
        f"\n{model}, random weights; {first['chunks']} chunks of {first['clusters']} clusters, "
        f"{first['input_tokens']} input tokens; {search}, {NEW_TOKENS} new tokens per chunk; "
        f"{first['threads']} threads; batch {args.batch_size}; load average {lo:.1f} -> {hi:.1f}"
    )
    if args.device == "cuda":
        import torch

        print(f"device: {torch.cuda.get_device_name()} (threads apply to the CPU side only)")
    mem = "GPU memory" if args.device == "cuda" else "RSS"
    width = 13
    print(f"{'':27}" + "".join(f"{p:>{width}}" for p in paths))
    naive = results.get("naive")
    rows = [
        ("seconds", lambda r: f"{r['seconds']:.1f}"),
        ("tokens/s", lambda r: f"{r['tokens_per_s']:.1f}"),
        (
            "speed-up vs naive",
            lambda r: f"{r['tokens_per_s'] / naive['tokens_per_s']:.2f}x" if naive else "-",
        ),
        ("weights (MiB)", lambda r: f"{r['weights_mib']:.0f}"),
        (f"{mem} after load (MiB)", lambda r: f"{r.get('own_after_load_mib', float('nan')):.0f}"),
        (f"peak {mem} (MiB)", lambda r: f"{r.get('own_peak_mib', float('nan')):.0f}"),
        ("load/convert (s)", lambda r: f"{r['load_s']:.1f}"),
        (
            "same text as fp32",
            lambda r: f"{r['identical_to_batched_fp32']}/{r['chunks']}",
        ),
        ("token agreement", lambda r: f"{100 * r['token_agreement']:.1f}%"),
    ]
    for label, fmt in rows:
        print(f"{label:27}" + "".join(f"{fmt(results[p]):>{width}}" for p in paths))
    print(
        "memory: each path alone in a fresh process, model loaded, one batch summarized "
        "(naive: 2 chunks)"
    )
    for mode, ratios in results["round_ratios"].items():
        per_round = ", ".join(f"{x:.2f}" for x in ratios)
        print(f"  {mode} / naive per round: {per_round}")
    if args.max_wait > 0:
        print(f"waited {results['waited_for_quiet_s']:.0f} s in all for free cores")


if __name__ == "__main__":
    raise SystemExit(main())
