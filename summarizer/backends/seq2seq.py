"""The ``seq2seq`` backend: a Hugging Face encoder-decoder model summarizes each chunk.

FLAN-T5, BART, DistilBART, PEGASUS (anything ``AutoModelForSeq2SeqLM`` loads)
from a hub id or a local folder. The backend never downloads: weights come from
a local folder or the HF cache (``summarizer models pull ID`` fills it), so a
run is the same with or without a network and ``HF_HUB_OFFLINE`` is honoured
trivially. ``trust_remote_code`` is never enabled, and pickled ``.bin`` weights
are refused unless ``allow_pickle`` is set (unpickling runs arbitrary code).

Generation is batched: chunks from every document are sorted by length and
padded per batch, which keeps padding minimal and amortises the per-step
decoder overhead that dominates small-batch decoding on CPU (see
``eval/bench_seq2seq.py``). Input is never truncated: ``chunk_budget`` gives
the chunker the model's own token counter and the window left after the
prompt, and an over-long input is an error, not a silent cut.

torch and transformers are imported inside methods so that importing this
module (and ``summarizer --help``) stays instant.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.config import ModelConfig
from summarizer.errors import ConfigError, ModelError
from summarizer.prompts import Prompt, load_prompt
from summarizer.types import Chunk, ChunkSummary, Document

# Tokens kept free for the prompt's title/outlet/date lines. chunk_budget()
# returns one number for every document, so metadata gets a fixed allowance
# and is clipped (then dropped) at render time if a headline is longer.
METADATA_RESERVE = 40
# The chunker sums per-sentence token counts; tokenizing the joined text can
# differ by a token here and there (merges across the joining space).
SAFETY_MARGIN = 4
# Below this, the prompt eats the window and chunks would be a sentence each.
MIN_CHUNK_TOKENS = 32

_DTYPES = {"fp32": "float32", "bf16": "bfloat16", "fp16": "float16"}
_WEIGHT_FILES = ("*.safetensors", "model.safetensors.index.json")
_PICKLE_FILES = ("pytorch_model.bin", "pytorch_model.bin.index.json")


def model_available_locally(
    model: str, revision: str | None = None, *, allow_pickle: bool = False
) -> bool:
    """True when ``model`` can be loaded without a network: a local folder with
    a config and weights, or a hub id already in the HF cache.

    Only looks at the file system (``huggingface_hub.try_to_load_from_cache``);
    never calls the network.

    >>> model_available_locally("no-such-org/no-such-model")
    False
    """
    path = Path(model).expanduser()
    if path.is_dir():
        return (path / "config.json").is_file() and _has_weights(path, allow_pickle)
    roots = _hub_cache_roots()
    if roots is not None and not any((root / _repo_folder(model)).is_dir() for root in roots):
        return False  # not cached under any root the hub may use: no need to import it
    try:
        from huggingface_hub import try_to_load_from_cache

        cached = try_to_load_from_cache(model, "config.json", revision=revision)
    except Exception:  # an id that is not a valid repo name, an unreadable cache
        return False
    if not isinstance(cached, str):
        return False
    return _has_weights(Path(cached).parent, allow_pickle)


def _repo_folder(model: str) -> str:
    """The folder the hub cache keeps a model id in ("models--org--name")."""
    return "models--" + model.replace("/", "--")


def _hub_cache_roots() -> list[Path] | None:
    """Every folder the hub cache may be in, by the variables ``huggingface_hub`` reads
    (``HF_HUB_CACHE``, ``HUGGINGFACE_HUB_CACHE``, ``HF_HOME``, ``XDG_CACHE_HOME``) and
    its default: a model cached under none of them is not cached, which is told without
    importing ``huggingface_hub`` (0.1 to 0.15 s of a warm-cache run). None where that
    cannot be told for sure (a variable set empty or naming another variable, which the
    hub expands; no home folder): then the hub is asked. A model cached under one of
    them still goes through ``try_to_load_from_cache``, which has the last word."""
    env = os.environ
    names = ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME", "XDG_CACHE_HOME")
    if any(n in env and (not env[n] or "$" in env[n] or "%" in env[n]) for n in names):
        return None
    try:
        home = Path.home()
    except RuntimeError:  # no HOME and no passwd entry
        return None
    xdg = Path(env.get("XDG_CACHE_HOME") or home / ".cache")
    hf_home = Path(env.get("HF_HOME") or xdg / "huggingface")
    roots = [env.get("HF_HUB_CACHE"), env.get("HUGGINGFACE_HUB_CACHE"), hf_home / "hub"]
    roots += [xdg / "huggingface" / "hub", home / ".cache" / "huggingface" / "hub"]
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:  # already imported: where it was told to look
        roots.append(getattr(constants, "HF_HUB_CACHE", None))
    return [Path(r).expanduser() for r in roots if r]


def _has_weights(folder: Path, allow_pickle: bool) -> bool:
    patterns = _WEIGHT_FILES + (_PICKLE_FILES if allow_pickle else ())
    return any(any(folder.glob(p)) for p in patterns)


def make_seq2seq(model_config: ModelConfig) -> Seq2SeqSummarizer:
    """The seq2seq backend for ``model_config.engine``: transformers' ``generate``
    (``torch``) or CTranslate2 (``ctranslate2``, see :mod:`summarizer.backends.ct2`).

    >>> make_seq2seq(ModelConfig(engine="ctranslate2")).describe()["engine"]
    'ctranslate2'
    """
    if model_config.engine == "ctranslate2":
        from summarizer.backends.ct2 import CT2Summarizer

        return CT2Summarizer(model_config)
    return Seq2SeqSummarizer(model_config)


class Seq2SeqSummarizer:
    """Summarizes chunks with an encoder-decoder model, loaded lazily once.

    >>> from summarizer.config import ModelConfig
    >>> backend = Seq2SeqSummarizer(ModelConfig(model="google/flan-t5-base"))
    >>> backend.describe()["prompt"]
    'chunk_summary.v1'
    """

    name = "seq2seq"
    # Each chunk's summary depends only on the chunk and its document, so the
    # pipeline may put chunks of many clusters into one call (summarize_many).
    independent_chunks = True

    def __init__(self, model_config: ModelConfig):
        _validate(model_config)
        self._config = model_config
        # Loaded now (a small text file) so a bad prompt name fails before any model loads.
        self._prompt: Prompt | None = (
            load_prompt(model_config.prompt) if model_config.prompt else None
        )
        if self._prompt is not None and "text" not in self._prompt.fields:
            raise ConfigError(f"prompt {self._prompt.name} has no $text placeholder")
        self._tokenizer: Any = None
        self._count: Callable[[str], int] | None = None
        self._model: Any = None
        self._device: str | None = None
        self._window = model_config.max_input_tokens
        self._commit: str | None = None

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Load tokenizer and model now (otherwise the first use does).

        Raises :class:`ModelError` with a one-line message when the model is not
        present locally or cannot be loaded.
        """
        if self._model is not None:
            return
        cfg = self._config
        device = self._pick_device()
        if not model_available_locally(cfg.model, cfg.revision, allow_pickle=cfg.allow_pickle):
            raise ModelError(
                missing_model_message(cfg.model, cfg.revision, allow_pickle=cfg.allow_pickle)
            )

        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        # A per-tensor "Loading weights" bar is noise in a CLI; restored afterwards.
        bar_was_on = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()
        try:
            try:
                tokenizer = AutoTokenizer.from_pretrained(cfg.model, **self._hub_args())
            except (OSError, ValueError, KeyError, ImportError, RuntimeError) as exc:
                raise ModelError(f"cannot load model {cfg.model!r}: {_first_line(exc)}") from exc
            model, model_config = self._load_model(device)
        finally:
            if bar_was_on:
                hf_logging.enable_progress_bar()
        # The window check in summarize() is ours (an error, never a cut); the
        # tokenizer's own length warning would only repeat it less precisely.
        tokenizer.model_max_length = 1 << 30
        self._tokenizer = tokenizer
        # The chunker measures the same sentences and merges many times over.
        self._count = functools.lru_cache(maxsize=65536)(
            lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])
        )
        self._model = model
        self._device = device
        self._window = _window(cfg.max_input_tokens, model_config)
        self._commit = getattr(model_config, "_commit_hash", None)

    def quantize(self) -> str:
        """The quantization in use: ``none`` or ``int8`` (``auto`` resolved)."""
        q = self._config.quantize
        return "none" if q == "auto" else q

    def _hub_args(self) -> dict[str, Any]:
        return {
            "revision": self._config.revision,
            "local_files_only": True,
            "trust_remote_code": False,
        }

    def _pick_device(self) -> str:
        """The device to run on, after checking that the settings suit it."""
        cfg = self._config
        import torch

        device = _pick_device(cfg.device, torch)
        dtype_name = _DTYPES[cfg.dtype]
        if dtype_name == "float16" and device == "cpu":
            raise ConfigError(
                "model.dtype fp16 needs a cuda or mps device; use bf16 or fp32 on CPU"
            )
        if self.quantize() == "int8":
            if device != "cpu":
                raise ConfigError(
                    f"model.quantize int8 (dynamic int8 Linear layers) runs on CPU only, not "
                    f"{device}; on a GPU use dtype bf16 or fp16 with quantize none, or "
                    f"set device cpu"
                )
            if cfg.dtype != "fp32":
                raise ConfigError(f"model.quantize int8 needs dtype fp32, got {cfg.dtype}")
        if cfg.threads > 0 and device == "cpu":
            # Process-wide in torch; the config is the one place that sets it.
            torch.set_num_threads(cfg.threads)
        return device

    def _load_model(self, device: str) -> tuple[Any, Any]:
        """The model, ready to generate, and its transformers config."""
        cfg = self._config
        import torch
        from safetensors import SafetensorError
        from transformers import AutoModelForSeq2SeqLM

        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(
                cfg.model,
                dtype=getattr(torch, _DTYPES[cfg.dtype]),
                # True: safetensors or fail; None: prefer safetensors, accept .bin.
                use_safetensors=None if cfg.allow_pickle else True,
                **self._hub_args(),
            )
        except (OSError, ValueError, KeyError, ImportError, RuntimeError) as exc:
            raise ModelError(f"cannot load model {cfg.model!r}: {_first_line(exc)}") from exc
        except SafetensorError as exc:  # a damaged weights file
            raise ModelError(
                f"cannot load model {cfg.model!r}: damaged weights file ({_first_line(exc)})"
            ) from exc
        model.to(device)
        model.eval()
        if self.quantize() == "int8":
            model = _quantize_dynamic_int8(model, torch)
        return model, model.config

    @property
    def tokenizer(self) -> Any:
        self.load()
        return self._tokenizer

    # -- the Protocol ----------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` with the model's tokenizer, without special tokens."""
        self.load()
        return self._count(text)

    def chunk_budget(self) -> tuple[Callable[[str], int], int]:
        """``(count_tokens, max chunk tokens)``: the model window minus special
        tokens, the rendered prompt and the metadata allowance."""
        self.load()
        overhead = self._tokenizer.num_special_tokens_to_add() + SAFETY_MARGIN
        if self._prompt is not None:
            bare = self._prompt.render(**_metadata(None, clip_words=None), text="")
            overhead += self.count_tokens(bare)
            if self._prompt.fields & {"title", "outlet", "date"}:
                overhead += METADATA_RESERVE
        budget = self._window - overhead
        if budget < MIN_CHUNK_TOKENS:
            raise ConfigError(
                f"model window of {self._window} tokens leaves {budget} for text after the "
                f"prompt; raise model.max_input_tokens or use a shorter prompt"
            )
        return self.count_tokens, budget

    def render(self, chunk: Chunk, document: Document | None) -> str:
        """The model input for ``chunk``: the prompt with the article's title,
        outlet and date, or the bare text when the model takes no prompt."""
        text = " ".join(chunk.text.split())
        if self._prompt is None:
            return text
        limit = self._window - self.tokenizer.num_special_tokens_to_add()
        # Full metadata, then a clipped headline, then none: the chunk was sized
        # to fit with METADATA_RESERVE, so the last attempt always fits it.
        rendered = text
        for clip in (None, 12, 0):
            rendered = self._prompt.render(**_metadata(document, clip_words=clip), text=text)
            if self.count_tokens(rendered) <= limit:
                break
        return rendered

    def summarize(
        self, chunks: Sequence[Chunk], documents: Mapping[str, Document]
    ) -> list[ChunkSummary]:
        """One summary per chunk, in input order, generated in length-sorted batches."""
        if not chunks:
            return []
        self.load()
        inputs = [self.render(c, documents.get(c.doc_id)) for c in chunks]
        labels = [f"chunk {c.index} of {c.doc_id!r}" for c in chunks]
        texts = self._generate(inputs, labels)
        prompt_name = self._prompt.name if self._prompt else None
        return [
            ChunkSummary(chunk=c, text=t, model=self._config.model, prompt_version=prompt_name)
            for c, t in zip(chunks, texts, strict=True)
        ]

    def generate_texts(self, texts: Sequence[str]) -> list[str]:
        """Generate for inputs that are already rendered (no prompt is added),
        with the configured generation settings, batched and length-sorted; one
        output per input, in input order, whitespace-normalised.

        Raises :class:`ModelError` when an input is over the model window (it is
        never truncated).

        >>> backend.generate_texts(["summarize: The council met on Monday."])  # doctest: +SKIP
        ['The council met on Monday.']
        """
        if not texts:
            return []
        self.load()
        return self._generate(list(texts), [f"input {i}" for i in range(len(texts))])

    def _generate(self, inputs: Sequence[str], labels: Sequence[str]) -> list[str]:
        import torch

        tok = self._tokenizer
        encoded = tok(list(inputs))["input_ids"]
        _check_window(encoded, labels, self._window)
        order = length_order(encoded)
        gen_config = self._generation_config()
        texts: list[str] = [""] * len(inputs)
        size = self._config.batch_size
        with torch.inference_mode():
            for b in range(0, len(order), size):
                idx = order[b : b + size]
                batch = tok.pad(
                    {"input_ids": [encoded[i] for i in idx]},
                    padding=True,
                    return_attention_mask=True,
                    return_tensors="pt",
                ).to(self._device)
                out = self._model.generate(**batch, generation_config=gen_config)
                for i, t in zip(idx, tok.batch_decode(out, skip_special_tokens=True), strict=True):
                    texts[i] = " ".join(t.split())
        return texts

    def describe(self) -> dict[str, Any]:
        cfg = self._config
        return {
            "backend": self.name,
            "model": cfg.model,
            "revision": cfg.revision,
            "commit": self._commit,
            "prompt": self._prompt.name if self._prompt else None,
            "prompt_version": self._prompt.version if self._prompt else None,
            "generation": dataclasses.asdict(cfg.generation),
            "max_input_tokens": self._window,
            "batch_size": cfg.batch_size,
            "device": self._device or cfg.device,
            "dtype": cfg.dtype,
            "engine": cfg.engine,
            "quantize": self.quantize(),
        }

    # -- internals -------------------------------------------------------------------------

    def _generation_config(self) -> Any:
        g = self._config.generation
        # Start from the model's own config (decoder start, forced BOS, EOS ids)
        # and replace every length/search setting, so hub defaults such as
        # bart-large-cnn's min_length=56 cannot leak in.
        gc = copy.deepcopy(self._model.generation_config)
        gc.do_sample = False
        gc.num_beams = g.num_beams
        gc.num_return_sequences = 1
        gc.min_length = None  # None, not 0: transformers treats any set value as a user choice
        gc.max_length = None
        gc.min_new_tokens = g.min_new_tokens
        gc.max_new_tokens = g.max_new_tokens
        gc.no_repeat_ngram_size = g.no_repeat_ngram_size
        gc.length_penalty = g.length_penalty
        gc.early_stopping = g.num_beams > 1
        gc.use_cache = True
        for sampling_only in ("temperature", "top_k", "top_p"):
            setattr(gc, sampling_only, None)
        return gc


