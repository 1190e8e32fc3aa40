"""Articles in Spanish, French, German (and the other languages of
summarizer.language.LEXICAL): the brief is made with their own lexical tools
(datelines, number formats, hedges, stemmer and stop words, sentence rules,
the note on contested figures), and English stays as it was."""

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

from summarizer.clean import clean
from summarizer.conflicts import CONTESTED_NOTE, agree, note_contested
from summarizer.facts import numbers
from summarizer.language import current_language, use_language
from summarizer.pipeline import summarize
from summarizer.text import split_spans, stemmer, stop_words
from summarizer.types import Document


def body(text: str) -> str:
    return " ".join(text[a:b] for a, b in clean(text))


def figures(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    with use_language(language):
        return [(f.value, f.unit, f.extra.get("qualifier")) for f in numbers(text)]


def brief_of(*texts: str, embedder, **kw):
    docs = [Document(chr(ord("a") + i), t) for i, t in enumerate(texts)]
    return summarize(docs, backend="extractive", embedder=embedder, **kw)


# -- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("BRUSELAS, 13 nov (Reuters) - El secretario de Estado llegó.", "El secretario"),
        ("MADRID, 13 de noviembre de 2024 (EFE) - ¿Qué pasará ahora?", "¿Qué pasará"),
        ("PARÍS, 13 novembre (AFP) - Le gouvernement a réagi.", "Le gouvernement"),
        ("BERLIN, 13. November (dpa) - Die Regierung hat entschieden.", "Die Regierung"),
        ("ROMA, 13 nov (ANSA) - Il governo ha deciso.", "Il governo"),
        ("Bruselas (AFP) - Unos 11.000 soldados han sido desplegados.", "Unos 11.000"),
    ],
)
def test_a_dateline_with_a_date_in_another_language_is_cut(line, story):
    assert body(line).startswith(story)
    assert body("WASHINGTON (AP) — The Senate voted.") == "The Senate voted."  # as ever


# -- numbers and hedges --------------------------------------------------------------------


def test_numbers_are_read_the_way_the_language_writes_them():
    assert figures("más de 10.000 soldados", "es") == [("10000", "soldados", "gt")]
    assert figures("quedan 9.200 millones de dólares", "es") == [("9200000000", "USD", None)]
    assert figures("unos 1,5 millones de personas", "es") == [("1500000", "personas", "approx")]
    assert figures("rund 2,1 Milliarden Euro", "de")[0][:2] == ("2100000000", "EUR")
    assert figures("mehr als 10.000 Soldaten", "de") == [("10000", "soldaten", "gt")]
    assert figures("environ 10 000 soldats", "fr") == [("10000", "soldats", "approx")]
    assert figures("oltre 10.000 soldati", "it") == [("10000", "soldati", "gt")]
    assert figures("quase 9,2 bilhões de dólares", "pt") == [("9200000000", "USD", "lt")]
    # English as ever: a full stop is the decimal mark
    assert figures("a 10.5 percent rise", "en") == [("10.5", "%", None)]
    assert figures("more than 10,000 troops", "en") == [("10000", "troops", "gt")]


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        ("es", "alrededor de 300 casas", "approx"),
        ("es", "casi 300 casas", "lt"),
        ("es", "cerca de 300 casas", "approx"),
        ("fr", "plus de 300 maisons", "gt"),
        ("fr", "près de 300 maisons", "approx"),
        ("fr", "quelque 300 maisons", "approx"),
        ("de", "etwa 300 Häuser", "approx"),
        ("de", "fast 300 Häuser", "lt"),
        ("de", "über 300 Häuser", "gt"),
        ("it", "circa 300 case", "approx"),
        ("it", "quasi 300 case", "lt"),
        ("pt", "mais de 300 casas", "gt"),
        ("pt", "cerca de 300 casas", "approx"),
    ],
)
def test_hedges_of_other_languages_qualify_their_figure(language, text, qualifier):
    [(value, _, hedge)] = figures(text, language)
    assert (value, hedge) == ("300", qualifier)


