"""A story told over days: a disagreement a later figure settles, a percentage of a state
updated, and a weekday that ends a span left as the article gives it."""

import pytest

from summarizer.conflicts import Mention, level_of
from summarizer.fusion import (
    anchor_dates,
    cluster_changes,
    live_conflicts,
    report_days,
    sentence_day,
    unlisted_recounts,
)
from summarizer.language import use_language
from summarizer.notes import has_contested_note
from summarizer.pipeline import split_documents, summarize
from summarizer.types import Citation, Conflict, ConflictSide

from .builders import BagEmbedder, dated_documents, figures_of, updates_of

# Two reports of Wednesday that differ, then Thursday's.
WEDNESDAY = (
    "The Alder Creek fire had destroyed 46 structures, fire officials said on Wednesday.",
    "The Alder Creek fire had destroyed 49 structures, county officials said on Wednesday.",
)
THURSDAY = "The Alder Creek fire has destroyed 52 structures, county officials said on Thursday."


def _docs(*texts_and_dates):
    """:func:`dated_documents` of (text, date) pairs."""
    texts, dates = zip(*texts_and_dates, strict=True)
    return dated_documents(texts, dates)


def _live(docs):
    from summarizer.conflicts import detect_conflicts

    sents = split_documents(docs)
    found = detect_conflicts(docs, sents, BagEmbedder(), 0.3)
    return found, live_conflicts(found, cluster_changes(docs, sents, BagEmbedder(), 0.3)[0])


def test_a_disagreement_a_later_figure_settles_is_not_listed():
    docs = _docs(
        (WEDNESDAY[0], "2025-08-13"), (WEDNESDAY[1], "2025-08-13"), (THURSDAY, "2025-08-14")
    )
    found, live = _live(docs)
    assert [k.topic for k in found] == ["structures"]  # Wednesday's 46 and 49 differ
    assert live == []  # but Thursday says 52: no disagreement left to the reader


def test_a_later_report_of_fewer_dead_is_a_disagreement_not_an_update():
    # the toll rose to four on Wednesday; a report dated Thursday still says three
    docs = _docs(
        ("The death toll from the Riedlingen train crash rose to four, police said.", "2025-06-11"),
        ("Three people were killed in the Riedlingen train crash, police said.", "2025-06-12"),
    )
    found, live = _live(docs)
    assert [k.topic for k in found] == [k.topic for k in live] != []


def test_the_brief_lists_no_settled_disagreement():
    articles = [
        {"text": WEDNESDAY[0], "date": "2025-08-13"},
        {"text": WEDNESDAY[1], "date": "2025-08-13"},
        {"text": THURSDAY, "date": "2025-08-14"},
    ]
    brief = summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)
    assert brief.conflicts == ()


def test_a_disagreement_of_the_latest_day_stays_listed():
    tuesday = "The Alder Creek fire had destroyed 30 structures, officials said on Tuesday."
    docs = _docs(
        (tuesday, "2025-08-12"), (WEDNESDAY[0], "2025-08-13"), (WEDNESDAY[1], "2025-08-13")
    )
    _, live = _live(docs)
    # Wednesday's 46 and 49 still differ; Tuesday's 30, which they update, is left out
    assert [[side.value for side in k.sides] for k in live] == [["46 structures", "49 structures"]]


def test_a_disagreement_no_later_figure_settles_stays_listed():
    other = "Schools in the valley canceled classes because of smoke on Thursday."
    docs = _docs((WEDNESDAY[0], "2025-08-13"), (WEDNESDAY[1], "2025-08-13"), (other, "2025-08-14"))
    found, live = _live(docs)
    assert live == found and [k.topic for k in live] == ["structures"]


def test_an_undated_cluster_keeps_its_disagreements():
    docs = _docs((WEDNESDAY[0], None), (WEDNESDAY[1], None), (THURSDAY, None))
    found, live = _live(docs)
    assert found and live == found


def test_an_undated_wire_copy_reports_the_day_it_names():
    # its second sentence names no day: it reports the day its article names
    docs = _docs(
        ("The fire grew on Wednesday, officials said. Containment stood at 5%.", None),
        ("The fire was 12% contained on Thursday, officials said.", "2025-08-14"),
    )
    days = report_days(docs, split_documents(docs))
    assert sorted(set(days.values())) == ["2025-08-13", "2025-08-14"]


