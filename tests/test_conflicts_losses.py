"""A sum one party lost, stated in unlike sentences ("a fraud that defrauded investors of
about $85 million", "Investors lost $120 million in total over the life of the fund"), is one
measure its sources disagree on; sums other parties lost, or paid, are not, nor are sums
things cost one party in unlike sentences ("the recall cost the company $50 million", "the
cyberattack cost the company $2 million")."""

import pytest

from summarizer.conflicts import loser

from .builders import conflicts_of, figures_of, sides_of


def loss_of(text: str, charged: bool = True) -> str | None:
    """:func:`loser` of the one sum of money ``text`` states."""
    [m] = figures_of(text)
    return loser(m, charged)


def test_who_lost_a_sum_is_read_from_the_words_before_it():
    assert loss_of("Investors lost $120 million in total over the life of the fund.") == "investor"
    assert loss_of("The scheme cost depositors roughly $85 million.") == "depositor"
    assert loss_of("He was jailed for defrauding pensioners of about $4 million.") == "pension"
    # no one named, or only some of them
    assert loss_of("A retired nurse who lost $410,000 spoke in court.") is None
    assert loss_of("Retail investors lost $5 million.") is None
    assert loss_of("The new bridge cost $2 billion.") is None
    # what something cost a party names whose sum it is, and no loss of one event
    assert loss_of("The scheme cost depositors roughly $85 million.", charged=False) is None
    assert loss_of("Depositors lost $85 million.", charged=False) == "depositor"


def test_one_partys_loss_in_unlike_sentences_is_a_conflict(embedder):
    [c] = conflicts_of(
        "The former fund manager was jailed for nine years on Friday for a Ponzi scheme that "
        "prosecutors said defrauded investors of about $85 million, ending a six-week trial.",
        "Investors lost $120 million in total over the life of the fund, the regulator said.",
        embedder=embedder,
    )
    assert sorted(sides_of(c)) == [("$120 million", ["s1"]), ("about $85 million", ["s0"])]
    assert c.kind == "contradiction"  # "about $85 million" is not $120 million


def test_a_hedged_loss_near_another_is_an_estimate(embedder):
    [c] = conflicts_of(
        "The former fund manager was jailed for nine years on Friday for a Ponzi scheme that "
        "prosecutors said defrauded investors of roughly $340 million, ending a six-week trial.",
        "Investors lost $360 million in total over the life of the fund, the regulator said.",
        embedder=embedder,
    )
    assert c.kind == "estimates"


def test_losses_of_other_parties_or_other_sums_are_not_compared(embedder):
    # the banks' loss is not the investors'
    assert not conflicts_of(
        "Investors lost $120 million when the fund collapsed, the regulator said.",
        "Banks lost $40 million when the fund collapsed, the regulator said.",
        embedder=embedder,
    )
    # restitution is no loss
    assert not conflicts_of(
        "The judge ordered the manager to pay $20 million in restitution to investors.",
        "The Ponzi scheme cost investors $120 million, prosecutors said.",
        embedder=embedder,
    )
    # one party's losses in two quarters are two sums
    assert not conflicts_of(
        "Acme lost $200 million in the third quarter, the company said on Tuesday.",
        "Acme lost $150 million in the fourth quarter, the company said on Tuesday.",
        embedder=embedder,
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The grounding cost Boeing $20 billion, the company said.",
            "A machinists' strike last year cost Boeing about $5 billion, analysts estimate.",
        ),
        (
            "The recall cost the company $50 million, executives said on Tuesday.",
            "The cyberattack cost the company $2 million, executives said on Tuesday.",
        ),
        (
            "The stadium deal will cost taxpayers $600 million over 30 years.",
            "The bridge repairs cost taxpayers $2 billion last decade.",
        ),
    ],
)
def test_what_different_things_cost_one_party_is_not_compared(embedder, first, second):
    assert not conflicts_of(first, second, embedder=embedder)
