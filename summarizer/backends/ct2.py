"""The seq2seq backend on CTranslate2: the same model, converted once, run by a
C++ inference engine (int8 by default).

Selected with ``[model] engine = "ctranslate2"`` (preset:
``configs/flan-t5-base-ct2.toml``); needs the optional ``ctranslate2``
package (``pip install "summarizer[fast]"``). Everything but generation is the
torch backend's: the same tokenizer sizes the chunks, the same versioned
prompt is rendered, the same window check refuses over-long inputs, and the
summaries go through the same attribution, so a brief has the same contract.

Conversion: the first load converts the Hugging Face model (from its local
folder or the HF cache; never downloaded) with CTranslate2's own converter
into ``$XDG_CACHE_HOME/summarizer/ct2/<key>`` (else ``~/.cache/...``), where
``key`` is a digest of the model path or id, its commit (or, for a local
folder, its files' names, sizes and times), the stored quantization and the
ctranslate2 version. The converter writes into a temporary folder beside it
that is renamed into place, so a killed conversion leaves no half-model and
two processes converting at once both end with a whole one. Later loads reuse
it.

Supported: T5-family models (T5, FLAN-T5, mT5). Another family is a one-line
:class:`ModelError` naming the model's type; use ``engine = "torch"``.

>>> from summarizer.config import ModelConfig
>>> backend = CT2Summarizer(ModelConfig(model="google/flan-t5-base", engine="ctranslate2"))
>>> backend.describe()["quantize"]
'int8'
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarizer.backends.seq2seq import (
    Seq2SeqSummarizer,
    _check_window,
    _first_line,
    length_order,
)
from summarizer.errors import ConfigError, ModelError

INSTALL_HINT = 'pip install "summarizer[fast]"'
# transformers model_type values whose conversion and decoding we test.
SUPPORTED_TYPES = ("t5", "mt5")
# (quantize, dtype) -> CTranslate2 compute type, per device kind.
_COMPUTE = {
    ("int8", "cpu"): "int8",
    ("int8", "cuda"): "int8_float16",
    ("none", "fp32"): "float32",
    ("none", "bf16"): "bfloat16",
    ("none", "fp16"): "float16",
}


def ct2_cache_root() -> Path:
    """Where converted models live: ``$XDG_CACHE_HOME/summarizer/ct2``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer" / "ct2"


