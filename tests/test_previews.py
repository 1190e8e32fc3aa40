"""A preview written before the event (a rate decision "is expected" on Thursday)
and the reports of the event itself: the brief tells what happened, headed by a
report's title; and a dateline naming any outlet after a date is cut."""

from summarizer import summarize
from summarizer.clean import clean
from summarizer.fusion import headline

from .builders import build_document, scored

PREVIEW_LEDE = (
    "The Bank of Ostland is expected to raise its main interest rate by a quarter point "
    "to 3.75% on Wednesday, economists say, as inflation stays above its 2% target."
)
REPORT_LEDE = (
    "The Bank of Ostland raised its main interest rate by 25 basis points to 3.75% on "
    "Wednesday, its second increase this year, and said it may have to act again."
)


def _cluster():
    preview = build_document(
        PREVIEW_LEDE,
        "Eighteen of 22 economists polled last week forecast the increase.",
        "Inflation was 3.9% in October, down from 4.2% in September.",
        doc_id="a",
        title="Ostland central bank expected to raise rates as inflation bites",
    )
    report = build_document(
        REPORT_LEDE,
        "“Inflation is falling, but too slowly,” Governor Ilse Marr told reporters.",
        "The crown rose 0.4% against the euro after the decision.",
        doc_id="b",
        title="Ostland central bank lifts rate to 3.75%, may act again",
    )
    market = build_document(
        "The Ostland crown gained after the central bank lifted its rate to 3.75% on "
        "Wednesday and kept the door open to another rise.",
        "Two board members voted to keep the rate unchanged.",
        doc_id="c",
        title="Crown gains as Ostland lifts rate",
    )
    return [preview, report, market]


def test_the_brief_opens_with_the_rate_decision_not_the_preview_of_it():
    brief = summarize(_cluster(), words=120, backend="extractive", cache=None)
    assert brief.summary[0].text == REPORT_LEDE
    assert "expected to" not in brief.headline


def test_a_title_that_forecasts_does_not_head_a_brief_telling_the_event(embedder):
    quote = "“Inflation is falling, but too slowly,” Governor Ilse Marr told reporters."
    top = scored(quote, "b")
    title = headline(top, _cluster(), embedder, 0.4, lead=REPORT_LEDE)
    assert title == "Ostland central bank lifts rate to 3.75%, may act again"


def test_a_place_and_date_dateline_with_any_outlet_is_cut():
    text = (
        "Tarvik, 12 June (NordWire) - The port reopened on Monday after the strike.\n"
        "Lisbon, May 3, 2024 (Iberia Desk) - Ferries ran again on Tuesday.\n"
        "Mara Lind (Labour) - the MP for Esk - voted against the bill on Monday."
    )
    assert [text[a:b] for a, b in clean(text)] == [
        "The port reopened on Monday after the strike.",
        "Ferries ran again on Tuesday.",
        "Mara Lind (Labour) - the MP for Esk - voted against the bill on Monday.",
    ]


def test_another_preview_is_no_report_of_the_event():
    from summarizer.fusion import foretold
    from summarizer.types import Claim, Sentence

    claim = Claim(PREVIEW_LEDE, "a", (), 0.0)
    for other in (
        "The Bank of Ostland will raise its main interest rate to 3.75% on Wednesday, "
        "analysts said.",
        "The Bank of Ostland was expected to raise its main interest rate to 3.75%.",
    ):
        assert not foretold(claim, [Sentence("b", 0, 0, len(other), other)])
    assert foretold(claim, [Sentence("b", 0, 0, len(REPORT_LEDE), REPORT_LEDE)])


def test_a_forecasting_title_in_title_case_does_not_head_either(embedder):
    docs = _cluster()
    docs[0] = build_document(
        PREVIEW_LEDE, doc_id="a", title="Ostland Central Bank Expected To Raise Rates To 3.75%"
    )
    top = scored(REPORT_LEDE, "b")
    assert "Expected" not in headline(top, docs, embedder, 0.4, lead=REPORT_LEDE)


def _forecast_penalty(plan: str, report: str, embedder) -> float:
    """How much lower ``plan`` (an article of Thursday) scores beside another source's
    later ``report`` for having forecast it (the superseded penalty, or nothing)."""
    from summarizer.config import FusionConfig
    from summarizer.fusion import score_claims
    from summarizer.pipeline import split_documents
    from summarizer.types import Claim

    docs = [
        build_document(plan, "Officials said 200,000 doses had arrived.", doc_id="a"),
        build_document(report, "The nurses said the clinics were full.", doc_id="b"),
    ]
    sents = split_documents(docs)
    claims = [Claim(plan, "a", (), 0.0)]

    def score(penalty: float) -> float:
        config = FusionConfig(superseded_penalty=penalty)
        return score_claims(claims, sents, embedder, config)[0][0].score

    return round(score(0.0) - score(0.5), 6)


def test_a_timetable_a_later_report_tells_done_gives_way(embedder):
    # "is due to start on Monday", then "began vaccinating ... on Monday": worded apart
    plan = "A vaccination campaign is due to start on Monday."
    report = (
        "Health workers began vaccinating residents of the lakeside town against cholera on "
        "Monday as the death toll from the outbreak rose to 41."
    )
    assert _forecast_penalty(plan, report, embedder) == 0.5


def test_a_cause_is_no_timetable_and_another_days_report_settles_no_plan(embedder):
    report = "Health workers began vaccinating residents against cholera on Monday."
    cause = "The vaccination campaign on Monday is due to the arrival of new doses."
    assert _forecast_penalty(cause, report, embedder) == 0.0
    fog = "The cancellations are due to heavy fog over west London, the airport said."
    cancelled = "Flights at Heathrow Airport were cancelled on Tuesday due to heavy fog."
    assert _forecast_penalty(fog, cancelled, embedder) == 0.0
    plan = "A vaccination campaign is due to start on Friday."
    assert _forecast_penalty(plan, report, embedder) == 0.0
