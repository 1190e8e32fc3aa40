"""One named person's age, stated in unlike sentences ("John Mercer, 78, died at his home",
"Mercer, who was 79, had led the band since 1968"), is one measure its sources disagree on;
another person's age, or a stranger's, is not. A sum one party lost is called the party's
losses, and a year in a clause beside it ("the scheme, which began in 2023, cost investors")
does not date it."""

from summarizer.facts import numbers

from .builders import conflicts_of, sides_of


def test_a_name_and_its_number_set_off_by_commas_is_an_age():
    t = "Ana Ruiz, 64, and her brother, who is 70, spoke. On Friday, 12, including two, left."
    assert [(f.value, f.unit) for f in numbers(t)] == [
        ("64", "years old"),
        ("70", "years old"),
        ("12", None),
        ("2", None),
    ]
    # a place's number, or one no one is old, is no age
    assert [f.unit for f in numbers("In Ohio, 14, and in Utah, 9.")] == [None, None]
    assert [f.unit for f in numbers("Ruiz, 350, said")] == [None]


def test_one_named_persons_age_in_unlike_sentences_is_a_conflict(embedder):
    [c] = conflicts_of(
        "John Mercer, 78, died at his home on Sunday.",
        "Mercer, who was 79, had led the band since 1968.",
        embedder=embedder,
    )
    assert (c.kind, c.topic) == ("contradiction", "age")
    assert sorted(sides_of(c)) == [("78", ["s0"]), ("79", ["s1"])]


def test_ages_of_other_people_are_not_compared(embedder):
    # his wife's age is not his
    assert not conflicts_of(
        "Mercer, 79, and his wife, 74, were found at their home on Sunday.",
        "The singer Mercer, 79, had led the band since 1968.",
        embedder=embedder,
    )
    # nor a stranger's, nor a namesake's
    assert not conflicts_of(
        "A 78-year-old man died at his home on Sunday.",
        "Mercer, who was 79, had led the band since 1968.",
        embedder=embedder,
    )
    assert not conflicts_of(
        "Tom Ruiz, 41, was arrested on Monday.",
        "Ana Diaz, 39, said she had warned the council in March.",
        embedder=embedder,
    )


def test_a_party_losses_are_named_for_the_party(embedder):
    [c] = conflicts_of(
        "Prosecutors said investors lost $360 million.",
        "He was convicted of defrauding investors of about $340 million.",
        embedder=embedder,
    )
    assert c.topic == "investors' losses"
    [c] = conflicts_of(
        "The recall cost the company $50 million, executives said on Tuesday.",
        "Executives said on Tuesday that the recall had cost the company $80 million.",
        embedder=embedder,
    )
    assert c.topic == "cost to the company"


def test_a_year_in_a_clause_beside_a_loss_does_not_date_it(embedder):
    [c] = conflicts_of(
        "The SEC said the scheme, which began in 2023, cost investors $330 million.",
        "The SEC said the scheme cost investors $360 million.",
        embedder=embedder,
        dates=("2026-11-20", "2026-11-20"),
    )
    assert sorted(sides_of(c)) == [("$330 million", ["s0"]), ("$360 million", ["s1"])]
    assert c.topic == "cost to investors"


def test_ages_of_two_people_of_one_surname_are_not_one_age(embedder):
    # father and son: a bare "Mercer, 44," could be either, so it is compared with neither
    for texts in [
        (
            "John Mercer, 78, died at his farm on Sunday. His son, Tom Mercer, 45, found him.",
            "Mercer, 44, had run the farm since 2001.",
        ),
        (
            "John Mercer, 78, died at his farm on Sunday.",
            "His son Tom Mercer, 45, found him at the farm.",
            "Mercer, who was 77, had run the farm since 1970.",
        ),
    ]:
        assert not conflicts_of(*texts, embedder=embedder)
    # one bearer of the surname: his age is compared however unlike the sentences are
    [c] = conflicts_of(
        "Singer John Mercer, 78, died at his home on Sunday.",
        "Mercer, who was 79, had led the band since 1968.",
        embedder=embedder,
    )
    assert sorted(sides_of(c)) == [("78", ["s0"]), ("79", ["s1"])]
