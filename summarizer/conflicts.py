"""Where sources differ: the same quantity reported with different values, one
happening dated to different days, one quotation put in different mouths.

Two numeric facts (from :mod:`summarizer.facts`) in different sources are
about the same thing when they count the same unit ("troops" and "soldiers"
normalise alike) and their sentences are about the same event (embedding
similarity). They conflict when their values do not agree, allowing for
hedges and rounding ("more than $9 billion" vs "$9.2 billion" agree).

Kinds: ``estimates`` when the two can both be true (a hedged figure whose
range overlaps the other's: "more than 10,000" vs "around 11,000"), else
``contradiction`` ("12 dead" vs "15 dead").

Two sources that date one past happening to different days (:func:`date_conflicts`; the day
a sentence dates its happening to is :func:`summarizer.events.event_date`'s), and two that
give one quotation to different named persons (:func:`attribution_conflicts`; names and
quotations compared by :mod:`summarizer.speakers`), are a ``contradiction`` too. One source
that credits two figures for one quantity to two speakers ("Unions said 1.2 million people
marched; the ministry put turnout at 480,000": :func:`_speakers_figures`) states a
disagreement, as two sources do.
:func:`detect_conflicts` finds all three. The notes a brief sentence takes where sources
differ (``CONTESTED_NOTE``, :func:`contested_note`, :func:`note_contested`, ...) are
:mod:`summarizer.notes`', re-exported here.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from summarizer.embed import Embedder
from summarizer.events import (
    Happening,
    When,
    all_dates,
    article_day,
    content_stems,
    event_date,
    last_weekday,
    names_in,
    one_wording,
    other_actors,
    past_verbs,
    same_day,
    same_happening,
    same_lasting,
    until_day,
    without_date,
)
from summarizer.facts import (
    COMMON_WORDS,
    MONTH_RE,
    NUMBER_WORDS,
    RANGE_SPAN,
    VAGUE_SPAN,
    WEEKDAY_RE,
    dates,
    entities,
    format_value,
    in_base_unit,
    is_country,
    nationality,
    normalise_unit,
    number_format,
    numbers,
    quotes,
    read_number,
)
from summarizer.language import current_language, lexical_language

# What a brief sentence says where sources differ (summarizer.notes), re-exported for
# the callers and tests that import it from here (the figure note was defined here first).
from summarizer.notes import (  # noqa: F401
    CONTESTED_NOTE,
    contested_note,
    note_contested,
)
from summarizer.speakers import (
    CREDIT_WORDS,
    QUOTE_WORDS,
    figure_speaker,
    names_someone,
    quote_speakers,
    same_person,
    same_quote,
    same_speaker,
    speaker,
)
from summarizer.text import function_words, stemmer, stop_words
from summarizer.types import (
    Citation,
    Conflict,
    ConflictSide,
    Document,
    Fact,
    Sentence,
)

if TYPE_CHECKING:
    import numpy as np

# How far a hedged figure may reach: "more than X" is read as (X, 1.5X],
# "nearly X" as [0.5X, X), "about X" as X +- 15%.
_RANGES = {"gt": (1.0, 1.5), "lt": (0.5, 1.0), "approx": (0.85, 1.15), None: (1.0, 1.0)}
# "two thousand and five hundred": scale words may join the spelled words too.
_NUMBER_WORD = "|".join((*NUMBER_WORDS, "thousand", "million", "billion", "trillion"))
_LEAD = re.compile(
    r"^\W*(?:[a-z]+\s+){0,3}?(?:US|[A-Z])?[$€£¥₹]?\s?"
    # a count in figures, or spelled out ("eight people", "a dozen", "twenty-five houses"),
    # and a half ("one and a half minutes", "a half-percentage-point rise")
    rf"(?:[\d.,]+|(?:a\s+)?(?:{_NUMBER_WORD}|half)(?:[\s-](?:and\s+)?(?:{_NUMBER_WORD}))*\b)"
    r"(?:\s+and\s+a\s+half\b)?"
    r"(?:\s*(?:thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?|bn|mn|m|k)\b)?[\s-]*",
    re.IGNORECASE,
)


def _lead(language: str) -> re.Pattern[str]:
    """:data:`_LEAD` for ``language``: in another language than English, its
    hedges, scale words and spelled counts, accented words and "10 000" too
    ("más de 10.000", "plus de 10 000", "rund 2,1 Milliarden", "drei")."""
    if language == "en":
        return _LEAD
    return _foreign_lead(language)


@lru_cache(maxsize=16)
def _foreign_lead(language: str) -> re.Pattern[str]:
    fmt = number_format(language)
    scales = "|".join(sorted(map(re.escape, fmt.scales), key=len, reverse=True))
    words = "|".join(sorted(map(re.escape, fmt.words), key=len, reverse=True))
    return re.compile(
        r"^\W*(?:[^\W\d_]+['’]?\s*){0,3}?(?:US|R|[A-Z])?[$€£¥]?\s?"
        rf"(?:\d(?:[\d.,]|[ \u00a0\u202f](?=\d))*|(?:{words})(?![\w-]))"
        rf"(?:\s*(?:{scales})(?!\w)\.?)?(?:\s+(?:de|di|d['’]))?[\s-]*",
        re.IGNORECASE,
    )


def _letters(text: str) -> list[str]:
    """The words of ``text``: runs of ASCII letters in English (as ever), of
    any letters in other languages ("dólares", "Soldaten")."""
    if lexical_language() == "en":
        return re.findall(r"[A-Za-z]+", text)
    return re.findall(r"[^\W\d_]+", text)


@dataclass(frozen=True)
class Mention:
    fact: Fact
    sentence: Sentence
    unit: str


def _range(f: Fact) -> tuple[Decimal, Decimal] | None:
    try:
        v = Decimal(f.value)
    except InvalidOperation:
        return None
    lo, hi = _RANGES.get(f.extra.get("qualifier"), (1.0, 1.0))
    if f.extra.get("vague"):  # "hundreds of": 100 up to 1,000
        hi = VAGUE_SPAN
    top = Decimal(f.extra.get("upto", v))  # "between 10 and 12": up to 12
    return v * Decimal(str(lo)), top * Decimal(str(hi))


def _rounds_to(exact: Decimal, hedged: Decimal, qualifier: str | None) -> bool:
    """Is ``hedged`` the ``exact`` figure rounded to the hedged figure's precision?"""
    exp = hedged.normalize().as_tuple().exponent
    step = Decimal(1).scaleb(exp if isinstance(exp, int) else 0)
    # (Decimal's // truncates toward zero: a floor and a ceiling need their rounding named.)
    down = (exact / step).to_integral_value(rounding=ROUND_FLOOR) * step
    up = (exact / step).to_integral_value(rounding=ROUND_CEILING) * step
    # As news rounds a figure it gives plainly: "$4.65 billion" is $4.7bn.
    half_up = (exact / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    if qualifier in ("lt", "approx") and not _close(exact, hedged):
        return False  # "nearly 10,000" is no rounding of 5,001, though 5,001 rounds up to it
    if qualifier == "lt":  # "almost 100" is 96 rounded up, not 11: the step of "100" is 100
        return up == hedged == half_up and exact != 0
    if qualifier is None:
        near = half_up
    else:  # "about $1 million" is no rounding of $500,000: a hedge keeps half-even's tie
        near = exact.quantize(step) if step < 1 else round(exact / step) * step
    return {"gt": down}.get(qualifier, near) == hedged and exact != 0


def _close(exact: Decimal, hedged: Decimal) -> bool:
    """Is ``exact`` within the reach of "about ``hedged``" (:data:`_RANGES`)? A hedge on a
    round figure ("nearly 10,000", "about $1 million") has a step as big as the figure
    itself, so rounding alone would let it take figures half its size."""
    lo, hi = _RANGES["approx"]
    return hedged * Decimal(str(lo)) <= exact <= hedged * Decimal(str(hi))


def agree(a: Fact, b: Fact) -> bool:
    """The same figure: equal values, or one exact figure and a hedged rounding
    of it ("more than $9 billion" and "$9.2 billion"), or a rounding to the
    decimals it is written with ("$4.8 billion" and "$4.82 billion"), or a rate's whole
    number (:func:`_whole_of`: "a 17-point swing" of 17.7 points). Two different hedged
    figures ("more than 10,000", "around 11,000") do not agree: they are two
    estimates, which a reader should see side by side. Two ranges
    (:func:`_range_of`) agree where their bounds do, a range and a figure where
    the figure lies in it ("between 10 and 12" and "11")."""
    try:
        va, vb = Decimal(a.value), Decimal(b.value)
    except InvalidOperation:
        return a.value == b.value
    if "upto" in a.extra or "upto" in b.extra:
        return _in_range(a, b) if "upto" in a.extra else _in_range(b, a)
    if va == vb:
        return True
    qa, qb = a.extra.get("qualifier"), b.extra.get("qualifier")
    if a.extra.get("vague") and not qb:  # "hundreds of people" and "300 people"
        return va <= vb < va * VAGUE_SPAN
    if b.extra.get("vague") and not qa:
        return vb <= va < vb * VAGUE_SPAN
    if qa and not qb:
        return _rounds_to(vb, va, qa)
    if qb and not qa:
        return _rounds_to(va, vb, qb)
    if not qa and not qb:  # "$4.8 billion" and "$4.82 billion": a decimal rounding
        rough, exact = (
            (a, b)
            if len(va.normalize().as_tuple().digits) < len(vb.normalize().as_tuple().digits)
            else (b, a)
        )
        return _whole_of(rough, exact) or (
            bool(_DECIMAL.search(rough.text))
            and _rounds_to(Decimal(exact.value), Decimal(rough.value), None)
        )
    return False


# Rates news gives in whole numbers as well as with decimals (:func:`_whole_of`): shares,
# their changes and margins in points.
_WHOLE_UNITS = frozenset({"%", "percentage point", "point"})
# How far a whole number may be from the figure it gives: less than a hedge's reach
# (:data:`_RANGES`), as it claims to be the figure itself ("4%" is no cut of 4.5%).
_WHOLE_REACH = Decimal("0.1")


def _whole_of(rough: Fact, exact: Fact) -> bool:
    """Is ``rough`` the whole number news makes of ``exact``, a rate (:data:`_WHOLE_UNITS`)
    written with decimals: rounded ("an 18-point swing" of 17.7 points) or cut to its
    whole part, as journalists do too ("a 17 percentage-point swing", "9%" of 9.6%)? Only
    within :data:`_WHOLE_REACH` of it: "4%" is no cut of 4.5%. A count ("1 million people"
    of 1.2 million), a price ("46 euros a share" of 46.50) or a sum ("$5 billion" of $5.4
    billion) is given as it is, else hedged ("more than $5 billion"): there the figures
    differ."""
    unit = normalise_unit(exact.unit)
    if unit not in _WHOLE_UNITS or normalise_unit(rough.unit) != unit:
        return False
    written, whole = Decimal(exact.value), Decimal(rough.value)
    if written == written.to_integral_value() or whole != whole.to_integral_value():
        return False  # no decimals to round away, or a rough figure with its own
    cut = written.to_integral_value(rounding=ROUND_DOWN)
    rounded = written.to_integral_value(rounding=ROUND_HALF_UP)
    return whole in (cut, rounded) and abs(written - whole) <= abs(written) * _WHOLE_REACH


# A figure written with a decimal point ("4.8"), which its writer rounded to that precision;
# not one ending in zeros ("5.0"), whose value (normalised) would read as a whole number.
_DECIMAL = re.compile(r"\d\.\d*[1-9](?!\d)")


def _in_range(r: Fact, f: Fact) -> bool:
    """Does ``f`` agree with the range ``r``: the same range, or a figure in it?"""
    if "upto" in f.extra:
        return (Decimal(r.value), Decimal(r.extra["upto"])) == (
            Decimal(f.value),
            Decimal(f.extra["upto"]),
        )
    return Decimal(r.value) <= Decimal(f.value) <= Decimal(r.extra["upto"])


def modifiers(f: Fact) -> set[str]:
    """Words that narrow what is counted: "North Korean" in "10,000 North Korean soldiers"."""
    if f.kind == "money":
        return set()
    unit = (f.unit or "").lower()
    language = lexical_language()
    if language != "en":  # stemmed: "nordkoreanische" and "nordkoreanischen" alike
        stem, stop = stemmer(language).stemWord, function_words(language)
        return {
            stem(w.lower())
            for w in _letters(topic_of(f))
            if w.lower() != unit and w.lower() not in stop
        } - {stem(unit)}
    # (nor a word for the unit itself: "seven police officers" count officers, as "nine officers")
    # (nor a word of a unit of two: "percentage points", "a 0.5 percentage-point rise")
    counted = {normalise_unit(u) for u in (unit, *unit.split())}
    return {
        w.lower()
        for w in re.findall(r"[A-Za-z]+", topic_of(f))
        if w.lower() != unit and normalise_unit(w) not in counted
    }


def same_thing(a: Mention, b: Mention) -> bool:
    """Do two figures count the same set? "troops" and "North Korean troops" do
    not; nor do two sums of money spent on different things (see :func:`purpose`)."""
    return _same(a.fact.kind, _what(a), _what(b))


def _what(m: Mention) -> set[str]:
    """What a figure counts: its purpose for money, whose age for an age, the names of its
    sentence for a prison term, none for the dead, the displaced (:func:`_displaced`) or a
    vote's tally (:func:`_tallies`), else
    its modifiers; for a percentage of a state, the state (:func:`level_of`)."""
    if m.fact.kind == "money":
        party = loser(m)  # a loss: whose, and the period an ordinal names, not the rest
        return purpose(m) if party is None else {f"lost:{party}"} | (purpose(m) & _ORDINALS)
    level = level_of(m)
    if level is not None:
        return {level}
    if m.unit == "years old":
        return whose_age(m)
    if m.unit == PRISON_TERM:  # whose term: "Vance" and "Ortiz" are two defendants
        return names_in(m.sentence.text)
    if m.unit in _CASUALTIES or _displaced(m) or m.fact.extra.get("tally"):
        return set()  # "12 people died": the dead; the displaced; a vote's tally (_tallies)
    if m.unit == "person" and not m.fact.unit:  # "a crowd of 72,000": people, no "figure"
        return set()
    if m.unit.split(" (")[0] == nationality(m.fact):  # "62 German citizens": Germans
        return set()
    if _casualty_said(m.unit):  # "2 soldiers killed": North Korean or not
        return modifiers(m.fact) - {m.unit.split(" (")[0]}
    if _captives(m.unit):  # "10 remain": as many of the students their sentence counts
        counted = _counted(m.fact)
        return modifiers(m.fact) - {counted} if counted in m.unit.split(" (") else set()
    return modifiers(m.fact)


def whose_age(m: Mention) -> set[str]:
    """Who an age is of: the word after "N-year-old" ("the 59-year-old King",
    "his three-year-old dog"), else the name before it (:func:`named_age`), else
    the sentence's subject, known by what befell it (:func:`past_verbs`): "a man
    aged 34 died" and "a man aged 29 was arrested" are two men."""
    text, f = m.sentence.text, m.fact
    after = re.match(r"\s+([A-Za-z][\w'’-]*)", text[f.end :])
    if after and "-" in f.text:
        return {after.group(1).lower()}
    name = named_age(m)
    return {name} if name else past_verbs(text) - {"age"}  # ("aged 34" is no happening)


# The name an age follows: "King, 59, said", "Mercer, who was 79, had led the band".
_NAME_BEFORE_AGE = re.compile(r"([A-Z][\w'’-]*),?\s+(?:(?:who|he|she)\s+(?:was|is)\s+)?$")


def named_age(m: Mention) -> str | None:
    """Whose age ``m`` is, where a name stands right before it ("Mercer, 78," or "Mercer,
    who was 79,"), as the name's last word, lowercased; else None ("a 78-year-old man").
    One person's age is one measure whatever else the sentences say of them."""
    return _age_name(m)[0] or None


def _age_name(m: Mention) -> tuple[str, str]:
    """The surname :func:`named_age` finds and the capitalised word before it ("mercer" and
    "john" of "John Mercer, 78"), lowercased; "" for either where there is none, the given
    name "" too where it is a common word ("The")."""
    if m.unit != "years old" or "-" in m.fact.text:
        return "", ""
    said = _NAME_BEFORE_AGE.search(m.sentence.text, 0, m.fact.start)
    if not said:
        return "", ""
    given = re.search(r"([A-Z][\w'’-]*)\s+$", m.sentence.text[: said.start(1)])
    word = given.group(1).lower() if given else ""
    return said.group(1).lower(), "" if word in COMMON_WORDS else word


# How far apart two ages of one name may be, one given with the surname alone, and still be
# compared however unlike their sentences: a source's slip or a birthday ("John Mercer, 78",
# "Mercer, who was 79"); "Maria Lopez, 52" and "Lopez, 49" may be her husband.
AGE_SLIP = 2


def age_bearers(ms: Sequence[Mention]) -> tuple[list[str], list[bool]]:
    """Whose age each mention gives, across the figures of a cluster: "john mercer" for
    "John Mercer, 78" (:func:`_age_name`); a bare "Mercer, 79" is the one Mercer the
    mentions name, or no one known (a key of its own, alike to none) where they name two
    ("John Mercer, 78, and his son Tom Mercer, 45"; a title before the surname, "Guitarist
    Mercer", counts as another such word); "" for no named age. Beside the keys, whether
    each mention names the surname alone (:data:`AGE_SLIP`)."""
    names = [_age_name(m) for m in ms]
    bearers: dict[str, set[str]] = {}
    for name, word in names:
        if name and word:
            bearers.setdefault(name, set()).add(f"{word} {name}")
    keys = []
    for i, (name, word) in enumerate(names):
        known = bearers.get(name, set())
        if not name or word:
            keys.append(f"{word} {name}" if word else "")
        else:
            keys.append(next(iter(known)) if len(known) == 1 else name if not known else f"?{i}")
    return keys, [bool(name and not word) for name, word in names]


_WEEKDAY = re.compile(rf"\b{WEEKDAY_RE}\b")


def _days(text: str) -> frozenset[str]:
    if lexical_language() != "en":  # "el martes", "am Mittwoch": English names
        return frozenset(f.value.capitalize() for f in dates(text) if f.kind == "weekday")
    return frozenset(_WEEKDAY.findall(text))


def _sentence_days(
    sentences: Mapping[str, Sequence[Sentence]],
) -> dict[tuple[str, int], frozenset[str]]:
    """The days each sentence is about, by (doc_id, start): the weekdays it
    names, else those the sentence before it names. News copy states the day
    once and goes on without it: "Stocks tanked Monday. After a volatile
    session, the Dow ended down 1,175 points." reports Monday's close."""
    out: dict[tuple[str, int], frozenset[str]] = {}
    for doc_id, sents in sentences.items():
        prev: frozenset[str] = frozenset()
        for s in sents:
            own = _days(s.text)
            out[(doc_id, s.start)] = own or prev
            prev = own
    return out


# A sum counted from an event on ("raised $15,000 after X endorsed her",
# "$2 million since Monday") is a part of the running total, not the total.
_FROM_EVENT = re.compile(r"\b(?:after|since|following)\s+\w", re.IGNORECASE)


def part_of_total(m: Mention) -> bool:
    """Is ``m`` a sum of money counted only from some event on? Its clause says
    so after the figure ("raised more than $15,000 in donations after Bobby
    Goodlatte announced his support") or opens with "since" before it."""
    if m.fact.kind != "money":
        return False
    text, f = m.sentence.text, m.fact
    after = " ".join(re.split(r"[,;:()–—]", text[f.end :])[0].split()[:8])
    before = re.split(r"[,;:()–—]", text[: f.start])[-1]
    return bool(_FROM_EVENT.search(after) or re.search(r"\bsince\b", before, re.IGNORECASE))


# A figure forecast ("forecast fourth-quarter revenue of $5.0 billion to $5.3 billion") is
# another quantity than one reported ("posted sales of $4.8 billion").
_FORECAST = re.compile(r"\b(?:forecast\w*|predict\w*|projected|projects|guidance|outlook)\b")


def forecast(m: Mention) -> bool:
    """Does the clause before ``m``'s figure call it a forecast (:data:`_FORECAST`)? English
    only: elsewhere no figure is."""
    clause = _FIGURE_CLAUSE.split(m.sentence.text[: m.fact.start])[-1]
    return lexical_language() == "en" and bool(_FORECAST.search(clause.lower()))


# A winning margin in English: a figure "off" a mark or "clear of" a rival, or "by" one after a
# verb of winning or bettering ("won by 3.2 seconds", "improving her best by 0.21 seconds").
_MARGIN_AFTER = re.compile(
    r"\s+(?:off\s+(?:\w+\s+){0,3}(?:mark|record|best|time)s?\b|clear|ahead|behind|faster|slower"
    r"|quicker|short\s+of)\b",
    re.IGNORECASE,
)
# Verbs of bettering count only with a record, a best or a mark as their object: "lowered
# interest rates by 0.25 points" is the change itself, which other sources give as a "cut".
_MARGIN_VERB = re.compile(
    r"\b(?:(?:won|wins?|beat(?:s|en)?|edged|clipped)\b(?:\W+\w+){0,4}"
    r"|(?:improv|better|lower|broke|break|shaved|trimmed)\w*\b(?:\W+\w+){0,3}?"
    r"\W+(?:record|best|mark)s?\b(?:\W+\w+){0,2})\W+by\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)


def margin(m: Mention) -> bool:
    """Is ``m``'s figure a margin (:data:`_MARGIN_AFTER`, :data:`_MARGIN_VERB`), another
    quantity than the level it is a margin of? "take 0.12 seconds off her own mark" and "ran
    the last lap in 59.8 seconds" count no one thing, whatever their days. English only."""
    if lexical_language() != "en":
        return False
    text, f = m.sentence.text, m.fact
    return bool(_MARGIN_AFTER.match(text, f.end) or _MARGIN_VERB.search(text, 0, f.start))


def _different_days(da: frozenset[str], db: frozenset[str]) -> bool:
    """Do two sentences (their :func:`_days`) name days, and none in common? "The
    Dow fell 1,100 points Monday" and "Friday, the Dow closed down 666 points"
    report two days."""
    return bool(da) and bool(db) and not da & db


# The day a figure is said, not the day of what it counts: "27 pupils have been freed, the
# army said on Monday", "police said Tuesday", "said in a statement on Monday" (English).
_SAID_ON = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|told\s+\w+)"
    r"(?:\s+(?:in|at|to)\s+(?:an?\s+|the\s+)?\w+(?:\s+\w+)?)?\s+(?:late\s+|early\s+)?"
    rf"(?:on\s+)?({WEEKDAY_RE})\b"
)


