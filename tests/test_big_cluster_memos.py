"""The memos and counts that keep a big cluster (hundreds of articles) fast give what the
uncached, article-by-article reading gives: the same numeric facts, figures, evidence index,
shared names and medians, in each language, for each sentence and each embedder."""

from __future__ import annotations

import random

import numpy as np
import pytest

from summarizer.conflicts import all_figures
from summarizer.facts import NUMERIC_KINDS, extract_facts
from summarizer.faithfulness import _evidence_index, index_sources, supported_by
from summarizer.fusion import _median_without, _name_counts, _named_by_others, _numeric_facts
from summarizer.language import use_language
from summarizer.types import Document, Sentence

from .builders import BagEmbedder


def _facts(facts) -> set[tuple]:
    return {(f.kind, f.text, f.start, f.end, f.value, f.unit) for f in facts}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Nov. 13, 2024, floods killed 12 people and cost more than $9.2 billion."),
        ("en", "About 40,000 homes lost power on Tuesday, and 3 bridges closed in 2023."),
        ("de", "Am 3. März wurden 1.500 Menschen evakuiert, der Schaden: 2,5 Millionen Euro."),
        ("fr", "Le 5 mai, 12 maisons ont brûlé et 300 personnes ont fui."),
    ],
)
def test_numeric_facts_are_those_every_fact_reading_finds(language, text):
    with use_language(language):
        want = [f for f in extract_facts(text) if f.kind in NUMERIC_KINDS]
        assert _facts(_numeric_facts(text, language)) == _facts(want)
        assert want  # the texts state figures: the comparison is not of two empty sets


def test_figures_of_one_text_in_two_sources_keep_each_its_own_sentence():
    text = "The storm killed 15 people and left 40,000 homes without power."
    sents = {d: [Sentence(d, 0, 0, len(text), text)] for d in ("a", "b")}
    first, again = all_figures(sents), all_figures(sents)
    assert first == again
    assert [m.sentence.doc_id for m in first] == ["a", "a", "b", "b"]
    read = [(m.fact.value, m.unit) for m in first]
    assert read[:2] == read[2:]
    assert ("15", "dead") in read


def test_figures_are_read_in_the_current_language_whatever_was_read_before():
    text = "Rund 1.500 Menschen wurden evakuiert."
    sents = {"a": [Sentence("a", 0, 0, len(text), text)]}
    english = [m.fact.value for m in all_figures(sents)]
    with use_language("de"):
        german = [m.fact.value for m in all_figures(sents)]
    assert german == ["1500"]
    assert english != german  # "1.500" is one and a half in English


def test_the_evidence_index_is_the_index_of_the_text_in_its_language():
    text = "Die Behörden meldeten am Montag 12 Tote.\nDer Zug war entgleist."
    assert _evidence_index(text, "en") == index_sources([Document("evidence", text)])
    with use_language("de"):
        german = index_sources([Document("evidence", text)])
        assert _evidence_index(text, "de") == german


def test_a_remembered_evidence_index_keeps_no_embedder_s_vectors():
    sentence = "Officials promised to rebuild the bridge quickly."
    evidence = "The officials pledged a fast rebuilding of the bridge."
    supported_by(sentence, [evidence], BagEmbedder())  # embeds the evidence's sentences
    assert _evidence_index(evidence, "en")._vectors == {}


def _naive_named(names: dict[str, set[str]], doc_id: str, least: int) -> set[str]:
    """The words at least ``least`` other articles name, each other article read."""
    others = [n for i, n in names.items() if i != doc_id]
    return {w for w in set().union(*others) if sum(w in n for n in others) >= least}


def test_names_counted_once_are_those_the_other_articles_give():
    rng = random.Random(3)
    vocabulary = [f"w{k}" for k in range(12)]
    for _ in range(200):
        names = {f"d{i}": set(rng.sample(vocabulary, rng.randint(0, 6))) for i in range(5)}
        counts = _name_counts(names)
        for doc_id in names:
            for least in (1, 2, 4):
                got = _named_by_others(vocabulary, counts, names[doc_id], least)
                assert got == _naive_named(names, doc_id, least)


def test_the_median_without_one_value_is_numpy_s_median_of_the_rest():
    rng = random.Random(5)
    for n in range(3, 12):
        for _ in range(50):
            values = [round(rng.uniform(0.5, 1.0), rng.choice([1, 2, 6])) for _ in range(n)]
            order = sorted(values)
            for k, v in enumerate(values):
                rest = values[:k] + values[k + 1 :]
                assert _median_without(order, v) == float(np.median(rest))
