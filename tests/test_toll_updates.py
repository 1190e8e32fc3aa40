"""A toll and a count of the evacuated told over days: a later, higher count updates the
earlier one whatever noun counts them, and an early "no reports of casualties" gives way
once a later report tells of a death."""

from summarizer.pipeline import split_documents, summarize

from .builders import BagEmbedder, dated_documents, updates_of

MONDAY = "An explosion at a paint factory near Arlon killed at least three workers, police said."
TUESDAY = "Five people died in the explosion at the Arlon paint factory, the company said."


def _values(pairs):
    return {(a.fact.value, b.fact.value) for a, b in pairs}


def test_a_later_toll_of_people_updates_an_earlier_toll_of_workers():
    dates = ["2026-05-04", "2026-05-05"]
    pairs = updates_of(MONDAY, TUESDAY, embedder=BagEmbedder(), dates=dates, same_topic=0.3)
    assert _values(pairs) == {("3", "5")}


def test_a_later_report_recalling_the_first_count_still_updates_it():
    tuesday = f"{TUESDAY} Police had initially reported three deaths."
    dates = ["2026-05-04", "2026-05-05"]
    pairs = updates_of(MONDAY, tuesday, embedder=BagEmbedder(), dates=dates, same_topic=0.3)
    assert ("3", "5") in _values(pairs)


def test_an_initial_blast_is_no_recalled_count():
    tuesday = "The initial blast at the Arlon paint factory killed five people, the company said."
    dates = ["2026-05-04", "2026-05-05"]
    pairs = updates_of(MONDAY, tuesday, embedder=BagEmbedder(), dates=dates, same_topic=0.3)
    assert _values(pairs) == {("3", "5")}


def test_counts_of_two_kinds_of_dead_are_not_one_toll():
    monday = "Fighting near the border town of Arlon killed two soldiers, the army said."
    tuesday = "Fighting near the border town of Arlon killed nine civilians, officials said."
    dates = ["2026-05-04", "2026-05-05"]
    pairs = updates_of(monday, tuesday, embedder=BagEmbedder(), dates=dates, same_topic=0.3)
    assert pairs == []


def test_a_later_count_of_the_evacuated_updates_the_evacuation_of_an_earlier_one():
    sunday = (
        "The volcano on Tomar island erupted, forcing the evacuation of about 4,000 people "
        "from nearby villages, officials said."
    )
    monday = (
        "The number of people evacuated from around the Tomar volcano rose to 6,500, "
        "the disaster agency said."
    )
    dates = ["2026-07-12", "2026-07-13"]
    pairs = updates_of(sunday, monday, embedder=BagEmbedder(), dates=dates, same_topic=0.3)
    assert _values(pairs) == {("4000", "6500")}


def test_no_casualties_is_told_untrue_by_a_death_or_an_injury():
    from summarizer.conflicts import casualties_told, reassured

    assert reassured("There were no immediate reports of casualties.") == {"dead", "injured"}
    assert reassured("No injuries were reported.") == {"dead", "injured"}
    assert reassured("No casualties were reported, the mayor said.") == {"dead", "injured"}
    assert reassured("No one was killed.") == {"dead"}
    assert reassured("There were no immediate reports of damage.") == frozenset()
    assert casualties_told("One elderly man died in a shelter on Monday.") == {"dead"}
    assert casualties_told("No one was killed, but 12 people were hurt.") == {"injured"}
    assert casualties_told("It was not clear whether his death was linked to it.") == frozenset()
    assert casualties_told("The ash took a heavy toll on farms.") == frozenset()


SUNDAY_WIRE = (
    "The volcano on Tomar island erupted on Sunday, sending ash high into the sky.\n"
    "There were no immediate reports of casualties.\n"
    "Airlines cancelled flights to the island."
)
MONDAY_LOCAL = (
    "Ash fell on villages around the Tomar volcano on Monday.\n"
    "One elderly woman died in an evacuation shelter on Monday, officials said."
)


def _belied(*texts_and_dates):
    from summarizer.fusion import belied

    texts, dates = zip(*texts_and_dates, strict=True)
    docs = dated_documents(texts, dates)
    return belied(docs, split_documents(docs))


def test_a_later_days_death_belies_an_early_report_of_no_casualties():
    marks = _belied((SUNDAY_WIRE, "2026-07-12"), (MONDAY_LOCAL, "2026-07-13"))
    assert [(doc, SUNDAY_WIRE[start:end]) for doc, start, end in marks] == [
        ("s0", "There were no immediate reports of casualties.")
    ]


def test_a_death_of_the_same_day_or_of_an_earlier_year_belies_nothing():
    assert _belied((SUNDAY_WIRE, "2026-07-12"), (MONDAY_LOCAL, "2026-07-12")) == []
    past = "An eruption of the Tomar volcano in November 2024 killed nine people."
    assert _belied((SUNDAY_WIRE, "2026-07-12"), (past, "2026-07-13")) == []


def test_the_brief_leaves_out_no_casualties_once_a_later_report_tells_of_a_death():
    articles = [
        {"text": SUNDAY_WIRE, "date": "2026-07-12"},
        {"text": MONDAY_LOCAL, "date": "2026-07-13"},
    ]
    brief = summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)
    said = [s.text for s in (*brief.summary, *brief.key_points)]
    assert any("died" in t for t in said)
    assert not any("no immediate reports of casualties" in t for t in said)


def test_a_claim_that_updates_a_chosen_ones_figure_is_no_duplicate_of_it():
    import numpy as np

    from summarizer.config import FusionConfig
    from summarizer.fusion import ScoredClaim, select
    from summarizer.types import Claim, Span

    old = "The volcano erupted, forcing the evacuation of about 4,000 people, officials said."
    new = "The number of people evacuated around the volcano rose to 6,500, officials said."
    scored = [
        ScoredClaim(Claim(old, "a", (Span("a", 0, len(old)),), 0.0), (), frozenset({"a"}), 1.0),
        ScoredClaim(Claim(new, "b", (Span("b", 0, len(new)),), 0.0), (), frozenset({"b"}), 0.9),
    ]
    vecs = np.array([[1.0, 0.0], [0.8, 0.6]])  # cosine 0.8: a duplicate at 0.65
    config = FusionConfig(words=100)
    assert select(scored, vecs, 100, config) == [0]
    # the later claim updates the figure of the first's sentence: both are stated
    assert select(scored, vecs, 100, config, updated=[frozenset(), frozenset({("a", 0)})]) == [0, 1]
