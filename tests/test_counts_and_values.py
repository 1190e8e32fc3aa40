"""Counts and sums a brief used to leave uncompared: a verb or an adjective read as what a
count counts ("10 remain", "the 12 remaining hostages"), pupils and students counted apart,
and a sum "was worth" read as the value of whatever word stood before the copula."""

from summarizer.facts import normalise_unit, numbers

from .builders import conflicts_of, sides_of


def unit_of(text: str) -> str | None:
    """The normalised unit of the one figure ``text`` states."""
    [f] = numbers(text)
    return normalise_unit(f.unit)


def test_a_verb_after_a_count_is_not_what_it_counts():
    assert unit_of("Ten remain with the kidnappers, the principal said.") is None
    assert unit_of("Officials said 4 remained in hospital.") is None


def test_remaining_is_skipped_like_other_adjectives():
    assert unit_of("Talks continue to free the 12 remaining hostages.") == "hostage"


def test_pupils_and_students_are_one_count(embedder):
    [c] = conflicts_of(
        "Twenty-seven pupils were freed by the kidnappers, the army said.",
        "In all, 29 students were freed by the kidnappers, the headteacher said.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["29 students", "Twenty-seven pupils"]


def test_the_value_of_a_thing_the_copula_names_is_compared(embedder):
    [c] = conflicts_of(
        "The cargo, two weather satellites built for a Danish client, was worth about "
        "18 million pounds, according to the operator.",
        "The satellites on board were worth 24 million pounds, the regulator said.",
        embedder=embedder,
    )
    assert sorted(sides_of(c)) == [
        ("24 million pounds", ["s1"]),
        ("about 18 million pounds", ["s0"]),
    ]
    assert c.kind == "contradiction"


def test_sums_for_different_things_stay_apart(embedder):
    assert not conflicts_of(
        "The company said the cargo was worth 18 million pounds.",
        "The government has spent 24 million pounds on new launch sites in Scotland.",
        embedder=embedder,
    )
