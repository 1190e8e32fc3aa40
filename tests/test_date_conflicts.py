"""Date conflicts: sources that date one happening to different days are listed
where sources differ, and the brief's sentence stating that date says so."""

import re

import pytest

from summarizer import Document, summarize
from summarizer.facts import numbers
from summarizer.language import use_language
from summarizer.notes import (
    CONTESTED_DATE_NOTE,
    CONTESTED_NOTE,
    contested_note,
    is_date_conflict,
    note_contested,
)

from .builders import conflicts_of, sides_of

RESIGNED_TUESDAY = (
    "Transport minister Andrew Hale resigned on Tuesday after a row over rail contracts. "
    "Opposition parties had demanded his exit for weeks."
)
RESIGNED_WEDNESDAY = (
    "Transport minister Andrew Hale resigned on Wednesday after a row over rail contracts. "
    "His deputy is expected to take over."
)


def test_two_weekdays_for_one_happening_contradict(embedder):
    [c] = conflicts_of(RESIGNED_TUESDAY, RESIGNED_WEDNESDAY, embedder=embedder)
    assert c.kind == "contradiction"
    assert is_date_conflict(c)
    assert sides_of(c) == [("Tuesday", ["s0"]), ("Wednesday", ["s1"])]
    assert c.topic == "Transport minister Andrew Hale resigned after a row over rail contracts"
    assert [side.text for side in c.sides] == [
        "Transport minister Andrew Hale resigned on Tuesday after a row over rail contracts.",
        "Transport minister Andrew Hale resigned on Wednesday after a row over rail contracts.",
    ]


def test_two_days_of_the_month_contradict_and_agreeing_sources_share_a_side(embedder):
    [c] = conflicts_of(
        "The earthquake struck the coastal town of Camana on 3 March, destroying the old church.",
        "The earthquake struck the coastal town of Camana on March 4, destroying the old church.",
        "The earthquake struck the coastal town of Camana on 4 March, destroying the old church.",
        embedder=embedder,
    )
    assert c.kind == "contradiction"
    assert sides_of(c) == [("March 4", ["s1", "s2"]), ("3 March", ["s0"])]


def test_a_weekday_and_the_date_it_falls_on_agree(embedder):
    # Tuesday in an article of Wednesday 2024-11-13 is 12 November; the 13th is not.
    tuesday = RESIGNED_TUESDAY
    on_12th = RESIGNED_TUESDAY.replace("on Tuesday", "on 12 November")
    on_13th = RESIGNED_TUESDAY.replace("on Tuesday", "on 13 November")
    assert not conflicts_of(tuesday, on_12th, embedder=embedder, dates=["2024-11-13", None])
    [c] = conflicts_of(tuesday, on_13th, embedder=embedder, dates=["2024-11-13", None])
    assert sides_of(c) == [("Tuesday (2024-11-12)", ["s0"]), ("13 November", ["s1"])]
    # two weekdays worked out from the articles' dates: the same day agrees,
    # another differs (Wednesday in an article of the 14th is the 13th)
    wednesday = RESIGNED_WEDNESDAY
    assert conflicts_of(tuesday, wednesday, embedder=embedder, dates=["2024-11-13", "2024-11-14"])


def test_the_same_day_in_other_words_is_one_side(embedder):
    quake = "The earthquake struck the coastal town of Camana on {}, destroying the old church."
    [c] = conflicts_of(
        quake.format("March 3"),
        quake.format("3 March"),
        quake.format("Monday, March 3"),
        quake.format("4 March"),
        embedder=embedder,
    )
    assert sides_of(c) == [("March 3", ["s0", "s1", "s2"]), ("4 March", ["s3"])]
    tuesday = RESIGNED_TUESDAY.replace(" on Tuesday", " Tuesday")
    assert not conflicts_of(RESIGNED_TUESDAY, tuesday, embedder=embedder)


def test_different_happenings_on_different_days_are_no_conflict(embedder):
    # One real disagreement (the resignation), beside happenings that merely
    # read alike: other actors, other verbs, a second suspect, a plan.
    others = [
        "The US State Department confirmed on Tuesday that North Korean troops were fighting "
        "in the Kursk region.",
        "Secretary of State Antony Blinken promised on Wednesday a firm response to the "
        "deployment of North Korean troops.",
        "The court convicted the former mayor on Tuesday.",
        "The court sentenced the former mayor on Friday.",
        "Police arrested a suspect in the killing on Monday.",
        "Police arrested a second suspect in the killing on Tuesday.",
        "The parliament held a vote on the budget on Tuesday.",
        "The parliament will hold a vote on the budget on Thursday.",
    ]
    cs = conflicts_of(RESIGNED_TUESDAY, RESIGNED_WEDNESDAY, *others, embedder=embedder)
    assert [sides_of(c) for c in cs] == [[("Tuesday", ["s0"]), ("Wednesday", ["s1"])]]


