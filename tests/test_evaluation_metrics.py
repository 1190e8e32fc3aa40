"""ROUGE, correlation, citations, coverage and gold facts on small hand-computed cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.evaluation.metrics import (
    GoldFact,
    citation_scores,
    consensus_facts,
    correlation,
    coverage,
    gold_coverage,
    load_gold_facts,
    rouge,
    supported_by,
)
from summarizer.text import split_spans
from summarizer.types import BriefSentence, Citation, Document

ROOT = Path(__file__).resolve().parents[1]


# --- ROUGE ---------------------------------------------------------------------------------


def test_rouge_hand_computed():
    # reference: the cat sat on the mat (6 unigrams, 5 bigrams); prediction: the cat sat.
    # P = 3/3, R = 3/6 -> F = 2/3. R-2: P = 2/2, R = 2/5 -> F = 4/7.
    r = rouge("The cat sat on the mat.", "The cat sat.")
    assert r.rouge1 == pytest.approx(2 / 3)
    assert r.rouge2 == pytest.approx(4 / 7)
    assert r.rougeLsum == pytest.approx(2 / 3)


def test_rouge_is_stemmed():
    assert rouge("troops were deployed", "troop was deploying").rouge1 == pytest.approx(2 / 3)


def test_rouge_empty_is_zero():
    assert rouge("", "x").to_dict() == {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
    assert rouge("x", "").rouge1 == 0.0


# --- correlation ---------------------------------------------------------------------------


def test_correlation_hand_computed():
    c = correlation([1, 2, 3], [1, 3, 2])
    assert c.spearman == pytest.approx(0.5)
    assert c.pearson == pytest.approx(0.5)
    assert c.n == 3


def test_correlation_skips_missing_and_handles_degenerate():
    c = correlation([1, None, 2, 3, float("nan")], [1, 5, 2, 3, 4])
    assert c.n == 3 and c.spearman == pytest.approx(1.0)
    assert correlation([1, 2], [1, 2]).spearman is None
    assert correlation([1, 1, 1], [1, 2, 3]).to_dict() == {
        "spearman": None,
        "pearson": None,
        "n": 3,
    }


# --- citations -----------------------------------------------------------------------------


def cite(text: str, source: str = "a") -> Citation:
    return Citation(source, 0, len(text), text)


def test_supported_by():
    assert supported_by("Blinken met Rutte in Brussels.", ["Blinken met Rutte in Brussels."], None)
    assert not supported_by("Blinken met Rutte in Paris.", ["Blinken met Rutte in Brussels."], None)
    assert not supported_by("Anything at all.", [], None)


def test_citation_precision_drops_an_idle_citation():
    s = BriefSentence(
        "Blinken met Rutte in Brussels.",
        (cite("Blinken met Rutte in Brussels."), cite("Rain fell.", "b")),
    )
    cs = citation_scores([s])
    assert (cs.recall, cs.precision, cs.n_citations) == (1.0, 0.5, 2)


def test_two_citations_each_needed_are_both_precise():
    s = BriefSentence(
        "Blinken met Rutte in Brussels with 300 aides.",
        (cite("Blinken met Rutte in Brussels."), cite("He brought 300 aides.", "b")),
    )
    cs = citation_scores([s])
    assert (cs.recall, cs.precision) == (1.0, 1.0)


def test_unsupported_sentence_scores_zero_on_both():
    s = BriefSentence("Blinken met Rutte in Paris with 300 aides.", (cite("Rain fell in Paris."),))
    cs = citation_scores([s, BriefSentence("Rain fell in Paris.", (cite("Rain fell in Paris."),))])
    assert cs.recall == 0.5
    assert cs.precision == 0.5  # one of the two citations is part of a supported sentence


def test_uncited_sentence_is_unsupported_and_empty_brief_is_defined():
    cs = citation_scores([BriefSentence("Blinken met Rutte.", ())])
    assert (cs.recall, cs.precision, cs.n_citations) == (0.0, 0.0, 0)
    assert citation_scores([]).to_dict()["recall"] == 1.0


def test_the_brief_cross_reference_note_is_not_a_claim():
    from summarizer.conflicts import CONTESTED_NOTE

    s = BriefSentence(
        "Blinken met Rutte in Brussels." + CONTESTED_NOTE, (cite("Blinken met Rutte in Brussels."),)
    )
    assert citation_scores([s]).recall == 1.0


# --- coverage ------------------------------------------------------------------------------

DOCS = [
    Document("a", "Around 11,000 troops reached Kursk, said Mark Rutte in Brussels."),
    Document("b", "In Brussels, NATO said 11,000 troops had arrived; Mark Rutte spoke."),
    Document("c", "Nothing to see in Paris, said NATO."),
]


def test_consensus_facts_need_two_sources():
    got = {(c.kind, c.value): c.sources for c in consensus_facts(DOCS)}
    assert got == {
        ("quantity", "11000"): ("a", "b"),
        ("person", "mark rutte"): ("a", "b"),
        ("place", "brussels"): ("a", "b"),
        ("org", "nato"): ("b", "c"),
    }


def test_coverage_hand_computed():
    cons = consensus_facts(DOCS)
    cov = coverage("About 11,000 soldiers arrived in Brussels.", cons)
    assert cov.share == pytest.approx(2 / 4)
    assert {c.value for c in cov.covered} == {"11000", "brussels"}
    assert coverage("8,000 soldiers arrived.", cons).share == 0.0


def test_coverage_edge_cases():
    assert coverage("", consensus_facts(DOCS)).share == 0.0
    assert coverage("anything", []).share == 1.0
    assert consensus_facts([]) == []


# --- gold facts ----------------------------------------------------------------------------


def test_gold_fact_must_match_within_one_sentence():
    g = GoldFact("g", "troops in Kursk", ((r"troops|soldiers", r"Kursk"),))
    assert gold_coverage("Soldiers fight in Kursk.", [g]) == (1.0, ["g"])
    assert gold_coverage("Soldiers fight. They are in Kursk.", [g]) == (0.0, [])
    assert gold_coverage("", []) == (1.0, [])


def test_seed_gold_facts_are_stated_by_the_seeds_that_list_them():
    gold = load_gold_facts(str(ROOT / "eval" / "seeds_gold_facts.json"))
    assert len(gold) >= 15
    assert len({g.id for g in gold}) == len(gold)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for g in gold:
        assert g.sources, g.id
        for sid in g.sources:
            sents = [texts[sid][a:b] for a, b in split_spans(texts[sid])]
            assert g.stated_in(sents), (g.id, sid)


def test_bad_gold_file_is_an_input_error(tmp_path):
    from summarizer.errors import InputError

    p = tmp_path / "g.json"
    p.write_text(json.dumps({"facts": [{"id": "x"}]}))
    with pytest.raises(InputError, match="not a gold-facts file"):
        load_gold_facts(str(p))


# -- weekday anchors in every language (helper-31) ---------------------------------------------


@pytest.mark.parametrize(
    ("anchored", "plain"),
    [
        ("Talks ended Tuesday (2024-11-12).", "Talks ended Tuesday."),
        ("Tuesday's (2024-11-12) talks ended.", "Tuesday's talks ended."),
        (
            "Blinken advirtió el miércoles (2024-11-13) en Bruselas.",
            "Blinken advirtió el miércoles en Bruselas.",
        ),
        ("Miércoles (2024-11-13): Blinken advirtió.", "Miércoles: Blinken advirtió."),
        (
            "Blinken a averti mercredi (2024-11-13) à Bruxelles.",
            "Blinken a averti mercredi à Bruxelles.",
        ),
        (
            "Blinken warnte am Mittwoch (2024-11-13) in Brüssel.",
            "Blinken warnte am Mittwoch in Brüssel.",
        ),
        ("Er sprach am Mittwochabend (2024-11-13).", "Er sprach am Mittwochabend."),
        (
            "Blinken ha avvertito mercoledì (2024-11-13) a Bruxelles.",
            "Blinken ha avvertito mercoledì a Bruxelles.",
        ),
        (
            "Blinken afirmou na quarta-feira (2024-11-13) em Bruxelas.",
            "Blinken afirmou na quarta-feira em Bruxelas.",
        ),
        (
            "Blinken afirmou na quarta (2024-11-13) em Bruxelas.",
            "Blinken afirmou na quarta em Bruxelas.",
        ),
        (
            "Llegó el sábado (2024-11-09) y el domingo (2024-11-10).",
            "Llegó el sábado y el domingo.",
        ),
    ],
)
def test_anchors_the_pipeline_writes_in_any_language_are_removed(anchored, plain):
    from summarizer.evaluation.metrics import without_anchors

    assert without_anchors(anchored, ["2024-11-14"]) == plain


def test_a_wrong_foreign_anchor_stays():
    from summarizer.evaluation.metrics import without_anchors

    wrong_day = "Blinken advirtió el miércoles (2024-11-12) en Bruselas."  # a Tuesday
    too_old = "Blinken advirtió el miércoles (2024-10-30) en Bruselas."
    assert without_anchors(wrong_day, ["2024-11-14"]) == wrong_day
    assert without_anchors(too_old, ["2024-11-14"]) == too_old
    assert without_anchors("el miércoles (2024-11-13)", [None]) == "el miércoles (2024-11-13)"


@pytest.mark.parametrize(
    "noted",
    [
        "About 11,000 troops were sent (sources differ on this figure).",
        "About 11,000 troops were sent (sources differ on this date).",
        "About 11,000 troops were sent (las fuentes difieren sobre esta cifra).",
        "About 11,000 troops were sent (die Quellen nennen unterschiedliche Zahlen).",
    ],
)
def test_the_briefs_note_that_sources_differ_is_no_claim_in_any_language(noted):
    from summarizer.evaluation.metrics import claim_text

    assert claim_text(noted) == "About 11,000 troops were sent."