def test_a_rounding_agrees_with_the_exact_figure():
    with use_language("es"):
        exact = numbers("quedan 9.200 millones de dólares")[0]
        assert agree(exact, numbers("quedan más de 9.000 millones de dólares")[0])
    with use_language("de"):
        exact, rounded = numbers("2,1 Milliarden Euro")[0], numbers("rund 2 Milliarden Euro")[0]
        assert agree(exact, rounded)
        assert not agree(numbers("mehr als 10.000 Soldaten")[0], numbers("rund 11.000 Soldaten")[0])


# -- conflicts, end to end -----------------------------------------------------------------

SOLDIERS = (
    "BRUSELAS, 13 nov (Reuters) - Más de 10.000 soldados norcoreanos combaten en la región "
    "rusa de Kursk, según el Pentágono.",
    "Bruselas (AFP) - Unos 11.000 soldados norcoreanos combaten en la región rusa de Kursk, "
    "según el Gobierno de Ucrania.",
    "Unos 12.000 soldados norcoreanos combaten en la región rusa de Kursk, según los servicios "
    "de inteligencia de Corea del Sur.",
)


def test_hedged_figures_in_spanish_are_estimates_and_noted_in_spanish(embedder):
    brief = brief_of(*SOLDIERS, embedder=embedder)
    [conflict] = brief.conflicts
    assert conflict.kind == "estimates"
    assert sorted(side.value for side in conflict.sides) == [
        "Más de 10.000 soldados",
        "Unos 11.000 soldados",
        "Unos 12.000 soldados",
    ]
    texts = [s.text for s in brief.sentences()]
    assert any(t.endswith(" (las fuentes difieren sobre esta cifra).") for t in texts)
    assert not any(CONTESTED_NOTE in t or "BRUSELAS" in t or "(AFP)" in t for t in texts)


def test_different_plain_figures_in_french_contradict(embedder):
    brief = brief_of(
        "Les autorités militaires ont annoncé lundi que 10 000 soldats avaient été envoyés dans "
        "la région frontalière, où la situation reste tendue selon le ministère.",
        "Les autorités militaires ont annoncé lundi que 12 000 soldats avaient été envoyés dans "
        "la région frontalière, où la situation reste tendue selon le ministère.",
        embedder=embedder,
    )
    assert brief.meta["language"] == "fr"
    [conflict] = brief.conflicts
    assert conflict.kind == "contradiction"
    assert conflict.topic == "soldats"
    assert sorted(side.value for side in conflict.sides) == ["10 000 soldats", "12 000 soldats"]


def test_one_figure_in_two_number_formats_is_one_fact_citing_both_sources(embedder):
    # "9.200 millones" and "9200 millones" are the same sum: no conflict, and the
    # two sources' paraphrases make one sentence of the brief that cites both.
    brief = brief_of(
        "Blinken se reunió el miércoles en Bruselas con el secretario general de la OTAN. "
        "Según el Pentágono, quedan 9.200 millones de dólares de ayuda militar por asignar. "
        "Los aliados discutieron el envío de defensas antiaéreas.",
        "El jefe de la diplomacia estadounidense viajó a Bruselas para hablar con los aliados. "
        "Quedan por asignar 9200 millones de dólares de ayuda militar, según el Pentágono. "
        "Ucrania pide más sistemas de defensa antiaérea.",
        embedder=embedder,
        words=60,
    )
    assert brief.conflicts == ()
    [money] = [s for s in brief.sentences() if "millones de dólares" in s.text]
    assert sorted({c.source for c in money.citations}) == ["a", "b"]


# -- the brief's language ------------------------------------------------------------------


def test_the_brief_says_its_language(embedder):
    spanish = brief_of(*SOLDIERS, embedder=embedder)
    assert spanish.meta["language"] == "es"
    assert any("summarized as 'es'" in n for n in spanish.meta["notices"])
    english = brief_of(
        "The council said on Monday that the bridge over the river would be closed for repairs.",
        "The bridge over the river will be closed for repairs, the council said on Monday.",
        embedder=embedder,
    )
    assert english.meta["language"] == "en"
    from summarizer.config import load_config, override

    configured = override(load_config(), **{"input.language": "fr"})
    assert brief_of(*SOLDIERS, embedder=embedder, config=configured).meta["language"] == "fr"
    assert current_language() == "en"  # reset after each brief


