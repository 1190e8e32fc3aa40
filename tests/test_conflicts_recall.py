"""Date and attribution conflicts in the words real articles use: "yesterday" and
"today", one happening told with other verbs ("resigned" / "stepped down"), a
speaker after a title in lower case or an abbreviated one ("Sgt. John Smith"),
and Portuguese short weekdays that are ordinals ("terminou na quinta")."""

import pytest

from summarizer.conflicts import detect_conflicts
from summarizer.events import event_date, past_verbs
from summarizer.facts import dates
from summarizer.language import use_language
from summarizer.pipeline import split_documents
from summarizer.text import split_spans

from .builders import build_document, conflicts_of, sides_of

RESIGNED = "Transport minister Andrew Hale {} after a row over rail contracts."


# -- "yesterday" and "today" ------------------------------------------------------------------


def test_yesterday_and_today_are_days_of_the_article(embedder):
    # an article of Wednesday 2024-11-13: yesterday is Tuesday the 12th
    yesterday = RESIGNED.format("resigned yesterday")
    wednesday = RESIGNED.format("resigned on Wednesday")
    [c] = conflicts_of(yesterday, wednesday, embedder=embedder, dates=["2024-11-13", "2024-11-14"])
    assert sides_of(c) == [("yesterday (2024-11-12)", ["s0"]), ("Wednesday (2024-11-13)", ["s1"])]
    tuesday = RESIGNED.format("resigned on Tuesday")
    assert not conflicts_of(yesterday, tuesday, embedder=embedder, dates=["2024-11-13"] * 2)
    # "this morning" is the article's own day
    morning = RESIGNED.format("resigned this morning")
    [c] = conflicts_of(morning, tuesday, embedder=embedder, dates=["2024-11-13"] * 2)
    assert sides_of(c) == [("this morning (2024-11-13)", ["s0"]), ("Tuesday (2024-11-12)", ["s1"])]
    assert not conflicts_of(morning, wednesday, embedder=embedder, dates=["2024-11-13"] * 2)


def test_a_conflict_over_yesterday_is_a_dates_and_the_brief_says_so(embedder):
    from summarizer.config import FusionConfig
    from summarizer.fusion import fuse
    from summarizer.notes import CONTESTED_DATE_NOTE, CONTESTED_NOTE, conflict_about
    from summarizer.types import Claim

    texts = (RESIGNED.format("resigned yesterday"), RESIGNED.format("resigned on Monday"))
    docs = [build_document(t, doc_id=f"s{i}", date="2024-11-13") for i, t in enumerate(texts)]
    sents = split_documents(docs)
    [c] = detect_conflicts(docs, sents, embedder)
    assert conflict_about(c) == "date"
    claims = [Claim(s.text, s.doc_id, (s.span,), 0.0) for v in sents.values() for s in v]
    _, summary, *_ = fuse(claims, docs, sents, embedder, FusionConfig(), [c])
    assert CONTESTED_DATE_NOTE.strip() in summary[0].text, summary[0].text
    assert CONTESTED_NOTE.strip() not in summary[0].text


def test_yesterday_follows_the_rules_of_a_weekday():
    day = "2024-11-13"
    assert event_date("The minister resigned yesterday.", day).shown == "yesterday (2024-11-12)"
    assert event_date("The court today sentenced the former mayor.", day).day == "11-13"
    for text in (
        "The minister said yesterday that he had resigned.",  # the day of a saying
        "The minister will resign today.",  # a plan
        "The minister has been in hiding since yesterday.",  # a bound
        "The minister resigned yesterday, two days after the vote.",  # another time
        "The minister resigned yesterday and left on Tuesday.",  # two days
        "Police arrested a second suspect yesterday.",  # one happening of several
        "“The bodies we found today were those of the girls,” the sheriff told reporters.",
        "USA TODAY watched the ceremony unfold from the wings.",  # a name
    ):
        assert event_date(text, day) is None, text
    # without the article's date "yesterday" is no day
    assert event_date("The minister resigned yesterday.") is None


@pytest.mark.parametrize(
    ("language", "text", "shown"),
    [
        ("es", "El ministro dimitió ayer tras el escándalo.", "ayer (2024-11-12)"),
        ("es", "El ministro dimitió hoy tras el escándalo.", "hoy (2024-11-13)"),
        ("fr", "Le ministre a démissionné hier après le scandale.", "hier (2024-11-12)"),
        ("fr", "Le ministre a démissionné avant-hier.", "avant-hier (2024-11-11)"),
        ("de", "Der Minister ist gestern zurückgetreten.", "gestern (2024-11-12)"),
        ("it", "Il ministro si è dimesso ieri dopo lo scandalo.", "ieri (2024-11-12)"),
        ("pt", "O ministro renunciou ontem após o escândalo.", "ontem (2024-11-12)"),
        ("pt", "O ministro renunciou hoje após o escândalo.", "hoje (2024-11-13)"),
    ],
)
def test_yesterday_and_today_in_other_languages(language, text, shown):
    with use_language(language):
        assert event_date(text, "2024-11-13").shown == shown
        assert event_date(text) is None


