"""Captives freed and captives still held: two counts of one noun, and the day a figure is
said that dates no freeing. Sources that differ on either are listed and the brief marks
the figure contested."""

import pytest

from summarizer.notes import has_contested_note
from summarizer.pipeline import summarize

from .builders import BagEmbedder, conflicts_of, figures_of

MONDAY_WIRE = (
    "Gunmen have released 31 of the pupils abducted from a village school in Borno state, "
    "the state government said on Monday, adding that 14 students remained in captivity."
)
MONDAY_AGENCY = (
    "Thirty-one pupils kidnapped from a village school in Borno state have been freed, the "
    "police said on Monday, while 14 others remained in the hands of their captors."
)
TUESDAY_PAPER = (
    "According to the headmaster of the village school in Borno state, 33 students were "
    "freed on Sunday and 12 remain with the kidnappers."
)


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.fact.text, m.unit) for m in figures_of(text)]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (MONDAY_WIRE, [("31", "student (freed)"), ("14 students", "student (held)")]),
        (TUESDAY_PAPER, [("33 students", "student (freed)"), ("12", "student (held)")]),
        (
            MONDAY_AGENCY,
            [("Thirty-one pupils", "student (freed)"), ("14 others", "student (held)")],
        ),
        ("Kidnappers freed 5 of the 20 hostages on Friday.", [("5", "hostage (freed)")]),
    ],
)
def test_freed_and_still_held_captives_are_two_counts_of_their_noun(text, units):
    assert [u for u in _units(text) if u[1].endswith(("(freed)", "(held)"))] == units


@pytest.mark.parametrize(
    "text",
    [
        "Twelve patients were released from hospital on Monday after the kidnapping.",
        "Eight suspects in the kidnapping were released on bail on Tuesday.",
        "The kidnappers released a video showing 12 hostages on Sunday.",
        "The company released 12 new products on Monday.",
        "Rescuers freed 12 people trapped in the rubble on Monday.",
    ],
)
def test_no_freed_count_outside_captivity(text):
    assert not [u for _, u in _units(text) if u.endswith(("(freed)", "(held)"))]


def _figure_conflicts(*texts, dates=()):
    found = conflicts_of(*texts, embedder=BagEmbedder(), dates=dates)
    return sorted(
        (k.topic, sorted(side.value for side in k.sides))
        for k in found
        if k.topic not in ("date", "attribution")
    )


def test_sources_differing_on_freed_and_held_counts_are_listed():
    found = _figure_conflicts(
        MONDAY_WIRE, TUESDAY_PAPER, MONDAY_AGENCY, dates=("2026-03-09", "2026-03-10", "2026-03-09")
    )
    assert found == [
        ("pupils (freed)", ["31", "33 students"]),
        ("students (still held)", ["12", "14 students"]),
    ]


def test_a_freed_count_is_not_set_against_a_held_count():
    # 40 freed, 14 still held: no source disagrees with another
    found = _figure_conflicts(
        "Kidnappers freed 40 students on Sunday, the police said on Monday.",
        "Fourteen students remain in captivity after the kidnapping, the police said on Monday.",
        dates=("2026-03-09", "2026-03-09"),
    )
    assert found == []


def test_the_day_a_figure_is_said_before_another_s_freeing_keeps_them_apart():
    # Monday's statement cannot tell Tuesday's freeing: two days, no disagreement
    found = _figure_conflicts(
        "Kidnappers in Borno state freed 11 students, police said Monday.",
        "Kidnappers in Borno state freed 15 students on Tuesday.",
        dates=("2026-03-09", "2026-03-11"),
    )
    assert found == []


@pytest.mark.parametrize("dates", [(), ("2026-03-09", "2026-03-10")])
def test_statements_of_two_days_still_tell_two_days(dates):
    found = _figure_conflicts(
        "Kidnappers in Borno state freed 11 students, police said on Monday.",
        "Kidnappers in Borno state freed 15 students, police said on Tuesday.",
        dates=dates,
    )
    assert found == []


def test_the_brief_marks_a_disputed_freed_count_contested():
    articles = [
        {"text": MONDAY_WIRE, "date": "2026-03-09", "source": "Wire"},
        {"text": TUESDAY_PAPER, "date": "2026-03-10", "source": "Paper"},
        {"text": MONDAY_AGENCY, "date": "2026-03-09", "source": "Agency"},
    ]
    brief = summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)
    assert len(brief.conflicts) >= 2
    stated = [s.text for s in (*brief.summary, *brief.key_points) if "33" in s.text]
    assert stated and all(has_contested_note(t) for t in stated), stated
    assert "33" not in brief.headline