def test_briefs_in_threads_keep_their_own_language(embedder):
    english = (
        "More than 10,000 North Korean soldiers are fighting in Kursk, the Pentagon said.",
        "Around 11,000 North Korean soldiers are fighting in Kursk, Kyiv said on Wednesday.",
    )

    def made(cluster) -> dict:
        d = brief_of(*cluster, embedder=embedder).to_dict()
        d["meta"].pop("timings")
        return d

    alone = [made(c) for c in (SOLDIERS, english)]
    with ThreadPoolExecutor(4) as pool:
        runs = list(pool.map(made, [SOLDIERS, english] * 3))
    assert runs == alone * 3
    assert [d["meta"]["language"] for d in runs[:2]] == ["es", "en"]


# -- the lexical tools ---------------------------------------------------------------------


def test_stemmer_and_stop_words_follow_the_language():
    assert stemmer("es").stemWords(["soldados", "soldado"]) == ["sold", "sold"]
    assert stemmer("en").stemWord("soldiers") == "soldier"
    with use_language("es"):
        assert stemmer().stemWord("soldados") == "sold"
        assert {"de", "la", "que", "y"} <= stop_words()
    assert "de" not in stop_words() and "the" in stop_words()
    with use_language("zh"):  # no Snowball stemmer: English, which leaves CJK as it is
        assert stemmer().stemWord("洪水") == "洪水"


def test_sentences_are_split_with_the_language_rules():
    t = "El Sr. García llegó a EE.UU. el lunes. Dijo que volvería."
    with use_language("es"):
        assert [t[a:b] for a, b in split_spans(t)] == [
            "El Sr. García llegó a EE.UU. el lunes.",
            "Dijo que volvería.",
        ]
    t = "Dr. Müller sagte am 13. November, dass es ca. 10.000 Soldaten seien. Das ist z.B. neu."
    with use_language("de"):
        assert len(split_spans(t)) == 2
    t = "Mr. Smith went to Washington. He met the U.S. president."
    assert [t[a:b] for a, b in split_spans(t)] == [
        "Mr. Smith went to Washington.",
        "He met the U.S. president.",
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "note"),
    [
        ("es", "Unos 11.000 soldados.", " (las fuentes difieren sobre esta cifra)"),
        ("fr", "Environ 11 000 soldats.", " (les sources divergent sur ce chiffre)"),
        ("de", "Rund 11.000 Soldaten.", " (die Quellen nennen unterschiedliche Zahlen)"),
        ("it", "Circa 11.000 soldati.", " (le fonti divergono su questa cifra)"),
        ("pt", "Cerca de 11 mil soldados.", " (as fontes divergem sobre este número)"),
        ("zh", "约三千名居民被转移。", "（各来源数字不一）"),
        ("ja", "約三千人が避難した。", "（情報源により数字が異なる）"),
    ],
)
def test_the_contested_note_is_in_the_brief_language(language, sentence, note):
    with use_language(language):  # before the sentence's final full stop
        assert note_contested(sentence) == sentence[:-1] + note + sentence[-1]
    # English as ever
    assert CONTESTED_NOTE == " (sources differ on this figure)"
    assert note_contested("About 11,000 troops were sent.") == (
        "About 11,000 troops were sent (sources differ on this figure)."
    )


def test_decimal_reading_never_reaches_english():
    # "10.000" in English copy stays what it was (ten), "10 000" two numbers
    assert [f.value for f in numbers("about 10.000 soldiers")] == [str(Decimal("10"))]
    with use_language("es"):
        assert [f.value for f in numbers("unos 10.000 soldados")] == ["10000"]


# -- dates, weekdays, publication dates (helper-29) ------------------------------------------


def date_facts(text: str, language: str) -> list[tuple[str, str]]:
    from summarizer.facts import dates

    with use_language(language):
        return [(f.kind, f.value) for f in dates(text)]