def _validate(cfg: ModelConfig) -> None:
    g = cfg.generation
    checks = [
        (cfg.batch_size >= 1, f"model.batch_size must be at least 1, got {cfg.batch_size}"),
        (cfg.max_input_tokens >= 16, f"model.max_input_tokens too small: {cfg.max_input_tokens}"),
        (g.num_beams >= 1, f"model.generation.num_beams must be at least 1, got {g.num_beams}"),
        (
            g.max_new_tokens >= 1,
            f"model.generation.max_new_tokens must be at least 1, got {g.max_new_tokens}",
        ),
        (
            g.min_new_tokens <= g.max_new_tokens,
            f"model.generation.min_new_tokens ({g.min_new_tokens}) exceeds max_new_tokens "
            f"({g.max_new_tokens})",
        ),
        (g.length_penalty > 0, "model.generation.length_penalty must be positive"),
    ]
    for ok, message in checks:
        if not ok:
            raise ConfigError(message)


def length_order(encoded: Sequence[Sequence[int]]) -> list[int]:
    """Indices longest input first (ties in input order): padding stays small
    within a batch, and an out-of-memory batch size shows up on the first batch
    instead of the last."""
    return sorted(range(len(encoded)), key=lambda i: (-len(encoded[i]), i))


def _check_window(encoded: Sequence[Sequence[int]], labels: Sequence[str], window: int) -> None:
    for label, ids in zip(labels, encoded, strict=True):
        if len(ids) > window:
            # Never truncate: a cut chunk would yield a summary of half a story.
            raise ModelError(
                f"{label} is {len(ids)} tokens with its prompt, over the model window of "
                f"{window}; size chunks with chunk_budget()"
            )


