"""Deadlines and spoken durations in conflicts: two sources that give one decision two
"by" days disagree on a date, as two end days ("until Friday") do; "a minute and a half" is
a duration, compared in seconds with "about two minutes" or "90 seconds"."""

from __future__ import annotations

import pytest

from summarizer.events import until_day
from tests.builders import BagEmbedder, conflicts_of, fact, sides_of

EMBED = BagEmbedder()
RULING = "The regulator is expected to rule on the merger by {}, the company said."
SAME_DAY = ("2026-10-05", "2026-10-05")


@pytest.mark.parametrize("day", ["Nov. 2", "Nov. 2, 2026"])
def test_two_deadlines_for_one_ruling_are_a_date_conflict_citing_both(day):
    texts = [RULING.format("Nov. 20"), RULING.format(day)]
    [c] = conflicts_of(*texts, embedder=EMBED, dates=SAME_DAY)
    assert c.kind == "contradiction"
    assert sides_of(c) == [("Nov. 20", ["s0"]), (day, ["s1"])]


def test_a_year_elsewhere_in_the_sentence_does_not_hide_the_deadline():
    text = "The regulator is expected to rule on the merger by Nov. 20, with completion in 2027."
    when, _stems = until_day(text)
    assert when.text == "Nov. 20"


def test_a_later_deadline_in_a_later_article_is_an_extension_not_a_conflict():
    texts = [RULING.format("Friday"), RULING.format("Monday, Oct. 12")]
    assert conflicts_of(*texts, embedder=EMBED, dates=("2026-10-05", "2026-10-07")) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The union must respond to the pay offer by Friday.",
         "Ministers are expected to publish the budget by Monday."),
        ("The company aims to cut its emissions by 2030, the chief executive said.",
         "The company aims to cut its emissions by 2035, the chief executive said."),
        ("By Friday, the wildfire had burned across the hills north of the town.",
         "By Saturday, the wildfire had burned across the hills north of the town."),
        ("Homes were damaged by Friday's storm, the mayor said.",
         "Homes were damaged by Saturday's storm, the mayor said."),
    ],
)  # fmt: skip
def test_by_days_that_are_no_two_deadlines_of_one_thing_are_no_conflict(first, second):
    assert conflicts_of(first, second, embedder=EMBED, dates=SAME_DAY) == []


def test_a_state_reached_by_a_day_or_a_day_possessed_is_no_deadline():
    assert until_day("By Friday, the fire had burned 21,000 acres.") is None
    assert until_day("The town was battered by Friday's storm.") is None
    assert until_day("Police had arrested 20 people by Friday evening.") is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The shaking lasted a minute and a half.", "1.5", "minutes"),
        ("The shaking lasted about a minute and a half.", "1.5", "minutes"),
        ("The shaking lasted half a minute.", "0.5", "minutes"),
        ("The meeting lasted half an hour.", "0.5", "hours"),
        ("The flight took an hour and a half.", "1.5", "hours"),
    ],
)
def test_spoken_halves_are_durations(text, value, unit):
    f = fact(text)
    assert (f.value, f.unit) == (value, unit)


QUAKE = "The earthquake, which struck at dawn on Monday, lasted {}, seismologists said."


def test_a_minute_and_a_half_against_about_two_minutes_is_a_contradiction():
    texts = [QUAKE.format("about two minutes"), QUAKE.format("a minute and a half")]
    [c] = conflicts_of(*texts, embedder=EMBED)
    assert c.kind == "contradiction"
    assert sides_of(c) == [("about two minutes", ["s0"]), ("a minute and a half", ["s1"])]


def test_a_minute_and_a_half_agrees_with_90_seconds():
    texts = [QUAKE.format("90 seconds"), QUAKE.format("a minute and a half")]
    assert conflicts_of(*texts, embedder=EMBED) == []


def test_hours_stay_out_of_comparison():
    """Hours are elapsed time as often as a measure ("half an hour later"): never compared."""
    texts = [QUAKE.format("half an hour"), QUAKE.format("two hours")]
    assert conflicts_of(*texts, embedder=EMBED) == []
