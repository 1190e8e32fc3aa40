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
