"""Language check: plain English prose never loads the identifier; anything
else still goes through it."""

import pytest

from summarizer import language
from summarizer.language import check_languages

from .builders import build_document

ENGLISH = (
    "The river burst its banks on Tuesday and the town council said that it would open "
    "three shelters for the families who had been forced from their homes. Officials said "
    "the water was expected to fall by the weekend, but they warned that more rain would "
    "come. The mayor, who has been in office for two years, said the town had never seen "
    "such a flood and that help from the national government would be needed."
)
GERMAN = (
    "Der Fluss ist am Dienstag über die Ufer getreten, und der Stadtrat hat angekündigt, "
    "drei Notunterkünfte für die Familien zu öffnen, die ihre Häuser verlassen mussten. "
    "Nach Angaben der Behörden soll das Wasser bis zum Wochenende sinken, doch es wird "
    "weiterer Regen erwartet. Der Bürgermeister sagte, die Stadt habe noch nie ein solches "
    "Hochwasser erlebt und brauche Hilfe von der Bundesregierung."
)


@pytest.fixture
def no_identifier(monkeypatch):
    def forbidden():
        raise AssertionError("the language identifier was loaded")

    monkeypatch.setattr(language, "_identifier", forbidden)


def test_plain_english_is_accepted_without_loading_the_identifier(no_identifier):
    docs = [build_document(ENGLISH, doc_id=f"e{i}") for i in range(3)]
    notices: list[str] = []
    assert check_languages(docs, "en", "skip", notices) == (docs, {})
    assert notices == []


def test_another_language_still_goes_to_the_identifier_and_is_reported():
    docs = [build_document(ENGLISH, doc_id="e"), build_document(GERMAN, doc_id="g")]
    notices: list[str] = []
    kept, skipped = check_languages(docs, "en", "skip", notices)
    assert [d.id for d in kept] == ["e"] and skipped == {"g": "de"}
    assert notices and "g (de)" in notices[0]


def test_the_fast_path_is_for_english_only():
    # Expecting German, plain English prose is checked by the identifier and reported.
    notices: list[str] = []
    docs = [build_document(ENGLISH, doc_id="e")]
    assert check_languages(docs, "de", "process", notices) == (docs, {})
    assert len(notices) == 1 and "e (en)" in notices[0] and "'de'" in notices[0]
