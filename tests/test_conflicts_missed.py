"""Disagreements a brief used to miss or misread: a hedge on a round figure taking figures
half its size, officers counted as "police", the rescued, a score read as a range."""

from summarizer.conflicts import agree, casualty_unit
from summarizer.facts import numbers

from .builders import conflicts_of, fact, sides_of


def test_a_hedge_on_a_round_figure_takes_only_figures_close_to_it():
    # "nearly 10,000" is 9,600 rounded up, not 5,001: its step is the whole figure
    assert agree(fact("nearly 10,000 homes"), fact("9,600 homes"))
    assert not agree(fact("nearly 10,000 homes"), fact("5,001 homes"))
    assert not agree(fact("almost 20 people"), fact("15 people"))
    assert agree(fact("just under 50 people"), fact("47 people"))
    # "about $1 million" is $950,000, not $600,000
    assert agree(fact("about $1 million"), fact("$950,000"))
    assert not agree(fact("about $1 million"), fact("$600,000"))
    assert not agree(fact("close to 2,000 people"), fact("1,600 people"))


def test_nearly_ten_thousand_and_five_thousand_are_listed(embedder):
    [c] = conflicts_of(
        "Nearly 10,000 homes lost power after the storm hit the coast on Monday, the utility said.",
        "The storm that hit the coast on Monday cut power to 5,001 homes, the utility said.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["5,001 homes", "Nearly 10,000 homes"]


def test_police_officers_and_officers_injured_are_one_count():
    t = "Medics said 14 people were treated for injuries, including seven police officers."
    officers = [f for f in numbers(t) if f.value == "7"]
    assert [f.text for f in officers] == ["seven police officers"]
    assert casualty_unit(officers[0], t) == casualty_unit(
        fact("Nine officers were injured."), "Nine officers were injured."
    )
    assert casualty_unit(fact("Twelve policemen were hurt."), "Twelve policemen were hurt.") == (
        "officer (injured)"
    )


def test_injured_officers_disagree_across_sources(embedder):
    [c] = conflicts_of(
        "Police said 32 people were arrested after the march and nine officers were injured.",
        "Emergency services said 14 people were injured after the march, "
        "including seven police officers.",
        embedder=embedder,
    )
    assert sorted(sides_of(c)) == [("nine officers", ["s0"]), ("seven police officers", ["s1"])]


def test_counts_of_the_rescued_are_compared(embedder):
    [c] = conflicts_of(
        "Eleven people were pulled alive from the rubble of the collapsed hotel, officials said.",
        "Twelve survivors were rescued from the collapsed hotel, the fire service said.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["Eleven people", "Twelve survivors"]
    assert c.kind == "contradiction"


def test_the_rescued_are_not_the_rescuers():
    t = "More than 1,200 rescuers searched for survivors in the rubble."
    assert casualty_unit(fact(t), t) is None


def test_a_score_after_a_result_is_no_range():
    lost = numbers("The Lakers lost 98-105 to the Celtics on Sunday.")
    assert [f.extra.get("upto") for f in lost] == [None]
    # a measure after such a verb is still one
    [fell] = numbers("Temperatures fell 5-10 degrees overnight.")
    assert (fell.value, fell.extra.get("upto")) == ("5", "10")


def test_survivors_are_counted_as_rescued_only_where_their_clause_says_so(embedder):
    t = "There are about 245,000 Holocaust survivors alive today, the report said."
    assert casualty_unit(fact(t), t) is None
    assert not conflicts_of(
        t,
        "Fewer than 1,000 survivors of the Auschwitz camp are alive today, the report said.",
        embedder=embedder,
    )


def test_a_count_including_some_is_read_from_the_nearest_clause_only(embedder):
    t = "Five people were killed in the blast on Monday, and police evacuated 300 people, including"
    t += " 20 children."
    assert [casualty_unit(f, t) for f in numbers(t)] == ["dead", None, None]
    assert not conflicts_of(
        t, "Three children were among those killed in the blast on Monday.", embedder=embedder
    )
    for t in (
        "Fourteen people were injured, including seven police officers.",
        "Fourteen people were injured, police said, including seven police officers.",
    ):
        assert [casualty_unit(f, t) for f in numbers(t)] == ["injured", "officer (injured)"]


def test_the_rescued_are_read_before_a_count_only_right_before_it():
    t = "Rescued migrants said about 30 people drowned when the boat capsized."
    assert casualty_unit(fact(t), t) is None  # (no one said drowned rescued)
    t = "Coast guard crews rescued about 30 people."
    assert casualty_unit(fact(t), t) == "rescued"
