"""The day of a date is no figure ("the floods of March 11 killed 14 people" gives no toll
of 11 to agree with another source's 11), and a speaker named in capitalised words is read
whole ("according to the United Nations": the United Nations, not "nations"), so that two
ministries giving two tolls in one source disagree."""

import pytest

from summarizer.language import use_language

from .builders import conflicts_of, figures_of, sides_of
from .test_conflicts_disputed import credited


def test_two_tolls_for_one_dated_flood_are_a_contradiction(embedder):
    [c] = conflicts_of(
        "Floods that struck the Valdera valley killed 11 people on March 11, officials said.",
        "The floods in the Valdera valley killed 14 people on March 11, the mayor said.",
        embedder=embedder,
    )
    assert c.kind == "contradiction"
    assert sorted(sides_of(c)) == [("11 people", ["s0"]), ("14 people", ["s1"])]


def test_a_date_opening_the_sentence_does_not_agree_with_the_other_toll(embedder):
    [c] = conflicts_of(
        "A landslide that buried the village of Orrano on 11 May killed 11 people, police said.",
        "On 11 May, a landslide in the village of Orrano killed 9 people, police said.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["11 people", "9 people"]


@pytest.mark.parametrize(
    "text",
    [
        "The floods of March 11 killed 14 people, officials said.",
        "The floods of 11 March killed 14 people, officials said.",
        "The March 11 floods killed 14 people, officials said.",
        "The floods killed 14 people on Aug. 11, officials said.",
    ],
)
def test_the_day_of_an_english_date_is_no_figure(text):
    assert [(m.fact.text, m.unit) for m in figures_of(text)] == [("14 people", "dead")]


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("es", "Las inundaciones del 11 de marzo dejaron 14 muertos.", "14 muertos"),
        ("de", "Die Flut vom 11. März forderte 14 Tote.", "14 Tote"),
        ("fr", "Les crues du 11 mars ont fait 14 morts.", "14 morts"),
        ("it", "L'alluvione dell'11 marzo ha causato 14 morti.", "14 morti"),
        ("pt", "As cheias de 11 de março causaram 14 mortos.", "14 mortos"),
    ],
)
def test_the_day_of_a_date_is_no_figure_in_other_languages(language, text, figure):
    with use_language(language):
        assert [m.fact.text for m in figures_of(text)] == [figure]


def test_a_speaker_named_in_capitalised_words_is_read_whole():
    t = "At least 40 people have died in the fighting, according to the United Nations."
    assert credited(t, "40") == "united nations"
    assert credited("The United States said 12 soldiers were wounded.", "12") == "united states"
    t = "About 500 cases were recorded, according to the World Health Organization."
    assert credited(t, "500") == "world health organization"
    # a common noun still gives its head word
    assert credited("The interior ministry said 12 people died.", "12") == "ministry"


def test_two_named_ministries_giving_two_tolls_are_a_conflict(embedder):
    [c] = conflicts_of(
        "The Health Ministry said 12 people died in the blast, while the Interior Ministry "
        "put the toll at 15.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["12 people", "15"]