@pytest.mark.parametrize(
    ("language", "text", "facts"),
    [
        ("es", "el 13 de noviembre de 2024", [("date", "2024-11-13")]),
        ("es", "antes del 20 de enero", [("date", "XXXX-01-20")]),
        (
            "fr",
            "le 13 novembre 2024 et le 1er mars",
            [("date", "2024-11-13"), ("date", "XXXX-03-01")],
        ),
        ("fr", "le 20 janvier", [("date", "XXXX-01-20")]),
        ("de", "am 13. November 2024", [("date", "2024-11-13")]),
        ("de", "am 20. Januar, am 13.11.2024", [("date", "XXXX-01-20"), ("date", "2024-11-13")]),
        ("it", "il 13 novembre 2024", [("date", "2024-11-13")]),
        ("pt", "em 13 de novembro de 2024", [("date", "2024-11-13")]),
        (
            "es",
            "en noviembre de 2023 y a finales de marzo",
            [("date", "2023-11"), ("date", "XXXX-03")],
        ),
        ("es", "el miércoles", [("weekday", "wednesday")]),
        ("fr", "a averti mercredi", [("weekday", "wednesday")]),
        ("de", "am Mittwochabend", [("weekday", "wednesday")]),
        ("it", "mercoledì", [("weekday", "wednesday")]),
        ("pt", "na quarta-feira", [("weekday", "wednesday")]),
    ],
)
def test_dates_and_weekdays_in_the_brief_language(language, text, facts):
    assert date_facts(text, language) == facts


def test_names_ordinals_and_habits_are_not_weekdays():
    sunday = [("weekday", "sunday")]
    assert date_facts("Llegó el domingo a Santo Domingo.", "es") == sunday  # a name
    assert date_facts("Domingo Bravo llegó el domingo.", "es") == sunday  # opens a sentence
    monday = [("weekday", "monday")]
    assert date_facts("Na segunda-feira, pela segunda vez.", "pt") == monday  # "second"
    assert date_facts("Am Montag, wie montags.", "de") == monday  # "on Mondays"


def test_foreign_dates_are_read_in_their_brief_only():
    assert date_facts("el 13 de noviembre de 2024", "es") == [("date", "2024-11-13")]
    # English extraction is as it was: "13 de noviembre de 2024" is not an English date
    assert ("date", "2024-11-13") not in date_facts("el 13 de noviembre de 2024", "en")
    assert date_facts("el miércoles", "en") == []
    assert date_facts("On Wednesday, Nov. 13, 2024", "es") == [
        ("weekday", "wednesday"),
        ("date", "2024-11-13"),
    ]


def test_a_foreign_date_is_not_a_figure_nor_a_name():
    from summarizer.facts import extract_facts

    with use_language("fr"):
        kinds = [
            (f.kind, f.text) for f in extract_facts("Ils se sont réunis le 13 novembre.", False)
        ]
    assert kinds == [("date", "13 novembre")]  # was 13 "novembre"s
    with use_language("de"):
        facts = extract_facts("Er sprach am Mittwoch, 13. November, in Brüssel.", False)
    assert [(f.kind, f.value) for f in facts if f.value != "brüssel"] == [
        ("weekday", "wednesday"),
        ("date", "XXXX-11-13"),
    ]


def test_foreign_dates_are_checked_like_english_ones():
    from summarizer.facts import compare_facts, extract_facts

    with use_language("es"):
        claim = extract_facts("La reunión fue el martes 12 de noviembre.", False)
        other = extract_facts("La reunión fue el miércoles 13 de noviembre de 2024.", False)
        same = extract_facts("Se reunieron el martes 12 de noviembre de 2024.", False)
        _, _, unsupported = compare_facts(claim, other)
        assert {(f.kind, f.value) for f in unsupported} == {
            ("weekday", "tuesday"),
            ("date", "XXXX-11-12"),
        }
        assert compare_facts(claim, same)[2] == []


