"""Run configuration: ``configs/*.toml`` loaded into frozen dataclasses.

Unknown keys and bad values are a one-line :class:`ConfigError` naming the file,
the key and the allowed values, raised before any model loads. CLI flags
override config values through :func:`override`.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
# Repo layout: configs/ and prompts/ sit beside the package. An installed wheel
# carries copies inside the package (see pyproject's package-data).
CONFIG_DIR = next(
    (p for p in (PACKAGE_DIR.parent / "configs", PACKAGE_DIR / "data" / "configs") if p.is_dir()),
    PACKAGE_DIR.parent / "configs",
)


@dataclass(frozen=True)
class GenerationConfig:
    num_beams: int = 1
    min_new_tokens: int = 8
    max_new_tokens: int = 96
    no_repeat_ngram_size: int = 3
    length_penalty: float = 1.0


@dataclass(frozen=True)
class ModelConfig:
    # "auto": the seq2seq model when present locally, else the offline extractive backend.
    backend: str = "auto"
    model: str = "google/flan-t5-base"
    revision: str | None = None
    device: str = "auto"  # auto | cpu | cuda | mps
    dtype: str = "fp32"  # fp32 | bf16 | fp16
    threads: int = 0  # 0 = the default (torch: its own; ctranslate2 on CPU: one worker per core)
    max_input_tokens: int = 512
    prompt: str | None = "chunk_summary.v1"
    batch_size: int = 8
    allow_pickle: bool = False
    # torch: transformers' generate. ctranslate2: the model converted once into
    # the user cache and run by CTranslate2 (T5-family; pip install "summarizer[fast]").
    engine: str = "torch"
    # auto: none with torch, int8 with ctranslate2. int8 with torch is dynamic
    # int8 quantization of the Linear layers, CPU only.
    quantize: str = "auto"
    generation: GenerationConfig = field(default_factory=GenerationConfig)


@dataclass(frozen=True)
class ChunkConfig:
    max_tokens: int = 384  # for the extractive backend; seq2seq uses the model window
    overlap_tokens: int = 32


@dataclass(frozen=True)
class ExtractiveConfig:
    sentences_per_chunk: int = 12


@dataclass(frozen=True)
class FusionConfig:
    words: int = 200
    summary_share: float = 0.5  # share of the word budget for the summary paragraph
    duplicate_threshold: float = 0.65  # cosine above which two claims say the same
    # ... where the claims below it fill less than half the budget (a small cluster)
    sparse_duplicate_threshold: float = 0.8
    redundancy_weight: float = 1.0  # MMR: weight of similarity to what is already chosen
    support_weight: float = 1.0  # salience: share of (independent) sources reporting a claim
    centrality_weight: float = 0.5  # salience: similarity to the cluster centroid
    position_weight: float = 1.2  # salience: early in its article (news leads)
    concept_weight: float = 3.0  # selection: new shared content bigrams a claim adds
    # selection: a name or figure several sources state counts as a concept of
    # this weight (per source), besides the bigrams
    specific_concepts: float = 0.0
    # selection: weight of a bigram with a stop word in it ("meet with") against
    # one of two content words ("marco rubio")
    function_bigrams: float = 0.0
    off_topic_threshold: float = 0.22  # an article less similar than this to the rest is a stray
    syndication_threshold: float = 0.8  # word 5-gram overlap above which two articles are copies
    support_threshold: float = 0.7  # cosine above which a span may support a claim
    # ... or above which it may when both name the same rare name or figure (1: off)
    specific_support: float = 0.5
    # citations only: another source's sentence at least this similar to a
    # chosen claim is checked as support (scoring still uses support_threshold)
    citation_similarity: float = 0.5
    compress: bool = True  # offer shorter variants of claims (summarizer.compress)
    length_exponent: float = 0.5  # selection: concept gain per words**exponent
    context_words: int = 40  # a dangling claim comes with its previous sentence, up to N words
    drop_dangling: bool = True  # a dangling claim without its context is never used
    dangling_penalty: float = 0.4  # salience lost by a claim that leans on its neighbour
    abstractive: bool = True  # with a seq2seq model: fuse each shared fact into one sentence
    # a source's title is the headline only when at least this similar to the top fact
    headline_similarity: float = 0.4
    # two figures can disagree only when their sentences are at least this similar
    conflict_similarity: float = 0.6
    # salience lost by a claim stating a figure a later report updates (fusion.superseded),
    # or forecasting what another source reports as done (fusion.foretold)
    superseded_penalty: float = 0.5


@dataclass(frozen=True)
class InputConfig:
    # The language the tools are tuned for (ISO 639-1). An article detected in
    # another one gets a notice (summarizer.language).
    language: str = "en"
    other_languages: str = "process"  # process (with the notice) | skip (left out)
    # Longer articles are refused (an error naming the file), never cut: run time
    # grows with the sentences (500,000 characters took minutes on a 2-core CPU).
    # 200,000 characters is about 35,000 words, beyond the longest long read. 0 = no limit.
    max_article_chars: int = 200_000


@dataclass(frozen=True)
class Config:
    input: InputConfig = field(default_factory=InputConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    chunk: ChunkConfig = field(default_factory=ChunkConfig)
    extractive: ExtractiveConfig = field(default_factory=ExtractiveConfig)
    fusion: FusionConfig = field(default_factory=FusionConfig)


_CHOICES: dict[str, tuple[str, ...]] = {
    "model.backend": ("auto", "extractive", "seq2seq"),
    "model.device": ("auto", "cpu", "cuda", "mps"),
    "model.dtype": ("fp32", "bf16", "fp16"),
    "model.engine": ("torch", "ctranslate2"),
    "model.quantize": ("auto", "none", "int8"),
    "input.other_languages": ("process", "skip"),
}


# Counts and sizes that make no brief at 0 (a brief of 0 words, chunks of 0 tokens).
_AT_LEAST_ONE = frozenset(
    {
        "fusion.words",
        "chunk.max_tokens",
        "extractive.sentences_per_chunk",
        "model.max_input_tokens",
        "model.batch_size",
        "model.generation.num_beams",
        "model.generation.max_new_tokens",
    }
)
# Shares and similarity thresholds (1.0 turns a threshold off).
_SHARES = frozenset(
    {
        "fusion.summary_share",
        "fusion.duplicate_threshold",
        "fusion.sparse_duplicate_threshold",
        "fusion.off_topic_threshold",
        "fusion.syndication_threshold",
        "fusion.support_threshold",
        "fusion.specific_support",
        "fusion.citation_similarity",
        "fusion.headline_similarity",
        "fusion.conflict_similarity",
    }
)


def _build(cls: type, data: dict[str, Any], prefix: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"config section '{prefix.rstrip('.') or 'root'}' must be a table")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in names:
            raise ConfigError(
                f"unknown config key '{dotted}' (allowed: {', '.join(sorted(names))})"
            )
        hint = hints[key]
        if dataclasses.is_dataclass(hint):
            kwargs[key] = _build(hint, value, dotted + ".")
            continue
        kwargs[key] = _coerce(dotted, hint, value)
    return cls(**kwargs)


def _coerce(dotted: str, hint: Any, value: Any) -> Any:
    args = typing.get_args(hint)
    optional = type(None) in args
    base = next((a for a in args if a is not type(None)), hint) if args else hint
    if value is None and optional:
        return None
    ok = (
        (base is bool and isinstance(value, bool))
        or (base is int and isinstance(value, int) and not isinstance(value, bool))
        or (base is float and isinstance(value, (int, float)) and not isinstance(value, bool))
        or (base is str and isinstance(value, str))
    )
    if not ok:
        name = getattr(base, "__name__", str(base))
        raise ConfigError(f"config key '{dotted}' must be {name}, got {value!r}")
    if dotted in _CHOICES and value not in _CHOICES[dotted]:
        raise ConfigError(
            f"config key '{dotted}' must be one of {', '.join(_CHOICES[dotted])}, got {value!r}"
        )
    if dotted == "input.language" and not re.fullmatch(r"[a-z]{2,3}", value):
        raise ConfigError(
            f"config key 'input.language' must be an ISO 639-1 code such as 'en', got {value!r}"
        )
    if base is float and not math.isfinite(value):
        raise ConfigError(f"config key '{dotted}' must be a finite number, got {value!r}")
    if base in (int, float) and value < 0:
        raise ConfigError(f"config key '{dotted}' must not be negative, got {value!r}")
    if dotted in _AT_LEAST_ONE and value < 1:
        raise ConfigError(f"config key '{dotted}' must be at least 1, got {value!r}")
    if dotted in _SHARES and value > 1:
        raise ConfigError(f"config key '{dotted}' must be between 0 and 1, got {value!r}")
    return float(value) if base is float else value


def from_dict(data: dict[str, Any]) -> Config:
    """Build a validated :class:`Config` from a nested dict (as TOML gives)."""
    config = _build(Config, data, "")
    if config.chunk.overlap_tokens >= config.chunk.max_tokens:
        raise ConfigError(
            f"config key 'chunk.overlap_tokens' must be less than 'chunk.max_tokens' "
            f"({config.chunk.max_tokens}), got {config.chunk.overlap_tokens}"
        )
    return config


def load_config(path: str | Path | None = None) -> Config:
    """Load ``configs/default.toml`` and then ``path`` over it (deep merge).

    A bad key or value is a :class:`ConfigError` naming the file it is in."""
    default = CONFIG_DIR / "default.toml"
    data = _read(default) if default.is_file() else {}
    config = _from_file(default, data)
    if path is None:
        return config
    # The defaults are valid (checked above): what is wrong now is the file's doing.
    return _from_file(path, _merge(data, _read(Path(path))))


def _from_file(path: str | Path, data: dict[str, Any]) -> Config:
    try:
        return from_dict(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _read(path: Path) -> dict[str, Any]:
    try:
        # A byte-order mark (Windows Notepad writes one) is not part of the TOML.
        return tomllib.loads(path.read_bytes().decode("utf-8").removeprefix("\ufeff"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"config file {path} is not valid TOML: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def override(config: Config, **dotted: Any) -> Config:
    """A copy of ``config`` with dotted keys replaced, validated:
    ``override(cfg, **{"fusion.words": 250})``. ``None`` values are ignored."""
    data = to_dict(config)
    for key, value in dotted.items():
        if value is None:
            continue
        node = data
        *parents, leaf = key.split(".")
        for p in parents:
            node = node[p]
        node[leaf] = value
    return from_dict(data)


def to_dict(config: Any) -> dict[str, Any]:
    return dataclasses.asdict(config)