def _event_days(text: str, days: frozenset[str]) -> frozenset[str]:
    """The days of what ``text`` tells, of ``days`` (its :func:`_sentence_days`): those it
    names for anything but the day its figures are said (:data:`_SAID_ON`); none where it
    names only that day. "29 students were freed on Sunday" tells of Sunday; "27 were
    freed, the army said on Monday" of no day it names."""
    own = _days(text)
    said = frozenset(_SAID_ON.findall(text)) if lexical_language() == "en" else frozenset()
    return own - said if own else days


def _apart_days(
    a: tuple[frozenset[str], frozenset[str], Any],
    b: tuple[frozenset[str], frozenset[str], Any],
) -> bool:
    """Do two sentences, each as (days, :func:`_event_days`, its article's date), report
    different days? As :func:`_different_days` of the days their events are told on, or of
    the days they name where neither names one; where only one does, unless the other's
    figure is said on or after that day (so read against their articles' dates): "29
    were freed on Sunday" and "27 were freed, the army said on Monday" report one freeing,
    while "15 were freed on Tuesday" and "11 were freed, police said Monday" two."""
    (days_a, event_a, date_a), (days_b, event_b, date_b) = a, b
    if bool(event_a) == bool(event_b) or not (days_a and days_b):
        return _different_days(event_a or days_a, event_b or days_b)
    (event, on), (said, said_on) = (
        ((event_a, date_a), (days_b, date_b)) if event_a else ((event_b, date_b), (days_a, date_a))
    )
    if on is None or said_on is None:
        return True
    told = [last_weekday(on, w.lower()) for w in event]
    spoken = [last_weekday(said_on, w.lower()) for w in said]
    return not any(t and s and t <= s for t in told for s in spoken)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _sentence_years(ms: Sequence[Mention], documents: Sequence[Document]) -> list[frozenset[str]]:
    """The years each mention's sentence names before its article's own year (or, that not
    known, any year but one a figure is due by: "by 2028"): "in 1999" places "killed more than
    17,000 people" in another happening than "killing 38 people" in an article of 2025, which
    names no year. The figure itself is no year it names ("$2,015")."""
    year = {d.id: (d.date or "")[:4] for d in documents}
    out = []
    for m in ms:
        text, f = m.sentence.text, m.fact
        own = year.get(m.sentence.doc_id) or ""
        asides = _asides(m) if loser(m) or named_age(m) else []
        named = {
            y.group()
            for y in _YEAR.finditer(text)
            if not f.start <= y.start() < f.end
            and (y.group() < own if own else not _BY_YEAR.search(text, 0, y.start()))
            and not any(a <= y.start() < b for a, b in asides)
        }
        out.append(frozenset(named))
    return out


# A year a figure is due by ("savings of $150 million a year by 2028") is no other happening.
_BY_YEAR = re.compile(r"\b(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?$")
# What a sentence says beside a figure: a relative clause ("the scheme, which began in 2023,
# cost investors"), or a span from a year on ("had led the band since 1968").
_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;:()]*(?:,|$)|\bsince\s+\S+")


def _asides(m: Mention) -> list[tuple[int, int]]:
    """The spans of ``m``'s sentence that say something beside its figure
    (:data:`_ASIDE`) and do not hold it: a year there dates the clause, not the figure.
    Asked only of one party's loss or one person's age, a measure of its own whatever else
    the sentence says; a relative clause's year may well date a count ("the quake, which
    struck in 1999, killed 17,000")."""
    f = m.fact
    return [
        (a.start(), a.end())
        for a in _ASIDE.finditer(m.sentence.text)
        if not a.start() <= f.start < a.end()
    ]


# What a sum is reckoned with or without, right after it: "$4.5 billion including debt",
# "$4.2 billion, excluding fees", "a profit of $310 million before tax", "$2 billion net of
# costs". A price with debt is another measure than one without, or than a bare price.
_RECKONED_WITH = re.compile(
    r"[\s,(]*(?:(?P<with>including|inclusive\s+of|plus)|(?P<without>excluding|exclusive\s+of"
    r"|not\s+including|net\s+of|minus)|(?P<when>before|after|pre|post)[\s-](?=tax))"
    r"\s*(?:the\s+|its\s+|their\s+)?(?P<what>[a-z]+)",
    re.IGNORECASE,
)


def reckoned(m: Mention) -> tuple[str, str] | None:
    """How an English sum of money is reckoned where the words after it say so
    (:data:`_RECKONED_WITH`): ("with", "debt"), ("without", "fee"), ("before", "tax"); else
    None. Two sums reckoned otherwise, or one so and one bare, are not one measure: "$4.5
    billion including debt" and "$4.2 billion" may both be true of one deal."""
    if m.fact.kind != "money" or lexical_language() != "en":
        return None
    said = _RECKONED_WITH.match(m.sentence.text, m.fact.end)
    if said is None:
        return None
    how = next(k for k in ("with", "without", "when") if said.group(k))
    way = said.group("when").lower() if how == "when" else how
    return way, stemmer().stemWord(said.group("what").lower())


def _same(kind: str, wa: set[str], wb: set[str]) -> bool:
    if kind == "money":  # an unknown purpose matches any; "third-" and "fourth-quarter" differ
        oa, ob = wa & _ORDINALS, wb & _ORDINALS
        return not wa or not wb or (bool(wa & wb) and not (oa and ob and not oa & ob))
    return (not wa and not wb) or bool(wa & wb)  # both bare, or sharing a modifier


_PURPOSE_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on for to from by with at as and or but since than more less about "
        "around nearly almost over under some roughly least most total worth its their his her "
        "this that these those which who has have had was were is are be been being it they "
        "he she we also so far year years month months week weeks day days",
    )
)


# Forms of "to be" a valued thing stands before: "was worth", "were valued".
_COPULA = frozenset({"is", "are", "was", "were", "be", "been", "being"})


# Ordinals that name a period or a round, in stems: "first-half", "fourth-quarter".
_ORDINALS = frozenset({"first", "second", "third", "fourth"})


def purpose(m: Mention) -> set[str]:
    """What a sum of money is for, as stems of the content words right around it:
    "$175 billion the United States committed for Ukraine" -> {unit, state,
    commit, ukrain}; "$60 billion in military aid" -> {militari, aid}."""
    text, f = m.sentence.text, m.fact
    after = _letters(re.split(r"[,;:()–—]", text[f.end :])[0])[:5]
    before = _letters(text[: f.start])
    # "aid worth $5 billion", "damages of $6 billion": the noun before a connector, and the
    # period an ordinal names ("third-quarter revenue of $4.8 billion")
    # Not the word before a copula ("the satellites on board were worth £24 million"): the
    # thing valued is the copula's subject, however far back it stands.
    if (
        before
        and before[-1].lower() in {"of", "worth", "totaling", "totalling", "valued"}
        and not (len(before) > 1 and before[-2].lower() in _COPULA)
    ):
        after += (
            before[-4:-1] if before[-4:-3] and before[-4].lower() in _ORDINALS else before[-3:-1]
        )
    stop = _PURPOSE_STOP if lexical_language() == "en" else stop_words()  # function words too
    toks = [w.lower() for w in after if w.lower() not in stop]
    return set(stemmer().stemWords(toks))


# A sum a party lost, right before the figure: "investors lost $360 million", "cost
# investors roughly $340 million", "defrauding investors of about $340 million", "swindled
# savers out of $5 million". The party is one word: "retail investors" are some of them.
_LOSS_BEFORE = re.compile(
    r"(?:(?:^|[,;:(\"“]\s*|\b(?:said|says|say|that|and|but|while|the|its|their)\s+)"
    r"(?P<loser>[a-z]+)\s+(?:(?:have|has|had)\s+)?lost"
    r"|\bcost(?:s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?P<payer>[a-z]+)"
    r"|\b(?:defraud|swindl|cheat)\w*\s+(?:the\s+|its\s+|their\s+)?(?P<victim>[a-z]+)"
    r"\s+(?:out\s+)?of)\s+(?:a\s+total\s+of\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)


def loser(m: Mention, charged: bool = True) -> str | None:
    """Who lost an English sum of money, as a stem, where the words right before it say so
    (:data:`_LOSS_BEFORE`): "investor" for "investors lost $360 million in total over the
    life of the scheme" and for "a fraud that cost investors roughly $340 million"; else
    None ("a retiree who lost $410,000" names no one). Two sums one party lost or was
    defrauded of state one loss, whatever else their sentences say; a sum something cost
    a party (left out where not ``charged``) is as often the price of one of many things
    ("the recall cost the company $50 million", "the cyberattack cost the company $2
    million"), and only names whose it is."""
    party = loss_party(m, charged)
    return stemmer().stemWord(party.lower()) if party else None


def loss_party(m: Mention, charged: bool = True) -> str | None:
    """The word that names who lost the sum ``m`` states, as written (:func:`loser`, which
    stems it): "investors" for "defrauding investors of about $340 million"."""
    if m.fact.kind != "money" or lexical_language() != "en":
        return None
    said = _LOSS_BEFORE.search(m.sentence.text, 0, m.fact.start)
    if said and not charged and said.group("payer"):
        return None
    party = said and next(w for w in said.group("loser", "payer", "victim") if w)
    if not party or party.lower() in _PURPOSE_STOP:
        return None
    return party


def kind_of(a: Fact, b: Fact) -> str:
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return "contradiction"
    hedged = any(f.extra.get("qualifier") or "upto" in f.extra for f in (a, b))
    overlap = ra[0] <= rb[1] and rb[0] <= ra[1]
    return "estimates" if hedged and overlap else "contradiction"


# Units that are not counts of a thing: shares (but see :func:`change_of`), durations
# (clock times are left out by all_figures).
_NOT_COUNTED = frozenset({"%", "year", "day", "hour", "week", "month", "time"})


def counts_something(m: Mention) -> bool:
    """Does ``m`` count a thing, or give a percentage change of a named thing
    (:func:`change_of`)?"""
    if m.unit == "%":
        return change_of(m) is not None
    return bool(m.unit) and m.unit not in _NOT_COUNTED


class Change(NamedTuple):
    """A percentage change: what changed (a stem: "share"), which way ("up", "down"),
    and the content words of the clause after the figure (when or where: "extended
    trading", "this year")."""

    what: str
    way: str
    rest: frozenset[str]


_UP = (
    r"rose|rise[sn]?|rising|jump(?:ed|s)?|climb(?:ed|s)?|gain(?:ed|s)?|surg(?:ed|es?)"
    r"|soar(?:ed|s)?|increas(?:ed|es?)|grew|grows?|grown|advanc(?:ed|es?)|up|higher"
)
_DOWN = (
    r"f[ae]ll(?:s|en)?|drop(?:ped|s)?|declin(?:ed|es?)|slid|slides?|slump(?:ed|s)?|sank|sinks?"
    r"|tumbl(?:ed|es?)|plung(?:ed|es?)|los(?:t|es?)|shed|decreas(?:ed|es?)|cut|cuts"
    r"|reduc(?:ed|es?)|dipped|dips?|shr[au]nk|down|lower"
)
# "shares fell 6%", "the chipmaker's shares down 7.2%", "cut the risk of death by 23%":
# the way, then the object of a verb before "by" (else the subject, before the verb).
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+(?P<object>[a-z][\w\s'’-]{{0,60}}?)\s+by"
    r"|(?:\s+by)?)\s+$",
    re.IGNORECASE,
)
# What a phrase is of: its words up to a preposition ("Shares of the company").
_PHRASE_END = re.compile(r"\b(?:of|from|in|for|at|on|with|among|by)\b.*", re.IGNORECASE)
_AUXILIARIES = frozenset(re.findall(r"\w+", "had has have was were is are been be will would also"))


def change_of(m: Mention) -> Change | None:
    """The change an English percentage gives where its sentence says what changed
    and which way, right before it in its clause ("Shares of the company fell 6%":
    share, down; "sending shares down 7.2%"; "cut the risk of stroke by 23%": risk,
    down); else None. "an 18% increase", "were 23% less likely", "14% of revenue" say
    no such thing: they are not compared."""
    if m.unit != "%" or lexical_language() != "en":
        return None
    text, f = m.sentence.text, m.fact
    clause = _FIGURE_CLAUSE.split(text[: f.start])[-1]
    said = _CHANGE_BEFORE.search(clause)
    if said is None:
        return None
    phrase = said.group("object") or clause[: said.start()]
    if said.group("object") is None:  # the subject: "Veltrix shares had" -> "shares"
        phrase = re.split(r"\b(?:and|but|while|which|that|who|as)\b", phrase)[-1]
    words = [w for w in _letters(_PHRASE_END.sub("", phrase)) if w.lower() not in _AUXILIARIES]
    if not words:
        return None
    after = _FIGURE_CLAUSE.split(text[f.end :])[0]
    rest = frozenset(stemmer().stemWords([w.lower() for w in _letters(after)])) - _PURPOSE_STOP
    way = "up" if said.group("up") else "down"
    return Change(stemmer().stemWord(words[-1].lower()), way, rest)


def _same_change(a: Change | None, b: Change | None) -> bool:
    """Are two percentages (:func:`change_of`) one change: the same thing, the same way,
    over the same time (the words after them both none, or some alike)? Two figures that
    are no percentages are."""
    if a is None or b is None:
        return a is b
    same_rest = (not a.rest and not b.rest) or bool(a.rest & b.rest)
    return a.what == b.what and a.way == b.way and same_rest


# A percentage that gives the state of a thing, not a change: the state right after it ("0%
# contained", "80% of the votes counted"), or the thing before a link to it ("containment
# stood at 5%", "raising containment to 12%", "turnout was 63 percent", "a turnout of 63%").
_LEVEL_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+|all\s+)?(?P<of>[a-z]+)\s+)?(?P<state>[a-z]+(?:ed|ing)|complete|full)\b"
)
_LEVEL_VERB = (
    r"stood|stands|remained|remains|rose|risen|climbed|grew|increased|jumped|fell|fallen"
    r"|dropped|declined|slipped"
)
_LEVEL_BEFORE = re.compile(
    rf"(?:(?P<compound>[a-z]+)\s+)?(?!(?:{_LEVEL_VERB}|has|have|had)\b)(?P<what>[a-z]+)\s+"
    rf"(?:(?:has|have|had)\s+)?(?:(?:{_LEVEL_VERB})\s+(?:at|to)|reached|hit|was|is|were|are|at"
    r"|to|of)\s+$"
)
# Words after a percentage that are no state of anything ("12% according to ...").
_NO_STATE = frozenset(
    re.findall(
        r"\w+", "according including excluding during following compared based regarding concerning"
    )
)
# A change named by a noun ("an increase of 5%") is no state: change_of reads changes.
_CHANGE_NOUNS = frozenset(
    re.findall(r"\w+", "increase decrease rise fall drop gain loss jump decline cut reduction hike")
)
# Heads too general to name a measure alone: "the unemployment rate", not any "rate".
_GENERIC_HEADS = frozenset(re.findall(r"\w+", "rate share level percentage proportion figure"))
# Words before a linking verb that name no measured thing: a change ("an increase of 5%")
# or a function word.
_NO_LEVEL_HEADS = _CHANGE_NOUNS | _PURPOSE_STOP


