"""Two speakers' figures for one quantity in one source ("Unions said 1.2 million people
marched; the ministry put turnout at 480,000") are the sides of a disagreement, listed with
their citations, and the brief notes the figure; a source's figure and its part, a figure
before and after a change, and two different things each credited stay no conflict."""

from summarizer.pipeline import summarize
from summarizer.types import Document

from .builders import conflicts_of, sides_of


def credited(text: str, figure: str) -> str | None:
    """The speaker :func:`summarizer.speakers.figure_speaker` credits ``figure`` of ``text`` to."""
    from summarizer.speakers import figure_speaker

    at = text.index(figure)
    return figure_speaker(text, at, at + len(figure))


def test_the_speaker_each_figure_is_credited_to():
    t = "Police estimated the crowd at 20,000, while organisers said 100,000 took part."
    assert (credited(t, "20,000"), credited(t, "100,000")) == ("police", "organisers")
    t = "The country's health ministry has reported lower figures, putting the total at 860."
    assert credited(t, "860") == "ministry"
    assert credited("Nine people were hurt, according to the fire service.", "Nine") == "service"
    assert credited("Police had initially reported four deaths.", "four") == "police"
    assert credited("He said 610 patients had been treated.", "610") is None
    assert credited("About 400 homes were flooded on Monday.", "400") is None


def test_one_source_giving_a_union_and_a_ministry_figure_is_a_conflict(embedder):
    [c] = conflicts_of(
        "Unions said 1.2 million people joined the marches on Tuesday; the interior ministry "
        "put turnout at 480,000.",
        "Rail services were cut across the country as the strike began.",
        embedder=embedder,
    )
    assert c.kind == "contradiction"
    assert sides_of(c) == [("1.2 million people", ["s0"]), ("480,000", ["s0"])]
    # each side's text is the sentence that credits it to its speaker
    assert all("ministry" in side.text and "Unions" in side.text for side in c.sides)


def test_police_and_organisers_crowd_figures_are_a_conflict(embedder):
    [c] = conflicts_of(
        "Police estimated the crowd at 20,000, while organisers said 100,000 people took part "
        "in the march through the capital on Saturday.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["100,000 people", "20,000"]


def test_a_ministry_and_a_company_toll_in_adjacent_sentences_are_a_conflict(embedder):
    [c] = conflicts_of(
        "An explosion tore through a chemical plant on Tuesday. The ministry said five people "
        "had died in the blast. The company has given a figure of six.",
        embedder=embedder,
    )
    assert sorted(v for v, _ in sides_of(c)) == ["five people", "six"]


def test_sources_reporting_one_dispute_alike_give_one_conflict(embedder):
    [c] = conflicts_of(
        "The CGT union said 1.2 million people joined protest marches on Tuesday. The interior "
        "ministry put the number at 480,000.",
        "The interior ministry counted 480,000 marchers nationwide on Tuesday. The CGT said "
        "1.2 million people marched.",
        embedder=embedder,
    )
    assert sorted(sides_of(c)) == [
        ("1.2 million people", ["s0", "s1"]),
        ("480,000 marchers", ["s1", "s0"]),
    ]


def test_parts_changes_updates_and_other_things_stay_apart(embedder):
    texts = [
        "Police said 20 people were injured in the crash, including 5 children.",
        "The death toll rose from 5 to 7 on Tuesday, officials said.",
        "Police said 12 people were arrested; organisers said 3 people were hurt.",
        "Six people died in the blast, the company said. Police had initially reported four "
        "deaths.",
        "Police said 40 people were evacuated from the tower. The fire service said 3 people "
        "were treated in hospital.",
    ]
    for text in texts:
        assert conflicts_of(text, embedder=embedder) == [], text


def test_the_brief_notes_each_speakers_figure(embedder):
    docs = [
        Document(
            "a",
            "PARIS (Reuters) - Hundreds of thousands of workers went on strike across France on "
            "Tuesday against a pension reform.\n\nThe CGT union said 1.2 million people joined "
            "protest marches in 200 cities. The interior ministry put the number at 480,000.",
        ),
        Document(
            "b",
            "PARIS (AP) - Trains and schools were disrupted across France on Tuesday as workers "
            "struck against the pension reform.\n\nThe interior ministry counted 480,000 marchers "
            "nationwide. The CGT said 1.2 million people marched.",
        ),
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None, words=250)
    figures = [s.text for s in brief.sentences() if "480,000" in s.text or "1.2 million" in s.text]
    assert figures
    assert all("(sources differ on this figure)" in text for text in figures)
