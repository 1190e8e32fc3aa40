import argparse
import os
import socket
import time

import pytest

from summarizer.backends.seq2seq import Seq2SeqSummarizer, model_available_locally
from summarizer.config import load_config
from summarizer.errors import ConfigError, ModelError
from summarizer.models import preset_path, presets, pull, register

PRESETS = {
    "flan-t5-base": ("google/flan-t5-base", "chunk_summary.v1"),
    "flan-t5-base-ct2": ("google/flan-t5-base", "chunk_summary.v1"),
    "bart-large-cnn": ("facebook/bart-large-cnn", ""),
    "distilbart-cnn-12-6": ("sshleifer/distilbart-cnn-12-6", ""),
    "pegasus-multi_news": ("google/pegasus-multi_news", ""),
}


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_load_validate_and_build_a_backend_without_loading(name):
    config = load_config(preset_path(name))
    model_id, prompt = PRESETS[name]
    assert config.model.backend == "seq2seq"
    assert (config.model.model, config.model.prompt) == (model_id, prompt)
    assert config.model.max_input_tokens in (512, 1024)
    assert config.model.generation.max_new_tokens > config.model.generation.min_new_tokens
    backend = Seq2SeqSummarizer(config.model)  # validates generation and prompt, loads nothing
    described = backend.describe()
    assert described["model"] == model_id
    assert described["prompt"] == (prompt or None)
    assert described["generation"]["num_beams"] == config.model.generation.num_beams


def test_presets_are_listed_with_their_models():
    assert {p.name: p.model for p in presets()} == {k: v[0] for k, v in PRESETS.items()}


def test_preset_path_takes_a_name_or_a_file(tmp_path):
    assert preset_path("flan-t5-base").name == "flan-t5-base.toml"
    assert preset_path("flan-t5-base.toml").name == "flan-t5-base.toml"
    own = tmp_path / "mine.toml"
    own.write_text("[model]\nmodel = 'x'\n")
    assert preset_path(str(own)) == own
    with pytest.raises(ConfigError, match=r"no config file or preset named 'nope'.*flan-t5-base"):
        preset_path("nope")


def test_model_available_locally_true_for_a_saved_folder(tiny_t5_dir, no_network):
    assert model_available_locally(str(tiny_t5_dir))


def test_model_available_locally_false_for_an_absent_id_fast_and_offline(no_network, tmp_path):
    start = time.perf_counter()
    assert not model_available_locally("no-such-org/no-such-model-xyz")
    assert not model_available_locally("no-such-org/no-such-model-xyz", revision="abc123")
    assert not model_available_locally(str(tmp_path / "missing-folder"))
    assert not model_available_locally("not a valid id!")
    assert time.perf_counter() - start < 1.0


def test_a_folder_without_safetensors_is_not_available(tmp_path, tiny_t5_dir):
    folder = tmp_path / "pickled"
    folder.mkdir()
    (folder / "config.json").write_text((tiny_t5_dir / "config.json").read_text())
    (folder / "pytorch_model.bin").write_bytes(b"not really")
    assert not model_available_locally(str(folder))
    assert model_available_locally(str(folder), allow_pickle=True)


def test_a_model_in_the_hf_cache_is_available(tmp_path, monkeypatch, tiny_t5_dir):
    # Lay the tiny model out the way huggingface_hub caches a download.
    import huggingface_hub.constants as hf_constants

    from .tiny_models import in_hf_cache

    commit = in_hf_cache(tiny_t5_dir, tmp_path / "hub", "tiny-org/tiny-t5")
    monkeypatch.setattr(hf_constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    assert model_available_locally("tiny-org/tiny-t5")
    assert model_available_locally("tiny-org/tiny-t5", revision=commit)
    assert not model_available_locally("tiny-org/tiny-t5", revision="f" * 40)


def _cli(argv):
    parser = argparse.ArgumentParser(prog="summarizer")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_models_list_shows_presets_and_local_presence(capsys, no_network):
    assert _cli(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["preset", "model", "local"]
    for name, (model_id, _) in PRESETS.items():
        line = next(x for x in out.splitlines() if x.startswith(name + " "))
        assert model_id in line and line.split()[-1] in ("yes", "no")


def test_models_pull_refuses_when_offline(no_network):
    with pytest.raises(ModelError, match="HF_HUB_OFFLINE"):
        pull("google/flan-t5-base")


def test_models_module_imports_no_torch():
    import subprocess
    import sys

    code = (
        "import sys, summarizer.models, summarizer.backends.seq2seq, summarizer.attribution; "
        "print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_uncached_model_id_is_told_without_importing_huggingface_hub(tmp_path):
    """Every default run asks whether the default model is cached; where no hub cache
    holds it, the answer needs no ``huggingface_hub`` import (0.1 s of a warm run)."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from summarizer.backends.seq2seq import model_available_locally\n"
        "print(model_available_locally('google/flan-t5-base'), 'huggingface_hub' in sys.modules)"
    )
    env = {**os.environ, "HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HOME": str(tmp_path / "h"),
           "XDG_CACHE_HOME": str(tmp_path / "x"), "HOME": str(tmp_path)}  # fmt: skip
    env.pop("HUGGINGFACE_HUB_CACHE", None)
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]
    (tmp_path / "hub" / "models--google--flan-t5-base").mkdir(parents=True)  # a bare folder
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]  # looked for with the hub's own reader, which says no


@pytest.mark.parametrize("var", ["HF_HUB_CACHE", "HF_HOME"])
@pytest.mark.parametrize("value", ["$MYROOT/hub", ""])
def test_a_cache_variable_the_hub_would_expand_makes_it_ask_the_hub(monkeypatch, var, value):
    """The hub expands "$VAR" in its cache variables and reads an empty one as the current
    folder; where the roots cannot be told for sure, the hub itself is asked."""
    from summarizer.backends.seq2seq import _hub_cache_roots

    monkeypatch.setenv(var, value)
    assert _hub_cache_roots() is None