def test_an_undated_reports_weekday_is_the_one_nearest_the_dated_reports():
    # Wednesday beside a Tuesday's report is the next day, not six days before: the risen
    # toll updates Tuesday's, and Tuesday's is no recount of an older, higher one
    docs = _docs(
        ("Storm Elin killed at least 12 people on Tuesday, police said.", "2025-03-04"),
        ("The death toll from Storm Elin rose to 15 on Wednesday, officials said.", None),
    )
    sents = split_documents(docs)
    assert sorted(set(report_days(docs, sents).values())) == ["2025-03-04", "2025-03-05"]
    updates, recounts = cluster_changes(docs, sents, BagEmbedder(), 0.3)
    assert [(old.fact.value, new.fact.value) for old, new in updates] == [("12", "15")]
    assert recounts == []


def _mention(text: str) -> Mention:
    [m] = figures_of(text)
    return m


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The fire was 0% contained Tuesday night.", "contain"),
        ("Crews raised containment to 12% on Thursday.", "contain"),
        ("Containment stood at 5%.", "contain"),
        ("Turnout had risen to 63 percent, officials said.", "turnout"),
        ("With 80% of the votes counted, she led.", "vote count"),
        ("The unemployment rate of 4% was the lowest in years.", "unemploy rate"),
        # no state of a named thing: a change, a bare share, a condition
        ("Shares of Acme fell 6% on Monday.", None),
        ("An increase of 5% was recorded.", None),
        ("It charged a rate of 4%.", None),
        ("Humidity fell below 10% on Tuesday.", None),
    ],
)
def test_level_of_a_percentage(text, level):
    assert level_of(_mention(text)) == level


def _updates(older: str, newer: str):
    pairs = updates_of(older, newer, embedder=BagEmbedder(), dates=["2025-08-12", "2025-08-14"])
    return [(a.fact.text, b.fact.text) for a, b in pairs]


def test_a_percentage_of_a_state_is_updated():
    older = "The Alder Creek fire was 0% contained on Tuesday night, officials said."
    newer = "Crews raised containment to 12% at the Alder Creek fire on Thursday, officials said."
    assert _updates(older, newer) == [("0%", "12%")]


def test_percentages_of_different_states_are_no_update():
    older = "The Alder Creek fire was 0% contained on Tuesday night, officials said."
    newer = "Turnout at the Alder Creek meeting was 12% on Thursday, officials said."
    assert _updates(older, newer) == []


@pytest.mark.parametrize(
    "text",
    [
        "The advisory was extended through Wednesday.",
        "The highway remains closed until Friday, officials said.",
        "Crews had hoped to contain the fire by Sunday.",
    ],
)
def test_a_weekday_that_ends_a_span_is_not_dated_into_the_past(text):
    # an article of Tuesday 2025-08-12: "through Wednesday" is most likely the next day
    assert anchor_dates(text, "2025-08-12") == text


def test_a_weekday_that_ends_a_span_on_the_article_s_day_is_that_day():
    text = "The fire had burned 21,300 acres by Tuesday evening."
    assert anchor_dates(text, "2025-08-12") == text.replace("Tuesday", "Tuesday (2025-08-12)")
    # the past day of the same sentence is still anchored
    said = "The advisory was extended through Friday, officials said Monday."
    assert anchor_dates(said, "2025-08-12") == said.replace("Monday", "Monday (2025-08-11)")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La vigilance a été prolongée jusqu'à vendredi."),
        ("es", "La alerta fue extendida hasta el viernes."),
        ("de", "Die Warnung wurde bis Freitag verlängert."),
    ],
)
def test_a_foreign_weekday_that_ends_a_span_is_not_dated_into_the_past(language, text):
    with use_language(language):
        assert anchor_dates(text, "2025-08-12") == text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The town was battered by Sunday's storm.", "Sunday's"),  # an agent, not a deadline
        ("By late Sunday, the fire had burned 21,000 acres.", "Sunday"),  # a state reached
    ],
)
def test_by_a_past_day_that_sets_no_deadline_is_still_dated(text, day):
    assert anchor_dates(text, "2025-08-12") == text.replace(day, f"{day} (2025-08-10)", 1)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "L'allerta resta in vigore fino alla domenica."),
        ("pt", "O alerta foi prorrogado até ao domingo."),
    ],
)
def test_contracted_forms_that_end_a_span_are_not_dated_into_the_past(language, text):
    with use_language(language):
        assert anchor_dates(text, "2025-08-12") == text


def test_an_undated_sentence_ending_a_span_reports_no_past_day():
    assert sentence_day("It was extended through Wednesday.", None, "2025-08-12") is None


