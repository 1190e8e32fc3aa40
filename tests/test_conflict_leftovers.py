"""Conflicts a brief used to miss or mislabel: two sums of one bill in sentences that share
little else ("a $1.2 trillion infrastructure bill", "The bill would spend $1.25 trillion"), a
disputed margin labelled by its unit ("seconds") rather than as a margin, two parties'
deadlines ("The union must respond by Friday", "The employers must respond by Monday") listed
as one disputed date, and a release whose dateline sets its date off by dashes ("WASHINGTON,
D.C. - September 17, 2026 - ") left undated, its first sentence opening with the date (whose
year then set its tally apart from the other reports')."""

from summarizer.conflicts import priced
from summarizer.events import check_until
from summarizer.load import find_date
from summarizer.pipeline import split_documents

from .builders import BagEmbedder, build_document, conflicts_of, figures_of, sides_of

SAME_DAY = ("2026-10-05", "2026-10-05")


def _priced(text: str) -> list[str | None]:
    """What each sum of money in ``text`` is the size of (:func:`priced`)."""
    return [priced(m) for m in figures_of(text) if m.fact.kind == "money"]


def test_the_thing_a_sum_is_the_size_of():
    assert _priced("The Senate passed a $1.2 trillion infrastructure bill that would help.") == [
        "bill"
    ]
    assert _priced("The bill would spend $1.25 trillion over 10 years.") == ["bill"]
    assert _priced("The new stadium will cost about $900 million.") == ["stadium"]
    # a purpose is no thing sized; nor is a run of three words (a verb may close it)
    assert _priced("Leaders added $4 billion for rural hospitals.") == [None]
    assert _priced("Voters backed a $2 billion school spending plan approved in May.") == [None]


def test_two_sources_sums_of_one_bill_are_a_conflict_however_their_sentences_read(embedder):
    wire = (
        "The lower house on Thursday narrowly passed a $1.2 trillion infrastructure bill that "
        "would rebuild roads, bridges and water systems, sending it to the senate."
    )
    paper = (
        "The bill would spend $1.25 trillion over 10 years, including $110 billion for roads "
        "and $66 billion for passenger rail."
    )
    [c] = conflicts_of(wire, paper, embedder=embedder)
    assert c.kind == "contradiction"
    assert sorted(sides_of(c)) == [("$1.2 trillion", ["s0"]), ("$1.25 trillion", ["s1"])]


def test_sums_of_two_things_stay_apart(embedder):
    texts = (
        "The city council approved a $900 million stadium that will host the club from 2029.",
        "The new bridge over the river will cost $600 million, the council said.",
    )
    assert conflicts_of(*texts, embedder=embedder) == []


def test_a_disputed_margin_is_labelled_margin_not_by_its_unit(embedder):
    [c] = conflicts_of(
        "Chebet ran 3:48.56 in Oslo on Thursday, taking 0.12 seconds off her own world record.",
        "Chebet clocked 3:48.56 in Oslo on Thursday, taking 0.21 seconds off her own world record.",
        embedder=embedder,
    )
    assert c.topic == "margin"
    [c] = conflicts_of(
        "Reform UK won the Runcorn by-election by six votes after a recount on Friday.",
        "Reform UK won the Runcorn by-election by 11 votes after a recount on Friday.",
        embedder=embedder,
    )
    assert c.topic == "margin"


UNION = "The union must respond to the pay offer by Friday."
EMPLOYERS = "The employers must respond to the union's pay offer by Monday."


def test_two_parties_deadlines_are_no_disputed_date():
    assert conflicts_of(UNION, EMPLOYERS, embedder=BagEmbedder(), dates=SAME_DAY) == []
    assert check_until(UNION, [(EMPLOYERS, None)]) is None
    closed = "The airport will stay closed until Friday, the operator said."
    assert check_until(closed, [("The port will stay closed until Monday.", None)]) is None


def test_one_partys_two_deadlines_still_differ():
    [c] = conflicts_of(
        UNION,
        "The union must respond to the pay offer by Monday, its leader said.",
        embedder=BagEmbedder(),
        dates=SAME_DAY,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["Friday", "Monday"]
    theirs = "The union said it must respond to the pay offer by Monday."
    assert check_until(UNION, [(theirs, None)]).verdict == "contradicted"


RELEASE = (
    "WASHINGTON, D.C. - September 17, 2026 - Speaker Jane Rivera issued the following "
    "statement after the lower house passed the housing bill by a vote of 218 to 214:"
)


def test_a_release_date_set_off_by_dashes_dates_it_and_is_no_sentence_word():
    assert find_date(RELEASE) == "2026-09-17"
    doc = build_document(RELEASE, '"Tonight the house delivered for families," she said.')
    assert doc.date == "2026-09-17"
    [first, _] = split_documents([doc])[doc.id]
    assert first.text.startswith("Speaker Jane Rivera issued")


def test_a_release_tally_joins_the_side_it_agrees_with(embedder):
    [c] = conflicts_of(
        "The lower house passed the housing bill 218-214 on Thursday, sending it to the senate.",
        "The lower house on Thursday passed the housing bill by a vote of 217-214.",
        RELEASE,
        embedder=embedder,
        dates=("2026-09-17", "2026-09-17", None),
    )
    assert sorted(sides_of(c)) == [("217-214", ["s1"]), ("218-214", ["s0", "s2"])]
