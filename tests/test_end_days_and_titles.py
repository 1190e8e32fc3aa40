"""The day something lasts until is checked like the day something happened: a source that
says the same thing ends on another day ("until Monday") is no support for "until Friday",
and is not cited for it. A brief whose top fact has no title of its own takes the title
that tells the news it opens with, not a sentence from further in."""

import pytest

from summarizer import Document
from summarizer.events import check_until
from summarizer.faithfulness import supported_by
from summarizer.fusion import headline
from summarizer.language import use_language

from .builders import scored

FRIDAY = "Dock workers said the port strike would last until Friday."
MONDAY = "Dock workers said their port strike would go on until Monday, June 8, at least."


def test_another_end_day_of_the_same_thing_contradicts_the_sentence():
    assert check_until(FRIDAY, [(MONDAY, None)]).verdict == "contradicted"
    agreed = "Dock workers said the port strike would last until Friday, June 5."
    assert check_until(FRIDAY, [(agreed, None)]).verdict == "supported"


def test_an_end_day_of_something_else_or_no_end_day_tells_nothing():
    other = "The airport said flights to the islands were cancelled until Monday."
    assert check_until(FRIDAY, [(other, None)]) is None
    assert check_until("Dock workers walked out on Tuesday.", [(MONDAY, None)]) is None


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("The airport will stay closed until Friday.",
         "Schools in the region will stay closed until Monday."),
        ("Flights were suspended until Tuesday.", "Trains were suspended until Thursday."),
        ("The curfew will remain in force until Sunday.",
         "A state of emergency will remain in force until Wednesday."),
    ],
)  # fmt: skip
def test_the_same_verb_ending_two_things_on_other_days_tells_nothing(mine, theirs):
    """The airport and the schools both "stay closed": the verb is not the thing."""
    assert check_until(mine, [(theirs, None)]) is None


def test_a_source_giving_another_end_day_does_not_support_the_sentence(embedder):
    assert not supported_by(FRIDAY, [MONDAY], embedder, ["2026-06-03"], "2026-06-02")
    said = "Dock workers said the port strike would last until Friday, June 5."
    assert supported_by(FRIDAY, [said], embedder, ["2026-06-03"], "2026-06-02")


def test_a_source_naming_both_end_days_is_not_read_as_contradicting():
    both = f"{MONDAY} Port managers said it would end on Friday."
    assert check_until(FRIDAY, [(s, None) for s in both.split(". ")]) is None


def test_end_dates_are_checked_in_spanish_too():
    with use_language("es"):
        mine = "Los sindicatos dijeron que la huelga durará hasta el 12 de junio."
        theirs = "Los sindicatos afirmaron que la huelga seguirá hasta el 15 de junio."
        assert check_until(mine, [(theirs, None)]).verdict == "contradicted"


LEAD = (
    "Thousands of dock workers walked off the job at ports across Portugal on Tuesday "
    "in a strike over pay, halting container traffic."
)


def test_the_title_of_the_opening_news_heads_the_brief_not_a_side_claim(embedder):
    docs = [
        Document("a", LEAD, title="Portuguese dock workers strike over pay, halting ports"),
        Document("b", "The union said 9,000 members took part.", title="Port strike day two"),
    ]
    top = scored("The union said 9,000 members took part in marches in 40 towns.", "b")
    assert (
        headline(top, docs, embedder, 0.4, lead=LEAD)
        == "Portuguese dock workers strike over pay, halting ports"
    )


def test_a_title_like_neither_top_fact_nor_lead_is_still_no_headline(embedder):
    docs = [Document("a", LEAD, title="Story Continued Below")]
    top = scored("The union said 9,000 members took part in marches in 40 towns.", "b")
    assert headline(top, docs, embedder, 0.4, lead=LEAD) != "Story Continued Below"