# -- one happening, other verbs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "verb", "other"),
    [
        (RESIGNED, "resigned", "stepped down"),
        (RESIGNED, "resigned", "quit"),
        ("Gunmen {} the village chief Omar Dallo in the market of Kibali.", "killed", "shot dead"),
        ("Police {} the suspect, a 34-year-old man from Leeds.", "arrested", "detained"),
        ("The singer Mara Quell {} at her home in Lisbon, aged 81.", "died", "passed away"),
    ],
)
def test_one_happening_told_with_other_verbs_is_one_happening(embedder, template, verb, other):
    def dated(words: str, day: str) -> str:
        return template.format(f"{words} on {day}")

    assert past_verbs(template.format(verb)) == past_verbs(template.format(other))
    [c] = conflicts_of(dated(verb, "Monday"), dated(other, "Sunday"), embedder=embedder)
    assert sides_of(c) == [("Monday", ["s0"]), ("Sunday", ["s1"])]


def test_verbs_of_other_happenings_stay_apart(embedder):
    pairs = [
        ("The minister stepped down.", "The minister stepped up his campaign."),
        ("Gunmen shot dead the chief.", "Gunmen shot the chief."),
        ("The court convicted the mayor.", "The court sentenced the mayor."),
        ("The strike began.", "The strike ended."),
        ("Armed men attacked the bank.", "Armed men robbed the bank."),
    ]
    for a, b in pairs:
        assert past_verbs(a) != past_verbs(b), (a, b)
    campaign = "Transport minister Andrew Hale stepped up his campaign on Wednesday."
    assert not conflicts_of(RESIGNED.format("resigned on Tuesday"), campaign, embedder=embedder)


# -- speakers after a title -------------------------------------------------------------------

QUOTE = "“We will not back down, whatever the cost to this government,”"
LEAD = "The government refused to change course after a week of protests in the capital."
DOE = f"{LEAD} {QUOTE} Prime Minister John Doe said in a televised address."


@pytest.mark.parametrize(
    "said",
    [
        f"{QUOTE} the defence minister, Jane Roe, said.",
        f"{QUOTE} said the defence minister, Jane Roe.",
        f"{QUOTE} defence minister Jane Roe said.",
        f"{QUOTE} said defence minister Jane Roe.",
        f"The head of the defence ministry, Jane Roe, said: {QUOTE[:-2]}.”",
        f"{QUOTE} said Sgt. Jane Roe.",
        f"{QUOTE} Sgt. Jane Roe said.",
        f"{QUOTE} said police spokeswoman Insp. Jane Roe.",
    ],
    ids=[
        "title-comma-name-comma-said",
        "said-title-comma-name",
        "title-name-said",
        "said-title-name",
        "title-of-comma-name-said-colon",
        "said-sgt",
        "sgt-said",
        "said-title-insp",
    ],
)
def test_a_speaker_after_a_title_in_lower_case_or_abbreviated_is_named(embedder, said):
    [c] = conflicts_of(f"{LEAD} {said}", DOE, embedder=embedder)
    assert sides_of(c) == [("Jane Roe", ["s0"]), ("John Doe", ["s1"])]


def test_a_title_that_is_not_before_the_speaker_names_no_one(embedder):
    for said in (
        f"{QUOTE} said the minister, Jane Roe's deputy.",  # the deputy spoke
        f"{QUOTE} the minister said, Jane Roe added.",
        f"{QUOTE} Madonna said.",  # one name: people known by one name are left out
    ):
        assert not conflicts_of(f"{LEAD} {said} Jane Roe arrived.", DOE, embedder=embedder), said


def test_a_title_abbreviation_ends_no_sentence():
    text = "“We found nothing,” said Insp. Jane Roe. Pte. John Doe was there. It rained."
    assert [text[a:b] for a, b in split_spans(text)] == [
        "“We found nothing,” said Insp. Jane Roe.",
        "Pte. John Doe was there.",
        "It rained.",
    ]


# -- Portuguese short weekdays ----------------------------------------------------------------