def level_of(m: Mention) -> str | None:
    """What an English percentage that gives a state measures, as stems: "contain" for
    "0% contained" and for "raising containment to 12%", "vote count" for "80% of the
    votes counted", "unemploy rate" for "an unemployment rate of 4%"; else None (a change,
    :func:`change_of`, or a share of nothing named: "humidity fell below 10%"). Two reports of
    one such measure on different days are an update (:func:`figure_updates`)."""
    if m.unit != "%" or lexical_language() != "en" or change_of(m) is not None:
        return None
    text, f = m.sentence.text, m.fact
    stem = stemmer().stemWord
    after = _LEVEL_AFTER.match(text, f.end)
    if after and after.group("state").lower() not in _NO_STATE:
        return " ".join(stem(w.lower()) for w in (after.group("of"), after.group("state")) if w)
    clause = _FIGURE_CLAUSE.split(text[: f.start])[-1]
    before = _LEVEL_BEFORE.search(clause.lower())
    if before is None or before.group("what") in _NO_LEVEL_HEADS:
        return None
    words = [before.group("what")]
    if words[0] in _GENERIC_HEADS:
        compound = before.group("compound")
        if not compound or compound in _PURPOSE_STOP:
            return None
        words.insert(0, compound)
    return " ".join(stem(w) for w in words)


def _counted(f: Fact) -> str | None:
    """What a figure counts, one country's people as that country however the source
    names them (:func:`summarizer.facts.nationality`: "61 Germans", "62 German citizens")."""
    return nationality(f) or normalise_unit(f.unit)


def all_figures(sentences: Mapping[str, Sequence[Sentence]]) -> list[Mention]:
    """Every number the sources state, with a unit or without ("a membership of
    approximately 250,000"), clock times and the numbers of dates left out. A count of
    people, or a bare number, that its clause says died or were hurt counts the dead or the
    injured (:func:`casualty_unit`)."""
    language = current_language()
    return [
        Mention(f, s, unit)
        for sents in sentences.values()
        for s in sents
        for f, unit in _figures(s.text, language)
    ]


@lru_cache(maxsize=65536)
def _figures(text: str, _language: str) -> tuple[tuple[Fact, str], ...]:
    """The figures of one sentence (:func:`all_figures`), each with its unit, memoised
    per text and language (the one its numbers are read in): a dated cluster reads each
    sentence's figures for its disagreements and again for its updates, and a wire
    story's sentence recurs in many sources. The day of a date is no figure ("the floods of
    March 11 killed 14": no toll of 11 to agree with another source's, "le 3 mars": no
    count of "mars"); such days are compared by :func:`date_conflicts`.

    >>> from summarizer.language import use_language
    >>> with use_language("fr"):
    ...     [f.text for f, _ in _figures("Le 3 mars, 12 maisons ont brûlé.", "fr")]
    ['12 maisons']
    >>> [f.text for f, _ in _figures("A Sept. 25 complaint said 12 flats had no lift.", "en")]
    ['12 flats']
    """
    days = [(d.start, d.end) for d in dates(text) if d.kind == "date"]
    read = _ranges(_of_a_total(numbers(text, days), text), text)
    tallies = _tallies(text) if lexical_language() == "en" else []
    # a dash pair that is a date span, a range ("aged 5-11", "40-50 new homes") or a count of
    # something else than votes is no tally, whatever vote word the sentence has
    tallies = [
        t
        for t in tallies
        if not any(a < t.end and t.start < b for a, b in days)
        and not any(
            f.start < t.end
            and t.start < f.end
            and (f.extra.get("upto") or (f.unit and normalise_unit(f.unit) != "vote"))
            for f in read
        )
    ]
    out = []
    for f in read:
        if f.extra.get("clock") or any(t.start < f.end and f.start < t.end for t in tallies):
            continue
        if (measured := in_base_unit(f)) is not None:  # "1.5 minutes" as 90 seconds
            out.append(measured)
        else:
            unit = (
                prison_term(f, text)
                or casualty_unit(f, text)
                or captive_unit(f, text, out[-1][1] if out else None)
                or _took_part(f, text)
                or _counted(f)
                or ""
            )
            out.append((f, unit))
    return (*out, *((t, t.unit or "") for t in tallies))


# A vote's tally in English, its two counts joined by a dash or "(votes) to": "passed 218-214",
# "by 218 votes to 214", "by a vote of 217 to 214" ...
_TALLY = re.compile(
    r"(?<![\w.,:/$€£-])(?P<yes>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?P<join>\s*[-–—]\s*|\s+votes?\s+to\s+|\s+to\s+)"
    r"(?P<no>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,:/-]*\d)(?!\s*(?:%|per\s*cent))"
)
# ... a dash's pair in a sentence about a vote or after a verb of one ("passed the bill
# 218-214"; "the 2025-26 budget" is no tally); a bare "to" only right after a vote's words
# ("rose from 218 to 214" is a change).
_VOTED = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballots?|passed|approved|adopted|rejected)\b",
    re.IGNORECASE,
)
_TALLY_BEFORE = re.compile(
    r"\b(?:passed|approved|adopted|rejected|defeated|carried|voted|vote\s+of|margin\s+of)\s+$",
    re.IGNORECASE,
)
_YEARS = re.compile(r"(?:19|20)\d\d$")


def _tallies(text: str) -> list[Fact]:
    """The counts of each vote's tally in an English sentence, two facts per tally: the votes
    for ("vote (for)", the first) and against ("vote (against)"), each spanning the whole
    tally ("218-214", "218 votes to 214"), so one source's "217-214" disputes another's
    "218-214" on the votes for and agrees on those against. Read as one bare figure and a
    stray count ("218" of nothing, "218 votes" beside "214"), no two sources' tallies
    were compared."""
    out = []
    for m in _TALLY.finditer(text):
        join = m.group("join").strip()
        if join[:1] in "-–—" and (
            _YEARS.match(m.group("yes")) or not _VOTED.search(text, 0, m.start())
        ):
            continue
        if join == "to" and not _TALLY_BEFORE.search(text, 0, m.start()):
            continue
        for side, said in (("yes", "for"), ("no", "against")):
            value = m.group(side).replace(",", "")
            out.append(
                Fact("quantity", m.group(), m.start(), m.end(), value, f"vote ({said})",
                     {"tally": said})
            )  # fmt: skip
    return out


# A sentence about people held captive (English): only there is a count "freed" or
# "released" one of captives ("released from hospital", "released a report" are not).
_CAPTIVITY = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|captiv\w*|captors?|hijack\w*)", re.I)
_FREED = re.compile(r"\b(?:freed|released|set\s+free|let\s+go)\b", re.IGNORECASE)
_FREED_LAST = re.compile(rf"(?:{_FREED.pattern})\s*$", re.IGNORECASE)
_NOT_FREED = re.compile(
    r"\breleased\s+(?:from\s+(?:the\s+)?hospital|on\s+(?:bail|parole)|without\s+charge)",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(?:still\s+(?:being\s+)?(?:held|missing|captive)|in\s+captivity|remain(?:s|ed)?\s+"
    r"(?:captive|hostage|missing|with\s+(?:the|their)\s+\w+|in\s+the\s+hands\s+of))\b",
    re.IGNORECASE,
)
# "27 of the pupils": the noun a count with none counts (no total given, :func:`_of_a_total`).
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those|their|its)\s+([^\W\d_]+)")


def _captives(unit: str) -> bool:
    """Does ``unit`` (a :class:`Mention`'s) count captives freed or still held
    (:func:`captive_unit`)?"""
    return unit.rsplit(" (", 1)[-1].rstrip(")") in ("freed", "held")


def _captives_named(m: Mention) -> str:
    """The captives ``m`` counts as its sentence names them: its own noun ("29 students"),
    else the one "of the ..." after it names ("27 of the pupils"), else that of the figure
    before it that counts them ("29 students were freed and 10 remain"), else "people"."""
    noun = m.unit.rpartition(" (")[0]
    if m.fact.unit and _counted(m.fact) == noun:
        return m.fact.unit
    text = m.sentence.text
    if of := _OF_THE.match(text, m.fact.end):
        return of.group(1)
    named = [f.unit for f, unit in _figures(text, current_language()) if f.start < m.fact.start]
    return next((u for u in reversed(named) if u and normalise_unit(u) == noun), "people")


def captive_unit(f: Fact, text: str, earlier: str | None) -> str | None:
    """``"student (freed)"`` or ``"student (held)"`` for a count of captives its clause says
    were freed ("29 students were freed", "released 27 of the pupils") or are still held
    ("12 students remained in captivity", "10 remain with the kidnappers"), in a sentence
    about captivity (English); else None. Freed and still held are two quantities of one
    noun, as the dead and the injured are (:func:`casualty_unit`). A count with no noun, or
    of "others", counts what "of the ..." after it names, else what the figure before it in
    the sentence counts (``earlier``, that figure's unit): "29 students were freed and 10
    remain" holds 10 students."""
    if f.kind != "quantity" or lexical_language() != "en" or not _CAPTIVITY.search(text):
        return None
    after = _CLAUSE_BREAK.split(text[f.end :], maxsplit=1)[0]
    before = _CLAUSE_BREAK.split(text[: f.start])[-1]
    if _NOT_FREED.search(after) or _NOT_FREED.search(text[: f.start]):
        return None
    freed, held = bool(_FREED.search(after)), bool(_HELD.search(after))
    if freed == held:
        freed, held = bool(_FREED_LAST.search(before)), False
    if not (freed or held):
        return None
    noun = _counted(f)
    if noun in (None, "other"):
        of = _OF_THE.match(text, f.end)
        noun = normalise_unit(of.group(1)) if of else earlier and earlier.split(" (")[0]
    said = "freed" if freed else "held"
    return said if not noun or noun in _PEOPLE else f"{noun} ({said})"


# What an English count of people did by taking part, read as its noun: "100,000 marched".
_TOOK_PART = re.compile(
    r"(?:marched|demonstrated|protested|rallied|gathered|participated|attended|took\s+part"
    r"|turned\s+out|watched)\b",
    re.IGNORECASE,
)
# The people of a crowd, however a report names them: "70,000 spectators", "20,000
# protesters", "a crowd of 72,000".
_SPECTATORS = frozenset(
    {"spectator", "fan", "onlooker", "attendee", "crowd", "protester", "demonstrator", "marcher",
     "participant"}
)  # fmt: skip
_CROWD_OF = re.compile(r"\b(?:crowd|attendance|audience)\s+of\s+$", re.IGNORECASE)


def _took_part(f: Fact, text: str) -> str | None:
    """The unit "person" where a count is of people who took part or watched: a count whose
    noun is a verb of taking part ("more than 100,000 marched", "5,000 took part", "68,000
    watched"), a name for those who did ("70,000 spectators", "20,000 protesters") or a bare
    one a crowd is "of" ("a sell-out crowd of 72,000"). The people who marched and "20,000
    people" who took part in a march are one quantity, not a count of "marched" or of
    "protesters"; so are a meeting's crowds. Else None."""
    if lexical_language() != "en":
        return None
    if not f.unit:
        return "person" if _CROWD_OF.search(text, 0, f.start) else None
    if normalise_unit(f.unit) in _SPECTATORS:
        return "person"
    return "person" if _TOOK_PART.match(text, f.end - len(f.unit)) else None


# A verb that gathers a crowd before its count: "The meeting drew 70,000 spectators".
_DREW = re.compile(r"\b(?:drew|draws|attracted|attracts|pulled\s+in)\s+(?:\w+\s+){0,2}$", re.I)


def _a_crowd(m: Mention) -> bool:
    """Does ``m`` count a crowd (:func:`_took_part`), not some of its people: a bare figure a
    crowd is "of" ("a sell-out crowd of 72,000"), a count that took part or watched ("68,000
    watched", "20,000 protesters gathered") or one a verb gathers ("drew 70,000
    spectators")? "Three fans were taken to hospital" counts fans, no crowd."""
    f, text = m.fact, m.sentence.text
    if _took_part(f, text) is None:
        return False
    if not f.unit or _DREW.search(text, 0, f.start):
        return True
    # its noun a verb of taking part ("68,000 watched"), or that verb right after its noun
    return bool(
        _TOOK_PART.match(text, f.end - len(f.unit)) or _TOOK_PART.match(text[f.end :].lstrip())
    )


def _as_said(m: Mention) -> str:
    """``m``'s figure as a side of a conflict shows it: its text, run on over a verb of taking
    part that its noun cuts in two ("100,000 took part", not "100,000 took"), or back over the
    crowd a bare figure is of ("crowd of 72,000")."""
    f, text = m.fact, m.sentence.text
    if m.unit == "person" and (crowd := _CROWD_OF.search(text, 0, f.start)):
        return text[crowd.start() : f.end]  # "crowd of 72,000", not a bare "72,000"
    verb = _TOOK_PART.match(text, f.end - len(f.unit)) if f.unit else None
    return text[f.start : verb.end()] if verb and verb.end() > f.end else f.text


