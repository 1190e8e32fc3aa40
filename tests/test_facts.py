"""Fact extraction and agreement, one step at a time, on hand-written sentences."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.facts import (
    claims,
    compare_facts,
    dates,
    dates_compatible,
    entities,
    extract_facts,
    normalise_unit,
    numbers,
    quotes,
)
from summarizer.types import Fact

from .property import examples


def nums(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.value, f.unit) for f in numbers(text)]


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10,000 North Korean soldiers", [("quantity", "10000", "soldiers")]),
        ("around 11,000 troops", [("quantity", "11000", "troops")]),
        ("a 50,000-strong force", [("quantity", "50000", "force")]),
        ("more than two dozen settlements", [("quantity", "24", "settlements")]),
        ("$9.2 billion in aid", [("money", "9200000000", "USD")]),
        ("9.2 billion dollars in aid", [("money", "9200000000", "USD")]),
        ("US$9.2 billion", [("money", "9200000000", "USD")]),
        ("£3.5m for the club", [("money", "3500000", "GBP")]),
        ("€10 million", [("money", "10000000", "EUR")]),
        ("12.5% of voters", [("quantity", "12.5", "%")]),
        ("40 percent of voters", [("quantity", "40", "%")]),
        ("the 78-year-old tycoon", [("quantity", "78", "years old")]),
        ("73 days", [("quantity", "73", "days")]),
        ("three people died", [("quantity", "3", "people")]),
    ],
)
def test_numbers_value_and_unit(text, expected):
    assert nums(text) == expected


def test_offsets_point_at_the_number_and_its_noun():
    text = "A spokesman said more than 10,000 North Korean soldiers were sent."
    (f,) = numbers(text)
    assert text[f.start : f.end] == f.text == "more than 10,000 North Korean soldiers"
    assert f.extra["qualifier"] == "gt"


def test_names_and_years_are_not_quantities():
    assert nums("The A380 and COVID-19 in 2022") == []


def test_decades_and_years_before_a_singular_noun_are_not_quantities():
    assert nums("in the 1980s, after the 2014 election") == []
    assert nums("2000 troops arrived") == [("quantity", "2000", "troops")]


def test_ordinals_rank_a_thing_and_times_and_glued_units_are_read():
    (f,) = numbers("the 70th anniversary")
    assert (f.value, f.unit, f.extra) == ("70", "anniversary", {"ordinal": True})
    assert nums("at 7pm, 8 p.m. and 10km") == [
        ("quantity", "7", "pm"),
        ("quantity", "8", "pm"),
        ("quantity", "10", "km"),
    ]


def test_ordinal_contradicts_only_an_ordinal():
    _, con, _ = compare_facts(numbers("the 70th anniversary"), numbers("the 100th anniversary"))
    assert len(con) == 1
    _, con, uns = compare_facts(numbers("the 3rd quarter"), numbers("5 quarters"))
    assert con == [] and len(uns) == 1


def test_a_capitalised_plural_before_a_verb_is_what_is_counted():
    assert nums("four Americans Francis cited") == [("quantity", "4", "americans")]
    assert nums("3 Russian jets") == [("quantity", "3", "jets")]


def test_bare_one_is_not_a_number_but_two_is():
    assert nums("one of them met two ministers") == [("quantity", "2", "ministers")]


def test_vague_plurals():
    assert nums("thousands of demonstrators") == [("quantity", "1000", "demonstrators")]


def test_normalise_unit_merges_synonyms_and_plurals():
    assert normalise_unit("troops") == normalise_unit("soldiers") == "soldier"
    assert normalise_unit("casualties") == "casualty"
    assert normalise_unit(None) is None


# --- dates ---------------------------------------------------------------------------------


def test_dates_and_weekdays():
    text = "On Wednesday (2024-11-13), after Aug. 6 and November 5, 2024, and in 2022."
    got = [(f.kind, f.value) for f in dates(text)]
    assert got == [
        ("weekday", "wednesday"),
        ("date", "2024-11-13"),
        ("date", "XXXX-08-06"),
        ("date", "2024-11-05"),
        ("date", "2022"),
    ]
    for f in dates(text):
        assert text[f.start : f.end] == f.text


def test_month_year_and_day_month():
    assert [f.value for f in dates("in February 2022 and on 5 November")] == [
        "2022-02",
        "XXXX-11-05",
    ]


def test_may_the_verb_is_not_a_month():
    assert dates("Trump may also pressure Putin.") == []


def test_dates_compatible():
    assert dates_compatible("XXXX-11-05", "2024-11-05")
    assert dates_compatible("2024", "2024-11-05")
    assert not dates_compatible("XXXX-11-05", "2024-11-06")


# --- entities ------------------------------------------------------------------------------


def test_entities_split_titles_and_classify():
    text = "US Secretary of State Antony Blinken met NATO chief Mark Rutte in Brussels."
    got = [(f.kind, f.value) for f in entities(text)]
    assert got == [
        ("place", "us"),
        ("person", "antony blinken"),
        ("org", "nato"),
        ("person", "mark rutte"),
        ("place", "brussels"),
    ]


def test_demonyms_share_the_country_value():
    (f,) = entities("They fought Ukrainian troops.")
    assert (f.kind, f.value) == ("place", "ukraine")


def test_possessive_ends_a_name():
    got = [f.text for f in entities("He met Ukraine’s Foreign Minister Andriy Sybiga.")]
    assert got == ["Ukraine", "Andriy Sybiga"]


def test_sentence_initial_common_word_is_not_an_entity():
    assert entities("The talks ended. Meanwhile nothing happened.") == []


# --- quotes and claims ---------------------------------------------------------------------


def test_quote_speaker_after_and_before():
    text = "“That demands a firm response,” said US Secretary of State Antony Blinken."
    (q,) = quotes(text)
    assert q.value == "that demands a firm response"
    assert q.extra["speaker"] == "Antony Blinken"
    (q2,) = quotes('Rutte said: "China helps Russia in its war effort."')
    assert q2.extra["speaker"] == "Rutte"


def test_claims_are_sentences_with_offsets():
    text = "Blinken spoke. Rutte listened."
    got = claims(text)
    assert [(f.start, f.end) for f in got] == [(0, 14), (15, 30)]


# --- extract_facts -------------------------------------------------------------------------


def test_extract_facts_sorted_and_without_numbers_inside_dates():
    text = "On November 5, 2024, Donald Trump won; 11,000 troops were deployed."
    facts = extract_facts(text)
    assert [f.start for f in facts] == sorted(f.start for f in facts)
    kinds = [(f.kind, f.value) for f in facts if f.kind != "claim"]
    assert kinds == [
        ("date", "2024-11-05"),
        ("person", "donald trump"),
        ("quantity", "11000"),
    ]
    assert all(isinstance(f, Fact) for f in facts)


def test_empty_text_has_no_facts():
    assert extract_facts("") == []
    assert extract_facts("   \n ") == []


def test_extraction_is_fast():
    text = ("Antony Blinken said on Wednesday that more than 10,000 North Korean soldiers, "
            "paid $9.2 billion, moved to Kursk on Nov. 13, 2024. ") * 200  # fmt: skip
    t0 = time.process_time()
    extract_facts(text, with_claims=False)
    assert time.process_time() - t0 < 2.0


# --- compare_facts -------------------------------------------------------------------------


def test_contradicted_number_is_caught():
    src = extract_facts("Around 11,000 North Korean troops were deployed.")
    sup, con, uns = compare_facts(numbers("8,000 soldiers were deployed"), src)
    assert sup == [] and uns == []
    assert [(a.value, b.value) for a, b in con] == [("8000", "11000")]


def test_rounding_and_hedges_are_not_contradictions():
    src = numbers("Congress approved $9.2 billion; 10,400 troops")
    for claim in (
        "more than $9 billion",
        "$9 billion",
        "about 10,000 soldiers",
        "nearly 10,500 troops",
    ):
        sup, con, uns = compare_facts(numbers(claim), src)
        assert len(sup) == 1, claim
        assert con == [] and uns == [], claim


def test_a_floor_does_not_support_an_exact_larger_figure_but_does_not_contradict_it():
    src = numbers("more than 10,000 soldiers")
    sup, con, _ = compare_facts(numbers("12,000 soldiers"), src)
    assert sup == []
    assert len(con) == 1  # same thing counted, a different figure


def test_number_with_unknown_unit_is_unsupported_not_contradicted():
    sup, con, uns = compare_facts(numbers("8,000 balloons"), numbers("11,000 troops"))
    assert (sup, con, [f.value for f in uns]) == ([], [], ["8000"])


def test_same_value_other_unit_counts_as_supported():
    sup, _, _ = compare_facts(numbers("10,000 troops"), numbers("10,000 soldiers"))
    assert len(sup) == 1


def test_entities_supported_by_name_tokens():
    src = extract_facts("US Secretary of State Antony Blinken spoke with Mark Rutte.")
    sup, con, uns = compare_facts(
        entities("Later Blinken met Rutte and Xi Jinping in Ukraine."), src
    )
    assert [f.value for f in sup] == ["blinken", "rutte"]
    assert [f.value for f in uns] == ["xi jinping", "ukraine"]
    assert con == []


def test_dates_compared_with_missing_year_as_wildcard():
    src = dates("It happened on Wednesday, November 13, 2024.")
    sup, _, uns = compare_facts(dates("On Nov. 13 and on Tuesday"), src)
    assert [f.value for f in sup] == ["XXXX-11-13"]
    assert [f.value for f in uns] == ["tuesday"]


def test_quote_supported_only_when_in_the_source():
    src = extract_facts("“We will get a firm response,” Blinken said.")
    sup, _, uns = compare_facts(
        quotes('He said "we will get a firm response" and "we will leave soon".'), src
    )
    assert [f.value for f in sup] == ["we will get a firm response"]
    assert [f.value for f in uns] == ["we will leave soon"]


def test_empty_inputs():
    assert compare_facts([], []) == ([], [], [])
    sup, con, uns = compare_facts(numbers("5 troops"), [])
    assert (sup, con, len(uns)) == ([], [], 1)


# --- properties ----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Antony Blinken", "said", "more than", "10,000", "$9.2 billion", "North Korean",
        "troops", "on Nov. 13, 2024", "Wednesday", "“a firm response,”", "in Brussels.",
        "the 70th", "7pm", "1980s", "UNK", "\n", "—", "U.S.", "’s", "-", "50,000-strong",
    ]
)  # fmt: skip


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=25))
def test_offsets_always_point_at_the_fact_text(parts):
    text = " ".join(parts)
    for f in extract_facts(text):
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.kind in {
            "quantity", "money", "date", "weekday", "person", "place", "org", "entity",
            "quote", "claim",
        }  # fmt: skip


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(_PIECES, max_size=15), st.lists(_PIECES, max_size=15))
def test_compare_facts_partitions_the_claim_facts(a, b):
    claim, source = extract_facts(" ".join(a)), extract_facts(" ".join(b))
    sup, con, uns = compare_facts(claim, source)
    assert len(sup) + len(con) + len(uns) == len(claim)
    assert compare_facts(claim, claim)[1] == []  # nothing contradicts itself


@pytest.mark.parametrize(
    "text, value",
    [
        ("Two thousand and five hundred people were evacuated.", "2500"),
        ("Two thousand five hundred people were evacuated.", "2500"),
        ("One hundred and twenty people were evacuated.", "120"),
        ("Three hundred and sixty-five people were evacuated.", "365"),
        ("Twenty-one people were evacuated.", "21"),
        ("One thousand people were evacuated.", "1000"),
        ("A thousand people were evacuated.", "1000"),
        ("One million people were evacuated.", "1000000"),
        ("Two hundred and fifty thousand people were evacuated.", "250000"),
    ],
)
def test_a_count_spelled_out_is_read_whole(text, value):
    [f] = numbers(text)
    assert (f.value, f.unit) == (value, "people")
    assert f.text.endswith("people")


@pytest.mark.parametrize("text", ["One of them left.", "A man and one of his sons left."])
def test_a_bare_one_or_a_is_no_count(text):
    assert numbers(text) == []


def test_a_vague_count_is_under_ten_times_its_word():
    """A claim of "hundreds of people" is supported by 300 people, not by 5,000."""
    [vague] = numbers("Hundreds of people fled.")
    [three_hundred] = numbers("300 people fled.")
    [five_thousand] = numbers("5,000 people fled.")
    assert compare_facts([vague], [three_hundred])[0] == [vague]
    assert compare_facts([vague], [five_thousand])[0] == []


@pytest.mark.parametrize(
    "language, source, misquote",
    [
        (
            "fr",
            "« Nous ne reculerons jamais devant la menace », a déclaré le ministre Jean Dupont.",
            "« Il faut capituler vite face aux ennemis », a déclaré le ministre Jean Dupont.",
        ),
        (
            "fr",
            "‹ Nous ne reculerons jamais devant la menace ›, a déclaré le ministre Jean Dupont.",
            "‹ Il faut capituler vite face aux ennemis ›, a déclaré le ministre Jean Dupont.",
        ),
        (
            "de",
            "„Wir werden niemals vor dieser Drohung zurückweichen“, sagte Minister Hans Müller.",
            "„Wir müssen schnell vor unseren Feinden kapitulieren“, sagte Minister Hans Müller.",
        ),
    ],
)
def test_the_faithfulness_scorer_checks_quotes_in_every_languages_marks(language, source, misquote):
    """A summary's quotation in « », ‹ › or „ “ is checked against the sources' words:
    the source's own words pass, a misquote does not."""
    from summarizer.faithfulness import score_summary
    from summarizer.language import use_language
    from summarizer.types import Document

    def quote_verdicts(summary: str) -> list[str]:
        with use_language(language):
            [sentence] = score_summary(summary, [Document("a", source)]).sentences
        return [c.verdict for c in sentence.facts if c.fact.kind == "quote"]

    assert quote_verdicts(source) == ["supported"]
    assert quote_verdicts(misquote) == ["unsupported"]


