"""Disagreements a brief used to miss: a minimum term a court set and the day something lasts
until; a count of one group's dead is no other toll."""

import pytest

from summarizer.conflicts import prison_term
from summarizer.facts import numbers
from summarizer.notes import is_date_conflict

from .builders import conflicts_of, sides_of

QUASHED = (
    "The Court of Appeal on Monday quashed the murder conviction of Thomas Albright, who has "
    "spent 16 years in prison for the killing of a taxi driver in Bristol. "
)


def test_two_minimum_terms_for_one_defendant_contradict(embedder):
    """A life sentence's minimum term is the figure a reader relies on: two sources that give
    the same man different minimums disagree, though one names the trial's year and the
    other opens its sentence with his name."""
    [c] = conflicts_of(
        QUASHED + "Albright, 44, was convicted at Bristol Crown Court in 2009 and sentenced to "
        "life with a minimum term of 18 years for the murder of Imran Shah.",
        QUASHED + "Albright was jailed for life and told he must serve a minimum of 15 years.",
        embedder=embedder,
    )
    assert c.kind == "contradiction"
    assert c.topic == "prison term"
    assert sorted(side.value for side in c.sides) == ["15 years", "18 years"]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Shah was sentenced to life with a minimum of 20 years.", ["year (prison)"]),
        ("Shah was jailed for life and must serve at least 20 years.", ["year (prison)"]),
        ("He was given life imprisonment with a minimum term of 20 years.", ["year (prison)"]),
        ("The law sets a minimum term of 15 years for murder.", [None]),
        ("Prosecutors asked for a minimum term of 25 years, and Shah was sentenced.", [None]),
        ("Shah faces a mandatory minimum of 10 years in prison.", [None]),
    ],
)
def test_a_minimum_term_is_a_prison_term_only_where_a_court_set_it(text, terms):
    assert [prison_term(f, text) for f in numbers(text)] == terms


STRIKE_THURSDAY = "Dock unions said the port strike would last until Thursday."
STRIKE_SUNDAY = "Dock unions said their port strike would continue until Sunday, March 15."


def test_two_days_one_strike_lasts_until_contradict(embedder):
    """The day a strike ends is a date a reader plans by: two sources that end it on
    different days disagree, each side cited."""
    [c] = conflicts_of(
        "Dockers walked out at the port of Hull on Tuesday. " + STRIKE_THURSDAY,
        "Dockers walked out at the port of Hull on Tuesday. " + STRIKE_SUNDAY,
        embedder=embedder,
    )
    assert c.kind == "contradiction"
    assert is_date_conflict(c)
    assert sides_of(c) == [("Thursday", ["s0"]), ("Sunday, March 15", ["s1"])]


def test_no_end_day_conflict_where_a_source_gives_both_days_or_another_thing(embedder):
    """A source that names the other day too (a vote on extending the strike to it) reports
    both; an end day of talks is not the strike's."""
    both = STRIKE_THURSDAY + " Members will vote on extending it to Sunday, March 15."
    assert not conflicts_of(both, STRIKE_SUNDAY, embedder=embedder)
    talks = "Talks between the port and the unions will last until Sunday, March 15."
    assert not conflicts_of(STRIKE_THURSDAY, talks, embedder=embedder)


@pytest.mark.parametrize(
    "workers",
    [
        # a part of the dead, as another source says
        "Three workers died in the explosion at the paint factory in Leeds on Monday.",
        # a part of its own source's toll
        "The explosion at the paint factory in Leeds on Monday killed three workers. "
        "Police said five people had died in all.",
    ],
)
def test_dead_workers_who_are_a_part_of_the_toll_are_no_other_toll(embedder, workers):
    toll = (
        "Five people died in the explosion at the paint factory in Leeds on Monday, "
        "including three workers."
    )
    assert not conflicts_of(toll, workers, embedder=embedder)


def test_two_groups_of_dead_are_no_toll(embedder):
    """Four soldiers and six civilians killed are two counts, not one toll given twice."""
    assert not conflicts_of(
        "A roadside bomb killed four soldiers near the border town on Monday, the army said.",
        "Six civilians died in the bombing near the border town on Monday, officials said.",
        "A roadside bomb near the border town on Monday killed six people, officials said.",
        embedder=embedder,
    )