# "between $5.0 billion and $5.2 billion", "$5.0 billion to $5.3 billion": one estimate.
# Not "from 12 to 15", "rose 10% to 12%": a change from one figure to another.
_RANGE_JOIN = re.compile(r"\s+(?:and|to)\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_NOT_A_RANGE = re.compile(r"\b(?:from|rose|fell|up|down|risen|fallen)\s+$", re.IGNORECASE)


def _ranges(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` with each range (:func:`_range_of`) read as one figure: a source's "$5.0
    billion to $5.3 billion" is one forecast, set against another's "between $5.0 billion
    and $5.2 billion", not a "$5.0 billion" both give and two figures only one does."""
    out: list[Fact] = []
    k = 0
    while k < len(facts):
        joined = _range_of(facts[k], facts[k + 1], text) if k + 1 < len(facts) else None
        out.append(joined or facts[k])
        k += 2 if joined else 1
    return out


def _range_of(f: Fact, g: Fact, text: str) -> Fact | None:
    """Read "between X and Y" or "X to Y" (``f`` then ``g``) of one kind and unit (the
    first may leave it to the second: "between 10 and 12 percent"), the lower first and no more
    than :data:`~summarizer.facts.RANGE_SPAN` times it, as X with the upper bound as
    ``extra["upto"]`` and the range's words as its text; else None. (A range written with a
    dash, "5,000-6,000 people" or "5,000–6,000", :func:`~summarizer.facts.numbers` reads as one
    figure, and a pair it reads as no range is none: "a 1–3 defeat", "Boeing 737–800".)

    >>> t = "It expects revenue of between $5.0 billion and $5.2 billion."
    >>> [(f.text, f.value, f.extra["upto"]) for f in _ranges(numbers(t), t)]
    [('between $5.0 billion and $5.2 billion', '5000000000', '5200000000')]
    >>> t = "The toll rose from 12 to 15 people."
    >>> [f.text for f in _ranges(numbers(t), t)]
    ['12', '15 people']
    """
    join = _RANGE_JOIN.fullmatch(text, f.end, g.start)
    between = _BETWEEN.search(text, 0, f.start)
    if (
        join is None
        or ("and" in join.group()) != bool(between)
        or _NOT_A_RANGE.search(text, 0, f.start)
        or f.kind != g.kind
        or "upto" in f.extra  # "5-6 to 8" is no range of ranges (facts.numbers reads "5-6")
        or g.unit is None
        or f.unit not in (None, g.unit)
        or f.extra.get("clock")
        or g.extra.get("clock")
    ):
        return None
    try:
        lo, hi = Decimal(f.value), Decimal(g.value)
    except InvalidOperation:
        return None
    scale = _scale(g)
    if _scale(f) == 1 and scale:  # "between 5 and 6 million": the lower bound is 5 million
        lo *= scale
    if not 0 < lo < hi <= lo * RANGE_SPAN:
        return None
    start = between.start() if between else f.start
    extra = {**f.extra, **g.extra, "upto": g.value}
    return Fact(g.kind, text[start : g.end], start, g.end, format_value(lo), g.unit, extra)


def _scale(f: Fact) -> Decimal | None:
    """What a figure's scale word multiplies its digits by: 1,000,000 for "6 million
    people", 1 for "$5"; None for a figure not in digits ("five")."""
    fmt = number_format(lexical_language())
    m = fmt.regex.search(f.text)
    digits = m.group("digits") if m else None
    value = read_number(digits, fmt.language) if digits else None
    return Decimal(f.value) / value if value else None


# "76 of parliament's 150 seats", "12 out of the 20 members": the part counts what the
# total does.
_OF_TOTAL = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|[\w.-]+['’]s\s+)?", re.IGNORECASE
)


def _names_of_change(m: Mention, what: str, known: Iterable[str] = ()) -> set[str]:
    """The names, as stems, of the sentence of a figure that changes ``what`` (a stem:
    "share"), function words and ``what`` left out: two changes are compared only where
    their sentences share one ("Acme" and "Shares of Acme Corp"), as "Shares fell 9%" in a
    story of another company reads as "Shares of the company fell 6%" does. A name that
    opens a sentence counts too (:func:`_opening_name`: "Acme shares fell 6%")."""
    words = names_in(m.sentence.text) | _opening_name(m.sentence.text, what, known)
    return set(stemmer().stemWords(sorted(words))) - _PURPOSE_STOP - {what}


_OPENING_WORD = re.compile(r"\W*([A-Z][\w’'-]*?)(?:[’']s)?\s+([a-z]+)")


def _opening_name(text: str, what: str, known: Iterable[str]) -> set[str]:
    """The capitalised word that opens ``text`` where it is a name, which
    :func:`summarizer.facts.entities` leaves out there: one ``known`` as a name in the middle of
    a sentence, or the owner of the changed thing ``what`` right after it ("Acme shares fell
    6%", "Acme's revenue rose"); no function word ("The shares fell")."""
    m = _OPENING_WORD.match(text)
    if m is None or m.group(1).lower() in stop_words():
        return set()
    word = m.group(1).lower()  # as names_in gives a name's words
    return {word} if word in known or stemmer().stemWord(m.group(2)) == what else set()


def _opening_known(m: Mention, known: set[str]) -> set[str]:
    """The word that opens ``m``'s sentence where ``known`` has it as a name its article gives
    ("Whitmore was sentenced to life ...", after "the conviction of Daniel Whitmore"), which
    :func:`summarizer.facts.entities` leaves out there; else none."""
    first = _FIRST_WORD.match(m.sentence.text)
    word = first.group(1).lower() if first else ""
    return {word} if word in known else set()


_FIRST_WORD = re.compile(r"\W*([A-Z][\w’'-]*?)(?:[’']s)?\b")


def _subjects(m: Mention) -> frozenset[frozenset[str]]:
    """The names ``m``'s sentence gives before its figure, each as its set of words: who or
    what the figure is of (:func:`_other_subjects`)."""
    return frozenset(
        frozenset(e.value.split()) for e in entities(m.sentence.text) if e.end <= m.fact.start
    )


def _other_subjects(na: frozenset[frozenset[str]], nb: frozenset[frozenset[str]]) -> bool:
    """Do two figures' sentences name, before the figure (:func:`_subjects`), who or what it
    is of, and no one in common ("The National Union won 39 ..." and "Homeland won 17 ...";
    "Sarah Pochin won 12,645 votes" and "Karen Shore won 12,639 votes")?"""
    # one name the other's part ("Pochin", "Sarah Pochin") names one subject
    return bool(na) and bool(nb) and not any(x <= y or y <= x for x in na for y in nb)


# Where a figure was counted: a name after one of these words in the figure's own clause, or in
# the "In X," that opens its sentence ("killed 12 people in Norway", "In Sweden, the storm
# killed three"), a few lower-case words between ("in western Norway", "in the city of Bergen").
_LOCATIVE = {
    "en": "in|across|near|outside|from",
    "es": "en",
    "fr": "en|à|au|aux",
    "de": "in|im",
    "it": "in|a|nel|nella",
    "pt": "em|no|na|nos|nas",
}
# A figure counted the world over ("64 million people worldwide") is in no one country: the
# place "world", told apart from "1 million people in the UK".
_WORLDWIDE = {
    "en": r"world-?wide|globally|(?:around|across|in)\s+the\s+(?:world|globe)",
    "es": r"(?:en\s+(?:todo\s+)?el|del)\s+mundo|a\s+nivel\s+mundial",
    "fr": r"(?:dans\s+le|du)\s+monde|à\s+l['’]échelle\s+mondiale",
    "de": r"weltweit|auf\s+der\s+(?:ganzen\s+)?welt",
    "it": r"nel\s+mondo|a\s+livello\s+mondiale",
    "pt": r"no\s+mundo|em\s+todo\s+o\s+mundo",
}
# A figure counted the country over ("1.2 million people marched nationwide") is in the place
# "nation": told apart from a city's count ("80,000 in Paris"), not from a country's.
_NATION = "nation"
_NATIONWIDE = {
    "en": r"nation-?wide|country-?wide|(?:across|throughout)\s+the\s+(?:country|nation)",
    "es": r"en\s+todo\s+el\s+pa[ií]s|a\s+nivel\s+nacional",
    "fr": r"dans\s+tout\s+le\s+pays|à\s+l['’]échelle\s+nationale",
    "de": r"landesweit|bundesweit|im\s+ganzen\s+land",
    "it": r"in\s+tutto\s+il\s+paese|a\s+livello\s+nazionale",
    "pt": r"em\s+todo\s+o\s+pa[ií]s|a\s+n[ií]vel\s+nacional",
}
# (A comma between digits is a thousands separator: "50,000 people marched in Paris".)
_FIGURE_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()—–]|\s-\s")


class Places(NamedTuple):
    """The places a figure is counted in: countries the gazetteer knows, and other names."""

    countries: frozenset[str]
    others: frozenset[str]


@lru_cache(maxsize=8)
def _locative(
    language: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A locative word (:data:`_LOCATIVE`) opening a text, one ending it before a name, and
    the words of a figure counted worldwide (:data:`_WORLDWIDE`) or nationwide
    (:data:`_NATIONWIDE`)."""
    words = _LOCATIVE.get(language, _LOCATIVE["en"])
    return (
        re.compile(rf"(?:{words})\s", re.IGNORECASE),
        re.compile(rf"(?:^|\s)(?:{words})(?:\s+[a-zà-ÿ][^\W\d]*){{0,3}}\s+$", re.IGNORECASE),
        re.compile(rf"\b(?:{_WORLDWIDE.get(language, _WORLDWIDE['en'])})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{_NATIONWIDE.get(language, _NATIONWIDE['en'])})\b", re.IGNORECASE),
    )


def places(m: Mention) -> Places:
    """Where ``m``'s figure was counted (see :data:`_LOCATIVE`, :data:`_WORLDWIDE`,
    :data:`_NATIONWIDE`); an attribution's place in another clause ("..., police in Oslo
    said") is not the figure's."""
    text, f = m.sentence.text, m.fact
    opens, ends, worldwide, nationwide = _locative(lexical_language())
    cuts = [0, *(c.end() for c in _FIGURE_CLAUSE.finditer(text)), len(text) + 1]
    k = next(i for i in range(len(cuts) - 1) if cuts[i] <= f.start < cuts[i + 1])
    spans = [(cuts[k], cuts[k + 1])]
    if k and opens.match(text):
        spans.append((0, cuts[1]))  # "In Sweden, the storm killed three people"
    countries: set[str] = set()
    others: set[str] = set()
    for e in entities(text):
        inside = any(a <= e.start < b for a, b in spans)
        if e.kind in ("place", "entity") and inside and ends.search(text, 0, e.start):
            (countries if is_country(e.value) else others).add(e.value)
    if any(worldwide.search(text, a, b) for a, b in spans):
        countries.add("world")
    if any(nationwide.search(text, a, b) for a, b in spans):
        others.add(_NATION)  # of a country, so comparable with a country's figure
    if lexical_language() == "en":
        others.update(m.group(1) for a, b in spans for m in _REGION.finditer(text, a, b))
    return Places(frozenset(countries), frozenset(others))


# A compass region of a place, lower case (not "West Virginia"): "in the north", "in northern
# Italy", "across the country's south-east", "in Italy's north"; kept as its compass point
# ("north").
_REGION = re.compile(
    r"\b(?i:in|across|throughout)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?"
    r"((?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\b"
)
_COMPASS = frozenset(
    f"{ns}{sep}{ew}" for ns in ("north", "south") for sep in ("", "-") for ew in ("east", "west")
) | {"north", "south", "east", "west"}


def _different_places(a: Places, b: Places) -> bool:
    """Do two figures' places (:func:`places`) tell them apart: each names a country and none in
    common ("12 people in Norway", "3 people in Sweden"), or each another place and none in
    common ("in Malatya", "in Adiyaman")? A country beside a city may hold it ("38 in Malatya",
    "41 in Turkey"): the two stay comparable (so do a region and its country:
    :func:`_part_and_whole`)."""
    return bool(
        (a.countries and b.countries and not a.countries & b.countries)
        or (a.others and b.others and not a.others & b.others)
    )


def _part_and_whole(a: Mention, b: Mention, pa: Places, pb: Places) -> bool:
    """Is one of two figures (their places ``pa``, ``pb``: :func:`places`) a compass region's
    count (:data:`_REGION`) and the other its country's or the nation's, the part no bigger
    than the whole ("8 people in northern Italy", "14 in Italy"; "in the north",
    "nationwide")? Two counts, no dispute; a part bigger than its whole ("15 people in western
    Norway", "12 in Norway") is one."""
    for (x, px), (y, py) in (((a, pa), (b, pb)), ((b, pb), (a, pa))):
        # a region of no country named ("in the north") is of the country the other names
        whole = (
            px.countries & py.countries
            or _NATION in py.others
            or (py.countries and not px.countries)
        )
        if px.others & _COMPASS and not py.others & _COMPASS and whole:
            part, total = _range(x.fact), _range(y.fact)
            return part is not None and total is not None and part[0] <= total[1]
    return False


def _of_a_total(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` with a bare number that is a part of a total after it ("winning 76 of
    parliament's 150 seats") given the total's unit, and the total as ``extra["of"]``: "76
    seats" of 150, comparable with another source's "78 (of the 150) seats". The total is
    marked ``extra["whole"]``: in "killing 137 of the 149 people on board" the clause's verb
    tells what befell the part, not the whole (:func:`casualty_unit`)."""
    out = list(facts)
    for k, (f, total) in enumerate(itertools.pairwise(facts)):
        if (
            f.kind == total.kind == "quantity"
            and f.unit is None
            and total.unit
            and _OF_TOTAL.fullmatch(text, f.end, total.start)
        ):
            out[k] = replace(f, unit=total.unit, extra={**f.extra, "of": total.value})
            out[k + 1] = replace(total, extra={**total.extra, "whole": f.value})
    return out


_DEAD = re.compile(
    r"\b(?:dead|died|die|dies|dying|killed|killing|kills|deaths?|toll|fatalit(?:y|ies)|"
    r"perished|lost their lives|bodies)\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"\b(?:injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed)\b", re.IGNORECASE
)
# Those who came out alive, counted as the dead are: "12 people were rescued", "pulled alive
# from the rubble", "five passengers survived" (English only).
_SAVED = re.compile(
    r"\b(?:rescued|survived|(?:pulled|dug|brought|found|taken)\s+(?:\w+\s+)?alive)\b",
    re.IGNORECASE,
)
# Before a figure, only the words right before it say it counts the rescued ("crews rescued
# 12 people"): "Rescued migrants said about 30 people drowned" counts no one rescued.
_SAVED_LAST = re.compile(rf"(?:{_SAVED.pattern})\s*$", re.IGNORECASE)
# What ends the clause a figure belongs to: "5 died and 20 were injured"; a
# relative clause is another one ("3,000 people at a vigil for those killed").
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|that|who|which|whose|when|where)\b")
# After the figure a preposition starts another phrase too ("rescued 12 people
# from the blaze that killed a woman").
_AFTER_BREAK = re.compile(_CLAUSE_BREAK.pattern + r"|\b(?:for|from|of|in|at|after)\b")
# What counts people: "38 people", "12 victims", and "400 others" after a count of them.
_PEOPLE = frozenset(
    {"person", "casualty", "victim", "fatality", "dead", "resident", "people", "other", "survivor"}
)
_UNIT_SAYS = {
    "killed": "dead", "dead": "dead", "died": "dead", "death": "dead", "fatality": "dead",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injury": "injured",
    "rescued": "rescued",
}  # fmt: skip
# What befell the people a count counts (the rescued are counted alike, no casualties).
_CASUALTIES = frozenset({"dead", "injured", "rescued"})


def _casualty_said(unit: str) -> str | None:
    """What befell the people a :class:`Mention`'s unit counts: "dead" for "dead" and for
    "soldier (dead)", "injured" likewise; None for a unit that counts no casualties."""
    said = unit.rsplit(" (", 1)[-1].rstrip(")")
    return said if said in _CASUALTIES else None


def befell(f: Fact, text: str) -> str | None:
    """What befell the people ``f`` counts in ``text`` (:func:`casualty_unit`), whoever
    they are: "dead" for "138 feared dead" and for "at least 138 people were killed";
    None for a figure that counts no casualties."""
    unit = casualty_unit(f, text)
    return _casualty_said(unit) if unit else None


class _CasualtyWords(NamedTuple):
    """How a language says a count died or was hurt, what counts people, and what
    ends a figure's clause (:data:`_DEAD`, :data:`_HURT`, :data:`_PEOPLE`,
    :data:`_CLAUSE_BREAK`, :data:`_AFTER_BREAK` in English); how it names a toll
    alone, and the auxiliaries after the verb that ends its clauses, where it does."""

    dead: str  # alternation: "muertos", "ums Leben", "trouvé la mort"
    hurt: str
    people: str  # spaced words, stemmed where read ("personas", "Menschen")
    joins: str  # alternation: what starts another clause on either side ("y", "pero")
    relative: str  # what starts a relative clause or a phrase after the figure only
    toll: str = ""  # alternation: a toll named alone ("bilan"), as English "toll"
    victims: str = ""  # alternation: the noun a toll counts the dead by ("victimes?")
    auxiliaries: str = ""  # spaced words: read past to a clause's last verb (German)


# A relative pronoun ends the clause after a figure ("300 personas en una vigilia por los que
# murieron") but not before it: in these languages the toll is often the subject, and a
# relative clause about the event comes before its verb ("la cifra de fallecidos por el
# terremoto que sacudió el sur subió a 11"); "que" is also "than" and "that".
# A toll named alone ("le bilan est de 9", "le bilan fait état de 7 victimes") is one of
# the dead, as English "toll" is: what a count with no noun, or of victims, reports.
# Counts of anyone else it names keep what they count ("le bilan fait état de 300
# personnes évacuées").
# German ends a clause with its verb, past the words read after a figure ("17 Menschen
# wurden bei dem Unfall leicht verletzt"): the clause's last words, its auxiliaries
# left off, say what befell the count where they are a verb (lower case) or "ums Leben".
# fmt: off
_FOREIGN_CASUALTY = {
    "es": _CasualtyWords(
        r"muert[oa]s?|mueren|muere|muri[óo]|murieron|fallec\w*|mortal(?:es)?|decesos?|"
        r"perdieron la vida|perdió la vida|cadáveres",
        r"herid[oa]s?|lesionad[oa]s?|hospitalizad[oa]s?",
        "persona personas víctima víctimas vecinos habitantes residentes otros otras",
        r"y|e|pero|mientras|cuando|donde",
        r"que|quien|quienes|cuyo|cuya|por|de|del|en|tras|desde|para",
        toll="balance",
        victims="víctimas?",
    ),
    "fr": _CasualtyWords(
        r"morts?|mortes?|décès|décédée?s?|tuée?s?|périe?s?|ont péri|perdu la vie|"
        r"trouvé la mort|mortelles?|corps",
        r"blessée?s?|hospitalisée?s?",
        "personne personnes victime victimes habitants résidents autres",
        r"et|mais|tandis|quand|lorsque|où",
        r"que|qui|dont|pour|de|des|du|dans|après|depuis",
        toll="bilan",
        victims="victimes?",
    ),
    "de": _CasualtyWords(
        r"toten?|tot|todesopfer|todesfälle|getötet|ums leben|gestorben|starben|starb|"
        r"umgekommen|tödlich|leichen",
        r"verletzt\w*|verwundet\w*",
        "menschen personen person opfer bewohner einwohner weitere andere",
        r"und|aber|während|wenn|wo|weil",
        r"dass|die|der|denen|für|von|aus|bei|nach|seit",
        auxiliaries="worden wurden wurde werden sind seien waren war ist sei gekommen",
    ),
    "it": _CasualtyWords(
        r"mort[oiae]|decedut[oiae]|decessi|uccis[oiae]|perso la vita|cadaveri",
        r"ferit[oiae]|ricoverat[oiae]",
        "persona persone vittime abitanti residenti altri altre",
        r"e|ma|mentre|quando|dove",
        r"che|chi|cui|per|di|del|della|dei|in|dopo|da",
        toll="bilancio",
        victims="vittim[ae]",
    ),
    "pt": _CasualtyWords(
        r"mort[oa]s?|mortes|morreram|morreu|morrem|falecid[oa]s?|faleceram|óbitos?|"
        r"perderam a vida|fatais|corpos",
        r"ferid[oa]s?|hospitalizad[oa]s?",
        "pessoa pessoas vítima vítimas moradores habitantes residentes outros outras",
        r"e|mas|enquanto|quando|onde",
        r"que|quem|cujo|cuja|por|de|do|da|em|após|desde|para",
        toll="balanço",
        victims="vítimas?",
    ),
}
# fmt: on
_AFTER_MONTH = re.compile(rf"\b{MONTH_RE}\s*$")


class _Casualties(NamedTuple):
    """One language's casualty words, ready to read a figure's clause with."""

    dead: re.Pattern[str]
    hurt: re.Pattern[str]
    people: frozenset[str]  # what normalise_unit makes of a noun that counts people
    clause_break: re.Pattern[str]
    after_break: re.Pattern[str]
    saved: re.Pattern[str] | None = None  # (:data:`_SAVED`, English only)
    toll: re.Pattern[str] | None = None  # None: no toll read alone (:func:`_toll`)
    victims: re.Pattern[str] | None = None
    auxiliaries: frozenset[str] = frozenset()  # empty: no verb read last (:func:`_clause_verb`)


@lru_cache(maxsize=8)
def _casualties(language: str) -> _Casualties:
    """The casualty words of ``language``: English's, else :data:`_FOREIGN_CASUALTY`'s."""
    if language not in _FOREIGN_CASUALTY:
        return _Casualties(_DEAD, _HURT, _PEOPLE, _CLAUSE_BREAK, _AFTER_BREAK, _SAVED)
    words = _FOREIGN_CASUALTY[language]

    def alternation(pattern: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)

    stem = stemmer(language).stemWord
    clause_break = rf"[;:()]|,(?!\d)|(?<!\w)(?:{words.joins})(?!\w)"  # not "7,0"
    return _Casualties(
        alternation(words.dead),
        alternation(words.hurt),
        frozenset(stem(w.lower()) for w in words.people.split()),
        re.compile(clause_break, re.IGNORECASE),
        re.compile(rf"{clause_break}|(?<!\w)(?:{words.relative})(?!\w)", re.IGNORECASE),
        toll=alternation(words.toll) if words.toll else None,
        victims=alternation(words.victims) if words.victims else None,
        auxiliaries=frozenset(words.auxiliaries.split()),
    )


def _said(said: _Casualties, text: str, whole: bool = False) -> str | None:
    """``"dead"``, ``"injured"`` or ``"rescued"`` where ``text`` (all of it, if ``whole``)
    says the one and not another."""
    find = (lambda rx: rx.fullmatch(text)) if whole else (lambda rx: rx.search(text))
    befell = (("dead", said.dead), ("injured", said.hurt), ("rescued", said.saved))
    found = [what for what, rx in befell if rx is not None and find(rx)]
    return found[0] if len(found) == 1 else None


def casualty_unit(f: Fact, text: str) -> str | None:
    """``"dead"`` or ``"injured"`` for a count of people (or a bare number) that
    its clause says died or were hurt (up to six words after the figure, which
    decide first, then in German the verb that ends the clause, then sixteen words
    before it), or, in another language, calls a toll (:func:`_toll`); else None.

    >>> from summarizer.facts import numbers
    >>> t = "Five people died and 20 people were injured."
    >>> [casualty_unit(f, t) for f in numbers(t)]
    ['dead', 'injured']
    >>> t = "The death toll has risen to 15."
    >>> [casualty_unit(f, t) for f in numbers(t)]
    ['dead']
    >>> t = "About 300 people attended a vigil for those killed."
    >>> [casualty_unit(f, t) for f in numbers(t)]
    [None]
    >>> t = "Two soldiers were killed and five soldiers were wounded."
    >>> [casualty_unit(f, t) for f in numbers(t)]
    ['soldier (dead)', 'soldier (injured)']

    A count of something other than people keeps what it counts ("soldier
    (dead)"); a day of the month ("since Jan. 5") or a year is no casualty.
    """
    if f.kind != "quantity" or _AFTER_MONTH.search(text[: f.start]) or f.unit == "years old":
        return None  # (an age is no count: "died aged 79")
    language = lexical_language()
    words = _casualties(language)
    base = _counted(f)
    if language == "en" and base in _UNIT_SAYS:  # "12 killed", "40 injured"
        return _UNIT_SAYS[base]
    if language != "en" and f.unit and (said := _said(words, f.unit, whole=True)):
        return said  # "9 muertos", "drei Tote", "15 blessés"
    if "whole" in f.extra:
        return None  # the total a part of which died: "killing 137 of the 149 people"
    if base is None and _YEAR.fullmatch(f.value or ""):
        return None
    if language != "en" and _FRACTION.search(f.text):
        return None  # "magnitud 7,0": no count of people has a fraction
    after = words.after_break.split(text[f.end :], maxsplit=1)[0].split()[:4]
    before = words.clause_break.split(text[: f.start])[-1].split()
    before = before[-16:] if language == "en" else _last_content_words(before, 10, language)
    ending = _clause_verb(words.clause_break.split(text[f.end :], maxsplit=1)[0], words)
    sides = [(" ".join(after), words), (ending, words)]
    sides.append((" ".join(before), words._replace(saved=_SAVED_LAST) if words.saved else words))
    if language == "en" and _INCLUDING.search(" ".join(before)):
        earlier = [c for c in words.clause_break.split(text[: f.start])[:-1] if numbers(c)]
        sides += [(c, words) for c in earlier[-1:]]
    for side, read in sides:
        if said := _said(read, side):
            return said if base is None or base in words.people else f"{base} ({said})"
    return _toll(f, " ".join(before), words)


# An early report that no one died or was hurt (English): "There were no immediate reports
# of casualties", "No injuries were reported", "no casualties were reported", "No one was
# killed". Casualties and injuries are told untrue by a later report of dead or injured
# (a death is worse than an injury); deaths only by one of dead.
_NO_CASUALTIES = re.compile(
    r"\bno\s+(?:immediate\s+|initial\s+|early\s+|other\s+)?(?:reports?\s+of\s+(?:any\s+)?)?"
    r"(?:(?:damage|deaths?)\s+or\s+)?(?:(?P<hurt>casualties|injuries|injured)|(?P<dead>deaths|"
    r"fatalities|dead))\b"
    r"|\b(?:no\s+one|nobody|none)\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:(?P<hurt2>injured|hurt|wounded)|(?P<dead2>killed))\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:no|not|nobody|none|never|without)\b|n[’']t\b", re.IGNORECASE)
# Casualty words that tell of no one's death alone: "took a heavy toll on farms",
# "regulatory bodies".
_NOT_TOLD = frozenset({"toll", "bodies"})


def reassured(text: str) -> frozenset[str]:
    """What a report that no one was hurt (:data:`_NO_CASUALTIES`) would be told untrue by:
    {"dead", "injured"} for "There were no immediate reports of casualties", {"dead"} for
    "No deaths were reported"; empty for a sentence that gives no such report.

    >>> sorted(reassured("There were no immediate reports of casualties."))
    ['dead', 'injured']
    >>> sorted(reassured("No one was killed."))
    ['dead']
    """
    if lexical_language() != "en" or not (said := _NO_CASUALTIES.search(text)):
        return frozenset()
    if said.group("dead") or said.group("dead2"):
        return frozenset({"dead"})
    return frozenset({"dead", "injured"})


def casualties_told(text: str) -> frozenset[str]:
    """What befell someone by a clause of ``text`` (English) that says so and negates
    nothing: {"dead"} for "One elderly man died in a shelter on Monday", {"injured"} for
    "No one was killed, but 12 people were hurt"; empty for "It was not clear whether his
    death was linked to the eruption"."""
    if lexical_language() != "en":
        return frozenset()
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c and not _NEGATION.search(c)]
    befell = (("dead", _DEAD), ("injured", _HURT))
    return frozenset(
        what
        for what, rx in befell
        for c in clauses
        if any(w.group().lower() not in _NOT_TOLD for w in rx.finditer(c))
    )


# A count of some of the people a clause before has counted ("14 people were treated for
# injuries, including seven police officers"): what befell them is that clause's, the
# nearest one that counts ("At least 11 people were injured, police said, including nine
# officers"), and only its ("Five people were killed, and police evacuated 300 people,
# including 20 children": no child died).
_INCLUDING = re.compile(r"\b(?:including|among them|among whom)$", re.IGNORECASE)


# A custodial sentence, as the unit of its years: a count, unlike other durations.
PRISON_TERM = "year (prison)"
_JAILED = re.compile(
    r"\b(?:sentenced|jailed|imprisoned)\b(?:\s+[\w’'.-]+){0,6}\s+(?:to|for)\s+$", re.IGNORECASE
)
_IN_PRISON = re.compile(
    r"(?:-\s*|\s+)(?:(?:in|to|behind)\s+(?:(?:a|federal|state|county)\s+)?)?"
    r"(?:prison|jail|imprisonment)\b|\s+behind bars\b"
)
# A sentence served outside prison: "sentenced to three years of probation".
_NOT_IN_PRISON = re.compile(
    r"[’']?\s+(?:of\s+)?(?:probation|supervised release|house arrest|parole)\b", re.IGNORECASE
)
# A term not imposed here: sought, risked or allowed, or one served before ("who spent 12
# years in prison for armed robbery in the 1990s").
_NOT_IMPOSED = re.compile(
    r"\b(?:up to|maximum|minimum|faces?|facing|could|would|might|may|seeks?|sought|seeking|"
    r"asked|asking|requested|recommended|demanded|urged|spent|served)\b",
    re.IGNORECASE,
)
# The least time a court orders a sentence to keep one in prison: "life with a minimum of 20
# years", "a minimum term of 20 years", "must serve at least 20 years". Not where the law
# sets it ("a minimum sentence of 20 years") or no one was sentenced.
_MINIMUM_TERM = re.compile(
    r"\b(?:(?:with|given|set)\s+a\s+minimum(?:\s+term)?\s+of|minimum\s+term\s+of|"
    r"must\s+serve(?:\s+at\s+least|\s+a\s+minimum\s+of)?)\s+$",
    re.IGNORECASE,
)
_SENTENCED = re.compile(r"\b(?:sentenced|jailed|imprisoned|life)\b", re.IGNORECASE)


def prison_term(f: Fact, text: str) -> str | None:
    """:data:`PRISON_TERM` for an English number of years that the sentence says a court
    imposed: "sentenced Vance to 15 years", "jailed for 12 years", "12 years in prison", "a
    12-year prison term"; else None. A term only sought, risked or allowed ("prosecutors
    sought 20 years in prison", "faces up to 20 years", "a maximum sentence of 20 years"),
    one served before ("spent 12 years in prison") or one of probation is none, nor are
    other durations ("for six years", "20 years after the prison riot"): two sources giving
    a defendant 12 and 15 years disagree, where "12 years" and "six years" of a scheme were
    never compared.

    >>> from summarizer.facts import numbers
    >>> t = "A judge sentenced Ann Lee to 15 years in prison for a scheme that ran six years."
    >>> [prison_term(f, t) for f in numbers(t)]
    ['year (prison)', None]
    >>> t = "Lee, who faces up to 20 years in prison, was jailed for 12 years."
    >>> [prison_term(f, t) for f in numbers(t)]
    [None, 'year (prison)']
    """
    if f.kind != "quantity" or normalise_unit(f.unit) != "year" or lexical_language() != "en":
        return None
    clause = _CLAUSE_BREAK.split(text[: f.start])[-1]
    if f.extra.get("qualifier") != "lt" and _minimum_term(text[: f.start]):
        return PRISON_TERM
    if f.extra.get("qualifier") == "lt" or _NOT_IMPOSED.search(clause):
        return None
    if _NOT_IN_PRISON.match(text[f.end :]):
        return None
    if _JAILED.search(text[: f.start]) or _IN_PRISON.match(text[f.end :]):
        return PRISON_TERM
    return None


def _minimum_term(before: str) -> bool:
    """Does ``before``, a sentence up to a number of years, make it the minimum term a court
    set ("sentenced to life with a minimum of 20 years", "jailed for life and must serve at
    least 20 years")? A sentence that jails no one ("the law sets a minimum term of 15
    years") or a term only sought ("prosecutors asked for a minimum term of 25 years") has
    none."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    term = _MINIMUM_TERM.search(clause)
    if term is None or _NOT_IMPOSED.search(clause[: term.start()]):
        return False
    return bool(_SENTENCED.search(before))


def _clause_verb(clause: str, words: _Casualties) -> str:
    """The verb that ends ``clause`` in a language that puts it last (one with
    ``words.auxiliaries``), with the word before it ("leicht verletzt", "ums Leben"); else
    "", and where another figure comes first, whose verb it is ("110 Fahrgästen wurden 40
    verletzt")."""
    if not words.auxiliaries or numbers(clause):
        return ""
    tail = [w.strip(".,;:!?\"'«»„“”") for w in clause.split()]
    while tail and tail[-1] in words.auxiliaries:
        tail.pop()
    if not tail or (tail[-1][:1].isupper() and tail[-2:] != ["ums", "Leben"]):
        return ""  # a noun ends it: no verb to read
    return " ".join(tail[-2:])


def _toll(f: Fact, before: str, words: _Casualties) -> str | None:
    """``"dead"`` for a count with no noun, or of victims, that its clause calls a toll
    (``words.toll``) and says nothing of the hurt: "le bilan est de 9"; else None."""
    if words.toll is None or words.victims is None or not words.toll.search(before):
        return None
    if words.hurt.search(before):
        return None
    return "dead" if f.unit is None or words.victims.fullmatch(f.unit) else None


def _last_content_words(words: list[str], n: int, language: str) -> list[str]:
    """The tail of ``words`` that holds its last ``n`` words that are no function
    words: a reach alike in languages that spell more articles and prepositions
    than English ("la cifra de fallecidos por el terremoto de magnitud 7,0 que
    sacudió el martes el sur del país subió a 11")."""
    stop, seen = function_words(language), 0
    for i in range(len(words) - 1, -1, -1):
        seen += words[i].lower().strip(".,;:!?\"'«»„“”") not in stop
        if seen == n:
            return words[i:]
    return words


_FRACTION = re.compile(r"\d[.,]\d{1,2}(?!\d)")


def topic_of(f: Fact) -> str:
    """What the figure counts, as the source says it: "North Korean soldiers"."""
    if f.kind == "money":
        return f"amount ({f.unit})" if f.unit else "amount"
    if said := f.extra.get("tally"):  # "218-214": the votes for, or against (_tallies)
        return f"votes {said}"
    rest = _lead(lexical_language()).sub("", f.text).strip(" ,.;:")
    if not rest and f.unit == "years old":
        return "age"  # "died aged 79"
    return rest or (f.unit or "figure")


def _casualty_topic(m: Mention) -> str:
    """:func:`topic_of` the figure, saying in English what befell them where it counts
    casualties or a party's loss ("investors' losses", "cost to taxpayers", not "amount
    (USD)"), or a margin (:func:`margin`: "margin", not "seconds"): "people (injured)"
    for "injuring eight people", not a bare "people";
    "death toll" for a bare number ("the death toll rose to 15"), not "figure". In
    another language a count of people, the dead or the injured, however its source
    words it ("9 muertos", "10 personas murieron", "subió a 11"), is that language's
    name for the toll ("número de muertos"); other counts keep their own words."""
    if m.unit == PRISON_TERM:
        return "prison term"  # not "years": what the years are
    if margin(m):
        return "margin"  # "won by 312 votes", "0.12 seconds off her mark": no "votes", "seconds"
    loss = _loss_topic(m) or _value_topic(m) or _rate_topic(m)
    if loss:
        return loss
    topic = topic_of(m.fact)
    if _captives(m.unit):  # "students (freed)", "students (still held)"
        said = m.unit.rstrip(")").rpartition(" (")[2]
        return f"{_captives_named(m)} ({'still held' if said == 'held' else said})"
    said = _casualty_said(m.unit)
    language = lexical_language()
    if language != "en":
        return _CASUALTY_TOPICS[language][m.unit] if m.unit in _CASUALTIES else topic
    if said and normalise_unit(m.fact.unit) == "other":
        topic = "people"  # "More than 30 others were injured": others are people
    if m.unit == "person" and (m.fact.unit == "person" or _took_part(m.fact, m.sentence.text)):
        topic = "people"  # "100,000 marched", or a bare figure "put the crowd at": people
    if not said or said in topic.lower():
        return topic
    if m.fact.unit is None:  # no noun: what topic_of calls a "figure"
        return _CASUALTY_TOPICS[language][said]
    return f"{topic} ({said})"


def _loss_topic(m: Mention) -> str | None:
    """What a reader calls a sum one party lost (:func:`loss_party`), not "amount (USD)":
    "investors' losses" ("investors lost $360 million", "defrauding investors of $340
    million"), "cost to the company" ("the recall cost the company $50 million"); else None."""
    lost, party = loss_party(m, charged=False), loss_party(m)
    if not party:
        return None
    if m.sentence.text.lstrip(" \"“‘'(").startswith(party):
        party = party.lower()  # "Investors lost ...": a capital of the sentence, no name
    if lost:
        return f"{party}' losses" if party.endswith("s") else f"{party}'s losses"
    the = "" if party.endswith("s") or party[0].isupper() else "the "
    return f"cost to {the}{party}"


# What an English sum is the value of, right before it: "The satellites on board were worth
# £24 million" (the sentence's subject), "satellites worth £24 million", "valued at"; an
# adverb between is skipped ("were reportedly worth", "now valued at").
_ADVERB = (
    r"now|still|once|together|reportedly|allegedly|collectively|jointly|currently|"
    r"originally|previously|roughly|approximately|potentially|possibly|nearly|altogether"
)
_VALUED_BEFORE = re.compile(
    r"(?:^\W*(?:the|its|their)\s+(?P<subject>[a-z]+)\b[^;:]*?\b(?:is|are|was|were)"
    rf"|\b(?P<thing>[a-z]+))(?:\s+(?:{_ADVERB}))?\s+(?:worth|valued\s+at)\s+$",
    re.IGNORECASE,
)


def _value_topic(m: Mention) -> str | None:
    """What a reader calls a sum that is a thing's worth, not "amount (GBP)": "value of the
    satellites" for "The satellites on board were worth 24 million pounds"; else None."""
    if m.fact.kind != "money" or lexical_language() != "en":
        return None
    said = _VALUED_BEFORE.search(m.sentence.text, 0, m.fact.start)
    thing = said and (said.group("subject") or said.group("thing")).lower()
    if not thing or thing in _PURPOSE_STOP or re.fullmatch(_ADVERB, thing):
        return None
    return f"value of the {thing}"


# A sum an English subject costs or spends, right before it: "The bill would spend $1.25
# trillion", "the new stadium will cost about $1 billion".
_SPENT_BEFORE = re.compile(
    r"^\W*(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?(?P<subject>[a-z]+)\s+"
    r"(?:(?:would|will|could|is\s+to)\s+)?(?:cost|spend|total)(?:s|ed)?\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# A determiner before a sum that modifies the noun after it: "a $1.2 trillion ... bill".
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)


def priced(m: Mention) -> str | None:
    """The stem of the thing an English sum is the size of, where its words say so: the
    valued thing (:data:`_VALUED_BEFORE`), the subject that costs or spends it
    (:data:`_SPENT_BEFORE`: "The bill would spend $1.25 trillion over 10 years"), or the
    noun a determined sum stands before, one or two words closed by a function word or a
    mark ("a $1.2 trillion infrastructure bill that would ..."): "bill" both. Two sources'
    sums of one thing state one quantity, however little else their sentences share; else
    None ("$4 billion for rural hospitals" names a purpose, :func:`purpose`)."""
    if m.fact.kind != "money" or lexical_language() != "en":
        return None
    text, f = m.sentence.text, m.fact
    said = _VALUED_BEFORE.search(text, 0, f.start) or _SPENT_BEFORE.search(text, 0, f.start)
    thing = said and next(w for w in said.groupdict().values() if w)
    if not thing and _DETERMINED.search(text, 0, f.start):
        words = re.findall(r"[^\W\d_]+|[^\w\s]", text[f.end :])[:3]
        run = list(itertools.takewhile(lambda w: w.islower() and w not in _PURPOSE_STOP, words))
        thing = run[-1] if 0 < len(run) < 3 else None
    if not thing or thing.lower() in _PURPOSE_STOP:
        return None
    return stemmer().stemWord(thing.lower())


# A rate before the noun it measures ("a 17 percentage-point swing", "a 3% rise"), or after
# it ("a swing of 17.7 percentage points").
_MEASURED_AFTER = re.compile(r"\s+([a-z]+)\b")
_MEASURED_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _rate_topic(m: Mention) -> str | None:
    """What a reader calls a rate, not its bare unit: "price per share" for "48 euros per
    share" (not "amount (EUR)"), "amount per person" for "$500 per person"; "swing" for "a
    17 percentage-point swing" and "a swing of 17.7 percentage points" (not
    "percentage-point"); else None. English only."""
    if lexical_language() != "en":
        return None
    text, f = m.sentence.text, m.fact
    if f.kind == "money":
        per = _RATE_AFTER_EN.match(text, f.end)
        thing = per and normalise_unit(per.group().split()[-1].lower())
        if not thing:
            return None
        return f"{'amount' if thing in _NOT_COUNTED or thing == 'person' else 'price'} per {thing}"
    if m.unit not in _WHOLE_UNITS:
        return None
    stop = function_words("en")
    after = _ARTICLE_BEFORE.search(text, 0, f.start) and _MEASURED_AFTER.match(text, f.end)
    said = after or _MEASURED_BEFORE.search(text, 0, f.start)
    noun = said and said.group(1)
    return noun if noun and noun not in stop else None


# What a count of the dead or of the injured is called, by lexical language.
_CASUALTY_TOPICS = {
    "en": {"dead": "death toll", "injured": "number injured", "rescued": "number rescued"},
    "es": {"dead": "número de muertos", "injured": "número de heridos"},
    "fr": {"dead": "nombre de morts", "injured": "nombre de blessés"},
    "de": {"dead": "Zahl der Toten", "injured": "Zahl der Verletzten"},
    "it": {"dead": "numero dei morti", "injured": "numero dei feriti"},
    "pt": {"dead": "número de mortos", "injured": "número de feridos"},
}


def _states(stated: Sequence[Mention], m: Mention) -> bool:
    """Does one of ``stated`` give ``m``'s figure, for the same thing or unitless?
    40 injured does not state 40 dead; a range states a range, not a figure in it."""
    return any(
        (x.fact.unit in (m.fact.unit, None, "") and (x.unit == m.unit or not x.unit))
        and ("upto" in x.fact.extra) == ("upto" in m.fact.extra)
        and agree(x.fact, m.fact)
        for x in stated
    )


def detect_conflicts(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    same_topic: float = 0.6,
) -> list[Conflict]:
    """Every quantity on which two or more sources disagree, then every event
    they date to different days (:func:`date_conflicts`), then every quotation
    they put in different mouths (:func:`attribution_conflicts`)."""
    return (
        figure_conflicts(documents, sentences, embedder, same_topic)
        + date_conflicts(documents, sentences, embedder)
        + attribution_conflicts(documents, sentences)
    )


def _one_measure(
    ms: Sequence[Mention], documents: Sequence[Document], bearers: Sequence[str]
) -> Callable[[int, int], bool]:
    """A test of whether two of ``ms``, of one unit, count the same thing in the same year and
    place, reckoned alike (:func:`reckoned`: with debt or without), as a total, a part counted
    from an event on, a forecast or a margin (:func:`margin`) alike, and a percentage as the
    same change of a thing both sentences name ("Shares fell 9%" may be another company's),
    and parts of one total of one
    subject ("The National Union won 39 of the 150 seats", "Homeland won 17 of them" are two
    parties; so are two candidates' votes, :data:`_WON`): what :func:`figure_conflicts` (a
    pair and a side's joiner) and :func:`figure_updates` ask of two figures, each its own of
    the day. Worked out once per
    mention, not once per pair. ``bearers``: whose age each gives (:func:`age_bearers`), one
    person's age across the cluster's mentions."""
    what = [{bearer} if bearer else _what(m) for m, bearer in zip(ms, bearers, strict=True)]
    partial = [(part_of_total(m), forecast(m), margin(m)) for m in ms]
    changes = [change_of(m) for m in ms]
    years = _sentence_years(ms, documents)
    where = [places(m) for m in ms]
    # parts of one total, or what a candidate or party won: one subject's each
    totals = [m.fact.extra.get("of") or m.unit in _WON for m in ms]
    subjects = [_subjects(m) if t else frozenset() for m, t in zip(ms, totals, strict=True)]
    how = [reckoned(m) for m in ms]
    # the names the figures' sentences give, for a name that opens another (_opening_name)
    known = {w for m, c in zip(ms, changes, strict=True) if c for w in names_in(m.sentence.text)}
    named = [
        _names_of_change(m, c.what, known) if c else set() for m, c in zip(ms, changes, strict=True)
    ]
    terms = [m.unit == PRISON_TERM for m in ms]
    if any(terms):  # whose term: a defendant named where the sentence opens too
        jailed = {m.sentence.doc_id for m, t in zip(ms, terms, strict=True) if t}
        cited = {w for d in documents if d.id in jailed for w in names_in(d.text)}
        opening = [_opening_known(m, cited) if t else set() for m, t in zip(ms, terms, strict=True)]
        what = [w | o for w, o in zip(what, opening, strict=True)]

    def same(i: int, j: int) -> bool:
        return (
            _same(ms[i].fact.kind, what[i], what[j])
            and how[i] == how[j]
            and _same_change(changes[i], changes[j])
            and partial[i] == partial[j]
            # a term is the defendant's, whether or not a source says the trial's year
            and (years[i] == years[j] or (terms[i] and not (years[i] and years[j])))
            and not _different_places(where[i], where[j])
            and not _part_and_whole(ms[i], ms[j], where[i], where[j])
            and not (changes[i] and not named[i] & named[j])  # (one change: one ``what``)
            and not (totals[i] and totals[j] and _other_subjects(subjects[i], subjects[j]))
        )

    return same


# What an election's candidates and parties win, each their own count: "won 12,645 votes".
_WON = frozenset({"vote", "seat", "ballot"})


# How much less alike than ``same_topic`` a sentence may read that states the figure of
# one side of an established disagreement, to join that side.
SIDE_MARGIN = 0.2


def _same_key(keys: Sequence[str]) -> np.ndarray:
    """An n x n matrix of whether mentions ``i`` and ``j`` have one key, "" being none (who
    lost a sum, whose age it is). Compared over the keyed mentions alone: in a big cluster
    almost none has a key, and n x n comparisons of strings are slow."""
    import numpy as np

    keyed = np.flatnonzero([bool(k) for k in keys])
    sub = np.array([keys[k] for k in keyed], dtype=str)
    same = np.zeros((len(keys), len(keys)), dtype=bool)
    same[np.ix_(keyed, keyed)] = sub[:, None] == sub[None, :]
    return same


def figure_conflicts(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    same_topic: float = 0.6,
) -> list[Conflict]:
    """Every quantity on which two or more sources disagree."""
    figures = all_figures(sentences)
    ms = [m for m in figures if counts_something(m)]
    ms, disputes = _speakers_figures(figures, ms)
    if len(ms) < 2:
        return []
    # Every figure each source states: a source that also gives the other
    # figure ("15 million members; the other church reports approximately
    # 250,000") states two quantities, not a disagreement. The figure must
    # count the same thing or say nothing of what it counts: "12 hours later"
    # does not state "12 people".
    stated: dict[str, list[Mention]] = {}
    for m in figures:
        stated.setdefault(m.sentence.doc_id, []).append(m)
    vecs = embedder.encode([m.sentence.text for m in ms])
    # mentions that disagree about the same thing, in groups
    joined = _Partition(len(ms))
    kinds: dict[int, set[str]] = {}
    bearers, bare = age_bearers(ms)
    same_measure = _one_measure(ms, documents, bearers)
    day_of = _sentence_days(sentences)
    days = [day_of.get((m.sentence.doc_id, m.sentence.start), frozenset()) for m in ms]
    dated = {d.id: article_day(d.date) for d in documents}
    # A toll said on a day is that day's ("rose to five, officials said on Wednesday"); a
    # count of captives freed or held is of the freeing the sentence dates, if any.
    told = [
        (
            d,
            _event_days(m.sentence.text, d) if _captives(m.unit) else d,
            dated.get(m.sentence.doc_id),
        )
        for m, d in zip(ms, days, strict=True)
    ]
    # Cheap filters for all pairs at once (a big cluster has thousands of
    # figures): other source, same unit and kind, sentences on the same topic.
    import numpy as np

    docs = np.array([m.sentence.doc_id for m in ms])
    units = np.array([f"{m.fact.kind}:{m.unit}" for m in ms])
    sims = vecs @ vecs.T
    # Counts of the dead or the injured need read only as alike as a side's joiner does: a
    # cluster reports one event, and its toll stands in sentences that say much else ("The
    # death toll ... rose to 41 on Tuesday, ..., as rescuers searched through the rubble").
    # So need counts of captives freed or still held (:func:`captive_unit`), of one event too.
    casualty = np.array([_casualty_said(m.unit) is not None or _captives(m.unit) for m in ms])
    # So need parts of one total: "76 of parliament's 150 seats", "78 of the 150 seats".
    loose = casualty[:, None] | _same_key([m.fact.extra.get("of", "") for m in ms])
    # So need sums of one thing (:func:`priced`): "a $1.2 trillion infrastructure bill that
    # would rebuild roads", "The bill would spend $1.25 trillion over 10 years".
    loose |= _same_key([priced(m) or "" for m in ms])
    same_unit = (units[:, None] == units[None, :]) & (docs[:, None] != docs[None, :])
    close = same_unit & (sims >= np.where(loose, same_topic - SIDE_MARGIN, same_topic))
    # A sum one party lost (:func:`loser`) is the event's toll in money: "defrauding
    # investors of $340 million" and "investors lost $360 million in total" count it, however
    # little else their sentences share ("cost investors $340 million" need read alike).
    close |= same_unit & _same_key([loser(m, charged=False) or "" for m in ms])
    # So is the crowd of the cluster's one event, however little else its sentences share ("A
    # crowd of 68,000 watched", "... ran 3:48.56 ... in front of a sell-out crowd of 72,000"):
    # the people a count says took part or watched (:func:`_took_part`), in one place, on
    # one day (one_account).
    crowd = np.array([_a_crowd(m) for m in ms])
    close |= same_unit & crowd[:, None] & crowd[None, :]
    # So is one named person's age: "John Mercer, 78, died at his home" and "Mercer, who was
    # 79, had led the band since 1968" give his age, in sentences that share little else;
    # with the surname alone, only where the ages differ by a slip at most (AGE_SLIP):
    # "Maria Lopez, 52" and "Lopez, 49" may be two people however alike their sentences.
    named = _same_key(bearers)
    age = np.array([_age(m) if key else 0.0 for m, key in zip(ms, bearers, strict=True)])
    alone = np.array(bare)
    slip = np.abs(age[:, None] - age[None, :]) <= AGE_SLIP
    close = (close | same_unit & named) & ~(named & (alone[:, None] | alone[None, :]) & ~slip)

    def one_account(i: int, j: int) -> bool:
        """Do two figures of one unit count the same thing on the same day and year, in the
        same place (a total, not a sum counted from an event on, both or neither; a forecast
        both or neither)?"""
        return same_measure(i, j) and not _apart_days(told[i], told[j])

    def link(i: int, j: int, kind: str | None) -> None:
        """Put ``i`` and ``j`` in one group, its kinds theirs and ``kind`` (if any)."""
        ri, rj = joined.find(i), joined.find(j)
        if ri != rj:
            joined.join(i, j)
            if ri in kinds:
                kinds.setdefault(rj, set()).update(kinds.pop(ri))
        if kind:
            kinds.setdefault(rj, set()).add(kind)

    # One source giving two speakers' figures for one quantity states a disagreement.
    disputes = [(i, j) for i, j in disputes if one_account(i, j)]
    contested = {k for pair in disputes for k in pair}
    for i, j in disputes:
        link(i, j, kind_of(ms[i].fact, ms[j].fact))
    for i, j in zip(*np.nonzero(np.triu(close, k=1)), strict=True):
        a, b = ms[i], ms[j]
        ri, rj = joined.find(i), joined.find(j)
        if ri == rj and "contradiction" in kinds.get(ri, ()):
            continue  # already one conflict, of the strongest kind: nothing to learn
        if agree(a.fact, b.fact) or not one_account(i, j):
            continue
        # A source that also states the other figure is not in conflict with
        # it: it gives two different quantities (a total and its parts), unless
        # both figures are speakers' sides of a dispute.
        if not {i, j} <= contested and (
            _states(stated[a.sentence.doc_id], b) or _states(stated[b.sentence.doc_id], a)
        ):
            continue
        link(i, j, kind_of(a.fact, b.fact))
    # Sources that report one dispute alike report one conflict: one speaker's figure in
    # each is one side.
    loose_topic = sims >= same_topic - SIDE_MARGIN
    for i, j in itertools.combinations(sorted(contested), 2):
        alike = same_unit[i, j] and loose_topic[i, j] and agree(ms[i].fact, ms[j].fact)
        if alike and one_account(i, j):
            link(i, j, None)

    # A figure that agrees with one side of a disagreement joins it at a lower
    # likeness ("Eight people were hurt, according to the operator." beside "A
    # train derailed near Lyon, injuring eight people"): the disagreement is
    # established, and the same figure of the same thing (unit) tells the rest.
    roots = {joined.find(k) for k in kinds}
    in_conflict = np.array([joined.find(k) in roots for k in range(len(ms))], dtype=bool)
    near = same_unit & (sims >= same_topic - SIDE_MARGIN) & in_conflict[None, :]
    for k in np.flatnonzero(~in_conflict & near.any(axis=1)):
        for j in np.flatnonzero(near[k]):
            if agree(ms[k].fact, ms[j].fact) and one_account(k, j):
                joined.join(k, j)
                break

    by_id = {d.id: d for d in documents}
    contested_ids = {id(ms[k]) for k in contested}
    groups: dict[int, list[Mention]] = {}
    for k, m in enumerate(ms):
        groups.setdefault(joined.find(k), []).append(m)
    conflicts = []
    for root, ks in kinds.items():
        members = groups[root]
        # one side per distinct figure; sources that agree with it cite it too
        sides = _sides(members, lambda a, b: agree(a.fact, b.fact))
        # A side whose every source also gives another side's figure is a
        # second quantity those sources report ("$30 million in sales" beside
        # "$500,000 in tax"), not a disagreement.
        # A side a speaker is credited with in a dispute stays (:func:`_speakers_figures`).
        docs_of = [{m.sentence.doc_id for m in side} for side in sides]
        disputed = [any(id(m) in contested_ids for m in side) for side in sides]
        sides = [
            side
            for k, side in enumerate(sides)
            if disputed[k]
            or not all(
                any(d in other for other in docs_of[:k] + docs_of[k + 1 :]) for d in docs_of[k]
            )
        ]
        one_source = len({m.sentence.doc_id for side in sides for m in side}) < 2
        if len(sides) < 2 or (one_source and not all(disputed)):
            continue
        conflicts.append(_figure_conflict("contradiction" in ks, sides, by_id))
    return conflicts


# How many sentences apart one source may give two speakers' figures for one quantity.
DISPUTE_SENTENCES = 1
# A bare figure put as the count a word before it names: "put the number at 480,000",
# "estimated the crowd at 20,000", "has given a figure of six".
_PUT_AS = re.compile(
    r"\b(?:number|figure|total|toll|turnout|count|tally|crowd|attendance)\s+(?:at|of|as)"
    r"(?:\s+(?:about|around|some|nearly|almost|just|more\s+than|over))?\s*$",
    re.IGNORECASE,
)
# A sentence that gives a figure as superseded or changed: not one side of a dispute.
_EARLIER = re.compile(
    r"\b(?:initial(?:ly)?|earlier|previous(?:ly)?|original(?:ly)?|at\s+first|revised|updated"
    r"|rose|risen|climbed|fell|fallen|dropped|increased|decreased)\b",
    re.IGNORECASE,
)
# A margin or a change, not a count: "won by just six votes", "rose by 5,000".
_MARGIN = re.compile(r"\bby\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
# A figure in a phrase of circumstance, not the count a speaker gives: "in more than 200 cities".
_IN_PHRASE = re.compile(r"\b(?:in|of|from|at|to|across|by|for|with|over|on)\s+$", re.IGNORECASE)


def _credited(m: Mention) -> str | None:
    """Who an English source credits with ``m`` (:func:`summarizer.speakers.figure_speaker`)."""
    return figure_speaker(m.sentence.text, m.fact.start, m.fact.end)


def _counts_alike(a: Mention, b: Mention) -> str | None:
    """The unit two speakers' figures near each other in one source count alike: their own
    where they share it and their sentences share a word besides ("people died",
    "confirmed dead"); a count of people and of people its sentence names by what they
    did ("480,000 marchers", "1.2 million people marched"): people; a bare figure put
    as the other's count ("put the number at 480,000"): the other's unit; two bare ones in
    one sentence, one put as a count ("estimated the crowd at 20,000, while organisers
    said 100,000 took part"): that count's word. None where they count different things."""
    if _EARLIER.search(a.sentence.text) or _EARLIER.search(b.sentence.text):
        return None  # "Police had initially reported four deaths": an update
    if any(_MARGIN.search(m.sentence.text, 0, m.fact.start) for m in (a, b)):
        return None  # "won by just six votes": a margin or change, no count
    if a.sentence != b.sentence and _apart(places(a), places(b)):
        return None  # "50,000 people marched in Paris", "8,000 people marched in Lyon"
    dead = _casualty_said(a.unit or "")
    if (
        dead
        and a.unit.split(" (")[0] not in _NOT_COUNTED
        and dead == _casualty_said(b.unit or "")
        and (a.unit == b.unit or {a.unit.split(" (")[0], b.unit.split(" (")[0]} <= _PEOPLE)
    ):
        return dead  # "five people had been confirmed dead", "a figure of six dead"
    if a.unit and a.unit == b.unit:
        return a.unit if a.sentence == b.sentence or _same_predicate(a, b) else None
    for x, y in ((a, b), (b, a)):
        if x.unit in _PEOPLE and y.unit and _alike_stem(y.unit, content_stems(x.sentence.text)):
            return x.unit  # "1.2 million people marched" and "480,000 marchers"
        put = _PUT_AS.search(x.sentence.text, 0, x.fact.start)
        counted = y.unit and not _IN_PHRASE.search(y.sentence.text, 0, y.fact.start)
        if put and counted and y.fact.kind == x.fact.kind and not x.unit:
            return y.unit  # "put the number at 480,000" beside "1.2 million people"
        if put and not y.unit and x.sentence == y.sentence and y.fact.kind == x.fact.kind:
            return put.group().split()[0].lower()  # the crowd
    return None


def _apart(a: Places, b: Places) -> bool:
    """Do two figures' places (:func:`places`) each name one and share none ("in Paris",
    "in Lyon"; "in France", "in Lyon" too; "nationwide", "in Paris": two sentences' counts of
    two places)? The nation's count and a country's may be one ("nationwide", "in France")."""
    here, there = a.countries | a.others, b.countries | b.others
    nation = (_NATION in here and b.countries) or (_NATION in there and a.countries)
    return bool(here and there and not here & there and not nation)


def _same_predicate(a: Mention, b: Mention) -> bool:
    """Do two figures' sentences share a word besides their unit, people and saying ("40
    people were evacuated", "3 people were treated": no)?"""
    said = {a.unit, "people", *CREDIT_WORDS, *(_credited(m) or "" for m in (a, b))}
    return bool(
        (content_stems(a.sentence.text) & content_stems(b.sentence.text))
        - {*content_stems(" ".join(said))}
    )


def _alike_stem(word: str, stems: set[str]) -> bool:
    """Is ``word`` one of ``stems`` or one's start, four letters at least ("marcher", "march")?"""
    return any(len(s) >= 4 and (word.startswith(s) or s.startswith(word)) for s in stems)


def _speakers_figures(
    figures: Sequence[Mention], ms: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """``ms`` (the figures that count something) with the figures one English source gives
    as two speakers' counts of one thing, each counting what :func:`_counts_alike` says,
    and the pairs of them: one sentence or adjacent ones, each credited to a different
    speaker (:func:`_credited`): "Unions said 1.2 million people marched. The interior
    ministry put the number at 480,000." A source's two figures are otherwise two
    quantities (a total and its part, before and after: :func:`figure_conflicts`)."""
    if lexical_language() != "en":
        return list(ms), []
    counted = {id(m) for m in ms}
    who = {
        id(m): _credited(m)
        for m in figures
        if m.fact.kind in ("quantity", "money") and (id(m) in counted or not m.unit)
    }
    near = [m for m in figures if who.get(id(m))]
    by_doc: dict[str, list[Mention]] = {}
    for m in near:
        by_doc.setdefault(m.sentence.doc_id, []).append(m)
    pairs, units = [], {}
    for a, b in (p for ms_ in by_doc.values() for p in itertools.combinations(ms_, 2)):
        if (
            abs(a.sentence.index - b.sentence.index) <= DISPUTE_SENTENCES
            and not same_speaker(who[id(a)], who[id(b)])
            and not agree(a.fact, b.fact)
            and (unit := _counts_alike(a, b))
            and units.get(id(a), unit) == unit == units.get(id(b), unit)  # one thing each
        ):
            pairs.append((id(a), id(b)))
            units.update({id(a): unit, id(b): unit})
    by_id = {id(m): m for m in near}
    out = [replace(m, unit=units.get(id(m), m.unit)) for m in ms]
    # a bare figure counts what it is put as, its fact too (:func:`topic_of`)
    out += [
        replace(by_id[k], fact=replace(by_id[k].fact, unit=u), unit=u)
        for k, u in units.items()
        if k not in counted
    ]
    index = {id(m): k for k, m in enumerate(ms)}
    index.update({k: len(ms) + n for n, k in enumerate(k for k in units if k not in counted)})
    return out, [(index[i], index[j]) for i, j in pairs]


def _age(m: Mention) -> float:
    """The age ``m`` gives, in years; 0 where its value is no number."""
    try:
        return float(Decimal(m.fact.value))
    except InvalidOperation:
        return 0.0


def _figure_conflict(
    contradicts: bool, sides: list[list[Mention]], by_id: Mapping[str, Document]
) -> Conflict:
    """The disagreement ``sides`` (each the mentions of one figure) state: the side most
    sources give first, its first mention naming the topic; a contradiction where two of
    the figures cannot both be true, else estimates."""
    sides = sorted(
        sides, key=lambda side: (-len({m.sentence.doc_id for m in side}), side[0].fact.start)
    )
    return Conflict(
        kind="contradiction" if contradicts else "estimates",
        topic=_casualty_topic(sides[0][0]),
        sides=tuple(_side_of(_as_said(side[0]), side, by_id) for side in sides),
    )


def figure_changes(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    days: Mapping[tuple[str, int], str | None],
    same_topic: float = 0.6,
) -> tuple[list[tuple[Mention, Mention]], list[Conflict]]:
    """The figures a later report updates and the tolls it counts lower
    (:func:`figure_updates`, :func:`figure_recounts`), from one reading of the measures a
    story told over days restates (``days``: each sentence's day, ISO, by (doc_id, start);
    None where it is not known)."""
    groups = _measures_over_days(documents, sentences, embedder, days, same_topic)
    return figure_updates(groups), figure_recounts(groups, documents)


def figure_updates(
    groups: Sequence[Sequence[tuple[Mention, str]]],
) -> list[tuple[Mention, Mention]]:
    """Figures a later report updates, each as (older, newer): of each measure (``groups``:
    :func:`_measures_over_days`, two sources' figures of one unit that count the same thing
    in alike sentences, as :func:`figure_conflicts` pairs them, directly or through
    others), the older with a value none of the latest day's gives, paired with each of the
    latest day's. A story told over days restates its measures ("8,500 acres" on Tuesday,
    "21,000 acres" on Wednesday): the later figure is the news, the earlier one no
    disagreement but a past state. A later report of fewer dead or injured updates nothing
    (:func:`figure_recounts`)."""
    return [
        (old, m)
        for group in groups
        for old, m, (day, last) in _restated(group)
        if not _counted_down(old, m) and not _captives_then(m, last, day)
    ]


def _captives_then(m: Mention, day: str, then: str) -> bool:
    """Does ``m``, a count of captives freed or held (:func:`captive_unit`) in a report of
    ``day`` (ISO), date what it tells to ``then`` or before? Tuesday's "29 students were
    freed on Sunday" disputes Monday's "27 were freed"; it updates nothing. (A live blog
    entry's day runs on past the date to its place: "2026-03-10T0003".)"""
    import datetime as dt

    after = (dt.date.fromisoformat(then[:10]) + dt.timedelta(days=1)).isoformat()
    return _captives(m.unit) and _dated_before(m, day, after)


def figure_recounts(
    groups: Sequence[Sequence[tuple[Mention, str]]], documents: Sequence[Document]
) -> list[Conflict]:
    """The tolls a later report counts lower than an earlier one (``groups``: the measures
    of :func:`figure_updates`): "at least 138 killed" on Thursday, "killing 137" on Friday.
    A toll is counted up as the news comes in; a later count of fewer dead or injured does
    not update the earlier one but disputes it (or restates an older count), and
    :func:`figure_conflicts` keeps apart figures of different days: one disagreement per
    measure, its sides the earlier figures counted down and the latest day's figures that
    count fewer. A day's new count ("Two more people died on Friday") is no measure
    (:func:`_measures_over_days`): it disputes nothing; nor does a later count of fewer by
    another noun ("five workers" after "six people" died: maybe some of them, :func:`_tolls`)."""
    by_id = {d.id: d for d in documents}
    out = []
    for group in groups:
        pairs = [
            (old, m)
            for old, m, (day, last) in _restated(group)
            if _counted_down(old, m) and not _dated_before(m, last, day) and old.unit == m.unit
        ]
        if not pairs:
            continue
        counted = list(dict.fromkeys(m for pair in pairs for m in pair))
        sides = _sides(counted, lambda a, b: agree(a.fact, b.fact))
        contradicts = any(kind_of(a.fact, b.fact) == "contradiction" for a, b in pairs)
        out.append(_figure_conflict(contradicts, sides, by_id))
    return out


# A count of those added to an earlier one: "two more people died", "another 12 were
# rescued", "3 further deaths" ("more than 12" is a toll; "30 other people were injured"
# counts others than those the sentence named, not those a day adds).
_ADDED = re.compile(r"\b(?:more|additional|further|new)\b(?!\s+than\b)", re.IGNORECASE)
_ADDED_BEFORE = re.compile(r"\banother\s+$", re.IGNORECASE)


# A sentence that recalls a count as it stood before ("Police had initially reported four
# deaths", "the initial toll of three"): the day of its report is not the day of the figure.
_FORMERLY = re.compile(
    r"\b(?:initially|previously|originally|at\s+first|"
    r"(?:initial|earlier|first)\s+(?:toll|count|tally|figure|estimate|reports?))\b",
    re.IGNORECASE,
)


def _added(m: Mention) -> bool:
    """Does ``m`` count only those a day adds to a toll ("Two more people died in hospital
    on Friday"), not the toll: do its words or the next say so?"""
    text, f = m.sentence.text, m.fact
    said = " ".join([f.text, *text[f.end :].split(maxsplit=1)[:1]])
    return bool(_ADDED.search(said) or _ADDED_BEFORE.search(text, 0, f.start))


def _restated(
    group: Sequence[tuple[Mention, str]],
) -> list[tuple[Mention, Mention, tuple[str, str]]]:
    """Each figure of a measure (``group``: figures with their days) that the latest day's
    restate with another value, paired with each of the latest day's figures, as (older,
    newer, (older's day, latest day))."""
    last = max(day for _, day in group)
    newest = [m for m, day in group if day == last]
    return [
        (old, m, (day, last))
        for old, day in group
        if day < last and not any(agree(old.fact, n.fact) for n in newest)
        for m in newest
    ]


def _dated_before(m: Mention, day: str, before: str) -> bool:
    """Does ``m``'s sentence, of a report of ``day`` (ISO), date what it tells only to days
    before ``before``? Thursday's "Three people died on Tuesday" may restate Tuesday's
    toll, not count Wednesday's "rose to five" down."""
    import datetime as dt

    named = [
        last_weekday(dt.date.fromisoformat(day[:10]), w.lower()) for w in _days(m.sentence.text)
    ]
    return bool(named) and all(d is not None and d.isoformat() < before for d in named)


# Units a day's report words anew for one count: "400,000 households were without
# electricity" on Tuesday, "290,000 homes remained without power" on Wednesday. Each is
# counted as the first word's measure (alike sentences and one ``what`` still decide).
_MEASURED_AS = {"home": "household", "house": "household", "dwelling": "household"}


def _measures_over_days(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    days: Mapping[tuple[str, int], str | None],
    same_topic: float,
) -> list[list[tuple[Mention, str]]]:
    """The measures a story told over days restates, each as its figures with their days
    (``days`` as for :func:`figure_changes`); none where the figures name fewer than two
    days."""
    # A sentence that gives two values of one measure ("grew from 8,500 to 34,600 acres")
    # dates neither alone: its figures are left out. A percentage of a state is a measure
    # too ("0% contained" on Tuesday, "containment to 12%" on Thursday: :func:`level_of`),
    # and so is a count of the displaced, however a day's report words it
    # (:func:`_displaced`). A reading (:func:`_reading`), a day's additions (:func:`_added`),
    # a count a later report recalls (:data:`_FORMERLY`) and a vote's tally, counted once
    # (:func:`_tallies`: a later report's other tally disputes it), are not.
    found = [
        m
        for m in all_figures(sentences)
        if (level_of(m) is not None or _displaced(m) or (counts_something(m) and not _reading(m)))
        and not _added(m)
        and not m.fact.extra.get("tally")
        and not _FORMERLY.search(m.sentence.text)
    ]
    per_sentence = Counter(
        (m.sentence.doc_id, m.sentence.start, m.fact.kind, m.unit) for m in found
    )
    ms = [
        m
        for m in found
        if days.get((m.sentence.doc_id, m.sentence.start))
        and per_sentence[(m.sentence.doc_id, m.sentence.start, m.fact.kind, m.unit)] == 1
    ]
    day = [days[(m.sentence.doc_id, m.sentence.start)] for m in ms]
    if len(set(day)) < 2:
        return []
    import numpy as np

    vecs = embedder.encode([m.sentence.text for m in ms])
    sims = vecs @ vecs.T
    same_measure = _one_measure(ms, documents, age_bearers(ms)[0])
    # One measure: two sources' figures that count the same thing in alike sentences,
    # linked through others ("8,500 acres" - "21,300 acres" - "21,000 acres" - ...). A
    # figure joins a measure so established at a lower likeness, as one joins a side of
    # a disagreement in figure_conflicts (a day's report words its news anew). Cheap
    # filters first, for all pairs at once, as there.
    docs = np.array([m.sentence.doc_id for m in ms])
    displaced = [_displaced(m) for m in ms]
    measured_as = {**_MEASURED_AS, **_tolls(found)}
    units = np.array(
        [
            "displaced" if out else f"{m.fact.kind}:{measured_as.get(m.unit, m.unit)}"
            for m, out in zip(ms, displaced, strict=True)
        ]
    )
    near = (
        (units[:, None] == units[None, :])
        & (docs[:, None] != docs[None, :])
        & (sims >= same_topic - SIDE_MARGIN)
    )
    pairs = [
        (int(i), int(j))
        for i, j in zip(*np.nonzero(np.triu(near, k=1)), strict=True)
        if same_measure(i, j)
    ]
    # A toll, a count of the displaced, or a state's percentage ("0% contained",
    # "containment to 12%"), needs read only as alike as a joiner: a cluster reports one
    # event, its words name the measure.
    levels = [level_of(m) for m in ms]
    close = {
        (i, j)
        for i, j in pairs
        if sims[i, j] >= same_topic
        or _casualty_said(ms[i].unit) is not None
        or displaced[i]
        or levels[i] is not None
    }
    linked = {k for pair in close for k in pair}
    links = [(i, j) for i, j in pairs if (i, j) in close or i in linked or j in linked]
    return [[(ms[k], day[k]) for k in group] for group in _linked_groups(len(ms), links)]


def _tolls(ms: Sequence[Mention]) -> dict[str, str]:
    """The units of ``ms`` that count a story's dead (or injured) by the one noun its counts
    of them name, each as the toll it is: "at least four workers" killed on Tuesday, "Six
    people died" on Wednesday are one toll ("worker (dead)" -> "dead"). Where two nouns
    count the dead ("two soldiers", "five civilians") each counts a part: none is the toll."""
    nouns: dict[str, set[str]] = {}
    for m in ms:
        said = _casualty_said(m.unit)
        if said and m.unit != said:
            nouns.setdefault(said, set()).add(m.unit)
    return {unit: said for said, units in nouns.items() if len(units) == 1 for unit in units}


# Those a count of people (or a bare number: "more than 230,000 were forced from their
# homes") is of where its clause says they left their homes, in English: the words after it
# ("112,000 people had been moved to evacuation centres") or the verb right before it
# ("displaced about 240,000"). One count, told anew day by day.
_DISPLACED_AFTER = re.compile(
    r"\b(?:evacuat(?:ed|ion)|displaced|relocated|homeless|(?:forced|driven)\s+(?:from|out\s+of)"
    r"\s+(?:their\s+)?homes?|fled\s+(?:their\s+)?homes?|(?:in|to)\s+(?:\w+\s+)?shelters?)\b",
    re.IGNORECASE,
)
_DISPLACED_BEFORE = re.compile(
    r"\b(?:evacuated|displaced|relocated|(?:evacuation|relocation)\s+of)\s+$", re.IGNORECASE
)
# A bare number a clause before puts as the count of the displaced: "The number of people
# evacuated ... rose to 6,500", "the total of evacuees stood at 6,500".
_DISPLACED_NUMBER = re.compile(
    r"\b(?:number|total|count)\s+of\s+(?:(?:people|residents|those)\s+)?"
    r"(?:evacuated|evacuees|displaced|relocated)\b.*\b(?:to|at|reached|is|was)\s+$",
    re.IGNORECASE,
)


def _displaced(m: Mention) -> bool:
    """Does ``m``, an English count of people or a bare number, count those who left their
    homes (:data:`_DISPLACED_AFTER`, "the evacuation of about 4,000 people", or a bare number
    put as their count: :data:`_DISPLACED_NUMBER`)? Day by day a story reports them as
    evacuated, displaced or sheltered: one measure (:func:`_measures_over_days`)."""
    text, f = m.sentence.text, m.fact
    if lexical_language() != "en" or f.kind != "quantity" or (m.unit and m.unit not in _PEOPLE):
        return False
    clause = _CLAUSE_BREAK.split(text[f.end :], maxsplit=1)[0]
    if _DISPLACED_AFTER.search(clause) or _DISPLACED_BEFORE.search(text, 0, f.start):
        return True
    return not m.unit and bool(_DISPLACED_NUMBER.search(_CLAUSE_BREAK.split(text[: f.start])[-1]))


# Readings of a measure that rises and falls, not counts a later report updates: a speed, a
# temperature, a quake's magnitude ("sustained winds of 185 kph" at landfall, "winds
# weakened to 150 kph" a day on: both true, each of its hour) ...
_READING_UNITS = frozenset(
    {"kph", "mph", "knot", "degree", "celsius", "fahrenheit", "magnitude", "richter"}
)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]*$", re.IGNORECASE)
# ... and a rate, a price among them: "$92 a barrel", "150 km/h", "3 cases per 1,000"
# (the slash in any language, the words in English; "a year ago" dates, it is no rate).
_RATE_AFTER = re.compile(r"\s*/\s*[^\W\d_]")
_RATE_AFTER_EN = re.compile(
    r"\s*(?:per|an?)\s+[a-z]+\b(?!\s+(?:ago|earlier|later|before|after)\b)", re.IGNORECASE
)


def _reading(m: Mention) -> bool:
    """Is ``m`` a reading of a measure that rises and falls (:data:`_READING_UNITS`, a rate,
    a percentage change), not a count a later report updates? Two days' readings are each
    true of their time: a later one leaves the earlier standing (:func:`figure_updates`)."""
    text, f = m.sentence.text, m.fact
    if m.unit in _READING_UNITS or m.unit == "%" or _MAGNITUDE_BEFORE.search(text, 0, f.start):
        return True
    rate = _RATE_AFTER_EN if lexical_language() == "en" else None
    return bool(_RATE_AFTER.match(text, f.end) or (rate and rate.match(text, f.end)))


def _counted_down(older: Mention, newer: Mention) -> bool:
    """Does a later report count fewer dead or injured than an earlier one? A toll is
    counted up as the news comes in ("rose to four"); a later report of fewer (an older
    count restated, another count) is a disagreement (:func:`figure_recounts`), not an
    update of it."""
    return _casualty_said(older.unit) is not None and exceeds(older.fact, newer.fact)


def exceeds(a: Fact, b: Fact) -> bool:
    """Does ``a`` give a higher value than ``b`` (False where either is no number)? How a
    toll is counted down (:func:`_counted_down`) or up (a later headline's higher toll).

    >>> six, four = Fact("quantity", "six", 0, 3, "6"), Fact("quantity", "4", 0, 1, "4")
    >>> may = Fact("date", "May 2", 0, 5, "XXXX-05-02")
    >>> exceeds(six, four), exceeds(four, six), exceeds(six, may)
    (True, False, False)
    """
    try:
        return Decimal(a.value) > Decimal(b.value)
    except InvalidOperation:
        return False


# ---------------------------------------------------------------------------------------------
# Dates: one event, dated to different days
# ---------------------------------------------------------------------------------------------

# How alike two sentences must read, their dates left out, to report one event
# (MiniLM cosine): two outlets' reports of one happening score 0.85 and more
# ("Prodigy ... died Tuesday at the age of 42" / "... died Tuesday (June 20) at
# age 42": 0.85, 0.91); on mds_dev no two sentences about different happenings
# on different days reach 0.78 (two briefings of one police spokesman, a search
# and the find it led to). The verb test of same_happening does the rest.
SAME_EVENT = 0.8


@dataclass(frozen=True)
class _Dated:
    when: When
    sentence: Sentence


class _Partition:
    """The indices below ``n`` in disjoint groups, each named by its root index,
    that :meth:`join` merges (union-find with path halving).

    >>> p = _Partition(4)
    >>> p.join(0, 1); p.join(3, 1)
    >>> [p.find(k) for k in range(4)]
    [1, 1, 2, 1]
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of ``i``'s group."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Merge ``i``'s group into ``j``'s: ``j``'s root stays the root."""
        self.parent[self.find(i)] = self.find(j)


def _linked_groups(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of indices below ``n`` that ``links`` join, directly or through
    others (union-find), each in index order, ordered by their first index;
    an index no link names is in no group.

    >>> _linked_groups(6, [(0, 2), (4, 5), (2, 3)])
    [[0, 2, 3], [4, 5]]
    """
    joined = _Partition(n)
    linked = set()
    for i, j in links:
        joined.join(i, j)
        linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for k in sorted(linked):
        groups.setdefault(joined.find(k), []).append(k)
    return list(groups.values())


def _sides(items: Sequence[Any], same: Callable[[Any, Any], bool]) -> list[list[Any]]:
    """``items`` in sides, in order: each joins the first side whose first item
    it is ``same`` as, else opens a side of its own.

    >>> _sides([1, 11, 2, 21, 12], lambda a, b: a % 10 == b % 10)
    [[1, 11, 21], [2, 12]]
    """
    sides: list[list[Any]] = []
    for item in items:
        for side in sides:
            if same(side[0], item):
                side.append(item)
                break
        else:
            sides.append([item])
    return sides


def date_conflicts(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    same_event: float = SAME_EVENT,
) -> list[Conflict]:
    """Every happening that two or more sources date to different days: "The
    minister resigned on Tuesday" and "The minister resigned Wednesday", or
    "the quake struck on 3 March" and "the earthquake struck ... on 4 March".

    False conflicts cost more than missed ones, so each sentence must date one
    past happening to one day (:func:`event_date`), and two sentences of two
    sources report the same happening only when, their dates left out, they
    read alike (cosine >= ``same_event``) and share their content words, names
    and figures (:func:`same_happening`). A bare weekday is worked out to a day
    from its article's date where known, so "Tuesday" in an article of
    2024-11-13 and "12 November" in another agree; where not, weekdays are
    compared as given. A source that names the other side's day anywhere
    (it reports the happening of that day too, or a second one) is not in
    conflict with it. Each side's value is the source's words for the date.
    """
    by_id = {d.id: d for d in documents}
    found: list[_Dated] = []
    ends: list[tuple[_Dated, frozenset[str]]] = []
    named: dict[str, list[When]] = {}
    for doc_id, sents in sentences.items():
        article_date = by_id[doc_id].date if doc_id in by_id else None
        for s in sents:
            named.setdefault(doc_id, []).extend(all_dates(s.text, article_date))
            when = event_date(s.text, article_date)
            if when is not None:
                found.append(_Dated(when, s))
            if (end := until_day(s.text)) is not None:
                ends.append((_Dated(end[0], s), end[1]))
    return _happening_conflicts(found, named, by_id, embedder, same_event) + _end_conflicts(
        ends, named, by_id, embedder, same_event
    )


def _happening_conflicts(
    found: Sequence[_Dated],
    named: Mapping[str, Sequence[When]],
    by_id: Mapping[str, Document],
    embedder: Embedder,
    same_event: float,
) -> list[Conflict]:
    """The conflicts of :func:`date_conflicts` over the days of past happenings ``found``
    (``named``: every day each source names)."""
    if len({x.sentence.doc_id for x in found}) < 2:
        return []
    masked = [without_date(x.sentence.text, x.when)[0] for x in found]
    feats = [
        Happening(
            frozenset(past_verbs(m)),
            frozenset(content_stems(m)),
            frozenset(names_in(m)),
            frozenset(f.value for f in numbers(m) if not f.extra.get("clock")),
        )
        for m in masked
    ]

    # The cheap tests first, and only the sentences of pairs that pass them are
    # embedded: pairs that share a verb (an index of verbs), from two sources,
    # whose days differ (all at once, as arrays: a big cluster dates thousands
    # of sentences); then their content and whether a source gives both days.
    pairs = sorted(
        (i, j)
        for i, j in _differing_days(found, [f.verbs for f in feats])
        if same_happening(feats[i], feats[j])
        # a source that gives both days reports two happenings
        and not _names_day(named, found[i].sentence.doc_id, found[j].when)
        and not _names_day(named, found[j].sentence.doc_id, found[i].when)
    )
    if not pairs:
        return []
    links = _read_alike(pairs, lambda k: one_wording(masked[k]), embedder, same_event)
    return _day_sides(found, links, by_id)


def _names_day(named: Mapping[str, Sequence[When]], doc_id: str, when: When) -> bool:
    """Does source ``doc_id`` name ``when``'s day among the days it names (``named``)? A
    source that gives both days reports two happenings, or an end day and another."""
    return any(same_day(w, when) for w in named.get(doc_id, ()))


def _read_alike(
    pairs: Sequence[tuple[int, int]],
    text: Callable[[int], str],
    embedder: Embedder,
    same_event: float,
) -> list[tuple[int, int]]:
    """The ``pairs`` whose sentences (``text`` of an index) read alike: cosine >=
    ``same_event``. Only the sentences of a pair are embedded, each once."""
    todo = sorted({k for pair in pairs for k in pair})
    vecs = dict(zip(todo, embedder.encode([text(k) for k in todo]), strict=True))
    return [(i, j) for i, j in pairs if float(vecs[i] @ vecs[j]) >= same_event]


def _end_conflicts(
    ends: Sequence[tuple[_Dated, frozenset[str]]],
    named: Mapping[str, Sequence[When]],
    by_id: Mapping[str, Document],
    embedder: Embedder,
    same_event: float,
) -> list[Conflict]:
    """The days two sources say one thing lasts until, where they differ (:func:`until_day`:
    "the rail strike would last until Friday", "their rolling strike would continue until
    Monday, Oct. 12"): the sentences say it of the same thing (their days left out:
    :func:`summarizer.events.same_lasting`, of no other party:
    :func:`summarizer.events.other_actors`, as :func:`summarizer.events.check_until` asks)
    and read alike (cosine >= ``same_event``). A source that names the other's day too (a
    vote on extending the strike to it) is in conflict with no one over it; nor are two
    sources dated to different days: a later end day reported later is as likely an
    extension ("would now continue until Monday")."""
    day = {k: article_day(d.date) for k, d in by_id.items()}
    pairs = [
        (i, j)
        for i, (a, sa) in enumerate(ends)
        for j, (b, sb) in enumerate(ends[i + 1 :], i + 1)
        if a.sentence.doc_id != b.sentence.doc_id
        and len({day.get(a.sentence.doc_id), day.get(b.sentence.doc_id)} - {None}) < 2
        and same_day(a.when, b.when) is False
        and same_lasting(sa, sb)
        and not other_actors(a.sentence.text, b.sentence.text)
        and not _names_day(named, a.sentence.doc_id, b.when)
        and not _names_day(named, b.sentence.doc_id, a.when)
    ]
    if not pairs:
        return []
    links = _read_alike(
        pairs,
        lambda k: without_date(ends[k][0].sentence.text, ends[k][0].when)[0],
        embedder,
        same_event,
    )
    return _day_sides([x for x, _ in ends], links, by_id)


def _day_sides(
    found: Sequence[_Dated], links: Sequence[tuple[int, int]], by_id: Mapping[str, Document]
) -> list[Conflict]:
    """One conflict per group of ``found`` that ``links`` join, its sides the days its
    sentences give, where there are two or more."""
    order = {x: k for k, x in enumerate(found)}  # sources' order, then their sentences'
    conflicts = []
    for ks in _linked_groups(len(found), links):
        # A day that cannot be set against every other ("Tuesday" in an undated
        # article beside "12 November") is on no side: it might be either.
        group = [found[k] for k in ks]
        group = [x for x in group if all(same_day(x.when, y.when) is not None for y in group)]
        sides = _sides(group, lambda a, b: bool(same_day(a.when, b.when)))
        if len(sides) < 2:
            continue
        sides.sort(key=lambda side: (-len({x.sentence.doc_id for x in side}), order[side[0]]))
        conflicts.append(
            Conflict(
                kind="contradiction",
                topic=_event_topic(min((x for side in sides for x in side), key=_words)),
                sides=tuple(_side_of(side[0].when.shown, side, by_id) for side in sides),
            )
        )
    return conflicts


def _differing_days(
    found: Sequence[_Dated], verbs: Sequence[frozenset[str]]
) -> set[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of ``found`` that share a verb (of
    ``verbs``), come from two sources and date to days that differ
    (:func:`same_day` is False)."""
    import numpy as np

    from summarizer.facts import WEEKDAYS

    whens = [x.when for x in found]
    docs = np.array([x.sentence.doc_id for x in found])
    day = np.array([int(w.day.replace("-", "")) if w.day else -1 for w in whens])
    weekday = np.array([WEEKDAYS.index(w.weekday) if w.weekday else -1 for w in whens])
    bare = np.array([w.day is None or w.resolved for w in whens])
    by_verb: dict[str, list[int]] = {}
    for k, vs in enumerate(verbs):
        for v in vs:
            by_verb.setdefault(v, []).append(k)
    out: set[tuple[int, int]] = set()
    for ks in by_verb.values():
        if len(ks) < 2:
            continue
        g = np.array(ks)
        d, w, b = day[g], weekday[g], bare[g]
        same_bare = b[:, None] & b[None, :] & (w[:, None] == w[None, :]) & (w[:, None] >= 0)
        both_day = (d[:, None] >= 0) & (d[None, :] >= 0)
        both_weekday = (w[:, None] >= 0) & (w[None, :] >= 0)
        differ = ~same_bare & np.where(
            both_day, d[:, None] != d[None, :], both_weekday & (w[:, None] != w[None, :])
        )
        differ &= docs[g][:, None] != docs[g][None, :]
        ii, jj = np.nonzero(np.triu(differ, 1))
        out.update(zip(g[ii].tolist(), g[jj].tolist(), strict=True))
    return out


def _words(x: _Dated) -> int:
    return len(x.sentence.text.split())


# The longest topic a date's conflict gets: its happening, in its source's words.
TOPIC_WORDS = 12


def _event_topic(x: _Dated) -> str:
    """What happened, in the source's words: its sentence without the date
    ("The minister resigned"). One over :data:`TOPIC_WORDS` words is cut at
    the first clause after the date, then to its opening clause and the
    date's ("Prodigy … died at the age of 42"), else to the words around
    where the date stood.

    >>> s = Sentence("d", 0, 0, 33, "The minister resigned on Tuesday.")
    >>> _event_topic(_Dated(event_date(s.text), s))
    'The minister resigned'
    >>> t = ("Prodigy, one-half of the New York hip-hop outfit Mobb Deep, died Tuesday "
    ...      "at the age of 42, his publicist said in a statement to reporters.")
    >>> _event_topic(_Dated(event_date(t), Sentence("d", 0, 0, len(t), t)))
    'Prodigy … died at the age of 42'
    """
    text, at = without_date(x.sentence.text, x.when)
    text = text.rstrip(" .!?;:")
    if len(text.split()) > TOPIC_WORDS and (end := _TOPIC_BREAK.search(text, at)):
        text = text[: end.start()]
    breaks = list(_TOPIC_BREAK.finditer(text[:at]))
    if len(text.split()) > TOPIC_WORDS and breaks:
        short = f"{text[: breaks[0].start()]} … {text[breaks[-1].end() :]}"
        if len(short.split()) <= TOPIC_WORDS + 1:  # the words, and "…"
            return short[:1].upper() + short[1:]
    words = text.split()
    if len(words) > TOPIC_WORDS:
        k = len(text[:at].split())
        lo = max(0, min(k - TOPIC_WORDS * 2 // 3, len(words) - TOPIC_WORDS))
        cut = words[lo : lo + TOPIC_WORDS]
        text = ("…" if lo else "") + " ".join(cut) + ("…" if lo + TOPIC_WORDS < len(words) else "")
    return text[:1].upper() + text[1:]


# Where a topic may be cut: a clause's end.
_TOPIC_BREAK = re.compile(r"\s*[,;:—–]\s*|\s+-\s+")


# ---------------------------------------------------------------------------------------------
# Attribution: one quotation, put in different mouths
# ---------------------------------------------------------------------------------------------

# How many sentences either side of a quotation are read for the other side's
# speaker: a source that names both near the quotation ("Doe said, quoting
# Roe", "a Pentagon spokesman, John Kirby") is not in conflict.
NEAR_SENTENCES = 2
# Words that tell of a quotation passed on: "Doe echoed Roe's words", "citing
# Roe", "read out on Roe's behalf" (and so in es, fr, de, it, pt).
_PASSED_ON = re.compile(
    r"\b(?:echo\w*|repeat\w*|quot(?:ed|ing|es)|cit(?:ed|es|ing)|borrow\w*|paraphras\w*"
    r"|invok\w*|recall\w*|reiterat\w*|attribut\w*|credit\w*|read\s+out|on\s+behalf"
    r"|citando|citant|citato|citou|zitier\w*|repiti\w*|répét\w*|ripet\w*|repetiu|reprit"
    r"|en\s+nombre\s+de|au\s+nom\s+d|im\s+Namen|a\s+nome\s+d|em\s+nome\s+d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Quoted:
    """A quotation of a source: its normalised words, its text, the speaker as
    the source names him or her (``who``: the words of the name, lower case,
    from every person of that name in the source; ``name``: the fullest such
    name; both empty when no one is named), and the sentences it stands in."""

    doc_id: str
    words: tuple[str, ...]
    text: str
    who: frozenset[str]
    name: str
    sentences: tuple[Sentence, ...]
    near: str


def _quoted(doc: Document, sents: Sequence[Sentence]) -> list[_Quoted]:
    """The source's quotations of at least :data:`QUOTE_WORDS` words, each with
    its speaker where the source names a person in the quotation's sentence.
    A title ("“How We Will Win the War on Poverty”", which "Doe said he had
    read") is no one's words."""
    found = [
        q
        for q in quotes(doc.text, all_marks=True)
        if len(q.value.split()) >= QUOTE_WORDS and not _title_case(q.text)
    ]
    if not found:
        return []
    people = sorted({e.text for e in entities(doc.text) if e.kind == "person"})
    titled = quote_speakers(doc.text)  # a name after a title: "the minister, Jane Roe, said"
    out = []
    for q in found:
        k = [i for i, s in enumerate(sents) if s.start <= q.end and q.start <= s.end]
        if not k:
            continue
        here = tuple(sents[k[0] : k[-1] + 1])
        text = " ".join(s.text for s in here)
        raw = titled.get(q.start) or q.extra.get("speaker")
        who, name = speaker(raw, people)
        if raw and raw not in text:  # the speaker stands in another sentence
            who, name = frozenset(), ""
        lo, hi = max(0, k[0] - NEAR_SENTENCES), k[-1] + NEAR_SENTENCES + 1
        near = " ".join(s.text for s in sents[lo:hi])
        out.append(_Quoted(doc.id, tuple(q.value.split()), q.text, who, name, here, near))
    return out


def _title_case(text: str) -> bool:
    """Does ``text`` read as a title: most of its words capitalised?

    >>> _title_case("How We Will Win the War on Poverty"), _title_case("We will win, Roe said")
    (True, False)
    """
    words_ = re.findall(r"[^\W\d_][\w’'-]*", text)
    return sum(w[0].isupper() for w in words_) > 0.6 * len(words_)


def attribution_conflicts(
    documents: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Conflict]:
    """Every quotation that two or more sources put in different mouths:
    "“We will not back down,” Defence Minister Jane Roe said." and "“We will not
    back down,” Prime Minister John Doe said."

    False conflicts cost more than missed ones. The two sources must quote the
    same words (:func:`same_quote`: at least :data:`QUOTE_WORDS` in a row),
    each must name the speaker in the quotation's sentence, as a person it
    names ("Blinken" is the source's "Antony Blinken"; a pronoun, "Police" or
    "The Pentagon" names no one), and the two must be other people
    (:func:`same_person`: no word of their names alike). A source that names
    the other side's speaker near its quotation (within :data:`NEAR_SENTENCES`
    sentences: "Doe said, quoting Roe", "Roe's spokesman, John Doe") or in a
    sentence that tells of words passed on ("Doe echoed Roe's words") is not
    in conflict with it. Each side's value is the speaker's name; the topic,
    the quotation, cut to :data:`TOPIC_WORDS` words.
    """
    by_id = {d.id: d for d in documents}
    found = [
        q
        for doc_id, sents in sentences.items()
        if doc_id in by_id
        for q in _quoted(by_id[doc_id], sents)
    ]
    if len({q.doc_id for q in found if q.who}) < 2:
        return []
    # Quotations that share a run of QUOTE_WORDS words share one of its n-grams.
    index: dict[tuple[str, ...], set[int]] = {}
    for k, q in enumerate(found):
        for i in range(len(q.words) - QUOTE_WORDS + 1):
            index.setdefault(q.words[i : i + QUOTE_WORDS], set()).add(k)
    candidates = {(i, j) for ks in index.values() for i in ks for j in ks if i < j and len(ks) > 1}
    same = {pair for pair in candidates if same_quote(found[pair[0]].words, found[pair[1]].words)}
    if not same:
        return []
    alike: dict[int, set[int]] = {}
    for i, j in same:
        alike.setdefault(i, {i}).add(j)
        alike.setdefault(j, {j}).add(i)
    passed_on = {
        doc_id: " ".join(s.text for s in sents if _PASSED_ON.search(s.text))
        for doc_id, sents in sentences.items()
    }

    def names(k: int, other: int) -> bool:
        """Does the source of ``found[k]`` name ``found[other]``'s speaker with
        that quotation, near it or where it tells of words passed on?"""
        q, who = found[k], found[other].who
        mine = [m for m in alike[k] | alike[other] if found[m].doc_id == q.doc_id]
        return (
            any(found[m].who and same_person(found[m].who, who) for m in mine)
            or any(names_someone(found[m].near, who) for m in mine)
            or names_someone(passed_on.get(q.doc_id, ""), who)
        )

    links = []
    for i, j in sorted(same):
        a, b = found[i], found[j]
        if a.doc_id == b.doc_id or not a.who or not b.who or same_person(a.who, b.who):
            continue
        if names(i, j) or names(j, i):
            continue
        links.append((i, j))
    conflicts = []
    for ks in _linked_groups(len(found), links):
        sides = _sides([found[k] for k in ks], lambda a, b: same_person(a.who, b.who))
        if len(sides) < 2:
            continue
        sides.sort(key=lambda side: -len({q.doc_id for q in side}))  # stable: sources' order
        shortest = min((q for side in sides for q in side), key=lambda q: len(q.words))
        conflicts.append(
            Conflict(
                kind="contradiction",
                topic=_quote_topic(shortest.text),
                sides=tuple(
                    ConflictSide(
                        value=max((q.name for q in side), key=len),
                        text=side[0].sentences[0].text
                        if len(side[0].sentences) == 1
                        else by_id[side[0].doc_id].text[
                            side[0].sentences[0].start : side[0].sentences[-1].end
                        ],
                        citations=_sentence_citations(
                            [s for q in side for s in q.sentences], by_id
                        ),
                    )
                    for side in sides
                ),
            )
        )
    return conflicts


def _quote_topic(text: str) -> str:
    """A quotation as a conflict's topic: in quotation marks, without its
    closing punctuation, cut to :data:`TOPIC_WORDS` words.

    >>> _quote_topic("We will not back down,")
    '“We will not back down”'
    >>> _quote_topic("One two three four five six seven eight nine ten eleven twelve thirteen.")
    '“One two three four five six seven eight nine ten eleven twelve …”'
    """
    words_ = text.strip().rstrip(" ,.;:!?…").split()
    body = " ".join(words_[:TOPIC_WORDS]) + (" …" if len(words_) > TOPIC_WORDS else "")
    return f"“{body}”"


def _side_of(value: str, items: Sequence[Any], by_id: Mapping[str, Document]) -> ConflictSide:
    """The side of a conflict that states ``value``: its first item's sentence as its text,
    each item's sentence cited (``items``: the mentions of one figure, or of one day)."""
    return ConflictSide(
        value=value,
        text=items[0].sentence.text,
        citations=_sentence_citations([x.sentence for x in items], by_id),
    )


def _sentence_citations(
    sents: Sequence[Sentence], by_id: Mapping[str, Document]
) -> tuple[Citation, ...]:
    out, seen = [], set()
    for s in sents:
        if (s.doc_id, s.start) not in seen:
            seen.add((s.doc_id, s.start))
            out.append(Citation(s.doc_id, s.start, s.end, by_id[s.doc_id].text[s.start : s.end]))
    return tuple(out)
