"""Baselines: order rules, the shared budget rule, seeded randomness, sumy without nltk data."""

from __future__ import annotations

import pytest

from summarizer.errors import ConfigError
from summarizer.evaluation.baselines import (
    BASELINES,
    LeadBaseline,
    LexRankBaseline,
    RandomBaseline,
    TextRankBaseline,
    fill_budget,
    make_baseline,
)
from summarizer.text import count_words
from summarizer.types import Document, Sentence

DOCS = [
    Document(
        "a", "A1 troops moved to Kursk today. A2 troops in Kursk fought hard. A3 rain fell all day."
    ),
    Document(
        "b",
        "B1 Blinken spoke in Brussels today. B2 Rutte agreed with Blinken there. "
        "B3 nothing else happened there.",
    ),
]


def sent(text: str, i: int = 0) -> Sentence:
    return Sentence("a", i, 0, len(text), text)


def test_fill_budget_stops_before_overflow_and_skips_fragments_and_repeats():
    ss = [
        sent("too short"),
        sent("one two three four five"),
        sent("one two three four five"),
        sent("a b c d e f"),
    ]
    assert [s.text for s in fill_budget(ss, 11)] == ["one two three four five", "a b c d e f"]
    assert [s.text for s in fill_budget(ss, 10)] == ["one two three four five"]
    assert fill_budget([], 100) == []


def test_lead_is_round_robin():
    got = [s.text for s in LeadBaseline()(DOCS, 100)]
    assert [t[:2] for t in got] == ["A1", "B1", "A2", "B2", "A3", "B3"]
    assert [s.text[:2] for s in LeadBaseline()(DOCS, 13)] == ["A1", "B1"]


def test_offsets_point_into_the_documents():
    by_id = {d.id: d for d in DOCS}
    for name in BASELINES:
        for s in make_baseline(name)(DOCS, 100):
            assert by_id[s.doc_id].text[s.start : s.end] == s.text


@pytest.mark.parametrize("cls", [LexRankBaseline, TextRankBaseline, RandomBaseline, LeadBaseline])
def test_every_baseline_respects_the_budget(cls):
    out = cls()(DOCS, 14)
    assert out and sum(count_words(s.text) for s in out) <= 14


def test_random_is_seeded():
    assert RandomBaseline(3)(DOCS, 100) == RandomBaseline(3)(DOCS, 100)
    orders = {tuple(s.text for s in RandomBaseline(seed)(DOCS, 100)) for seed in range(6)}
    assert len(orders) > 1


def test_lexrank_prefers_central_sentences():
    docs = [
        Document(
            "a",
            "Troops moved to Kursk near the border today. The weather was mild in Lisbon. "
            "Troops reached Kursk near the border by night. More troops reached the Kursk border.",
        )
    ]
    first = LexRankBaseline()(docs, 9)[0]
    assert "Kursk" in first.text


def test_empty_cluster():
    for name in BASELINES:
        assert make_baseline(name)([Document("a", "")], 50) == []


def test_unknown_baseline():
    with pytest.raises(ConfigError, match="unknown baseline 'nope'"):
        make_baseline("nope")
