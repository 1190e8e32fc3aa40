from pathlib import Path

import pytest

from summarizer.config import load_config, override
from summarizer.errors import ConfigError


def test_defaults_load_and_overrides_apply(tmp_path):
    cfg = load_config()
    assert cfg.model.backend == "auto" and cfg.fusion.words == 200
    path = tmp_path / "c.toml"
    path.write_text("[fusion]\nwords = 120\n", encoding="utf-8")
    assert load_config(path).fusion.words == 120
    assert override(cfg, **{"fusion.words": 90, "model.model": None}).fusion.words == 90


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[fusion]\nwordz = 3\n", "unknown config key 'fusion.wordz'"),
        ("[fusion]\nwords = 'many'\n", "'fusion.words' must be int"),
        ("[model]\nbackend = 'magic'\n", "must be one of auto, extractive, seq2seq"),
        ("[nope]\nx = 1\n", "unknown config key 'nope'"),
        ("words = [", "not valid TOML"),
        # values that would make an empty brief or a meaningless threshold
        ("[fusion]\nwords = 0\n", "'fusion.words' must be at least 1"),
        ("[chunk]\nmax_tokens = 0\n", "'chunk.max_tokens' must be at least 1"),
        ("[fusion]\nduplicate_threshold = nan\n", "must be a finite number"),
        ("[fusion]\nsummary_share = 7.5\n", "'fusion.summary_share' must be between 0 and 1"),
    ],
)
def test_bad_config_is_a_one_line_error(tmp_path, toml, message):
    path = tmp_path / "c.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_missing_config_file():
    with pytest.raises(ConfigError, match="not found"):
        load_config("/no/such/config.toml")


def test_a_preset_name_selects_its_config_file():
    from summarizer.pipeline import make_config

    cfg = make_config("distilbart-cnn-12-6")
    assert cfg.model.backend == "seq2seq" and cfg.model.model == "sshleifer/distilbart-cnn-12-6"
    with pytest.raises(ConfigError, match="no config file or preset"):
        make_config("no-such-preset")


def test_a_chunk_overlap_as_long_as_the_chunk_is_refused():
    with pytest.raises(ConfigError, match=r"overlap_tokens.*less than"):
        override(load_config(), **{"chunk.max_tokens": 10, "chunk.overlap_tokens": 20})


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[fusion]\nfoo = 1\n", "unknown config key 'fusion.foo' (allowed: "),
        ("[fusion]\nwords = 'many'\n", "config key 'fusion.words' must be int"),
        ("[chunk]\noverlap_tokens = 600\n", "config key 'chunk.overlap_tokens' must be less"),
    ],
)
def test_a_bad_config_error_names_the_file_and_the_key(
    tmp_path, monkeypatch, capsys, toml, message
):
    # "unknown config key 'fusion.foo'" alone left the user to guess which file had it.
    from summarizer.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "configs").mkdir()
    (tmp_path / "configs" / "x.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config("configs/x.toml")
    assert str(info.value).startswith(f"configs/x.toml: {message}")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert main(["brief", str(seeds), "--config", "configs/x.toml", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"summarizer: error: configs/x.toml: {message}") and err.count("\n") == 1


def test_a_config_saved_with_a_byte_order_mark_loads(tmp_path):
    # Windows Notepad saves UTF-8 with a BOM; it was "not valid TOML: Invalid statement".
    path = tmp_path / "c.toml"
    path.write_bytes("\ufeff[fusion]\nwords = 120\n".encode())
    assert load_config(path).fusion.words == 120


def test_a_value_where_a_section_goes_names_the_section(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("input = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"{path}: config section 'input' must be a table"  # not 'input.'


def test_an_empty_config_name_is_not_the_current_folder():
    from summarizer.pipeline import make_config

    # Path("") is "."; the error said ": is a folder, not a config file".
    with pytest.raises(ConfigError) as info:
        make_config("")
    assert str(info.value) == "--config needs a file name or a preset name, got ''"
