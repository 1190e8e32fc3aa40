"""A rate given as a whole number is the same figure as its decimals ("a 17 percentage-point
swing" of 17.7 points, "9%" of 9.6%), not a dispute; a count, a price or a sum is given as
it is. A disputed rate is named for what it measures ("swing",
"price per share"), not for its bare unit. Protesters counted in a crowd are people."""

import pytest

from summarizer.conflicts import agree

from .builders import conflicts_of, fact, sides_of


@pytest.mark.parametrize(
    ("whole", "exact"),
    [
        ("a 17 percentage-point swing", "17.7 percentage points"),  # cut to its whole part
        ("an 18-point swing", "17.7 points"),  # rounded
        ("9%", "9.6%"),
        ("2 percent", "2.1 percent"),
    ],
)
def test_a_whole_rate_agrees_with_its_decimals(whole, exact):
    assert agree(fact(whole), fact(exact))
    assert agree(fact(exact), fact(whole))


@pytest.mark.parametrize(
    ("whole", "exact"),
    [
        ("16 points", "17.7 points"),  # neither the whole part nor the rounding
        ("4%", "4.5%"),  # half a point off a figure of four is a different rate
        ("1 million people", "1.2 million people"),  # a count is given as it is
        ("$9 billion", "$9.2 billion"),  # and a sum, unless hedged ("more than $9 billion")
        ("46 euros", "46.50 euros"),  # and a price
    ],
)
def test_a_whole_number_far_from_the_figure_or_a_count_still_differs(whole, exact):
    assert not agree(fact(whole), fact(exact))


def test_a_swing_cut_to_its_whole_points_is_no_dispute(embedder):
    assert not conflicts_of(
        "The result is a 17 percentage-point swing to the Greens in the by-election, the "
        "agency said.",
        "The by-election result represents a swing of 17.7 percentage points to the Greens.",
        embedder=embedder,
    )


def test_a_disputed_swing_is_named_swing(embedder):
    [c] = conflicts_of(
        "The result is a 12 percentage-point swing to the Greens in the by-election, the "
        "agency said.",
        "The by-election result represents a swing of 17.7 percentage points to the Greens.",
        embedder=embedder,
    )
    assert c.topic == "swing"
    assert {v for v, _ in sides_of(c)} == {"12 percentage-point", "17.7 percentage points"}


def test_a_disputed_offer_a_share_is_named_price_per_share(embedder):
    [c] = conflicts_of(
        "Brightwater agreed to buy its rival Norvale for 52 euros per share in cash, the "
        "companies said on Tuesday.",
        "Brightwater said on Tuesday it would buy Norvale for 49.75 euros per share.",
        embedder=embedder,
    )
    assert c.topic == "price per share"


def test_protesters_and_people_in_a_crowd_count_are_one_disputed_count(embedder):
    [c] = conflicts_of(
        "Police said 20,000 protesters gathered in the capital on Saturday to oppose the "
        "pension reform.",
        "Organisers said 100,000 people gathered in the capital on Saturday to oppose the "
        "pension reform.",
        embedder=embedder,
    )
    assert c.topic == "people"
    assert sorted(v for v, _ in sides_of(c)) == ["100,000 people", "20,000 protesters"]
