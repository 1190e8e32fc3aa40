"""``summarizer models``: fetch seq2seq weights into the HF cache and list presets.

Runs never download (see :mod:`summarizer.backends.seq2seq`); this command is
the one place that does, so a machine's network needs are explicit:

    summarizer models pull google/flan-t5-base [--revision COMMIT]
    summarizer models list

Only safetensors weights and the config/tokenizer files are fetched: pickled
``.bin`` checkpoints execute code when loaded, and TF/Flax weights are unused.
Nothing heavy is imported at module level, so ``summarizer --help`` stays instant.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from summarizer.config import CONFIG_DIR
from summarizer.errors import ConfigError, ModelError

# Files a seq2seq model needs: config, generation config, tokenizer (fast
# tokenizer.json, SentencePiece models, BPE vocab/merges) and safetensors weights.
PULL_PATTERNS = (
    "*.json",
    "*.safetensors",
    "*.model",  # SentencePiece (T5, PEGASUS)
    "vocab.txt",
    "merges.txt",
    "*.tiktoken",
)


@dataclass(frozen=True)
class Preset:
    name: str
    path: Path
    model: str
    revision: str | None


def preset_path(name: str) -> Path:
    """The config file of a preset name (``flan-t5-base``), or ``name`` itself
    when it is an existing file, so ``--config`` takes either.

    >>> preset_path("flan-t5-base").name
    'flan-t5-base.toml'
    """
    if not name.strip():  # Path("") is ".", the current folder
        raise ConfigError("--config needs a file name or a preset name, got ''")
    as_file = Path(name).expanduser()
    if as_file.is_file():
        return as_file
    stem = name.removesuffix(".toml")
    candidate = CONFIG_DIR / f"{stem}.toml"
    if "/" not in stem and stem != "default" and candidate.is_file():
        return candidate
    have = ", ".join(p.name for p in presets()) or "none"
    if as_file.is_dir():  # (a preset of the same name wins, above)
        raise ConfigError(
            f"{name}: is a folder, not a config file; give a .toml file or a preset ({have})"
        )
    raise ConfigError(f"no config file or preset named {name!r} (presets: {have})")


def presets() -> list[Preset]:
    """The model presets in ``configs/`` (every TOML there but ``default.toml``)."""
    out = []
    for path in sorted(CONFIG_DIR.glob("*.toml")):
        if path.stem == "default":
            continue
        try:
            with path.open("rb") as fh:
                model = tomllib.load(fh).get("model", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"preset {path} cannot be read: {exc}") from None
        if isinstance(model.get("model"), str):
            out.append(Preset(path.stem, path, model["model"], model.get("revision")))
    return out


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``models pull`` and ``models list`` to the CLI's subcommands."""
    models = subparsers.add_parser(
        "models",
        help="fetch seq2seq models into the HF cache; list presets",
        description="Fetch seq2seq models into the Hugging Face cache and list the presets.",
    )
    sub = models.add_subparsers(dest="models_command", metavar="ACTION")
    pull = sub.add_parser(
        "pull",
        help="download a model (safetensors only) into the HF cache",
        description=(
            "Download a model's config, tokenizer and safetensors weights into the Hugging "
            "Face cache (HF_HOME / HF_HUB_CACHE), where runs find it offline."
        ),
    )
    pull.add_argument("model", metavar="ID", help="hub id, e.g. google/flan-t5-base, or a preset")
    pull.add_argument("--revision", metavar="R", help="branch, tag or commit (default: main)")
    pull.set_defaults(handler=cmd_pull)
    listing = sub.add_parser("list", help="presets and whether each model is present locally")
    listing.set_defaults(handler=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    from summarizer.backends.seq2seq import model_available_locally

    rows = [
        (p.name, p.model, "yes" if model_available_locally(p.model, p.revision) else "no")
        for p in presets()
    ]
    header = ("preset", "model", "local")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    print("\nfetch one with: summarizer models pull ID; use it with: --config PRESET")
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    model, revision = args.model, args.revision
    by_name = {p.name: p for p in presets()}
    if model in by_name:  # `models pull flan-t5-base` means the preset's model
        revision = revision or by_name[model].revision
        model = by_name[model].model
    path = pull(model, revision)
    print(f"summarizer: {model} is in the HF cache at {path}", file=sys.stderr)
    return 0


def pull(model: str, revision: str | None = None) -> Path:
    """Download ``model`` (config, tokenizer, safetensors weights) into the HF cache."""
    from huggingface_hub import constants, snapshot_download
    from tqdm.auto import tqdm

    if constants.HF_HUB_OFFLINE:
        raise ModelError(f"cannot pull {model!r}: HF_HUB_OFFLINE is set; unset it to download")
    try:
        # An explicit tqdm class keeps the file progress bar even where a caller
        # silenced the hub's own bars for quiet runs.
        folder = snapshot_download(
            model, revision=revision, allow_patterns=list(PULL_PATTERNS), tqdm_class=tqdm
        )
    except Exception as exc:  # network, auth, unknown repo: all one-line errors here
        first = (str(exc).strip() or type(exc).__name__).splitlines()[0]
        raise ModelError(f"cannot pull {model!r}: {first}") from exc
    folder = Path(folder)
    if not any(folder.glob("*.safetensors")):
        raise ModelError(
            f"{model!r} has no safetensors weights on the hub; pickled .bin weights are not "
            f"fetched (convert them, or load a local folder with model.allow_pickle = true)"
        )
    return folder