# A toll over two days: Thursday's report, then Friday's, each naming its own day.
CRASH_THURSDAY = (
    "The Halvard Air jet crashed near Port Halvard on Thursday evening, and {} were killed, "
    "regional officials said."
)
CRASH_FRIDAY = (
    "Rescuers searched the forest near Port Halvard after the Halvard Air jet crashed, "
    "and {} were killed, regional officials said Friday."
)


def _crash_brief(thursday: str, friday: str):
    articles = [
        {
            "text": CRASH_THURSDAY.format(thursday),
            "date": "2025-11-06",
            "title": f"Halvard Air jet crashes near Port Halvard, {thursday} killed",
        },
        {"text": CRASH_FRIDAY.format(friday), "date": "2025-11-07"},
    ]
    return summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)


@pytest.mark.parametrize(
    ("thursday", "friday"),
    [("at least 138 people", "137 people"), ("eight people", "six people")],
)
def test_a_toll_a_later_day_counts_lower_is_listed_with_both_sides(thursday, friday):
    brief = _crash_brief(thursday, friday)
    [k] = brief.conflicts
    assert k.kind == "contradiction"  # "at least 138" and "137" cannot both be true
    assert {side.value for side in k.sides} == {thursday, friday}
    cited = {side.value: {c.source for c in side.citations} for side in k.sides}
    assert len(set().union(*cited.values())) == 2  # each side cites its own report


def test_a_toll_a_later_day_counts_higher_is_an_update_not_a_disagreement():
    brief = _crash_brief("137 people", "at least 138 people")
    assert brief.conflicts == ()


def test_a_toll_a_later_day_disputes_is_not_stated_as_settled():
    brief = _crash_brief("at least 138 people", "137 people")
    # no room in a headline to say that sources differ: the title stating 138 is not it
    assert "138" not in brief.headline and "137" not in brief.headline
    for s in (*brief.summary, *brief.key_points):
        if "138" in s.text or "137" in s.text:
            assert has_contested_note(s.text), s.text


def test_a_later_report_restating_an_earlier_day_s_lower_toll_is_no_disagreement():
    # Thursday's report tells Tuesday's toll; Wednesday's had counted five
    articles = [
        {
            "text": "The death toll from the Halvard bridge collapse rose to five people, "
            "officials said on Wednesday.",
            "date": "2025-11-05",
        },
        {
            "text": "Three people were killed in the Halvard bridge collapse on Tuesday, "
            "officials said.",
            "date": "2025-11-06",
        },
    ]
    brief = summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)
    assert brief.conflicts == ()


@pytest.mark.parametrize(
    "friday",
    [
        "Two more people died in hospital on Friday after the building collapsed in Halvard, "
        "officials said.",
        "Another two people died in hospital on Friday after the building collapsed in "
        "Halvard, officials said.",
        "Two additional deaths were reported on Friday after the building collapsed in "
        "Halvard, officials said.",
    ],
)
def test_a_days_new_deaths_are_no_lower_recount_of_the_toll(friday):
    articles = [
        {
            "text": "Twelve people were killed when the building collapsed in Halvard on "
            "Thursday, officials said.",
            "date": "2025-11-06",
        },
        {"text": friday, "date": "2025-11-07"},
    ]
    brief = summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)
    assert brief.conflicts == ()


def test_a_later_count_of_other_people_is_still_a_lower_recount():
    # "30 other people" are others than the dead the sentence names, not a day's additions
    articles = [
        {
            "text": "The blast at the Halvard chemical plant killed three people and injured "
            "45 people on Thursday, officials said.",
            "date": "2025-11-06",
        },
        {
            "text": "Three people were killed and 30 other people were injured in the blast at "
            "the Halvard chemical plant, officials said on Friday.",
            "date": "2025-11-07",
        },
    ]
    brief = summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)
    assert [sorted(side.value for side in k.sides) for k in brief.conflicts] == [
        ["30 other people", "45 people"]
    ]


def _toll_conflict(*cited: tuple[str, int]) -> Conflict:
    """A conflict of death tolls whose sides cite the sentences (source, start) ``cited``."""
    return Conflict(
        "contradiction",
        "deaths",
        tuple(ConflictSide(f"{n} killed", "", (Citation(d, n, n + 9, "x"),)) for d, n in cited),
    )


def test_a_recount_is_listed_once():
    """A later report's lower toll is listed as a disagreement of its own, but not where a
    conflict already listed cites each of its sentences (the brief says it once)."""
    recount = _toll_conflict(("a", 0), ("b", 40))
    assert unlisted_recounts([recount], [_toll_conflict(("a", 0), ("b", 40), ("c", 7))]) == []
    assert unlisted_recounts([recount], [_toll_conflict(("a", 0), ("c", 7))]) == [recount]
    assert unlisted_recounts([recount], []) == [recount]