def test_sentences_on_different_foreign_days_are_not_one_conflict():
    from summarizer.conflicts import _days

    with use_language("es"):
        assert _days("Las bolsas cayeron el lunes un 3 %.") == {"Monday"}
    with use_language("de"):
        assert _days("Die Börse fiel am Freitag um 2 Prozent.") == {"Friday"}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Publicado: 13 de noviembre de 2024 10:30", "2024-11-13"),
        ("Publié le 13 novembre 2024 à 10h30", "2024-11-13"),
        ("Veröffentlicht am 13. November 2024, 10:30 Uhr", "2024-11-13"),
        ("Pubblicato il 13 novembre 2024 alle 10:30", "2024-11-13"),
        ("Publicado em 13 de novembro de 2024 às 10h30", "2024-11-13"),
        ("Mis à jour le 1er mars 2024 à 8h00", "2024-03-01"),
        ("Publicado el 13/11/2024 a las 10:30", "2024-11-13"),
        (
            "BRUSELAS, 13 de noviembre de 2024 (EFE) - El ministro habló con la prensa.",
            "2024-11-13",
        ),
    ],
)
def test_publication_date_in_other_languages(text, date):
    from summarizer.load import find_date

    assert find_date(text) == date


def test_a_foreign_date_opening_a_sentence_is_not_the_publication_date():
    from summarizer.load import find_date

    assert find_date("Publicado el 13 de noviembre de 2024") == "2024-11-13"
    # a date opening a sentence is one the article mentions (as in Chinese)
    assert find_date("El 13 de noviembre de 2024, el Gobierno anunció un plan de ayuda.") is None
    assert find_date("Le 1er mars 2024, le gouvernement a annoncé un plan pour la région.") is None
    # English as it was: a day-first number is read only after a foreign label
    assert find_date("Publicado el 11/05/2024") == "2024-05-11"
    assert find_date("Date: 11/05/2024") is None


@pytest.mark.parametrize(
    ("language", "sentence", "anchored"),
    [
        ("es", "Blinken advirtió el miércoles en Bruselas.", "el miércoles (2024-11-13) en"),
        ("fr", "Blinken a averti mercredi à Bruxelles.", "mercredi (2024-11-13) à"),
        ("de", "Blinken warnte am Mittwoch in Brüssel.", "am Mittwoch (2024-11-13) in"),
        ("it", "Blinken ha avvertito mercoledì a Bruxelles.", "mercoledì (2024-11-13) a"),
        ("pt", "Blinken afirmou na quarta-feira em Bruxelas.", "quarta-feira (2024-11-13) em"),
        ("es", "Los ministros se reunieron el martes con Umérov.", "el martes (2024-11-12) con"),
    ],
)
def test_foreign_weekdays_of_the_past_are_anchored(language, sentence, anchored):
    from summarizer.fusion import anchor_dates

    with use_language(language):
        assert anchored in anchor_dates(sentence, "2024-11-13")
    assert anchor_dates(sentence, "2024-11-13") == sentence  # English: not its weekdays


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Blinken llegará el jueves a Bruselas."),
        ("es", "Blinken va a viajar el viernes."),
        ("es", "La reunión fue el martes 12 de noviembre."),  # dated already
        ("es", "El lunes pasado hablaron."),  # "last Monday": not simply the last Monday
        ("es", "El lunes llegan a Bruselas."),  # present: perhaps a plan
        ("fr", "Le sommet aura lieu jeudi."),
        ("fr", "Il va parler vendredi."),
        ("fr", "Le lundi, le marché est fermé."),
        ("de", "Blinken wird am Donnerstag reisen."),
        ("de", "Das Treffen findet am Donnerstag statt, sagte er."),
        ("de", "Er sprach am Mittwoch, 13. November, in Brüssel."),
        ("it", "Blinken arriverà giovedì."),
        ("pt", "Blinken vai viajar na quinta-feira."),
        ("pt", "O encontro será no sábado."),
        ("pt", "Blinken afirmou nesta quarta-feira (13) em Bruxelas."),
    ],
)
def test_foreign_weekdays_of_the_future_or_dated_stay(language, sentence):
    from summarizer.fusion import anchor_dates

    past = {
        "es": "Blinken advirtió el miércoles en Bruselas.",
        "fr": "Blinken a averti mercredi à Bruxelles.",
        "de": "Blinken warnte am Mittwoch in Brüssel.",
        "it": "Blinken ha avvertito mercoledì a Bruxelles.",
        "pt": "Blinken afirmou na quarta-feira em Bruxelas.",
    }[language]
    with use_language(language):
        assert anchor_dates(past, "2024-11-13") != past  # the language's weekdays are read
        assert anchor_dates(sentence, "2024-11-13") == sentence


