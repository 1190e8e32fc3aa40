"""End to end through the lead's pipeline and CLI with generative backends:
a tiny random-weight T5 (its gibberish must all be dropped, and the brief fall
back to cited source sentences) and the scripted backend (faithful sentences
kept and cited, invented ones dropped)."""

import json
from pathlib import Path

import pytest

from summarizer.backends.scripted import ScriptedSummarizer
from summarizer.cli import main
from summarizer.pipeline import summarize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
INVENTED = "Aliens landed in the Kursk region on Friday, officials said."


def test_cli_brief_with_a_tiny_model_runs_generation_and_falls_back(tiny_t5_dir, tmp_path, capsys):
    out = tmp_path / "brief.json"
    config = tmp_path / "short.toml"  # short outputs keep the test fast; --model overrides the id
    config.write_text("[model]\nbatch_size = 16\n[model.generation]\nmax_new_tokens = 24\n")
    # --no-cache: generation must really run (and the user's cache stay untouched).
    argv = ["brief", str(SEEDS), "--config", str(config), "--model", str(tiny_t5_dir), "--no-cache"]
    rc = main([*argv, "-o", str(out)])
    assert rc == 0, capsys.readouterr().err
    brief = json.loads(out.read_text(encoding="utf-8"))
    meta = brief["meta"]
    # Generation really ran, through the seq2seq backend and the tiny model.
    assert meta["backend"] == "seq2seq" and meta["model"] == str(tiny_t5_dir)
    assert meta["prompt"] == "chunk_summary.v1" and meta["chunks"] > 0
    assert meta["generated_sentences"] >= meta["chunks"]
    assert meta["kept"] + meta["unsupported_dropped"] == meta["generated_sentences"]
    # Random weights: nothing generated survives attribution, so the brief
    # cites source sentences instead, and says so.
    assert meta["kept"] == 0
    assert meta["fallback_to_extractive"] is True
    assert any("cites source sentences" in n for n in meta["notices"])
    assert brief["summary"] or brief["key_points"]


def test_pipeline_keeps_supported_generated_sentences_and_drops_invented_ones(embedder):
    def script(chunk):
        # The chunk's longest sentence verbatim (supported), then an invented event.
        longest = max(chunk.sentences, key=lambda s: len(s.text))
        return f"{longest.text} {INVENTED}"

    fake = ScriptedSummarizer(script)
    brief = summarize(str(SEEDS), backend=fake, embedder=embedder)
    meta = brief.meta
    assert len(fake.calls) == meta["chunks"] > 0
    assert meta["generated_sentences"] >= 2 * meta["chunks"]
    assert meta["kept"] + meta["unsupported_dropped"] == meta["generated_sentences"]
    assert meta["unsupported_dropped"] >= meta["chunks"]  # every invented sentence
    assert meta["kept"] > 0 and meta["fallback_to_extractive"] is False
    assert "Aliens" not in brief.to_markdown()


@pytest.mark.parametrize(
    ("flags", "model_id"),
    [
        (["--config", "flan-t5-base"], "google/flan-t5-base"),
        (["--model", "no-such-org/no-such-model"], "no-such-org/no-such-model"),
    ],
)
def test_an_explicit_model_that_is_absent_is_a_one_line_error(flags, model_id, capsys):
    from summarizer.backends.seq2seq import model_available_locally

    if model_available_locally(model_id):
        pytest.skip(f"{model_id} is in this machine's HF cache")
    rc = main(["brief", str(SEEDS), *flags, "--no-cache"])
    err = capsys.readouterr().err.strip()
    assert rc == 2
    assert len(err.splitlines()) == 1
    assert f"summarizer models pull {model_id}" in err