class CT2Summarizer(Seq2SeqSummarizer):
    """:class:`Seq2SeqSummarizer` with generation by CTranslate2."""

    def quantize(self) -> str:
        q = self._config.quantize
        return "int8" if q == "auto" else q

    def describe(self) -> dict[str, Any]:
        out = super().describe()
        out["ctranslate2"] = _ct2_version()
        return out

    @property
    def converted_path(self) -> Path | None:
        """The converted model's folder (after :meth:`load`)."""
        return getattr(self, "_converted", None)

    # -- loading ---------------------------------------------------------------------------

    def _pick_device(self) -> str:
        cfg = self._config
        ct2 = _import_ct2()
        cuda = ct2.get_cuda_device_count() > 0
        if cfg.device == "auto":
            device = "cuda" if cuda else "cpu"
        elif cfg.device == "cuda" and not cuda:
            raise ModelError("model.device 'cuda' is not available here; use 'auto' or 'cpu'")
        elif cfg.device == "mps":
            raise ConfigError("engine ctranslate2 runs on cpu or cuda, not mps; use engine torch")
        else:
            device = cfg.device
        if self.quantize() == "none" and cfg.dtype == "fp16" and device == "cpu":
            raise ConfigError("model.dtype fp16 needs a cuda device; use bf16 or fp32 on CPU")
        key = ("int8", device) if self.quantize() == "int8" else ("none", cfg.dtype)
        compute = _COMPUTE[key]
        if compute not in ct2.get_supported_compute_types(device):
            raise ConfigError(
                f"CTranslate2 on this {device} does not support {compute} "
                f"(supported: {', '.join(sorted(ct2.get_supported_compute_types(device)))})"
            )
        self._compute_type = compute
        return device

    def _load_model(self, device: str) -> tuple[Any, Any]:
        cfg = self._config
        from transformers import AutoConfig

        try:
            hf_config = AutoConfig.from_pretrained(cfg.model, **self._hub_args())
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot load model {cfg.model!r}: {_first_line(exc)}") from exc
        kind = getattr(hf_config, "model_type", None)
        if kind not in SUPPORTED_TYPES or not getattr(hf_config, "is_encoder_decoder", False):
            raise ModelError(
                f"engine ctranslate2 supports T5-family models ({', '.join(SUPPORTED_TYPES)}); "
                f'{cfg.model!r} is {kind!r}: use engine = "torch"'
            )
        folder = self._converted_folder(hf_config)
        ct2 = _import_ct2()
        # On CPU, N one-thread workers each running its own batch beat one
        # batch split over N threads: a decoding step's GEMMs (a few rows
        # each) are too small to share well. Measured on 2 cores, t5-small
        # shape, 32 chunks, greedy: 6.9 s as 1 x 2 threads, 3.7-4.2 s as 2 x 1
        # (eval/bench_seq2seq.py). The weights are shared by the workers.
        self._workers = _cpu_threads(cfg.threads) if device == "cpu" else 1
        try:
            translator = ct2.Translator(
                str(folder),
                device=device,
                compute_type=self._compute_type,
                intra_threads=1 if device == "cpu" else 0,
                inter_threads=self._workers,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(
                f"CTranslate2 cannot load the converted {cfg.model!r} from {folder}: "
                f"{_first_line(exc)} (delete that folder to convert again)"
            ) from exc
        self._converted = folder
        return translator, hf_config

    def _converted_folder(self, hf_config: Any) -> Path:
        """The converted model: reused when present, else converted now, atomically."""
        from summarizer.backends.cached import _local_files
        from summarizer.cache import digest

        cfg = self._config
        source = _model_folder(cfg.model, cfg.revision)
        stored = "int8" if self.quantize() == "int8" else "float32"
        key = digest(
            "ct2",
            cfg.model,
            getattr(hf_config, "_commit_hash", None) or cfg.revision,
            _local_files(cfg.model),
            stored,
            _ct2_version(),
        )[:24]
        root = ct2_cache_root()
        folder = root / f"{_slug(cfg.model)}-{key}"
        if (folder / "model.bin").is_file():
            return folder
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=root))
        try:
            from ctranslate2.converters import TransformersConverter

            TransformersConverter(str(source), low_cpu_mem_usage=False).convert(
                str(tmp), quantization=stored, force=True
            )
            try:
                os.rename(tmp, folder)
            except OSError:
                # Another process finished the same conversion first: use its copy.
                if not (folder / "model.bin").is_file():
                    raise
        except ModelError:
            raise
        except Exception as exc:  # the converter raises many kinds
            raise ModelError(
                f"cannot convert {cfg.model!r} for CTranslate2: {_first_line(exc)}"
            ) from exc
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return folder

    # -- generation ------------------------------------------------------------------------

    def _generate(self, inputs: Sequence[str], labels: Sequence[str]) -> list[str]:
        tok = self._tokenizer
        encoded = tok(list(inputs))["input_ids"]
        _check_window(encoded, labels, self._window)
        order = length_order(encoded)
        g = self._config.generation
        options = {
            "beam_size": g.num_beams,
            "max_decoding_length": g.max_new_tokens,
            "min_decoding_length": g.min_new_tokens,
            "no_repeat_ngram_size": g.no_repeat_ngram_size,
            "length_penalty": g.length_penalty,
            "max_input_length": 0,  # never cut: the window was checked above
            "return_scores": False,
        }
        # One call: CTranslate2 cuts the length-sorted list into batches of at
        # most batch_size and runs them on its workers in parallel. Small
        # calls get batches small enough for each worker to take two, so the
        # one with the short inputs does not sit idle at the end (16 chunks on
        # 2 workers: 4.0 s in batches of 4, 4.7 s in batches of 8).
        workers = getattr(self, "_workers", 1)
        size = max(1, min(self._config.batch_size, -(-len(order) // (2 * workers))))
        batch = [tok.convert_ids_to_tokens(encoded[i]) for i in order]
        try:
            results = self._model.translate_batch(
                batch, max_batch_size=size, batch_type="examples", **options
            )
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"CTranslate2 generation failed: {_first_line(exc)}") from exc
        texts: list[str] = [""] * len(inputs)
        for i, result in zip(order, results, strict=True):
            ids = tok.convert_tokens_to_ids(result.hypotheses[0])
            texts[i] = " ".join(tok.decode(ids, skip_special_tokens=True).split())
        return texts


def _cpu_threads(configured: int) -> int:
    """CPU threads for the model: ``model.threads`` when set, else the
    ``OMP_NUM_THREADS`` a batch worker was given, else the cores this process may use."""
    if configured > 0:
        return configured
    env = os.environ.get("OMP_NUM_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# CPU flags of the generations where AVX-512 runs at full clock (Cooper Lake,
# Sapphire Rapids and later Xeons, AMD Zen 4).
_FULL_SPEED_AVX512 = ("avx512_bf16", "amx_tile")


def _prefer_avx512() -> None:
    """CTranslate2 picks AVX2 kernels even where the CPU has AVX-512 (older
    Xeons slow down their clock under AVX-512). On CPUs without that penalty
    it asks for AVX-512: 7% faster on 2 Sapphire Rapids cores (16 chunks,
    greedy: 3.7 s against 4.0 s). ``CT2_FORCE_CPU_ISA`` set by the user wins."""
    if "CT2_FORCE_CPU_ISA" in os.environ:
        return
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            flags = next((line for line in fh if line.startswith("flags")), "").split()
    except OSError:  # not Linux: CTranslate2's own choice
        return
    if full_speed_avx512(flags):
        os.environ["CT2_FORCE_CPU_ISA"] = "AVX512"


def full_speed_avx512(flags: Sequence[str]) -> bool:
    """Does a CPU with these ``/proc/cpuinfo`` flags run AVX-512 at full clock?

    >>> full_speed_avx512(["avx2", "avx512f", "avx512_bf16"]), full_speed_avx512(["avx512f"])
    (True, False)
    """
    return "avx512f" in flags and any(f in flags for f in _FULL_SPEED_AVX512)


def _import_ct2() -> Any:
    _prefer_avx512()  # read by CTranslate2 once, when it first needs its kernels
    try:
        import ctranslate2
    except ImportError:
        raise ModelError(
            f"engine ctranslate2 needs the ctranslate2 package, which is not installed: "
            f"{INSTALL_HINT}"
        ) from None
    return ctranslate2


def _ct2_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ctranslate2")
    except PackageNotFoundError:
        return None


def _model_folder(model: str, revision: str | None) -> Path:
    """The local folder holding ``model``: itself, or its HF cache snapshot (no network)."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(model, revision=revision, local_files_only=True))
    except Exception as exc:  # not cached: load() checked, so only a race gets here
        raise ModelError(f"model {model!r} is not in the HF cache: {_first_line(exc)}") from exc


def _slug(model: str) -> str:
    name = Path(model.rstrip("/")).name or "model"
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)[:40]
