"""A citation agrees on the day: a source that dates the sentence's happening to
another day is never cited for it, and the harness scores such a citation as
unsupported. A source that says nothing of the day still supports the rest."""

from summarizer import Document, summarize
from summarizer.evaluation.metrics import citation_scores
from summarizer.faithfulness import score_sentences, score_summary
from summarizer.language import use_language
from summarizer.types import BriefSentence, Citation, Sentence

RESIGNED = "Transport minister Andrew Hale resigned {}after a row over rail contracts."
WEDNESDAY = RESIGNED.format("on Wednesday ")
TUESDAY = RESIGNED.format("on Tuesday ")
NO_DAY = RESIGNED.format("")


def cited(text: str, *sources: tuple[str, str]) -> BriefSentence:
    """A brief sentence citing each ``(source id, quote)``."""
    return BriefSentence(text, tuple(Citation(s, 0, len(q), q) for s, q in sources))


def test_the_brief_does_not_cite_a_source_that_gives_another_day(embedder):
    # a and c say Wednesday (the 13th), e "13 November", b Tuesday (the 12th)
    docs = [
        Document(
            "a",
            f"{WEDNESDAY} Opposition parties had demanded his exit for weeks. "
            "The contracts were worth 40 million pounds.",
            date="2024-11-14",
        ),
        Document(
            "b", f"His deputy, Maria Lind, is expected to take over. {TUESDAY}", date="2024-11-13"
        ),
        Document(
            "c", f"{WEDNESDAY} The prime minister thanked him for his service.", date="2024-11-13"
        ),
        Document(
            "e",
            RESIGNED.format("on 13 November ") + " The contracts were worth 40 million pounds.",
            date="2024-11-15",
        ),
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    [resigned] = [s for s in brief.sentences() if "resigned" in s.text]
    assert resigned.text.startswith(
        "Transport minister Andrew Hale resigned on Wednesday (2024-11-13) after"
    )
    # "13 November" is the same day in other words; Tuesday is another day
    assert [c.source for c in resigned.citations] == ["a", "c", "e"]
    # the two days are still set side by side where sources differ
    [conflict] = brief.conflicts
    assert [[c.source for c in side.citations] for side in conflict.sides] == [
        ["a", "c", "e"],
        ["b"],
    ]
    dates = {d.id: d.date for d in docs}
    scores = citation_scores(brief.sentences(), embedder, dates)
    assert (scores.precision, scores.recall) == (1.0, 1.0)


def test_a_brief_in_spanish_does_not_cite_another_weekday(embedder):
    dimitio = (
        "El ministro de Transportes, Andrés Robles, dimitió el {} tras el escándalo de los "
        "contratos ferroviarios."
    )
    docs = [
        Document(
            "a",
            dimitio.format("miércoles") + " La oposición llevaba semanas pidiendo su salida. "
            "Los contratos valían 40 millones de euros.",
            date="2024-11-14",
        ),
        Document(
            "b",
            "Su adjunta, María Lind, asumirá el cargo. " + dimitio.format("martes"),
            date="2024-11-13",
        ),
        Document(
            "c",
            dimitio.format("miércoles") + " El presidente del Gobierno le agradeció sus servicios.",
            date="2024-11-13",
        ),
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    [dimitted] = [s for s in brief.sentences() if "dimitió" in s.text]
    assert "el miércoles (2024-11-13)" in dimitted.text
    assert [c.source for c in dimitted.citations] == ["a", "c"]


def test_the_scorer_marks_a_citation_that_gives_another_day_unsupported():
    dates = {"a": "2024-11-14", "b": "2024-11-13"}
    # the brief's anchor is right for a (Wednesday before the 14th); b says Tuesday
    text = "Transport minister Andrew Hale resigned on Wednesday (2024-11-13) after a row over "
    text += "rail contracts."
    both = citation_scores([cited(text, ("a", WEDNESDAY), ("b", TUESDAY))], None, dates)
    assert (both.recall, both.precision) == (1.0, 0.5)
    only_b = citation_scores([cited(text, ("b", TUESDAY))], None, dates)
    assert (only_b.recall, only_b.precision) == (0.0, 0.0)
    # without the articles' dates the weekdays are compared as written
    bare = citation_scores([cited(WEDNESDAY, ("b", TUESDAY))])
    assert bare.recall == 0.0
    # "last Tuesday", "Nov. 12" (Tuesday in 2024, the year of b's article)
    for other in (RESIGNED.format("last Tuesday "), RESIGNED.format("on Nov. 12 ")):
        assert citation_scores([cited(text, ("b", other))], None, dates).recall == 0.0


def test_a_weekday_supports_the_date_it_falls_on():
    on_12th = RESIGNED.format("on 12 November ")
    # Tuesday in an article of Wednesday 2024-11-13 is 12 November, not the 13th
    scores = citation_scores([cited(on_12th, ("b", TUESDAY))], None, {"b": "2024-11-13"})
    assert (scores.recall, scores.precision) == (1.0, 1.0)
    on_13th = RESIGNED.format("on 13 November ")
    assert citation_scores([cited(on_13th, ("b", TUESDAY))], None, {"b": "2024-11-13"}).recall == 0
    # an article of unknown date does not say which Tuesday: the date is not supported
    assert citation_scores([cited(on_12th, ("b", TUESDAY))]).recall == 0.0


def test_evidence_without_the_day_or_with_it_elsewhere_still_supports():
    began = "Transport minister Andrew Hale resigned after a row over rail contracts, which began "
    began += "on Monday."
    no_clause_break = began.replace(", which", " which")
    s = cited(
        WEDNESDAY,
        ("a", NO_DAY),
        ("b", TUESDAY),
        ("c", began),
        ("d", no_clause_break),
        ("e", WEDNESDAY),
    )
    scores = citation_scores([s])
    assert scores.recall == 1.0
    # only the Tuesday citation is wrong: each other one supports the sentence on its own
    assert scores.precision == 0.8
    # cited only to the Tuesday source and to sources silent on the day, the sentence is not
    # supported: no citation gives its day, one gives another
    without_e = cited(WEDNESDAY, *[(c.source, c.quote) for c in s.citations[:-1]])
    assert citation_scores([without_e]).recall == 0.0
    # evidence that gives two days, or the sentence's day beside another, contradicts nothing
    two_days = RESIGNED.format("on Tuesday or Wednesday ")
    named_too = f"{TUESDAY} His office confirmed the news on Wednesday."
    scores = citation_scores(
        [cited(WEDNESDAY, ("a", two_days)), cited(WEDNESDAY, ("a", named_too))]
    )
    assert scores.recall == 1.0
    assert citation_scores([cited(WEDNESDAY, ("b", TUESDAY))]).recall == 0.0


def test_faithfulness_reports_another_day_as_a_contradiction():
    r = score_summary(WEDNESDAY, [Document("b", TUESDAY)])
    assert r.sentences[0].verdict == "contradicted"
    assert r.contradictions == (("Wednesday", "Tuesday"),)
    # one source gives the sentence's day: it is faithful to that one
    r = score_summary(WEDNESDAY, [Document("b", TUESDAY), Document("a", WEDNESDAY)])
    assert r.sentences[0].verdict == "supported"
    # "yesterday" in the article: the summary's weekday is not contradicted
    r = score_summary(WEDNESDAY, [Document("a", RESIGNED.format("yesterday "))])
    assert r.sentences[0].verdict == "supported"


def test_a_cited_span_is_read_with_its_articles_date():
    on_12th = RESIGNED.format("on 12 November ")
    sources = [Document("b", TUESDAY, date="2024-11-13")]
    cited = [[Document("b", TUESDAY, date="2024-11-13")]]
    r = score_sentences([Sentence("ours", 0, 0, 0, on_12th)], sources, cited=cited)
    assert r.sentences[0].verdict == "supported"
    r = score_sentences([Sentence("ours", 0, 0, 0, WEDNESDAY)], sources, cited=cited)
    assert r.sentences[0].verdict == "contradicted"


def test_weekdays_of_other_languages_are_compared():
    cases = {
        "es": (
            "El ministro Andrés Robles dimitió el miércoles tras el escándalo de los contratos.",
            "miércoles",
            "martes",
        ),
        "de": (
            "Verkehrsminister Andreas Roth ist am Mittwoch wegen der Affäre um die Bahnverträge "
            "zurückgetreten.",
            "Mittwoch",
            "Dienstag",
        ),
        "fr": (
            "Le ministre des Transports André Roux a démissionné mercredi après l'affaire des "
            "contrats.",
            "mercredi",
            "mardi",
        ),
    }
    for language, (text, day, other) in cases.items():
        with use_language(language):
            wrong = citation_scores([cited(text, ("b", text.replace(day, other)))])
            right = citation_scores([cited(text, ("a", text))])
            assert (wrong.recall, right.recall) == (0.0, 1.0), language
