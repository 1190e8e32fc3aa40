"""False disagreements a brief must not list: a count of one group's dead beside the whole
toll, an end day a later report extends, a winning margin beside a count of votes, two places'
counts in adjacent sentences, the dead of another group, a toll that rose "a day after", a
namesake's age and a place's count read as an age."""

from summarizer.conflicts import _reading
from summarizer.facts import numbers
from summarizer.speakers import figure_speaker

from .builders import conflicts_of, figures_of, sides_of


def test_a_group_of_the_dead_is_no_whole_toll(embedder):
    """Two firefighters killed and five people dead are a part and the toll, not two tolls."""
    for group in ("The blaze killed two firefighters.", "Three children died in the fire."):
        assert not conflicts_of(
            group, "Five people died in a fire at a warehouse on Monday.", embedder=embedder
        )


def test_an_end_day_reported_on_a_later_day_is_no_contradiction(embedder):
    """A strike "now" to continue until Monday, reported three days after "until Friday", is
    as likely extended as misreported; reported the same day, the two days contradict."""
    friday = "Dock workers said the port strike would last until Friday."
    monday = "Dock workers said the port strike would now continue until Monday, March 16."
    assert not conflicts_of(friday, monday, embedder=embedder, dates=("2026-03-09", "2026-03-12"))
    [c] = conflicts_of(friday, monday, embedder=embedder, dates=("2026-03-12", "2026-03-12"))
    assert c.kind == "contradiction"


def test_a_winning_margin_is_no_count_of_votes(embedder):
    margin = (
        "Labour's Jane Smith won the seat by just six votes over the Conservative candidate, "
        "according to the final result declared on Friday."
    )
    assert figure_speaker(margin, margin.index("six"), margin.index("six") + 3) == "result"
    assert not conflicts_of(
        margin + " Smith won 12,645 votes in the by-election, the returning officer said.",
        embedder=embedder,
    )


def test_counts_of_two_places_or_two_groups_are_no_dispute(embedder):
    assert not conflicts_of(
        "Organisers said 50,000 people marched in Paris. Police said 8,000 people marched in Lyon.",
        embedder=embedder,
    )
    assert not conflicts_of(
        "Hamas said 30 people were killed. The Israeli military said it killed 12 militants.",
        embedder=embedder,
    )
    # one place, two speakers: still a dispute
    [c] = conflicts_of(
        "Organisers said 50,000 people marched in Paris. Police said 8,000 people marched.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["50,000 people", "8,000 people"]


def test_a_toll_that_rose_a_day_after_is_no_rate():
    [m] = figures_of("The death toll rose to 15 a day after it struck.")
    assert not _reading(m)


def test_a_surnames_age_far_from_a_named_persons_is_another_persons(embedder):
    assert not conflicts_of(
        "Maria Lopez, 52, was hurt in the crash on Sunday.",
        "Lopez, 49, was taken to hospital.",
        embedder=embedder,
    )
    # a year or two apart: a slip or a birthday, compared however unlike the sentences
    [c] = conflicts_of(
        "Maria Lopez, 52, was hurt in the crash on Sunday.",
        "Lopez, who was 53, had taught at the school since 1998.",
        embedder=embedder,
    )
    assert sorted(sides_of(c)) == [("52", ["s0"]), ("53", ["s1"])]


def test_a_number_after_a_place_is_no_age():
    assert [f.unit for f in numbers("In Kharkiv, 12, including children, died.")] == [None]
    assert [f.unit for f in numbers("Kharkiv, 12, said she would stay.")] == ["years old"]


def test_a_nationwide_count_and_a_citys_are_no_dispute(embedder):
    """A count across the country and one city's, one source: two places' counts."""
    for text in (
        "The ministry said 300 people were injured across the country. In Lagos, police said "
        "45 people were injured.",
        "Unions said 1.2 million people marched nationwide. In Paris, police said 80,000 "
        "people marched.",
    ):
        assert not conflicts_of(text, embedder=embedder), text
    # the nation's count beside another nationwide one, a bare one or the country's: a dispute
    for other in (
        "The ministry put the number at 480,000.",
        "The ministry said 480,000 people marched across the country.",
        "The ministry said 480,000 people marched in France.",
    ):
        [c] = conflicts_of(
            "Unions said 1.2 million people marched nationwide. " + other, embedder=embedder
        )
        assert "1.2 million people" in [v for v, _ in sides_of(c)]
