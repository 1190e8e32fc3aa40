"""A figure a later report updates, kept in a brief: the sentence names the later figure
in a note (which scoring leaves out, as it does the notes that sources differ), and no
headline drawn from a sentence states it."""

import pytest

from summarizer.evaluation.metrics import claim_text
from summarizer.language import use_language
from summarizer.notes import UPDATE_NOTES, has_contested_note, note_update, without_contested_note
from summarizer.pipeline import summarize

from .builders import BagEmbedder

# Tuesday's report, with what only it tells, and Wednesday's, which counts the dead up.
TUESDAY = (
    "A road bridge collapsed over the Varna river near Lindavik on Tuesday evening, "
    "killing at least three people, police said. "
    "Divers searched the muddy water through the night for a missing minibus. "
    "The bridge had been closed twice for repairs since 2019."
)
WEDNESDAY = (
    "Rescuers recovered two more bodies from the Varna river on Wednesday, raising the "
    "death toll from the Lindavik bridge collapse to five, police said. "
    "The regional governor declared a day of mourning."
)


def _brief(with_titles: bool):
    articles = [
        {"text": TUESDAY, "date": "2026-03-03"},
        {"text": WEDNESDAY, "date": "2026-03-04"},
    ]
    if with_titles:
        articles[0]["title"] = "Bridge collapses near Lindavik, three dead"
        articles[1]["title"] = "Lindavik bridge toll rises to five"
    return summarize(articles, backend="extractive", embedder=BagEmbedder(), cache=None)


def _sentences(brief):
    return [s.text for s in (*brief.summary, *brief.key_points)]


@pytest.mark.parametrize("with_titles", [True, False])
def test_a_kept_early_toll_names_the_later_one(with_titles):
    brief = _brief(with_titles)
    early = [t for t in _sentences(brief) if "three people" in t]
    assert early, _sentences(brief)
    assert all("three people (later reports: five)," in t for t in early)


@pytest.mark.parametrize("with_titles", [True, False])
def test_the_headline_states_no_toll_a_later_report_updates(with_titles):
    brief = _brief(with_titles)
    assert "three" not in brief.headline.lower()
    assert "later reports" not in brief.headline


def test_the_later_figure_itself_takes_no_note():
    brief = _brief(False)
    later = [t for t in _sentences(brief) if "to five" in t]
    assert later and not any("later reports" in t for t in later)


def test_the_note_follows_the_figure_in_the_brief_language():
    text = "Au moins trois personnes sont mortes, selon la police."
    with use_language("fr"):
        noted = note_update(text, "trois personnes", ["cinq"])
    assert noted == "Au moins trois personnes (informations ultérieures : cinq) sont mortes, " + (
        "selon la police."
    )
    # the later figures in their order, joined by "or"
    assert note_update("It killed three people.", "three people", ["four", "five"]) == (
        "It killed three people (later reports: four or five)."
    )


@pytest.mark.parametrize("language", sorted(UPDATE_NOTES))
def test_scoring_leaves_the_note_out_in_every_language(language):
    text = "Le pont a tué 3 personnes, a dit la police."
    noted = note_update(text, "3 personnes", ["5"], language)
    assert noted != text and has_contested_note(noted, language)
    assert without_contested_note(noted) == claim_text(noted) == text


def test_a_headline_from_the_top_fact_cuts_the_clause_of_an_updated_toll():
    from summarizer.fusion import headline

    from .builders import build_document, fact, scored

    top = (
        "A road bridge collapsed near Lindavik on Tuesday evening, killing at least three "
        "people, police said."
    )
    line = headline(
        scored(top),
        [build_document(top)],  # no title
        BagEmbedder(),
        contested=["Tuesday", "Monday"],  # its day is disputed: no cut of it heads the brief
        superseded=[(fact("at least three people"), "dead")],
    )
    assert "three" not in line and line.startswith("A road bridge collapsed near Lindavik")