# A storm told over two days: Tuesday's report, then Wednesday's.
STORM_DAYS = ["2025-10-14", "2025-10-15"]


def _storm_updates(tuesday: str, wednesday: str, embedder) -> set[tuple[str, str]]:
    """The (older, newer) figures Wednesday's report updates of Tuesday's."""
    pairs = updates_of(tuesday, wednesday, embedder=embedder, dates=STORM_DAYS)
    return {(a.fact.text, b.fact.text) for a, b in pairs}


@pytest.mark.parametrize(
    ("tuesday", "wednesday", "update"),
    [
        (
            "The disaster agency said 112,000 people had been moved to evacuation centres "
            "before Typhoon Mirela hit the coast.",
            "At least six people were killed and more than 230,000 were forced from their "
            "homes after Typhoon Mirela swept across the coast, the agency said on Wednesday.",
            ("112,000 people", "more than 230,000"),
        ),
        (
            "Officials evacuated 40,000 residents from low-lying parts of Corvallo as the "
            "river rose on Tuesday.",
            "Typhoon Mirela left three people dead and displaced about 95,000 in Corvallo, "
            "officials said Wednesday.",
            ("40,000 residents", "about 95,000"),
        ),
    ],
)
def test_the_displaced_are_one_count_however_a_day_words_it(tuesday, wednesday, update, embedder):
    assert _storm_updates(tuesday, wednesday, embedder) == {update}


@pytest.mark.parametrize(
    ("tuesday", "wednesday"),
    [
        (
            "Typhoon Mirela made landfall in Corvallo early on Tuesday with sustained winds "
            "of 185 kph, officials said.",
            "Typhoon Mirela weakened over the mountains and moved out to sea with sustained "
            "winds of 150 kph, the weather bureau said.",
        ),
        (
            "Temperatures in Seville reached 44 degrees on Tuesday as the heatwave peaked, "
            "forecasters said.",
            "Temperatures in Seville eased to 38 degrees on Wednesday as the heatwave broke, "
            "forecasters said.",
        ),
        (
            "A magnitude 6.1 earthquake struck near Corvallo on Tuesday, the institute said.",
            "A magnitude 5.2 earthquake struck near Corvallo on Wednesday, the institute said.",
        ),
        (
            "Brent crude traded at $92 a barrel on Tuesday, traders said.",
            "Brent crude traded at $86 a barrel on Wednesday, traders said.",
        ),
        (
            "Petrol in Corvallo cost 1.95 euros a litre on Tuesday, the ministry said.",
            "Petrol in Corvallo cost 1.80 euros a litre on Wednesday, the ministry said.",
        ),
        (
            "Shares of Corvallo Shipping fell 12% on Tuesday after the storm hit its port.",
            "Shares of Corvallo Shipping fell 3% on Wednesday as the port reopened.",
        ),
    ],
)
def test_a_reading_that_changes_updates_nothing(tuesday, wednesday, embedder):
    # a speed, temperature, magnitude, price or change of its hour: the earlier stays true
    assert _storm_updates(tuesday, wednesday, embedder) == set()


@pytest.mark.parametrize(
    "wednesday",
    [
        "Five more people died in hospital on Wednesday after the building collapsed in "
        "Corvallo, officials said.",
        "Another five people died in hospital on Wednesday after the building collapsed in "
        "Corvallo, officials said.",
        "Officials evacuated another 30,000 people from Corvallo on Wednesday as the river "
        "kept rising.",
    ],
)
def test_a_days_additions_update_no_smaller_count(wednesday, embedder):
    tuesday = (
        "Three people were killed when the building collapsed in Corvallo on Tuesday, and "
        "officials evacuated 12,000 people from Corvallo, officials said."
    )
    assert _storm_updates(tuesday, wednesday, embedder) == set()


def test_a_later_wind_speed_is_no_update_at_a_low_likeness():
    texts = (
        "Typhoon Mirela made landfall in Corvallo early on Tuesday with sustained winds of "
        "185 kph, officials said.",
        "Typhoon Mirela weakened over the mountains of Corvallo with sustained winds of 150 kph, "
        "the weather bureau said on Wednesday.",
    )
    docs = dated_documents(texts, STORM_DAYS)
    assert cluster_changes(docs, split_documents(docs), BagEmbedder(), 0.3)[0] == []
