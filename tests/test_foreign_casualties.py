"""Counts of the dead and the injured in Spanish, French, German, Italian and
Portuguese: spelled small counts are figures, and however a source words its toll
("9 muertos", "10 personas murieron", "la cifra de fallecidos subió a 11") it is
compared with the others' and named in the brief's language."""

import pytest

from summarizer.conflicts import casualty_unit
from summarizer.facts import numbers
from summarizer.language import use_language
from tests.builders import conflicts_of, sides_of


def figures(text: str, language: str) -> list[tuple[str, str | None]]:
    with use_language(language):
        return [(f.value, f.unit) for f in numbers(text)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Zahl der Toten ist auf vier gestiegen.", [("4", None)]),
        ("de", "Drei Menschen starben, zwölf wurden verletzt.", [("3", "menschen"), ("12", None)]),
        ("es", "Al menos nueve muertos y once heridos.", [("9", "muertos"), ("11", "heridos")]),
        (
            "fr",
            "Vingt maisons et quatre-vingts voitures ont brûlé.",
            [("20", "maisons"), ("80", "voitures")],
        ),
        ("it", "Sei persone sono morte e otto feriti.", [("6", "persone"), ("8", "feriti")]),
        ("pt", "Duas pessoas morreram e dezessete feridos.", [("2", "pessoas"), ("17", "feridos")]),
        ("es", "Dos mil casas quedaron destruidas.", [("2000", "casas")]),
    ],
)
def test_small_counts_spelled_out_are_figures(language, text, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Eine Frau und ein Mann wurden gerettet."),  # articles
        ("es", "Un hombre y una mujer llegaron."),
        ("fr", "Une femme a acheté un immeuble neuf."),  # "neuf": new
        ("it", "Tu sei bravo, non sei stato tu."),  # "sei": you are
        ("it", "Il sindaco Otto Bianchi ha parlato."),  # a name
        ("de", "Sie ließen die Warnung außer Acht."),  # a noun
        ("pt", "Um homem e uma mulher chegaram."),
        ("fr", "Trente-deux ans plus tard."),  # a compound the table does not hold
    ],
)
def test_words_that_are_articles_pronouns_or_names_are_no_figures(language, text):
    assert figures(text, language) == []


def test_a_month_written_like_a_count_is_no_count():
    assert "7" not in [value for value, _ in figures("Le 3 sept. 2024 à Lyon.", "fr")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El sismo dejó al menos 9 muertos y más de 120 heridos.", ["dead", "injured"]),
        ("es", "Al menos 10 personas murieron en el terremoto.", ["dead"]),
        (
            "es",
            "La cifra de fallecidos por el sismo de magnitud 7,0 que sacudió el sur subió a 11.",
            [None, "dead"],
        ),
        (
            "fr",
            "Au moins 12 personnes ont trouvé la mort et 30 ont été blessées.",
            ["dead", "injured"],
        ),
        ("fr", "Le bilan s'est alourdi à 15 morts.", ["dead"]),
        ("de", "Bei dem Unglück sind drei Menschen ums Leben gekommen.", ["dead"]),
        ("de", "Nach Angaben der Polizei wurden 47 Menschen verletzt.", ["injured"]),
        ("de", "Die Zahl der Toten ist auf vier gestiegen.", ["dead"]),
        ("it", "Almeno 5 persone sono morte e 20 sono rimaste ferite.", ["dead", "injured"]),
        ("pt", "Pelo menos 8 pessoas morreram e 14 pessoas ficaram feridas.", ["dead", "injured"]),
        ("es", "Unas 300 personas asistieron a una vigilia por los que murieron.", [None]),
        ("fr", "Les pompiers ont secouru 20 soldats tués.", ["soldat (dead)"]),
    ],
)
def test_a_count_of_the_dead_or_injured_is_read_in_the_brief_language(language, text, expected):
    with use_language(language):
        assert [casualty_unit(f, text) for f in numbers(text)] == expected


def _conflicts(language: str, *texts: str, embedder):
    with use_language(language):
        return conflicts_of(*texts, embedder=embedder)


