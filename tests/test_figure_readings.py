"""How a figure is read before sources are compared: a range written with a dash, a count
whose verb follows it, a name that opens a sentence, a sum reckoned with or without debt."""

import pytest

from summarizer.facts import numbers

from .builders import conflicts_of


def read(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each figure of ``text`` as (value, unit, upper bound of its range)."""
    return [(f.value, f.unit, f.extra.get("upto")) for f in numbers(text)]


def test_a_range_written_with_a_dash_is_one_figure():
    assert read("Officials said 5,000-6,000 people fled.") == [("5000", "people", "6000")]
    assert read("Some 5,000–6,000 people fled.") == [("5000", "people", "6000")]
    assert read("The plant will cost $5-6 billion.") == [("5000000000", "USD", "6000000000")]
    assert read("Prices rose 20-25% last year.") == [("20", "%", "25")]


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
    ],
)
def test_scores_dates_codes_and_labels_are_no_ranges(text):
    assert not any(upto for _, _, upto in read(text))


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


def test_a_verb_after_a_count_is_not_what_it_counts():
    assert read("A crowd of 61,482 watched the final.") == [("61482", "crowd", None)]
    assert read("About 300 attended the vigil.") == [("300", None, None)]
    assert read("Some 5,000 marched through the city.") == [("5000", None, None)]
    assert read("A total of 300 attended the vigil.") == [("300", None, None)]
    # what befell a count still says what it counts
    assert read("At least 12 died in the blast.") == [("12", "died", None)]
    assert read("Police said 12 armed men fled.") == [("12", "men", None)]


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