def test_a_german_closing_mark_opens_no_quotation():
    """The „ “ pair is one quotation; the closing “ does not start another up to the next one."""
    text = "„Wir bleiben hier und kämpfen“, sagte er. Später sagte sie: „Wir gehen nicht heim“."
    got = [f.text for f in extract_facts(text, with_claims=False) if f.kind == "quote"]
    assert got == ["Wir bleiben hier und kämpfen", "Wir gehen nicht heim"]


def test_facts_of_a_text_read_again_are_extracted_once(monkeypatch):
    # A claim's facts are looked up again for each source it is checked against: each text
    # is read once per language and flag, and each call gets a list of its own.
    import summarizer.facts as facts_module
    from summarizer.language import use_language

    facts_module._memo_facts.cache_clear()  # another test may have read the text before
    read: list[str] = []
    real = facts_module.dates
    monkeypatch.setattr(facts_module, "dates", lambda text: read.append(text) or real(text))
    text = "On Tuesday the Qorvath mine flooded and 9 miners were trapped, Ana Pereira said."
    first = extract_facts(text)
    first.append(Fact("quantity", "99", 0, 2, "99"))
    again = extract_facts(text)
    assert [(f.kind, f.value) for f in again if f.kind != "claim"] == [
        ("weekday", "tuesday"),
        ("entity", "qorvath"),
        ("quantity", "9"),
        ("person", "ana pereira"),
    ]
    assert len(again) == len(first) - 1
    assert read.count(text) == 1
    assert not any(f.kind == "claim" for f in extract_facts(text, with_claims=False))
    with use_language("de"):
        extract_facts(text)
    assert read.count(text) > 1  # read again, with the German rules