def test_a_spanish_brief_anchors_weekdays_and_cites_by_date(embedder, tmp_path):
    a = (
        "Publicado: 14 de noviembre de 2024\n\n"
        "Los ministros de la OTAN se reunieron el martes 12 de noviembre en Bruselas con "
        "el ministro ucraniano Rustem Umérov para coordinar la ayuda militar. El ministro "
        "Umérov pidió el jueves más defensas antiaéreas para las centrales eléctricas."
    )
    b = (
        "Publicado el 14 de noviembre de 2024\n\n"
        "Los ministros de la OTAN se reunieron el miércoles 13 de noviembre en Bruselas con "
        "el ministro ucraniano Rustem Umérov para coordinar la ayuda militar. El ministro "
        "Umérov pidió el jueves más defensas antiaéreas para las centrales eléctricas."
    )
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    brief = summarize(tmp_path, backend="extractive", embedder=embedder)
    assert brief.meta["language"] == "es"
    assert [d.date for d in brief.sources] == ["2024-11-14", "2024-11-14"]
    sentences = list(brief.sentences())
    texts = [s.text for s in sentences]
    assert any("el jueves (2024-11-14)" in t for t in texts), texts
    for s in sentences:  # the meeting's date is cited to the source that gives it
        if "12 de noviembre" in s.text:
            assert {c.source for c in s.citations} == {"a"}
        if "13 de noviembre" in s.text:
            assert {c.source for c in s.citations} == {"b"}


# -- Portuguese weekdays without "-feira" (helper-31) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("O ministro chegou na quarta.", "wednesday"),
        ("O ministro afirmou na quarta (13) em Lisboa.", "wednesday"),
        ("Na quarta, o ministro disse que não.", "wednesday"),
        ("As chuvas da semana na quarta deixaram 3 mil desalojados.", "wednesday"),
        ("Nesta segunda, a polícia prendeu três pessoas.", "monday"),
        ("A reunião ocorreu na madrugada de sexta em Brasília.", "friday"),
        ("Na noite de terça o presidente falou.", "tuesday"),
        ("Na última quinta o governo anunciou o plano.", "thursday"),
        ("O prazo vai até sexta.", "friday"),
        ("Desde segunda, o trânsito está bloqueado.", "monday"),
        ("Na quarta de manhã, ele saiu.", "wednesday"),
        ("O primeiro-ministro afirmou na quarta que não.", "wednesday"),
        ("Pela primeira vez, o ministro falou na quarta.", "wednesday"),
    ],
)
def test_short_portuguese_weekdays_are_weekdays(text, weekday):
    assert date_facts(text, "pt") == [("weekday", weekday)]


@pytest.mark.parametrize(
    "text",
    [
        "Foi a quarta vez que o clube perdeu.",
        "Na quarta vez, ele venceu.",
        "Na segunda maior cidade do país houve protestos.",
        "Nesta segunda fase do programa, o governo investiu.",
        "Na segunda e última rodada, o candidato venceu.",
        "Na segunda e terceira fases, ele venceu.",
        "Na primeira partida venceu; na segunda, empatou.",
        "Ela foi na segunda a chegar.",
        "Até segunda ordem, o local fica fechado.",
        "Na sexta edição do festival, o público cresceu.",
        "A terça parte dos votos foi anulada.",
        "Na quarta de cinzas, o desfile acabou.",
        "Na Quinta da Regaleira houve um concerto.",
    ],
)
def test_portuguese_ordinals_are_not_weekdays(text):
    assert date_facts(text, "pt") == []


def test_short_portuguese_weekdays_are_read_in_a_portuguese_brief_only_and_anchored():
    from summarizer.fusion import anchor_dates

    sentence = "O governador afirmou na quarta, em Porto Alegre, que as aulas acabaram."
    assert date_facts(sentence, "es") == date_facts(sentence, "en") == []
    with use_language("pt"):
        assert "na quarta (2024-11-13), em" in anchor_dates(sentence, "2024-11-13")
        # "nesta quarta" may be the coming one: a weekday, not anchored
        this = "O governador afirmou nesta quarta que as aulas acabaram."
        assert anchor_dates(this, "2024-11-13") == this


