"""Attribution conflicts: sources that put one quotation in different mouths are
listed where sources differ, and the brief's sentence stating that quotation says so."""

import pytest

from summarizer import Document, summarize
from summarizer.language import use_language
from summarizer.notes import (
    CONTESTED_NOTE,
    contested_note,
    has_contested_note,
    note_contested,
    without_contested_note,
)

from .builders import conflicts_of, sides_of

QUOTE = "“We will not back down, whatever the cost to this government,”"
LEAD = "The government refused to change course after a week of protests in the capital."
TAIL = "Protesters gathered outside parliament for a seventh day."


def article(said: str, *more: str) -> str:
    """An article whose middle sentence is ``said``."""
    return " ".join((LEAD, said, *more, TAIL))


ROE = article(f"{QUOTE} Defence Minister Jane Roe said at a news conference.")
DOE = article(f"{QUOTE} Prime Minister John Doe said in a televised address.")


def test_one_quotation_in_two_mouths_contradicts(embedder):
    [c] = conflicts_of(ROE, DOE, embedder=embedder)
    assert c.kind == "contradiction"
    assert c.topic == "“We will not back down, whatever the cost to this government”"
    assert sides_of(c) == [("Jane Roe", ["s0"]), ("John Doe", ["s1"])]
    assert [side.text for side in c.sides] == [
        f"{QUOTE} Defence Minister Jane Roe said at a news conference.",
        f"{QUOTE} Prime Minister John Doe said in a televised address.",
    ]
    assert [side.citations[0].quote for side in c.sides] == [side.text for side in c.sides]


def test_sources_that_agree_on_the_speaker_share_a_side_and_part_of_a_quotation_counts(embedder):
    # the third source names her by her surname (its full name for her is earlier)
    # and quotes more of what she said; the fourth, less (six words)
    roe_again = article(
        "Defence Minister Jane Roe met the protest leaders on the steps of parliament.",
        "“We will not back down, whatever the cost to this government, and we will not"
        " be bullied by anyone,” Roe told them.",
    )
    short = article("“We will not back down, whatever,” said Jane Roe, the defence minister.")
    [c] = conflicts_of(ROE, DOE, roe_again, short, embedder=embedder)
    assert sides_of(c) == [("Jane Roe", ["s0", "s2", "s3"]), ("John Doe", ["s1"])]
    assert c.topic == "“We will not back down, whatever”"


def test_one_person_named_in_other_words_is_no_conflict(embedder):
    blinken = article(f"{QUOTE} Secretary of State Antony Blinken said.")
    assert conflicts_of(blinken, DOE, embedder=embedder)  # two people: a conflict
    for other in (
        article(f"{QUOTE} Blinken said."),  # the surname alone: no person, no side ...
        article("Antony Blinken arrived on Monday.", f"{QUOTE} Blinken said."),  # ... or his
        article(f"{QUOTE} said Antony Blinken."),
        article(f"{QUOTE} US Secretary of State Antony Blinken told reporters."),
    ):
        assert not conflicts_of(blinken, other, embedder=embedder), other


def test_a_pronoun_or_an_unnamed_speaker_is_no_conflict(embedder):
    for other in (
        article(f"{QUOTE} he said."),
        article(f"{QUOTE} She said at a news conference."),
        article(f"{QUOTE} the minister said."),
        article(f"{QUOTE} a government spokesman said."),
        article(f"{QUOTE.replace(',”', '.”')}"),
        article(f"{QUOTE} Officials said."),
        article(f"{QUOTE} Police said."),
    ):
        assert not conflicts_of(ROE, other, embedder=embedder), other
    assert conflicts_of(ROE, DOE, embedder=embedder)