def test_spanish_tolls_worded_differently_are_compared(embedder):
    [conflict] = _conflicts(
        "es",
        "Un terremoto sacudió el martes el sur de Perú y causó al menos 9 muertos, según "
        "Defensa Civil.",
        "La cifra de fallecidos por el terremoto que sacudió el martes el sur de Perú subió "
        "a 11, informó el Ministerio de Salud.",
        embedder=embedder,
    )
    assert conflict.topic == "número de muertos"
    assert sides_of(conflict) == [("al menos 9 muertos", ["s0"]), ("11", ["s1"])]


def test_a_german_toll_spelled_out_contradicts_one_in_other_words(embedder):
    [conflict] = _conflicts(
        "de",
        "Bei dem Zugunglück bei Riedlingen sind am Dienstag drei Menschen ums Leben gekommen.",
        "Nach dem Zugunglück bei Riedlingen am Dienstag ist die Zahl der Toten auf vier gestiegen.",
        embedder=embedder,
    )
    assert conflict.kind == "contradiction"
    assert conflict.topic == "Zahl der Toten"
    assert sides_of(conflict) == [("drei Menschen", ["s0"]), ("vier", ["s1"])]


@pytest.mark.parametrize(
    ("language", "first", "second", "topic"),
    [
        (
            "fr",
            "Au moins 12 personnes ont été blessées dans l'explosion de l'usine de Lyon mardi.",
            "L'explosion de l'usine de Lyon a fait 20 blessés mardi, selon les pompiers.",
            "nombre de blessés",
        ),
        (
            "it",
            "Nell'esplosione della fabbrica di Torino martedì sono morte 7 persone.",
            "L'esplosione della fabbrica di Torino martedì ha causato 9 morti.",
            "numero dei morti",
        ),
        (
            "pt",
            "A explosão da fábrica de Porto na terça-feira deixou 6 mortos.",
            "Oito pessoas morreram na explosão da fábrica de Porto na terça-feira.",
            "número de mortos",
        ),
    ],
)
def test_tolls_in_other_languages_are_named_in_their_language(
    embedder, language, first, second, topic
):
    [conflict] = _conflicts(language, first, second, embedder=embedder)
    assert conflict.topic == topic


def test_the_dead_and_the_injured_are_not_compared(embedder):
    assert not _conflicts(
        "es",
        "El terremoto que sacudió el martes el sur de Perú causó al menos 9 muertos.",
        "El terremoto que sacudió el martes el sur de Perú causó al menos 143 heridos.",
        embedder=embedder,
    )


@pytest.mark.parametrize(
    "language, text, value",
    [
        ("de", "Unfall auf der A7\nAcht Menschen wurden verletzt.", "8"),  # after a headline
        ("es", "Sismo en el sur\nOcho personas murieron.", "8"),
        ("fr", "Crue dans le Gard\n« Sept personnes sont mortes », a dit le préfet.", "7"),
    ],
)
def test_a_spelled_count_opening_a_line_or_a_quotation_is_read(language, text, value):
    with use_language(language):
        assert [f.value for f in numbers(text)] == [value]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt", "Três pessoas morreram e 14 ficaram feridas.", [("3", "pessoas"), ("14", None)]),
        ("es", "Otros 10 resultaron heridos y 3 siguen atrapados.", [("10", None), ("3", None)]),
        ("fr", "Dix-huit restent hospitalisés.", [("18", None)]),
        ("it", "Altri 12 rimangono ricoverati.", [("12", None)]),
        ("es", "Llegaron 40 soldados heridos.", [("40", "soldados")]),  # a noun still counts
    ],
)
def test_a_verb_after_a_count_is_not_what_it_counts(language, text, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt", "Um ônibus tombou e 14 ficaram feridas, segundo a polícia.", ["injured"]),
        ("es", "Otros 10 resultaron heridos en el derrumbe.", ["injured"]),
        (
            "de",
            "17 Menschen wurden bei dem Unfall leicht verletzt, wie die Polizei mitteilte.",
            ["injured"],
        ),
        ("de", "Dabei kamen 5 Menschen in der Nähe von Ulm ums Leben.", ["dead"]),
        ("de", "Mindestens 12 Personen sind bei dem Brand getötet worden.", ["dead"]),
        ("fr", "Le bilan est de 9, selon la préfecture.", ["dead"]),
        ("fr", "Le bilan provisoire fait état de 7 victimes.", ["dead"]),
        ("it", "Il bilancio è salito a 9 nella notte.", ["dead"]),
    ],
)
def test_a_toll_worded_by_its_verb_or_named_alone_is_read(language, text, expected):
    with use_language(language):
        assert [casualty_unit(f, text) for f in numbers(text)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Mit 300 Rettungskräften suchte die Feuerwehr nach den Verletzten."),  # a noun
        ("de", "Bei dem Unfall wurden 40 Menschen in Krankenhäuser gebracht."),
        ("de", "Aus 110 Fahrgästen im Zug wurden dann vierzig schwer verletzt."),  # theirs
        ("fr", "Le bilan fait état de 300 personnes évacuées."),  # a toll of others
        ("fr", "La tempête a fait 12 victimes."),  # victims alone: the hurt too
        ("fr", "Le bilan des blessés est de 30 selon le bilan."),
    ],
)
def test_counts_that_no_clause_calls_the_dead_stay_what_they_count(language, text):
    with use_language(language):
        assert "dead" not in [casualty_unit(f, text) for f in numbers(text)]