def _quantize_dynamic_int8(model: Any, torch: Any) -> Any:
    """``model`` with every ``nn.Linear`` replaced by a dynamic int8 one: weights
    stored as int8 per tensor, activations quantized on the fly per batch
    (``torch.ao.quantization.quantize_dynamic``; fbgemm/x86 kernels on CPU).
    Embeddings, layer norms and attention arithmetic stay fp32.

    torch 2.13 still ships this API but marks it deprecated in favour of the
    separate torchao package; it is used here because it needs no extra
    dependency and is fast on CPU. If a later torch drops it, that is a
    one-line error, not a silent fp32 run."""
    import warnings

    try:
        from torch.ao.quantization import quantize_dynamic
    except ImportError as exc:
        raise ModelError(
            f"model.quantize int8 needs torch.ao.quantization.quantize_dynamic, which torch "
            f'{torch.__version__} lacks; use quantize = "none" or engine = "ctranslate2"'
        ) from exc
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the API's own deprecation notices
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)


def _pick_device(pref: str, torch: Any) -> str:
    cuda = torch.cuda.is_available()
    mps = bool(getattr(torch.backends, "mps", None)) and torch.backends.mps.is_available()
    if pref == "auto":
        return "cuda" if cuda else "mps" if mps else "cpu"
    if (pref == "cuda" and not cuda) or (pref == "mps" and not mps):
        raise ModelError(f"model.device {pref!r} is not available here; use 'auto' or 'cpu'")
    return pref