def test_short_phrases_and_other_words_are_no_conflict(embedder):
    # "a firm response", "war effort": too short to be one quotation
    assert not conflicts_of(
        article("Antony Blinken promised “a firm response” to the deployment."),
        article("Mark Rutte promised “a firm response” to the deployment."),
        embedder=embedder,
    )
    assert not conflicts_of(
        article("“We will not back down,” Defence Minister Jane Roe said."),  # five words
        article("“We will not back down,” Prime Minister John Doe said."),
        embedder=embedder,
    )
    # a title is no one's words
    title = "“How We Will Win the War on Poverty at Last”"
    assert not conflicts_of(
        article(f"Jane Roe wrote {title} while in opposition."),
        article(f"John Doe said he had read {title} twice."),
        embedder=embedder,
    )
    # two quotations that share a few words are two quotations
    assert not conflicts_of(
        ROE,
        article(
            "“We will not back down on pensions, and the unions know it,” Prime Minister"
            " John Doe said."
        ),
        embedder=embedder,
    )
    assert conflicts_of(ROE, DOE, embedder=embedder)


def test_an_organisation_and_its_spokesperson_are_no_conflict(embedder):
    quote = "“We are watching the situation on the border very closely,”"
    named = article(f"{quote} said John Kirby, a Pentagon spokesman.")
    for org in (
        article(f"{quote} the Pentagon said in a statement."),
        article(f"The Pentagon said: {quote.replace(',”', '.”')}"),
        article(f"{quote} a Pentagon spokesman said."),
        article(f"{quote} Pentagon spokesman John Kirby said."),
    ):
        assert not conflicts_of(org, named, embedder=embedder), org
    # the same two quotations said by two people are in conflict
    other = article(f"{quote} Defence Secretary Lloyd Austin told reporters.")
    [c] = conflicts_of(named, other, embedder=embedder)
    assert sides_of(c) == [("John Kirby", ["s0"]), ("Lloyd Austin", ["s1"])]


def test_a_source_that_names_both_speakers_is_no_conflict(embedder):
    for other in (
        # X said, quoting Y
        article(f"Prime Minister John Doe said, quoting Jane Roe: {QUOTE[:-2]}.”"),
        # a spokesperson for the other
        article(f"{QUOTE} Jane Roe said, through her spokesman John Doe."),
        # the other speaker named a sentence away
        article(f"{QUOTE} Prime Minister John Doe said.", "Jane Roe had said much the same."),
        # one source says the words were echoed, far from the quotation
        article(
            f"{QUOTE} Prime Minister John Doe said.",
            "The opposition walked out of the chamber.",
            "Several ministers resigned in the evening.",
            "The currency fell against the dollar.",
            "Doe echoed the words of his defence minister, Jane Roe.",
        ),
        # one source gives both speakers, at two places
        article(
            f"{QUOTE} Prime Minister John Doe said.",
            "The opposition walked out of the chamber.",
            "Several ministers resigned in the evening.",
            "The currency fell against the dollar.",
            f"{QUOTE} Defence Minister Jane Roe said later.",
        ),
    ):
        assert not conflicts_of(ROE, other, embedder=embedder), other
    assert conflicts_of(ROE, DOE, embedder=embedder)


