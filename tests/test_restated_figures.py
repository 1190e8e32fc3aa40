"""The same figures twice in one brief: a claim that tells a chosen claim's figures again
in other words, adding next to nothing, is left out of the selection."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.config import FusionConfig
from tests.builders import scored

CHOSEN = "The Aurora Star was carrying 140 passengers and 12 crew according to its manifest."


@pytest.mark.parametrize(
    "claim",
    [
        # another source's wording, who said it at the opening or at the end aside
        "Harbour Minister Lena Varga said the ship's manifest listed 140 passengers and 12 crew.",
        "The manifest listed 140 passengers and 12 crew, the port authority said.",
        "The ferry had 140 passengers and 12 crew on board.",
    ],
)
def test_a_claim_telling_a_chosen_ones_figures_again_restates_it(claim):
    from summarizer.fusion import _content, _restates

    assert _restates(claim, CHOSEN, _content(CHOSEN))


@pytest.mark.parametrize(
    "claim",
    [
        # a figure the chosen one does not state
        "The manifest listed 150 passengers and 12 crew, the port authority said.",
        "The ship carried 140 passengers, 12 crew and 30 vehicles.",
        # the same figures, and much the chosen one does not tell
        "All 140 passengers and 12 crew were taken to a sports hall in Kessel after coastguard"
        " helicopters winched them from the listing deck.",
        # no figure at all: whether it repeats is the embedder's call, not this rule's
        "The ship was carrying passengers and crew according to its manifest.",
    ],
)
def test_a_claim_with_a_new_figure_or_news_of_its_own_does_not_restate(claim):
    from summarizer.fusion import _content, _restates

    assert not _restates(claim, CHOSEN, _content(CHOSEN))


@pytest.mark.parametrize(
    ("chosen", "claim"),
    [
        # the same number, of another thing
        ("The first four days of legal cannabis sales in Ostmark raised $3 million.",
         "Four other regions allow cannabis sales."),
        # spelled out, another number
        ("The former mayor was jailed for seven years on Friday for fraud, police said.",
         "The fraud ran for four years, police said."),
        # the same count of people, to whom something else befell
        ("Three people were killed in the blast at the depot, police said.",
         "Three people were injured in the blast at the depot."),
    ],
)  # fmt: skip
def test_a_figure_of_another_unit_or_value_is_not_restated(chosen, claim):
    from summarizer.fusion import _content, _restates

    assert not _restates(claim, chosen, _content(chosen))


def test_the_tally_with_how_each_side_voted_is_more_than_the_tally():
    from summarizer.fusion import _content, _restates

    chosen = "The assembly approved the budget by 61 votes to 58 on Friday evening."
    claim = "The budget passed 61-58, with two Greens joining the coalition in favour."
    assert not _restates(claim, chosen, _content(chosen))


def test_selection_leaves_out_a_claim_that_restates_a_chosen_ones_figures():
    from summarizer.fusion import select

    texts = [
        CHOSEN,
        "Harbour Minister Lena Varga said the ship's manifest listed 140 passengers and 12 crew.",
        "Divers found the wreck in 40 metres of water off Kessel on Sunday.",
    ]
    claims = [scored(t, score=1.0 - i / 10) for i, t in enumerate(texts)]
    # unrelated vectors: the embedder does not see the repetition
    order = select(claims, np.eye(3), 100, FusionConfig(words=100))
    assert [texts[i] for i in order] == [texts[0], texts[2]]


@pytest.mark.parametrize(
    ("chosen", "claim"),
    [
        ("Globex will add 500 jobs at its Leeds plant, the company said.",
         "Globex will cut 500 jobs at its Leeds plant."),
        ("The council voted to close 12 libraries next year.",
         "The council voted to open 12 libraries next year."),
        ("Shares of Veltrix rose 6% on Tuesday.", "Shares of Veltrix fell 6% on Tuesday."),
    ],
)  # fmt: skip
def test_the_same_figures_moved_the_other_way_are_another_fact(chosen, claim):
    """Two sources at odds on which way a figure went ("add" against "cut" 500 jobs) tell
    two facts; the second is not left out as the first told again."""
    from summarizer.fusion import _content, _restates

    assert not _restates(claim, chosen, _content(chosen))


def test_the_same_figures_moved_the_same_way_in_other_words_still_restate():
    from summarizer.fusion import _content, _restates

    chosen = "Globex will cut 500 jobs at its Leeds plant, the company said."
    assert _restates("Globex is to axe 500 jobs at its Leeds plant.", chosen, _content(chosen))
