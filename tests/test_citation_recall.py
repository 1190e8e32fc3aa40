"""Citation recall: a source that states a sentence's fact in another order or other words is
cited too, and only where it supports the whole sentence."""

from __future__ import annotations

import pytest

from summarizer.config import FusionConfig
from summarizer.evaluation.metrics import citation_scores
from summarizer.faithfulness import score_summary, supported_by
from summarizer.fusion import fuse
from summarizer.pipeline import split_documents
from summarizer.types import Document

from .builders import build_document, claims_of

STORM = (
    "Storm Alva killed 3 people in Norway on Tuesday, police said, as the coast braced for more."
)


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        # clauses in another order, a count in words: the same fact
        ("In Norway, the storm killed three people, police said.", True),
        # another count: no support, however close the words
        ("In Norway, the storm killed four people, police said.", False),
        # another place
        ("In Sweden, the storm killed three people, police said.", False),
    ],
)
def test_a_fact_in_other_order_and_a_spelled_count_is_supported(embedder, sentence, supported):
    assert supported_by(sentence, [STORM], embedder) is supported


def test_reordered_clauses_keep_their_word_pairs():
    src = [Document("a", "Storm Alva killed 3 people in Norway on Tuesday, police said.")]
    said = "In Norway, the storm killed three people, police said."
    assert score_summary(said, src).sentences[0].verdict == "supported"


CLAIM = "Finance Minister Clara Voss defended the new budget in parliament on Monday."
QUOTE = "Voss defended the new budget in parliament on Monday, calling it fair."


def test_a_surname_supports_the_full_name_and_title_the_article_gives(embedder):
    assert supported_by(CLAIM, [QUOTE], embedder)
    article = f"Finance Minister Clara Voss faced the opposition. {QUOTE}"
    assert supported_by(CLAIM, [QUOTE], embedder, context=article)


@pytest.mark.parametrize(
    "article",
    [
        # the article's Voss is someone else
        f"Opposition leader Peter Voss faced the minister. {QUOTE}",
        # the article never names her in full
        f"The opposition questioned the minister. {QUOTE}",
    ],
)
def test_a_surname_supports_no_full_name_the_article_does_not_give(embedder, article):
    assert not supported_by(CLAIM, [QUOTE], embedder, context=article)


def test_a_surname_supports_no_one_when_the_quote_names_another_of_that_name(embedder):
    quote = f"Peter Voss said: {QUOTE}"
    assert not supported_by(CLAIM, [quote], embedder)


@pytest.mark.parametrize(
    ("first", "cited"),
    [
        ("Finance Minister Clara Voss faced the opposition in a heated session.", True),
        ("Opposition leader Peter Voss faced the minister in a heated session.", False),
    ],
)
def test_a_source_that_names_the_person_by_surname_is_cited_where_its_article_names_them(
    embedder, first, cited
):
    a = build_document(CLAIM, doc_id="a")
    b = build_document(first, QUOTE, doc_id="b")
    sents = split_documents([a, b])
    cfg = FusionConfig(support_threshold=0.99, specific_support=1.0, citation_similarity=0.5)
    _, summary, _, _ = fuse(claims_of(a, sents), [a, b], sents, embedder, cfg)
    assert {c.source for c in summary[0].citations} == ({"a", "b"} if cited else {"a"})
    # the harness, reading the quotes alone, finds every citation precise
    assert citation_scores(summary, embedder).precision == 1.0


@pytest.mark.parametrize(
    "quote",
    [
        "Ms Voss defended the new budget in parliament on Monday.",
        # the title after another word, and after an opening phrase
        "Officials said Ms Voss defended the new budget in parliament on Monday.",
        "On Monday, Ms Voss defended the new budget in parliament.",
    ],
)
def test_a_title_before_the_surname_in_the_quote_marks_a_person(embedder, quote):
    assert supported_by("Clara Voss defended the new budget in parliament on Monday.", [quote],
                        embedder)  # fmt: skip


def test_a_place_read_as_a_name_is_not_shortened_to_its_last_word(embedder):
    # "Las Palmas" reads as a person's name; without a title it is not one to shorten
    said = "The singer died in Las Palmas after a long illness, his label said."
    quote = "The singer died in Palmas after a long illness, his label said."
    assert not supported_by(said, [quote], embedder)