def _window(configured: int, model_config: Any) -> int:
    # Learned position tables (BART, PEGASUS) are a hard limit: past them the
    # embedding lookup fails. T5's relative positions have none; the config decides.
    hard = getattr(model_config, "max_position_embeddings", None)
    return min(configured, hard) if isinstance(hard, int) and hard > 0 else configured


def _metadata(document: Document | None, clip_words: int | None) -> dict[str, str]:
    if document is None or clip_words == 0:
        return {"title": "", "outlet": "", "date": ""}
    title = " ".join((document.title or "").split())
    if clip_words is not None:
        title = " ".join(title.split()[:clip_words])
    return {"title": title, "outlet": document.outlet or "", "date": document.date or ""}


def looks_like_path(model: str) -> bool:
    """True when ``model`` names a local path rather than a hub id: it starts
    with ``.``, ``/`` or ``~`` (no hub id does), has a backslash or more than
    one ``/`` (a hub id is ``name`` or ``org/name``), or exists here.

    >>> [looks_like_path(m) for m in ("google/flan-t5-base", "t5-small", "./m", "~/m", "a/b/c")]
    [False, False, True, True, True]
    """
    return (
        model.startswith((".", "/", "~"))
        or "\\" in model
        or model.count("/") > 1
        or Path(model).exists()
    )


def missing_model_message(model: str, revision: str | None, *, allow_pickle: bool = False) -> str:
    """Why ``model`` cannot be loaded from here, and the fix: a path names the
    folder (``summarizer models pull`` takes hub ids only), a hub id the pull."""
    rev = f" at revision {revision}" if revision else ""
    weights = "weights" if allow_pickle else "safetensors weights"
    path = Path(model).expanduser()
    if path.is_dir():
        return f"model folder {model!r} has no config.json or no {weights}"
    if path.exists():
        return f"{model}: is a file, not a model folder (give the folder with config.json)"
    if looks_like_path(model):
        return f"no model folder at {model}"
    return (
        f"model {model!r}{rev} is not present locally (no folder, not in the HF cache); "
        f"fetch it with `summarizer models pull {model}` or pass --model PATH"
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