@pytest.mark.parametrize(
    ("language", "first", "second", "topic", "sides"),
    [
        (
            "pt",
            "Um ônibus tombou na BR-116 em Teresópolis na terça-feira e 14 ficaram feridas.",
            "O acidente com o ônibus na BR-116 em Teresópolis na terça-feira deixou 19 feridos.",
            "número de feridos",
            [("14", ["s0"]), ("19 feridos", ["s1"])],
        ),
        (
            "de",
            "Bei dem Busunglück auf der A8 am Freitag wurden 23 Menschen zum Teil schwer verletzt.",
            "17 Menschen wurden bei dem Busunglück auf der A8 am Freitag leicht verletzt.",
            "Zahl der Verletzten",
            [("23 Menschen", ["s0"]), ("17 Menschen", ["s1"])],
        ),
        (
            "fr",
            "Après la tempête de jeudi dans le Finistère, le bilan est de 9.",
            "La tempête de jeudi dans le Finistère a fait au moins 11 morts.",
            "nombre de morts",
            [("9", ["s0"]), ("au moins 11 morts", ["s1"])],
        ),
    ],
)
def test_tolls_read_from_verbs_and_bare_tolls_are_compared(
    embedder, language, first, second, topic, sides
):
    [conflict] = _conflicts(language, first, second, embedder=embedder)
    assert conflict.topic == topic
    assert sorted(sides_of(conflict)) == sorted(sides)


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (  # different things counted: the injured, the homeless
            "pt",
            "Com a enchente em Petrópolis na terça-feira, 14 ficaram feridas.",
            "Com a enchente em Petrópolis na terça-feira, 19 ficaram desalojadas.",
        ),
        (  # the trapped are counted by one source only
            "es",
            "En el derrumbe de la mina de Sabinas del miércoles 3 quedaron atrapados.",
            "En el derrumbe de la mina de Sabinas del miércoles cinco mineros quedaron atrapados.",
        ),
        (  # a year apart
            "fr",
            "Le bilan de la tempête de 1999 dans le Finistère était de 92.",
            "La tempête de jeudi dans le Finistère a fait au moins 11 morts.",
        ),
        (  # victims alone are not the dead
            "fr",
            "La tempête de jeudi dans le Finistère a fait 12 victimes.",
            "La tempête de jeudi dans le Finistère a fait au moins 11 morts.",
        ),
        (  # a day apart
            "de",
            "Bei dem Busunglück auf der A8 am Freitag wurden 23 Menschen verletzt.",
            "Bei dem Busunglück auf der A8 am Montag wurden 17 Menschen bei dem Aufprall verletzt.",
        ),
    ],
)
def test_counts_of_other_things_or_times_are_not_compared(embedder, language, first, second):
    assert not _conflicts(language, first, second, embedder=embedder)
