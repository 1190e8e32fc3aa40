"""Faithfulness scorer: each step on hand-made inputs, values computed by hand."""

from __future__ import annotations

import pytest

from summarizer.facts import extract_facts
from summarizer.faithfulness import (
    FaithfulnessScorer,
    check_facts,
    content_stems,
    index_sources,
    locate,
    score_summary,
    sentence_support,
    split_summary,
)
from summarizer.types import Document

SOURCE = Document(
    "a",
    "More than 10,000 North Korean soldiers were sent to eastern Russia. "
    "Antony Blinken spoke in Brussels on Wednesday. "
    "He met NATO chief Mark Rutte there.",
)


def test_split_summary_offsets():
    text = "Troops moved. Blinken spoke."
    got = split_summary(text)
    assert [(s.start, s.end) for s in got] == [(0, 13), (14, 28)]
    assert split_summary("   ") == []


def test_content_stems_drop_function_words_and_stem():
    assert content_stems("The soldiers were sent to Kursk") == ["soldier", "sent", "kursk"]


def test_index_windows_stay_inside_one_document():
    ix = index_sources([Document("a", "A one. A two."), Document("b", "B one.")])
    docs_of = [{ix.sentences[i].doc_id for i in range(a, b)} for a, b in ix.windows]
    assert all(len(d) == 1 for d in docs_of)
    assert len(ix.windows) == len(ix.sentences) == 3


def test_locate_hand_computed_share():
    ix = index_sources(
        [Document("a", "Troops moved to Kursk. Rain fell. Snow fell. Blinken spoke.")]
    )
    # content stems: troop, spoke, kursk; the best window (sentences 0-1) holds troop and kursk.
    loc = locate("Troops spoke in Kursk.", ix, None)
    assert loc.lexical == pytest.approx(2 / 3)
    assert ix.windows[loc.window] == (0, 2)


def test_sentence_support_is_the_weakest_check():
    assert sentence_support(0.9, 0.4, 1.0, False) == 0.4
    assert sentence_support(1.0, 1.0, 1.0, True) == 0.0


def test_copied_sentence_is_fully_supported():
    r = score_summary("Antony Blinken spoke in Brussels on Wednesday.", [SOURCE])
    (v,) = r.sentences
    assert (v.verdict, v.support, v.lexical, v.bigram) == ("supported", 1.0, 1.0, 1.0)
    assert r.faithfulness == 1.0 and r.score == 1.0
    assert v.evidence is not None
    assert SOURCE.text[v.evidence.start : v.evidence.end] == v.evidence.quote
    assert "Antony Blinken spoke in Brussels" in v.evidence.quote


def test_contradicted_number_is_caught():
    r = score_summary("About 8,000 North Korean soldiers were sent to eastern Russia.", [SOURCE])
    (v,) = r.sentences
    assert v.verdict == "contradicted"
    assert v.support == 0.0
    assert r.n_contradicted == 1
    assert r.hallucinated_numbers == ("About 8,000 North Korean soldiers",)
    assert r.contradictions == (
        ("About 8,000 North Korean soldiers", "More than 10,000 North Korean soldiers"),
    )


def test_rounded_number_is_not_a_contradiction():
    r = score_summary("Over 10,000 North Korean soldiers were sent to eastern Russia.", [SOURCE])
    assert r.sentences[0].verdict == "supported"
    assert r.n_contradicted == 0


def test_hallucinated_entity_is_reported():
    r = score_summary("Later Blinken met Xi Jinping in Brussels.", [SOURCE])
    assert r.hallucinated_entities == ("Xi Jinping",)
    assert r.sentences[0].verdict == "unsupported"


def test_hand_computed_ratio_and_score():
    # Sentence 1: copied -> facts Antony Blinken, Brussels supported (+ claim) = 3 of 3.
    # Sentence 2: "Rain fell in Paris." -> Paris unsupported, claim unsupported = 0 of 2.
    r = score_summary("Antony Blinken spoke in Brussels. Rain fell in Paris.", [SOURCE])
    assert [v.verdict for v in r.sentences] == ["supported", "unsupported"]
    assert (r.n_facts, r.n_supported) == (5, 3)
    assert r.faithfulness == pytest.approx(3 / 5)
    # Sentence 2 support: fact share 0/1 -> 0; the mean is (1 + 0) / 2.
    assert r.score == pytest.approx(0.5)


def test_empty_summary_is_defined():
    r = score_summary("", [SOURCE])
    assert (r.faithfulness, r.score, r.n_facts, r.sentences) == (1.0, 1.0, 0, ())


def test_empty_source_supports_nothing():
    r = score_summary("Antony Blinken spoke in Brussels.", [Document("a", "")])
    assert r.faithfulness == 0.0 and r.score == 0.0
    assert r.sentences[0].verdict == "unsupported"
    assert r.sentences[0].evidence is None
    r = score_summary("Antony Blinken spoke.", [])
    assert r.score == 0.0


def test_cited_spans_must_support_the_facts_too():
    cited = [[Document("a", "He met NATO chief Mark Rutte there.")]]
    r = score_summary("Antony Blinken spoke in Brussels on Wednesday.", [SOURCE], cited=cited)
    assert r.sentences[0].verdict == "unsupported"  # true, but not what the citation says


def test_check_facts_verdicts():
    src = extract_facts(SOURCE.text)
    got = [c.verdict for c in check_facts(extract_facts("12,000 soldiers went to Kursk."), src)]
    assert got == ["contradicted", "unsupported"]


def test_lower_cased_names_are_looked_up_in_the_words():
    src = [Document("a", "McLaren's driver Lando Norris won in Monaco.")]
    r = score_summary("norris won in monaco.", src)
    assert r.sentences[0].verdict == "supported"


def test_embedding_is_computed_only_where_words_do_not_decide(embedder):
    src = [Document("a", "The United States will respond strongly to the deployment of troops.")]
    r = score_summary(
        "The United States will respond strongly to the deployment of troops. "
        "They promised a firm reaction to the soldiers being sent.",
        src,
        embedder,
    )
    copied, paraphrase = r.sentences
    assert copied.similarity is None  # the words settled it
    assert paraphrase.similarity is not None and -1.0 <= paraphrase.similarity <= 1.0


def test_scorer_object_describes_itself():
    s = FaithfulnessScorer()
    assert s.score("Antony Blinken spoke in Brussels.", [SOURCE]).score == 1.0
    d = s.describe()
    assert d["scorer"] == s.name and d["embedder"] is None