def test_a_source_that_gives_both_days_or_a_sentence_with_two_dates_is_no_conflict(embedder):
    both = RESIGNED_WEDNESDAY + " Parliament met on Tuesday to debate the contracts."
    assert not conflicts_of(RESIGNED_TUESDAY, both, embedder=embedder)
    ranged = (
        "Transport minister Andrew Hale resigned between Tuesday and Wednesday after a row over "
        "rail contracts."
    )
    said = (
        "Transport minister Andrew Hale said on Wednesday he resigned after a row over rail "
        "contracts."
    )
    deadline = (
        "Transport minister Andrew Hale was told to resign by Wednesday after a row over rail "
        "contracts."
    )
    cs = conflicts_of(
        RESIGNED_TUESDAY, ranged, said, deadline, RESIGNED_WEDNESDAY, embedder=embedder
    )
    assert [sides_of(c) for c in cs] == [[("Tuesday", ["s0"]), ("Wednesday", ["s4"])]]


@pytest.mark.parametrize(
    ("language", "first", "second", "values"),
    [
        (
            "es",
            "El ministro de Transportes, Andrés Robles, dimitió el martes tras el escándalo de "
            "los contratos.",
            "El ministro de Transportes, Andrés Robles, dimitió el miércoles tras el escándalo "
            "de los contratos.",
            ["martes", "miércoles"],
        ),
        (
            "de",
            "Verkehrsminister Andreas Roth ist am Dienstag wegen der Affäre um die Bahnverträge "
            "zurückgetreten.",
            "Verkehrsminister Andreas Roth ist am Mittwoch wegen der Affäre um die Bahnverträge "
            "zurückgetreten.",
            ["Dienstag", "Mittwoch"],
        ),
        (
            "fr",
            "Le séisme a frappé la ville côtière de Camana le 3 mars, détruisant la vieille "
            "église.",
            "Le séisme a frappé la ville côtière de Camana le 4 mars, détruisant la vieille "
            "église.",
            ["3 mars", "4 mars"],
        ),
    ],
)
def test_date_conflicts_in_other_languages(embedder, language, first, second, values):
    with use_language(language):
        [c] = conflicts_of(first, second, embedder=embedder)
        assert [side.value for side in c.sides] == values
        assert is_date_conflict(c)
        # the same day twice is none
        assert not conflicts_of(first, first, embedder=embedder)