@pytest.mark.parametrize(
    ("language", "template"),
    [
        (
            "es",
            "El Gobierno se negó a cambiar de rumbo tras una semana de protestas. «No vamos a "
            "retroceder, cueste lo que cueste a este Gobierno», dijo la ministra de Defensa, {}.",
        ),
        (
            "fr",
            "Le gouvernement a refusé de changer de cap après une semaine de manifestations. "
            "« Nous ne reculerons pas, quel qu'en soit le prix pour ce gouvernement », a déclaré "
            "le Premier ministre {} lors d'une conférence de presse.",
        ),
        (
            "de",
            "Die Regierung lehnte nach einer Woche voller Proteste einen Kurswechsel ab. „Wir "
            "werden nicht zurückweichen, koste es diese Regierung, was es wolle“, sagte "
            "Ministerin {} auf einer Pressekonferenz.",
        ),
        (
            "it",
            "Il governo si è rifiutato di cambiare rotta dopo una settimana di proteste. «Non "
            "faremo marcia indietro, qualunque sia il prezzo per questo governo», ha detto il "
            "ministro {} in una conferenza stampa.",
        ),
        (
            "pt",
            "O governo recusou-se a mudar de rumo após uma semana de protestos. “Não vamos "
            "recuar, custe o que custar a este governo”, disse o ministro {} numa conferência "
            "de imprensa.",
        ),
    ],
)
def test_attribution_conflicts_in_other_languages(embedder, language, template):
    with use_language(language):
        [c] = conflicts_of(
            template.format("Jane Roe"), template.format("John Doe"), embedder=embedder
        )
        assert not conflicts_of(
            template.format("Jane Roe"), template.format("Roe"), embedder=embedder
        )
    assert sides_of(c) == [("Jane Roe", ["s0"]), ("John Doe", ["s1"])]
    assert c.topic.startswith("“") and c.topic.endswith("”") and len(c.topic.split()) <= 13


def test_the_brief_says_sources_differ_on_who_said_it(embedder):
    docs = [Document("a", ROE), Document("b", DOE)]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    [c] = brief.conflicts
    assert sides_of(c) == [("Jane Roe", ["a"]), ("John Doe", ["b"])]
    noted = [s.text for s in brief.sentences() if "(sources differ on who said this)" in s.text]
    assert noted and all(t.startswith(QUOTE) for t in noted)
    assert [s.text for s in brief.sentences() if QUOTE in s.text] == noted
    assert not any(CONTESTED_NOTE in s.text for s in brief.sentences())
    md = brief.to_markdown()
    assert (
        "- **“We will not back down, whatever the cost to this government”** "
        "(sources contradict): Jane Roe [1]; John Doe [2]"
    ) in md


def test_a_headline_that_states_the_quotation_says_whose_words_are_contested(embedder):
    docs = [
        Document("a", f"{QUOTE} Defence Minister Jane Roe said."),
        Document("b", f"{QUOTE} Prime Minister John Doe said."),
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    assert brief.headline.startswith(QUOTE)
    assert brief.headline.endswith("said (sources differ on who said this)")


def test_a_quotation_with_a_contested_figure_takes_one_note(embedder):
    said = "“We have sent {} troops to the border and we will not back down now,”"
    docs = [
        Document("a", article(f"{said.format('10,000')} Defence Minister Jane Roe said.")),
        Document("b", article(f"{said.format('12,000')} Prime Minister John Doe said.")),
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    assert len(brief.conflicts) == 2
    noted = [s.text for s in brief.sentences() if "troops" in s.text]
    assert noted and all(
        t.endswith("said (sources differ on this and on who said it).") for t in noted
    )


def test_the_attribution_note_in_each_language():
    languages = ("en", "es", "fr", "de", "it", "pt", "zh", "ja")
    notes = {lang: contested_note(lang, "attribution") for lang in languages}
    assert notes["en"] == " (sources differ on who said this)"
    mixed = {lang: contested_note(lang, "mixed") for lang in languages}
    assert mixed["en"] == " (sources differ on this and on who said it)"
    others = {contested_note(lang, w) for lang in languages for w in ("figure", "date", "both")}
    assert len(set(notes.values()) | set(mixed.values())) == 16
    assert not (set(notes.values()) | set(mixed.values())) & others
    with use_language("es"):
        noted = note_contested("«No cederemos», dijo Roe.", what="attribution")
        assert noted == "«No cederemos», dijo Roe (las fuentes difieren sobre quién lo dijo)."
        assert has_contested_note(noted)
    assert without_contested_note(noted) == "«No cederemos», dijo Roe."
    assert note_contested("“我们绝不退让，”罗伊说。", "zh", "attribution") == (
        "“我们绝不退让，”罗伊说（各来源说话人不一）。"
    )
