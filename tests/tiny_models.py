"""Builders for tiny seq2seq models with random weights, made at test time.

No weights can be downloaded here, so tests build a T5 and a BART from a config
and a tokenizer trained on the fly with the ``tokenizers`` library, save them
like a hub snapshot (``config.json``, ``model.safetensors``, tokenizer files)
and load them back through the real loading path. A few seconds in all.

Random weights produce gibberish; that is what the attribution tests want to
see dropped. ``vocab_size`` is the tokenizer's length, so every id the model
can emit decodes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"

# Enough everyday words that prompt text and test sentences tokenize into
# real pieces, not only characters.
EXTRA_TEXT = """
Summarize this part of a news article in two or three sentences. Keep every name, number
and date exactly as the article gives it, and do not add anything the article does not say.
Title: Outlet: Date: Article: The minister said on Monday that the government would act.
Officials confirmed the figures. The company reported results for the quarter.
"""


def training_corpus(extra: Iterable[str] = ()) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
    texts.append(EXTRA_TEXT)
    texts.extend(extra)
    lines = [line.strip() for t in texts for line in t.splitlines()]
    return [line for line in lines if line]


def build_t5_tokenizer(vocab_size: int = 1200):
    """A Unigram (SentencePiece-style) tokenizer with T5's special tokens:
    ``<pad>``=0, ``</s>``=1, ``<unk>``=2, and ``</s>`` appended to every input."""
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram
    from tokenizers.trainers import UnigramTrainer
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(Unigram())
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace("\n", " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    trainer = UnigramTrainer(
        vocab_size=vocab_size,
        special_tokens=["<pad>", "</s>", "<unk>"],
        unk_token="<unk>",
        shrinking_factor=0.75,
    )
    tok.train_from_iterator(training_corpus(), trainer=trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", pair="$A </s> $B </s>", special_tokens=[("</s>", 1)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        pad_token="<pad>",
        eos_token="</s>",
        unk_token="<unk>",
        model_max_length=512,
    )


def build_bart_tokenizer(vocab_size: int = 1200):
    """A byte-level BPE tokenizer with BART's special tokens: ``<s>``=0,
    ``<pad>``=1, ``</s>``=2, ``<unk>``=3, inputs wrapped as ``<s> ... </s>``."""
    from tokenizers import Tokenizer, decoders, pre_tokenizers, processors
    from tokenizers.models import BPE
    from tokenizers.trainers import BpeTrainer
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(training_corpus(), trainer=trainer)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", 0), ("</s>", 2)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<s>",
        pad_token="<pad>",
        eos_token="</s>",
        unk_token="<unk>",
        model_max_length=128,
    )


def build_tiny_t5(folder: Path, seed: int = 0, **overrides) -> Path:
    """Save a 2-layer, d_model 32 T5 with random weights and its tokenizer to ``folder``."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    tokenizer = build_t5_tokenizer()
    config = T5Config(
        vocab_size=len(tokenizer),
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=2,
        num_decoder_layers=2,
        num_heads=4,
        relative_attention_num_buckets=8,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
        **overrides,
    )
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(config)
    return _save(folder, model, tokenizer)


def build_tiny_bart(folder: Path, seed: int = 0, max_positions: int = 128, **overrides) -> Path:
    """Save a 1+1-layer, d_model 32 BART with a 128-position table (a hard input limit)."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration

    tokenizer = build_bart_tokenizer()
    config = BartConfig(
        vocab_size=len(tokenizer),
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=max_positions,
        bos_token_id=tokenizer.bos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
        forced_bos_token_id=tokenizer.bos_token_id,
        **overrides,
    )
    torch.manual_seed(seed)
    model = BartForConditionalGeneration(config)
    return _save(folder, model, tokenizer)


def _save(folder: Path, model, tokenizer) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)  # safetensors is the default format
    tokenizer.save_pretrained(folder)
    return folder


def in_hf_cache(model_dir: Path, hub: Path, repo_id: str) -> str:
    """Lay ``model_dir`` out under ``hub`` the way huggingface_hub caches a
    download of ``repo_id`` (``models--org--name/snapshots/<commit>``, with
    ``refs/main``); returns the commit. Point ``HF_HUB_CACHE`` at ``hub``."""
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = hub / ("models--" + repo_id.replace("/", "--"))
    snapshot = repo / "snapshots" / commit
    snapshot.mkdir(parents=True)
    for f in model_dir.iterdir():
        (snapshot / f.name).write_bytes(f.read_bytes())
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    return commit
