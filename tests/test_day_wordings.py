"""Date conflicts over one happening that two sources word with different verbs of the
same meaning ("gave way" and "collapsed", "stepped down" and "resigned"): the sources
are still set against each other over its day, and two different happenings are not."""

import pytest

from summarizer.events import event_date, without_date
from summarizer.language import use_language
from summarizer.notes import is_date_conflict

from .builders import conflicts_of, sides_of

COLLAPSED_TUESDAY = (
    "A road bridge over the Tamar river collapsed near the village of Calstock in Cornwall "
    "on Tuesday evening, sending at least four cars and a lorry into the water, killing at "
    "least two people, coastguard officials said."
)
GAVE_WAY_MONDAY = (
    "The bridge, near Calstock, gave way on Monday evening during heavy rain, sending a "
    "lorry and several cars into the river."
)


def test_a_verb_worded_otherwise_is_read_as_its_synonym():
    from summarizer.events import one_wording

    assert one_wording("The roof caved in and the mayor stepped down.") == (
        "The roof collapsed and the mayor resigned."
    )
    assert one_wording("The giveaway was a gave-way sign.") == "The giveaway was a gave-way sign."


def test_two_wordings_of_one_collapse_on_two_days_contradict(embedder):
    # Two articles of Wednesday 4 March 2026: "Tuesday" is the 3rd, "Monday" the 2nd.
    [c] = conflicts_of(
        COLLAPSED_TUESDAY, GAVE_WAY_MONDAY, embedder=embedder, dates=["2026-03-04"] * 2
    )
    assert is_date_conflict(c)
    assert sides_of(c) == [("Tuesday (2026-03-03)", ["s0"]), ("Monday (2026-03-02)", ["s1"])]
    # the part of the day goes with the day it follows: the topic reads as a sentence
    assert c.topic == "The bridge, near Calstock, gave way during heavy rain"


@pytest.mark.parametrize(
    ("language", "text", "happening"),
    [
        (
            "en",
            "The dam failed on Sunday night, flooding the valley.",
            "The dam failed, flooding the valley.",
        ),
        ("es", "El puente cedió el martes por la noche.", "El puente cedió."),
        ("fr", "Le pont s'est effondré samedi soir.", "Le pont s'est effondré."),
    ],
)
def test_a_day_is_left_out_with_its_part_of_the_day(language, text, happening):
    with use_language(language):
        when = event_date(text, "2026-03-04")
        assert without_date(text, when)[0] == happening


def test_the_same_day_in_two_wordings_is_no_conflict(embedder):
    same_day = GAVE_WAY_MONDAY.replace("Monday", "Tuesday")
    assert not conflicts_of(
        COLLAPSED_TUESDAY, same_day, embedder=embedder, dates=["2026-03-04"] * 2
    )


def test_two_happenings_on_two_days_stay_apart(embedder):
    # A roof that gave way the day before the bridge collapsed is another happening.
    roof = "The roof of the Calstock school gave way on Monday evening during heavy rain."
    assert not conflicts_of(COLLAPSED_TUESDAY, roof, embedder=embedder, dates=["2026-03-04"] * 2)
