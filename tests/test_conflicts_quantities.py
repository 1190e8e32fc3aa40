"""What makes two sources' figures one quantity, or two: a crowd that "marched" and the
people who "took part" are one count; two places' tolls, and two candidates' votes, are
two counts, no disagreement; a disputed value is named after the thing valued."""

from summarizer.facts import entities

from .builders import conflicts_of, sides_of


def kinds(text: str) -> dict[str, str]:
    """The kind of each name :func:`summarizer.facts.entities` reads in ``text``."""
    return {e.text: e.kind for e in entities(text)}


def test_people_who_marched_and_people_who_took_part_are_one_disputed_count(embedder):
    [c] = conflicts_of(
        "More than 100,000 marched through the capital against the pension reform on "
        "Saturday, organisers said.",
        "About 20,000 people took part in the march through the capital against the pension "
        "reform on Saturday, police said.",
        embedder=embedder,
    )
    assert c.topic == "people"
    assert sorted(v for v, _ in sides_of(c)) == ["About 20,000 people", "More than 100,000 marched"]


def test_one_crowd_dispute_however_each_source_words_the_count(embedder):
    conflicts = conflicts_of(
        "Police put the crowd at 20,000; organisers said more than 100,000 marched through the "
        "capital on Saturday.",
        "Organisers said about 120,000 people took part in the march on Saturday, while police "
        "estimated the crowd at around 20,000.",
        embedder=embedder,
    )
    assert [c.topic for c in conflicts] == ["people"]
    assert ("20,000", ["s0", "s1"]) in sides_of(conflicts[0])


def test_compass_named_landforms_are_places():
    assert kinds("Troops raided a camp in the West Bank.")["West Bank"] == "place"
    assert kinds("Fires burned in the Western Cape.")["Western Cape"] == "place"
    assert kinds("Shelling hit the Golan Heights.")["Golan Heights"] == "place"
    # a bank or a union with a name of its own stays an organisation
    assert kinds("He worked at the World Bank.")["World Bank"] == "org"
    assert kinds("He sent money by Western Union.")["Western Union"] == "org"


def test_two_places_tolls_are_no_dispute(embedder):
    assert not conflicts_of(
        "At least 40 people were killed in the West Bank on Tuesday, the health ministry said.",
        "At least 25 people were killed in the Gaza Strip on Tuesday, the health ministry said.",
        embedder=embedder,
    )
    assert not conflicts_of(
        "Floods killed 9 people in the Western Cape on Monday, officials said.",
        "Floods killed 14 people in the Eastern Cape on Monday, officials said.",
        embedder=embedder,
    )


def test_two_candidates_votes_are_no_dispute(embedder):
    assert not conflicts_of(
        "Reform candidate Sarah Pochin won 12,645 votes in the by-election, the returning "
        "officer said.",
        "Labour candidate Karen Shore won 12,639 votes in the by-election, the returning "
        "officer said.",
        embedder=embedder,
    )
    assert not conflicts_of(
        "In the by-election on Thursday, Sarah Pochin won 12,645 votes.",
        "In the by-election on Thursday, Karen Shore won 11,200 votes.",
        embedder=embedder,
    )


def test_one_candidates_votes_named_in_full_and_by_surname_are_disputed(embedder):
    [c] = conflicts_of(
        "Maria Smith won 12,645 votes in the by-election on Thursday, officials said.",
        "Smith won 12,400 votes in the by-election on Thursday, officials said.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["12,400 votes", "12,645 votes"]


def test_a_disputed_value_is_named_after_the_thing_valued(embedder):
    [c] = conflicts_of(
        "The payload, three satellites built for a Norwegian customer, was worth about 18 "
        "million pounds, the company said.",
        "The satellites on board were worth 24 million pounds, the regulator said.",
        embedder=embedder,
    )
    assert c.topic == "value of the satellites"


def test_a_bank_named_by_a_compass_word_is_an_organisation():
    assert kinds("The Central Bank raised rates on Monday.")["Central Bank"] == "org"
    assert kinds("He kept an account at Northern Bank.")["Northern Bank"] == "org"
    assert kinds("Troops raided a camp in the West Bank.")["West Bank"] == "place"


def test_an_adverb_before_worth_is_no_thing_valued(embedder):
    for adverb in ("reportedly", "now", "still", "collectively"):
        [c] = conflicts_of(
            f"The paintings were {adverb} worth 24 million pounds, police said.",
            f"The paintings were {adverb} worth about 18 million pounds, the insurer said.",
            embedder=embedder,
        )
        assert c.topic == "value of the paintings", adverb
    [c] = conflicts_of(
        "Stolen paintings reportedly worth 18 million pounds were recovered on Monday.",
        "Police recovered the stolen paintings, worth 24 million pounds, on Monday.",
        embedder=embedder,
    )
    assert c.topic == "value of the paintings"


def test_a_crowd_side_shows_the_verb_of_taking_part_whole(embedder):
    conflicts = conflicts_of(
        "Police said 20,000 people marched in Paris on Saturday, while organisers said 100,000 "
        "took part.",
        "Some 80,000 people demonstrated in Paris on Saturday, police said.",
        embedder=embedder,
    )
    values = {v for c in conflicts for v, _ in sides_of(c)}
    assert "100,000 took part" in values
    assert "100,000 took" not in values