def test_units_are_normalised_in_the_language_of_the_brief():
    from summarizer.language import use_language

    assert normalise_unit("Soldaten") == "soldaten"
    with use_language("de"):
        assert normalise_unit("Soldaten") == "soldat"
    assert normalise_unit("Soldaten") == "soldaten"


def test_an_ordinal_in_a_hyphenated_compound_counts_its_noun():
    # "an 88th-minute winner" is the 88th minute, as "in the 87th minute" is
    [f] = [f for f in numbers("Marin headed an 88th-minute winner.") if f.value == "88"]
    assert (f.unit, f.extra.get("ordinal")) == ("minute", True)
    # a score is no compound: "3-2" counts nothing
    assert [f.unit for f in numbers("City won 3-2 on Saturday.") if f.value == "3"] == [None]


def test_an_age_given_without_year_old_is_an_age_not_a_count():
    # obituaries give an age so: "died aged 79", "at the age of 42", "died at 78", "She was 78."
    def units(text: str) -> list[str | None]:
        return [f.unit for f in numbers(text)]

    assert units("The singer has died aged 79.") == ["years old"]
    assert units("He died on Sunday at the age of 42, his publicist said.") == ["years old"]
    assert units("She died at home on Sunday at 78.") == ["years old"]
    assert units("She was 78.") == ["years old"]
    # ... but a figure with a noun after "was" or "died at" is still a count
    assert units("He was 80 points behind.") == ["points"]
    assert units("The officer died at 3 hospitals.") == ["hospitals"]
