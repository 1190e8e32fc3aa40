"""How a figure is read before sources are compared: a range written with a dash, a count
whose verb follows it, a name that opens a sentence, a sum reckoned with or without debt."""

import pytest

from summarizer.facts import numbers
from summarizer.fusion import numbers_agree

from .builders import conflicts_of, figures_of


def read(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each figure of ``text`` as (value, unit, upper bound of its range)."""
    return [(f.value, f.unit, f.extra.get("upto")) for f in numbers(text)]


def test_a_range_written_with_a_dash_is_one_figure():
    assert read("Officials said 5,000-6,000 people fled.") == [("5000", "people", "6000")]
    assert read("Some 5,000–6,000 people fled.") == [("5000", "people", "6000")]
    assert read("The plant will cost $5-6 billion.") == [("5000000000", "USD", "6000000000")]
    assert read("Prices rose 20-25% last year.") == [("20", "%", "25")]
    assert read("Some 175-200 people came.") == [("175", "people", "200")]


@pytest.mark.parametrize(
    "text",
    [
        "Northbridge won 3-1 on Saturday.",
        "The ruling was filed on 2024-11-13.",
        "It was the best result of the 2023-24 season.",
        "Call 555-1234 for tickets.",
        "The COVID-19 cases rose.",
        "Ten F-35 jets flew over.",
        "The airline flies Boeing 737-800 jets.",
        "A 5-year-old boy was found.",
        "It was the worst since the 9-11 attacks.",
        "The talks run from 13-15 November.",
        "They suffered a 1-3 defeat at home.",
        "Ryanair flies 737-800 jets.",
        "The airline ordered 20 737-800 jets.",
        "It has a fleet of 737-900 aircraft.",
        "The bar is open 9-11 p.m. daily.",
        "Visits run 3-5 pm on weekdays.",
    ],
)
def test_scores_dates_codes_and_labels_are_no_ranges(text):
    assert not any(upto for _, _, upto in read(text))


@pytest.mark.parametrize(
    "text",
    [
        "They suffered a 1–3 defeat at home.",
        "The airline flies Boeing 737–800 jets.",
        "It was the worst since the 9–11 attacks.",
    ],
)
def test_labels_with_an_en_dash_are_no_ranges_when_sources_are_compared(text):
    figures = figures_of(text)
    assert not any("upto" in m.fact.extra for m in figures)


def test_a_dash_range_is_supported_only_where_both_bounds_are():
    assert not numbers_agree("Officials said 5,000-9,000 people fled.", "5,000 people fled.")
    assert not numbers_agree("The plant will cost $5-9 billion.", "It will cost $5 billion.")
    assert not numbers_agree("Prices rose 20-45% last year.", "Prices rose 20% last year.")
    assert not numbers_agree("Some 5,000-9,000 people fled.", "Some 5,000-6,000 people fled.")
    assert numbers_agree("Some 5,000-9,000 people fled.", "Some 5,000-9,000 people fled.")
    assert numbers_agree("Some 5,000-9,000 people fled.", "Between 5,000 and 9,000 people fled.")


def test_a_dash_range_is_compared_as_the_range_it_gives(embedder):
    [c] = conflicts_of(
        "Officials said 5,000-6,000 people fled the floods in the valley.",
        "Officials said about 20,000 people fled the floods in the valley.",
        embedder=embedder,
    )
    assert sorted(side.value for side in c.sides) == [
        "5,000-6,000 people",
        "about 20,000 people",
    ]
    assert not conflicts_of(  # the figure lies in the range
        "Acme said the new plant in Ohio would cost $5-6 billion to build.",
        "Acme said the new plant in Ohio would cost $5.5 billion to build.",
        embedder=embedder,
    )


@pytest.mark.parametrize("bounds", ["between 5 and 6 million", "5-6 million"])
def test_a_range_s_lower_bound_takes_the_scale_of_the_upper(embedder, bounds):
    # "between 5 and 6 million people" is 5 to 6 million, as "5-6 million" is: 5.5 million
    # lies in it
    assert not conflicts_of(
        f"Officials said {bounds} people fled the fighting in the north last year.",
        "Officials said 5.5 million people fled the fighting in the north last year.",
        embedder=embedder,
    )


def test_a_count_whose_verb_follows_it_counts_what_it_is_of():
    assert read("A crowd of 61,482 watched the final.") == [("61482", "crowd", None)]
    # with no noun, a count is known by what it did or what befell it
    assert read("A total of 300 attended the vigil.") == [("300", "attended", None)]
    assert read("At least 12 died in the blast.") == [("12", "died", None)]
    assert read("Police said 12 armed men fled.") == [("12", "men", None)]


def test_two_counts_of_the_same_verb_conflict(embedder):
    [c] = conflicts_of(
        "Some 5,000 fled into Chad after the fighting in the border town, the UN said.",
        "Some 7,000 fled into Chad after the fighting in the border town, the UN said.",
        embedder=embedder,
    )
    assert sorted(side.value for side in c.sides) == ["Some 5,000 fled", "Some 7,000 fled"]
    [c] = conflicts_of(
        "Officials said 300 lost their homes when the river burst its banks on Sunday.",
        "Officials said 500 lost their homes when the river burst its banks on Sunday.",
        embedder=embedder,
    )
    assert c.kind == "contradiction"


def test_a_name_that_opens_a_sentence_names_the_changed_thing(embedder):
    [c] = conflicts_of(
        "Acme shares fell 6% in extended trading after it cut its forecast.",
        "Shares of Acme dropped 8% in extended trading after it cut its forecast.",
        embedder=embedder,
    )
    assert sorted(side.value for side in c.sides) == ["6%", "8%"]
    assert not conflicts_of(  # two companies, or one not named
        "Acme shares fell 6% in extended trading after it cut its forecast.",
        "Bolt shares fell 9% in extended trading after it cut its forecast.",
        "The shares fell 4% in extended trading after it cut its forecast.",
        embedder=embedder,
    )


def test_a_sum_with_debt_and_one_without_are_no_conflict(embedder):
    assert not conflicts_of(
        "Norrland Foods agreed on Monday to buy Baltic Dairy for $4.2 billion.",
        "Norrland Foods agreed on Monday to buy Baltic Dairy for $4.5 billion including debt.",
        "Norrland Foods agreed to buy Baltic Dairy for $4.0 billion, excluding fees.",
        embedder=embedder,
    )
    [c] = conflicts_of(  # reckoned alike, they still differ
        "Norrland Foods agreed on Monday to buy Baltic Dairy for $4.5 billion including debt.",
        "Norrland Foods agreed on Monday to buy Baltic Dairy for $4.9 billion including debt.",
        embedder=embedder,
    )
    assert c.kind == "contradiction"