def test_the_brief_says_sources_differ_on_the_date(embedder):
    docs = [
        Document("a", RESIGNED_TUESDAY, date="2024-11-13"),
        Document("b", RESIGNED_WEDNESDAY, date="2024-11-14"),
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    [c] = brief.conflicts
    assert sides_of(c) == [("Tuesday (2024-11-12)", ["a"]), ("Wednesday (2024-11-13)", ["b"])]
    noted = [s.text for s in brief.sentences() if CONTESTED_DATE_NOTE in s.text]
    assert noted and all("resigned on" in t for t in noted)
    assert not any(CONTESTED_NOTE in s.text for s in brief.sentences())
    # a headline that states the date says so too, never that a figure is disputed
    assert CONTESTED_NOTE not in brief.headline
    assert brief.headline == (
        "Transport minister Andrew Hale resigned on Tuesday after a row over rail contracts"
        + CONTESTED_DATE_NOTE
    )
    md = brief.to_markdown()
    assert (
        "- **Transport minister Andrew Hale resigned after a row over rail contracts** "
        "(sources contradict): Tuesday (2024-11-12) [1]; Wednesday (2024-11-13) [2]"
    ) in md


def test_a_sentence_with_a_contested_figure_and_date_says_both(embedder):
    # a and b differ on the day, a and c on the toll (b and c on both: no telling)
    brief = summarize(
        [
            Document("a", "The ferry sank off the coast of Sumatra on Sunday, killing 12 people."),
            Document(
                "b", "The ferry sank off the coast of Sumatra on Saturday, killing 12 people."
            ),
            Document("c", "The ferry sank off the coast of Sumatra on Sunday, killing 15 people."),
        ],
        backend="extractive",
        embedder=embedder,
        cache=None,
    )
    by_kind = {is_date_conflict(c): sides_of(c) for c in brief.conflicts}
    assert by_kind == {
        True: [("Sunday", ["a"]), ("Saturday", ["b"])],
        False: [("12 people", ["a"]), ("15 people", ["c"])],
    }
    both = "The ferry sank off the coast of Sumatra on Sunday, killing 12 people (sources differ"
    assert both + " on this figure and date)." in [s.text for s in brief.sentences()]
    assert brief.headline.endswith("(sources differ on this figure and date)")


def test_the_date_note_in_each_language():
    languages = ("en", "es", "fr", "de", "it", "pt", "zh", "ja")
    notes = {lang: contested_note(lang, "date") for lang in languages}
    assert notes["en"] == CONTESTED_DATE_NOTE == " (sources differ on this date)"
    assert len(set(notes.values())) == 8
    assert not set(notes.values()) & {contested_note(lang) for lang in notes}
    with use_language("es"):
        assert note_contested("El ministro dimitió el martes.", what="date") == (
            "El ministro dimitió el martes (las fuentes difieren sobre esta fecha)."
        )
    assert note_contested("台风周二登陆。", "zh", "date") == "台风周二登陆（各来源日期不一）。"
    # a figure's note as ever
    assert contested_note() == CONTESTED_NOTE == " (sources differ on this figure)"


def test_a_day_that_does_not_exist_or_cannot_be_compared_is_on_no_side(embedder):
    quake = "The earthquake struck the coastal town of Camana on {}, destroying the old church."
    # "31 April" is no day: no conflict with "30 April"
    assert conflicts_of(quake.format("31 April"), quake.format("30 April"), embedder=embedder) == []
    # undated articles: "Tuesday" may be either day (of a year not given), so it is on
    # no side; only the two dates are set side by side
    [c] = conflicts_of(
        quake.format("Tuesday"),
        quake.format("13 November"),
        quake.format("12 November"),
        embedder=embedder,
    )
    assert sides_of(c) == [("13 November", ["s1"]), ("12 November", ["s2"])]


def test_odd_dates_and_huge_figures_give_a_brief_not_a_traceback(embedder):
    # an article dated on the calendar's first day (a weekday before it does not
    # exist), and a figure with more digits than a decimal holds
    docs = [
        Document("a", RESIGNED_WEDNESDAY, date="0001-01-01"),
        Document(
            "b",
            RESIGNED_TUESDAY + " It cost 1111111111111111111111111111111111 dollars.",
            date="0001-01-01",
        ),
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    assert any("resigned on" in s.text for s in brief.sentences())
    # neither weekday falls on a day of the calendar: no anchor, no side of a conflict
    assert brief.conflicts == ()
    assert not any(re.search(r"\(\d{4}-", s.text) for s in brief.sentences())
    # the huge figure is read whole, every digit, not a crash
    [f] = numbers("It cost 1111111111111111111111111111111111 dollars.")
    assert f.value == "1" * 34


@pytest.mark.parametrize(
    "language, text, shown",
    [
        ("en", "The storm hit the town tonight.", "tonight (2024-11-13)"),
        ("en", "The storm hit the town last evening.", "last evening (2024-11-12)"),
        (
            "en",
            "The storm hit the town the day before yesterday.",
            "the day before yesterday (2024-11-11)",
        ),
        ("es", "La tormenta llegó al pueblo esta noche.", "esta noche (2024-11-13)"),
        ("fr", "La tempête a frappé la ville ce soir.", "ce soir (2024-11-13)"),
        ("it", "La tempesta è arrivata in città stasera.", "stasera (2024-11-13)"),
        ("it", "La tempesta è arrivata in città l'altro ieri.", "l'altro ieri (2024-11-11)"),
        ("pt", "A tempestade chegou à cidade esta noite.", "esta noite (2024-11-13)"),
    ],
)
def test_a_day_named_from_the_articles_date_is_worked_out(language, text, shown):
    """The words "tonight", "ce soir", "l'altro ieri": one day each, counted back from the
    article's date (Wednesday 13 November 2024), never read as "yesterday" alone."""
    from summarizer.events import relative_days

    with use_language(language):
        assert [w.shown for w in relative_days(text, "2024-11-13")] == [shown]


@pytest.mark.parametrize(
    "text, day",
    [
        ("The minister resigned on Friday.", True),
        ("The minister resigned yesterday.", True),  # a day counted from the article's
        ("The minister resigned on Nov. 12.", True),
        ("The minister was convicted in January.", False),  # a month is no day
        ("The minister told USA Today she would resign.", False),  # a name
        ("“We leave today,” the minister said in 2019.", False),  # the speaker's day
    ],
)
def test_what_names_a_day(text, day):
    from summarizer.events import names_a_day

    assert names_a_day(text) is day