def test_portuguese_short_weekdays_of_a_list_and_not_of_a_ranking():
    def weekdays(text: str) -> list[str]:
        with use_language("pt"):
            return [f.value for f in dates(text) if f.kind == "weekday"]

    assert weekdays("Houve greves na segunda e terça.") == ["monday", "tuesday"]
    assert weekdays("Protestaram na segunda, terça e quarta.") == ["monday", "tuesday", "wednesday"]
    # finished fifth, came second: ordinals after a verb of finishing or ranking
    assert weekdays("O piloto terminou na quinta, atrás de Verstappen.") == []
    assert weekdays("A equipa ficou na segunda.") == []
    assert weekdays("Classificou-se na sexta, à frente de Hamilton.") == []
    # ... unless a day of the month says it is a weekday; a list of ordinals is none
    assert weekdays("Os ministros terminaram na quarta (13) a reunião.") == ["wednesday"]
    assert weekdays("Ficaram na segunda e quarta colocações.") == []
    assert weekdays("O ministro chegou na quinta.") == ["thursday"]


@pytest.mark.parametrize(
    "said",
    [
        f"{QUOTE} said the aide to defence minister Jane Roe.",
        f"{QUOTE} a spokesman for defence minister Jane Roe said.",
        f"{QUOTE} said the wife of opposition leader Jane Roe.",
        f"{QUOTE} said an aide to the defence minister, Jane Roe.",
    ],
)
def test_a_title_after_a_preposition_names_whom_the_speaker_serves_not_the_speaker(embedder, said):
    from summarizer.speakers import quote_speakers

    # Jane Roe did not say it (her aide did): no second speaker, no conflict with Doe
    assert "Jane Roe" not in quote_speakers(said).values()
    assert not conflicts_of(f"{LEAD} {said}", DOE, embedder=embedder)


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned in an interview with USA Today.",  # a name
        "The factory, which today employs 300 people, was closed by the owners.",  # nowadays
        "Today's vote was delayed after the minister resigned.",
    ],
)
def test_today_as_a_name_or_nowadays_is_no_day(text):
    assert event_date(text, "2024-11-13") is None


def test_fino_ad_oggi_is_a_bound_not_a_day():
    with use_language("it"):
        assert event_date("Fino ad oggi il ministro si è dimesso.", "2024-11-13") is None


def test_a_toll_in_a_sentence_that_says_much_else_is_compared(embedder):
    # The two sentences read alike at about 0.5: under the topic threshold, but both count
    # this event's dead.
    [c] = conflicts_of(
        "A strong earthquake hit the north of the island on Sunday, killing 23 people, the"
        " civil defence agency said.",
        "The number of dead from the earthquake rose to 27 on Sunday, the health ministry said,"
        " as rescue teams dug through the ruins of schools and homes in heavy rain.",
        embedder=embedder,
    )
    assert sorted(side.value for side in c.sides) == ["23 people", "27"]


@pytest.mark.parametrize("date", [None, "2025-03-04"])
def test_a_toll_of_another_year_is_no_side(embedder, date):
    # Background on an earlier disaster states a toll of its own, not the cluster's.
    texts = (
        "A strong earthquake hit the north of the island on Sunday, killing 23 people.",
        "The island's deadliest earthquake, in 1987, killed more than 4,000 people in the north.",
    )
    assert not conflicts_of(*texts, embedder=embedder, dates=[date, date])
    # the same year on both sides, or the article's own year, is no other happening
    [c] = conflicts_of(
        "A strong earthquake hit the north of the island in 2025, killing 23 people.",
        "The earthquake that hit the north of the island in 2025 killed 31 people.",
        embedder=embedder,
    )
    assert sorted(side.value for side in c.sides) == ["23 people", "31 people"]
    [c] = conflicts_of(
        "A strong earthquake hit the north of the island on Sunday, killing 23 people.",
        "The earthquake that hit the north of the island in 2025 killed 31 people.",
        embedder=embedder,
        dates=["2025-03-04", "2025-03-04"],
    )
    assert len(c.sides) == 2


def test_others_counted_after_the_dead_are_people(embedder):
    [c] = conflicts_of(
        "The bus crashed on the motorway on Friday, killing four people. More than 30 others"
        " were injured.",
        "Police said 45 people were injured when the bus crashed on the motorway on Friday.",
        embedder=embedder,
    )
    assert c.topic == "people (injured)"
    assert sorted(side.value for side in c.sides) == ["45 people", "More than 30 others"]