# -- German nouns read as names (helper-31) ----------------------------------------------------


def unsupported_names(claim: str, source: str, language: str) -> list[str]:
    from summarizer.facts import ENTITY_KINDS, compare_facts, extract_facts

    with use_language(language):
        facts = [f for f in extract_facts(claim, False) if f.kind in ENTITY_KINDS]
        return [f.value for f in compare_facts(facts, extract_facts(source))[2]]


def test_a_german_noun_with_its_article_is_supported_by_the_noun_with_another_article():
    claim = "Rund 3000 Menschen wurden evakuiert, teilten Die Behörden mit."
    assert (
        unsupported_names(claim, "Ein Sprecher von den Behörden sagte, 3000 Menschen.", "de") == []
    )
    # the content word must still be there
    assert unsupported_names(claim, "Ein Sprecher der Polizei sagte, 3000 Menschen.", "de") == [
        "die behörden"
    ]
    feuerwehr = "Die Feuerwehr löschte den Brand."
    assert unsupported_names(feuerwehr, "Der Brand wurde von der Feuerwehr gelöscht.", "de") == []


def test_english_names_keep_their_own_check():
    # "the", "of", "and" only: other English function words still count
    assert unsupported_names("Talks at The Bank of England ended.", "the bank, england", "en") == []
    claim = "They met at Voices For Freedom Now last year."
    assert unsupported_names(claim, "voices, freedom now", "en") == ["voices for freedom now"]


# -- a Traditional Chinese cluster (helper-31) -------------------------------------------------

HANT_ARTICLES = (
    "颱風週四在高雄登陸，帶來強風豪雨，造成多處淹水與停電。高雄市政府表示，當局已撤離約三千"
    "名居民，並開設二十處收容所。經濟部指出，全台共有超過二十萬戶停電，電力公司正全力搶修。"
    "據了解，這次颱風是近十年來對高雄影響最大的一次。許多居民表示，他們從來沒有見過這麼大的雨。"
    "市政府已經開始發放便當與飲用水，並派出清潔隊協助清理街道。",
    "颱風週四下午在高雄附近登陸，這是今年第二個登陸台灣的颱風。根據高雄市政府的資料，約五千名"
    "居民已被撤離，當地學校與辦公室停課停班。台電表示，全台有二十萬戶以上停電。許多民眾在社群"
    "網站上分享家中淹水的照片，也有人說超商的貨架已經被搶購一空。這次颱風的雨量已經打破多個測站"
    "的紀錄。",
)


def test_a_traditional_chinese_cluster_gets_a_traditional_brief(embedder):
    from summarizer.render_html import to_html

    brief = brief_of(*HANT_ARTICLES, embedder=embedder)
    assert brief.meta["language"] == "zh"  # ISO 639-1, as for Simplified
    md = brief.to_markdown()
    assert "\n## 來源\n" in md and "来源" not in md
    assert '<html lang="zh-Hant">' in to_html(brief)


def test_a_traditional_chinese_sentence_gets_the_note_in_traditional_characters():
    from summarizer.language import use_language
    from summarizer.notes import has_contested_note, note_contested, without_contested_note

    with use_language("zh"):
        for what, note in (("figure", "（各來源數字不一）"), ("date", "（各來源日期不一）")):
            noted = note_contested("這次颱風有三千名居民被轉移。", what=what)
            assert noted == f"這次颱風有三千名居民被轉移{note}。"
            assert has_contested_note(noted)  # so a headline never states it as settled
            assert without_contested_note(noted) == "這次颱風有三千名居民被轉移。"
        # a sentence with no full stop of its own ends with a Chinese one
        assert (
            note_contested("這次颱風有三千名居民被轉移")
            == "這次颱風有三千名居民被轉移（各來源數字不一）。"
        )
        # Simplified text keeps the Simplified note
        assert (
            note_contested("这次台风有三千名居民被转移。")
            == "这次台风有三千名居民被转移（各来源数字不一）。"
        )
