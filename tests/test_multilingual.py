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