def test_parts_of_one_total_are_compared(embedder):
    # "76 of parliament's 150 seats" counts seats, as "78 of the 150 seats" does
    [c] = conflicts_of(
        "The Progress Party secured an absolute majority in Sunday's general election, winning"
        " 76 of parliament's 150 seats, the electoral commission said on Monday.",
        "The party won 78 of the 150 seats in parliament, giving it an outright majority.",
        embedder=embedder,
    )
    assert c.kind == "contradiction" and c.topic == "seats"
    assert sorted(side.value for side in c.sides) == ["76", "78"]
    # two parties' shares of the same total are two quantities
    assert not conflicts_of(
        "The National Union won 39 of the 150 seats.",
        "The Homeland movement won 17 of the 150 seats.",
        embedder=embedder,
    )


def test_the_total_a_part_of_which_died_is_no_toll(embedder):
    # "killing 37 of the 49 people on board": 49 were on board, not killed, so the
    # source does not also give "at least 40 killed", and the tolls disagree
    crash = "A coach plunged into a ravine near Tarvos, killing 37 of the 49 people on board."
    [c] = conflicts_of(
        crash,
        "At least 40 people were killed when a coach plunged into a ravine near Tarvos.",
        embedder=embedder,
    )
    assert c.topic == "people (dead)"
    assert sorted(side.value for side in c.sides) == ["37", "At least 40 people"]
    # a source giving those on board alike is no side
    assert not conflicts_of(
        crash, "The coach was carrying 49 people when it plunged into a ravine near Tarvos.",
        embedder=embedder,
    )  # fmt: skip


def test_counts_of_one_country_s_people_compare_however_named(embedder):
    # "61 Germans" and "62 German citizens" count the same people
    [c] = conflicts_of(
        "Among the passengers were 61 Germans, 38 Poles and six Americans, the airline said.",
        "The passengers included 62 German citizens and 38 Polish citizens, the airline said.",
        embedder=embedder,
    )
    assert c.kind == "contradiction"
    assert sorted(side.value for side in c.sides) == ["61 Germans", "62 German citizens"]
    # soldiers of a country are soldiers, not all its people on the plane
    assert not conflicts_of(
        "Among the passengers were 61 Germans and six Americans, the airline said.",
        "Among the passengers were 12 German soldiers and six Americans, the airline said.",
        embedder=embedder,
    )


def test_only_sentences_that_state_a_disputed_figure_get_the_note(embedder):
    # An election: two sources say 78 seats, one 76. The vote share is cited from a
    # sentence that also gives the seats, but the share is not what the sources dispute.
    from summarizer import summarize

    docs = [
        build_document(
            "The centre-left Progress Party won Sunday's parliamentary election in Valmora by a"
            " wide margin, taking 41.2% of the vote, according to official results.",
            "The conservative National Union came second with 27.5%, its worst result since 1998.",
            "The party won 78 of the 150 seats in parliament, giving it an outright majority.",
            "National Union leader Pieter Haas conceded defeat and said he would step down.",
            doc_id="a",
        ),
        build_document(
            "Valmora's Progress Party secured an absolute majority in Sunday's general election,"
            " winning 76 of parliament's 150 seats, the electoral commission said on Monday.",
            "The party took 41% of the vote. Its leader, Marta Lind, promised to raise the"
            " minimum wage.",
            "The National Union, which has governed since 2017, won 28% and 39 seats.",
            doc_id="b",
        ),
        build_document(
            "Marta Lind's Progress Party won a clear victory in Valmora's election on Sunday,"
            " ending eight years of conservative rule.",
            "With all votes counted, the party had 41.2% and 78 seats, enough to govern alone,"
            " the electoral commission said.",
            "The far-right Homeland movement almost doubled its share of the vote, to 11.8%.",
            doc_id="c",
        ),
    ]
    brief = summarize(docs, words=200, backend="extractive", embedder=embedder, cache=None)
    assert [sorted(side.value for side in c.sides) for c in brief.conflicts] == [["76", "78"]]
    noted = [s.text for s in brief.summary + brief.key_points if "differ" in s.text]
    assert noted and all("76" in t or "78" in t for t in noted)
    assert any("41% of the vote" in s.text for s in brief.summary + brief.key_points)


def test_a_year_a_figure_is_due_by_is_no_other_happening(embedder):
    texts = (
        "Norrland expects cost savings of around $150 million a year by 2028, the company said"
        " on Monday.",
        "Norrland expects annual cost savings of $120 million, the company said on Monday.",
    )
    for date in (None, "2025-09-15"):
        [c] = conflicts_of(*texts, embedder=embedder, dates=[date, date])
        assert sorted(side.value for side in c.sides) == ["$120 million", "around $150 million"]
    # a year before the article's is another happening: last year's profit, this year's forecast
    assert not conflicts_of(
        "Norrland made a profit of $150 million in 2024, the company said.",
        "Norrland expects a profit of $120 million, the company said.",
        embedder=embedder,
        dates=["2025-09-15", "2025-09-15"],
    )
