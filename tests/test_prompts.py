import pytest

from summarizer.errors import ConfigError
from summarizer.prompts import Prompt, available_prompts, load_prompt

INSTRUCTION = (
    "Summarize this part of a news article in two or three sentences. Keep every name, number "
    "and date exactly as the article gives it, and do not add anything the article does not say."
)


def test_chunk_summary_v1_golden_with_all_metadata():
    prompt = load_prompt("chunk_summary.v1")
    rendered = prompt.render(
        title="Blinken warns of firm response",
        outlet="AFP",
        date="2024-11-13",
        text="Blinken spoke in Brussels.",
    )
    assert rendered == (
        f"{INSTRUCTION}\n"
        "\n"
        "Title: Blinken warns of firm response\n"
        "Outlet: AFP\n"
        "Date: 2024-11-13\n"
        "\n"
        "Article: Blinken spoke in Brussels."
    )


def test_chunk_summary_v1_golden_drops_lines_of_missing_metadata():
    prompt = load_prompt("chunk_summary.v1")
    rendered = prompt.render(title=None, outlet="", date="2024-11-13", text="Text.")
    assert rendered == f"{INSTRUCTION}\n\nDate: 2024-11-13\n\nArticle: Text."


def test_chunk_summary_v1_golden_without_any_metadata():
    prompt = load_prompt("chunk_summary.v1")
    rendered = prompt.render(title=None, outlet=None, date=None, text="Text.")
    assert rendered == f"{INSTRUCTION}\n\nArticle: Text."


def test_metadata_is_single_lined_but_text_keeps_its_lines():
    prompt = Prompt("demo", 1, "Title: $title\nBody: $text")
    assert prompt.render(title="Two\nlines", text="a\nb") == "Title: Two lines\nBody: a\nb"


def test_prompt_records_its_versioned_name():
    prompt = load_prompt("chunk_summary.v1")
    assert (prompt.name, prompt.base, prompt.version) == ("chunk_summary.v1", "chunk_summary", 1)
    assert prompt.fields == {"title", "outlet", "date", "text"}
    assert "chunk_summary.v1" in available_prompts()


@pytest.mark.parametrize("name", ["chunk_summary", "chunk_summary.v1.txt", "../x.v1"])
def test_malformed_prompt_names_are_config_errors(name):
    with pytest.raises(ConfigError, match=r"name\.vN"):
        load_prompt(name)


def test_unknown_prompt_lists_the_available_ones():
    expected = r"unknown prompt 'chunk_summary\.v99' \(available: .*chunk_summary\.v1"
    with pytest.raises(ConfigError, match=expected):
        load_prompt("chunk_summary.v99")


def test_missing_value_is_a_config_error():
    with pytest.raises(ConfigError, match="needs values for text"):
        load_prompt("chunk_summary.v1").render(title="t", outlet="o", date="d")


def test_bad_placeholder_fails_at_load(tmp_path):
    (tmp_path / "broken.v1.txt").write_text("Cost: $5 for $text", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad placeholder"):
        load_prompt("broken.v1", prompt_dir=tmp_path)
