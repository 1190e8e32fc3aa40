"""Where sources differ: the same quantity reported with different values.

Two numeric facts (from :mod:`summarizer.facts`) in different sources are
about the same thing when they count the same unit ("troops" and "soldiers"
normalise alike) and their sentences are about the same event (embedding
similarity). They conflict when their values do not agree, allowing for
hedges and rounding ("more than $9 billion" vs "$9.2 billion" agree).

Kinds: ``estimates`` when the two can both be true (a hedged figure whose
range overlaps the other's: "more than 10,000" vs "around 11,000"), else
``contradiction`` ("12 dead" vs "15 dead").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from summarizer.embed import Embedder
from summarizer.facts import (
    MONTH_RE,
    WEEKDAY_RE,
    dates,
    normalise_unit,
    number_format,
    numbers,
)
from summarizer.language import current_language, lexical_language
from summarizer.text import function_words, stemmer, stop_words
from summarizer.types import (
    Citation,
    Conflict,
    ConflictSide,
    Document,
    Fact,
    Sentence,
)

# How far a hedged figure may reach: "more than X" is read as (X, 1.5X],
# "nearly X" as [0.5X, X), "about X" as X +- 15%.
_RANGES = {"gt": (1.0, 1.5), "lt": (0.5, 1.0), "approx": (0.85, 1.15), None: (1.0, 1.0)}
_LEAD = re.compile(
    r"^\W*(?:[a-z]+\s+){0,3}?(?:US|[A-Z])?[$€£¥]?\s?[\d.,]+"
    r"(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?[\s-]*",
    re.IGNORECASE,
)


def _lead(language: str) -> re.Pattern[str]:
    """:data:`_LEAD` for ``language``: in another language than English, its
    hedges and scale words, accented words and "10 000" too ("más de 10.000",
    "plus de 10 000", "rund 2,1 Milliarden")."""
    if language == "en":
        return _LEAD
    return _foreign_lead(language)


@lru_cache(maxsize=16)
def _foreign_lead(language: str) -> re.Pattern[str]:
    scales = "|".join(sorted(map(re.escape, number_format(language).scales), key=len, reverse=True))
    return re.compile(
        r"^\W*(?:[^\W\d_]+['’]?\s*){0,3}?(?:US|R|[A-Z])?[$€£¥]?\s?"
        r"\d(?:[\d.,]|[ \u00a0\u202f](?=\d))*"
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
    return v * Decimal(str(lo)), v * Decimal(str(hi))


def _rounds_to(exact: Decimal, hedged: Decimal, qualifier: str | None) -> bool:
    """Is ``hedged`` the ``exact`` figure rounded to the hedged figure's precision?"""
    exp = hedged.normalize().as_tuple().exponent
    step = Decimal(1).scaleb(exp if isinstance(exp, int) else 0)
    down, up = (exact // step) * step, -((-exact) // step) * step
    near = exact.quantize(step) if step < 1 else round(exact / step) * step
    return {"gt": down, "lt": up}.get(qualifier, near) == hedged and exact != 0


def agree(a: Fact, b: Fact) -> bool:
    """The same figure: equal values, or one exact figure and a hedged rounding
    of it ("more than $9 billion" and "$9.2 billion"). Two different hedged
    figures ("more than 10,000", "around 11,000") do not agree: they are two
    estimates, which a reader should see side by side."""
    try:
        va, vb = Decimal(a.value), Decimal(b.value)
    except InvalidOperation:
        return a.value == b.value
    if va == vb:
        return True
    qa, qb = a.extra.get("qualifier"), b.extra.get("qualifier")
    if qa and not qb:
        return _rounds_to(vb, va, qa)
    if qb and not qa:
        return _rounds_to(va, vb, qb)
    return False


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
    return {w.lower() for w in re.findall(r"[A-Za-z]+", topic_of(f)) if w.lower() != unit}


def same_thing(a: Mention, b: Mention) -> bool:
    """Do two figures count the same set? "troops" and "North Korean troops" do
    not; nor do two sums of money spent on different things (see :func:`purpose`)."""
    return _same(a.fact.kind, _what(a), _what(b))


def _what(m: Mention) -> set[str]:
    """What a figure counts: its purpose for money, whose age for an age, else
    its modifiers."""
    if m.fact.kind == "money":
        return purpose(m)
    if m.unit == "years old":
        return whose_age(m)
    if m.unit in _CASUALTIES:  # "12 people died", "the death toll rose to 15": the dead
        return set()
    if m.unit.endswith(("(dead)", "(injured)")):  # "2 soldiers killed": North Korean or not
        return modifiers(m.fact) - {m.unit.split(" (")[0]}
    return modifiers(m.fact)


def whose_age(m: Mention) -> set[str]:
    """Who an age is of: the word after "N-year-old" ("the 59-year-old King",
    "his three-year-old dog"), else the name before ", N," ("King, 59, said")."""
    text, f = m.sentence.text, m.fact
    after = re.match(r"\s+([A-Za-z][\w'’-]*)", text[f.end :])
    if after and "-" in f.text:
        return {after.group(1).lower()}
    before = re.findall(r"[A-Za-z][\w'’-]*", text[: f.start])
    return {before[-1].lower()} if before else set()


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


def _different_days(da: frozenset[str], db: frozenset[str]) -> bool:
    """Do two sentences (their :func:`_days`) name days, and none in common? "The
    Dow fell 1,100 points Monday" and "Friday, the Dow closed down 666 points"
    report two days."""
    return bool(da) and bool(db) and not da & db


def _same(kind: str, wa: set[str], wb: set[str]) -> bool:
    if kind == "money":  # an unknown purpose matches any
        return not wa or not wb or bool(wa & wb)
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


def purpose(m: Mention) -> set[str]:
    """What a sum of money is for, as stems of the content words right around it:
    "$175 billion the United States committed for Ukraine" -> {unit, state,
    commit, ukrain}; "$60 billion in military aid" -> {militari, aid}."""
    text, f = m.sentence.text, m.fact
    after = _letters(re.split(r"[,;:()–—]", text[f.end :])[0])[:5]
    before = _letters(text[: f.start])
    # "aid worth $5 billion", "damages of $6 billion": the noun before a connector
    if before and before[-1].lower() in {"of", "worth", "totaling", "totalling", "valued"}:
        after += before[-3:-1]
    stop = _PURPOSE_STOP if lexical_language() == "en" else stop_words()  # function words too
    toks = [w.lower() for w in after if w.lower() not in stop]
    return set(stemmer().stemWords(toks))


def kind_of(a: Fact, b: Fact) -> str:
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return "contradiction"
    hedged = a.extra.get("qualifier") or b.extra.get("qualifier")
    overlap = ra[0] <= rb[1] and rb[0] <= ra[1]
    return "estimates" if hedged and overlap else "contradiction"


# Units that are not counts of a thing: shares, durations (clock times are
# left out by all_figures).
_NOT_COUNTED = frozenset({"%", "year", "day", "hour", "week", "month", "time"})


def counts_something(m: Mention) -> bool:
    return bool(m.unit) and m.unit not in _NOT_COUNTED


def mentions(sentences: Mapping[str, Sequence[Sentence]]) -> list[Mention]:
    """Every figure that counts something, with its sentence."""
    return [m for m in all_figures(sentences) if counts_something(m)]


def all_figures(sentences: Mapping[str, Sequence[Sentence]]) -> list[Mention]:
    """Every number the sources state, with a unit or without ("a membership of
    approximately 250,000"), clock times left out. A count of people, or a bare
    number, that its clause says died or were hurt counts the dead or the
    injured (:func:`casualty_unit`)."""
    return [
        Mention(f, s, casualty_unit(f, s.text) or normalise_unit(f.unit) or "")
        for sents in sentences.values()
        for s in sents
        for f in numbers(s.text)
        if not f.extra.get("clock")
    ]


_DEAD = re.compile(
    r"\b(?:dead|died|die|dies|dying|killed|killing|kills|deaths?|toll|fatalit(?:y|ies)|"
    r"perished|lost their lives|bodies)\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"\b(?:injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed)\b", re.IGNORECASE
)
# What ends the clause a figure belongs to: "5 died and 20 were injured"; a
# relative clause is another one ("3,000 people at a vigil for those killed").
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|that|who|which|whose|when|where)\b")
# After the figure a preposition starts another phrase too ("rescued 12 people
# from the blaze that killed a woman").
_AFTER_BREAK = re.compile(_CLAUSE_BREAK.pattern + r"|\b(?:for|from|of|in|at|after)\b")
_PEOPLE = frozenset({"person", "casualty", "victim", "fatality", "dead", "resident", "people"})
_UNIT_SAYS = {
    "killed": "dead", "dead": "dead", "died": "dead", "death": "dead", "fatality": "dead",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injury": "injured",
}  # fmt: skip
_CASUALTIES = frozenset({"dead", "injured"})
_AFTER_MONTH = re.compile(rf"\b{MONTH_RE}\s*$")


def casualty_unit(f: Fact, text: str) -> str | None:
    """``"dead"`` or ``"injured"`` for a count of people (or a bare number) that
    its clause says died or were hurt (up to six words after the figure, which
    decide first, and sixteen before it); else None.

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
    if f.kind != "quantity" or _AFTER_MONTH.search(text[: f.start]):
        return None
    base = normalise_unit(f.unit)
    if base in _UNIT_SAYS:  # "12 killed", "40 injured"
        return _UNIT_SAYS[base]
    if base is None and re.fullmatch(r"(?:1[89]|20)\d\d", f.value or ""):
        return None
    after = _AFTER_BREAK.split(text[f.end :], maxsplit=1)[0].split()[:4]
    before = _CLAUSE_BREAK.split(text[: f.start])[-1].split()[-16:]
    for side in (" ".join(after), " ".join(before)):
        dead, hurt = _DEAD.search(side), _HURT.search(side)
        said = "dead" if dead and not hurt else "injured" if hurt and not dead else None
        if said:
            return said if base is None or base in _PEOPLE else f"{base} ({said})"
    return None


def topic_of(f: Fact) -> str:
    """What the figure counts, as the source says it: "North Korean soldiers"."""
    if f.kind == "money":
        return f"amount ({f.unit})" if f.unit else "amount"
    rest = _lead(lexical_language()).sub("", f.text).strip(" ,.;:")
    return rest or (f.unit or "figure")


def _states(stated: Sequence[Mention], m: Mention) -> bool:
    """Does one of ``stated`` give ``m``'s figure, for the same thing or unitless?
    40 injured does not state 40 dead."""
    return any(
        (x.fact.unit in (m.fact.unit, None, "") and (x.unit == m.unit or not x.unit))
        and agree(x.fact, m.fact)
        for x in stated
    )


def detect_conflicts(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    same_topic: float = 0.6,
) -> list[Conflict]:
    """Every quantity on which two or more sources disagree."""
    figures = all_figures(sentences)
    ms = [m for m in figures if counts_something(m)]
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
    # union-find over mentions that disagree about the same thing
    parent = list(range(len(ms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    kinds: dict[int, set[str]] = {}
    what = [_what(m) for m in ms]  # once per mention, not once per pair
    day_of = _sentence_days(sentences)
    days = [day_of.get((m.sentence.doc_id, m.sentence.start), frozenset()) for m in ms]
    partial = [part_of_total(m) for m in ms]
    # Cheap filters for all pairs at once (a big cluster has thousands of
    # figures): other source, same unit and kind, sentences on the same topic.
    import numpy as np

    docs = np.array([m.sentence.doc_id for m in ms])
    units = np.array([f"{m.fact.kind}:{m.unit}" for m in ms])
    close = (vecs @ vecs.T >= same_topic) & (units[:, None] == units[None, :])
    close &= docs[:, None] != docs[None, :]
    for i, j in zip(*np.nonzero(np.triu(close, k=1)), strict=True):
        a, b = ms[i], ms[j]
        ri, rj = find(i), find(j)
        if ri == rj and "contradiction" in kinds.get(ri, ()):
            continue  # already one conflict, of the strongest kind: nothing to learn
        if agree(a.fact, b.fact) or not _same(a.fact.kind, what[i], what[j]):
            continue
        # A source that also states the other figure is not in conflict with
        # it: it gives two different quantities (a total and its parts).
        if _states(stated[a.sentence.doc_id], b) or _states(stated[b.sentence.doc_id], a):
            continue
        if _different_days(days[i], days[j]) or partial[i] != partial[j]:
            continue  # two days' figures, or a total and a sum counted from an event on
        if ri != rj:
            parent[ri] = rj
            kinds.setdefault(rj, set()).update(kinds.pop(ri, set()))
        kinds.setdefault(rj, set()).add(kind_of(a.fact, b.fact))

    by_id = {d.id: d for d in documents}
    groups: dict[int, list[Mention]] = {}
    for k, m in enumerate(ms):
        groups.setdefault(find(k), []).append(m)
    conflicts = []
    for root, ks in kinds.items():
        members = groups[root]
        # one side per distinct figure; sources that agree with it cite it too
        sides: list[list[Mention]] = []
        for m in members:
            for side in sides:
                if agree(side[0].fact, m.fact):
                    side.append(m)
                    break
            else:
                sides.append([m])
        # A side whose every source also gives another side's figure is a
        # second quantity those sources report ("$30 million in sales" beside
        # "$500,000 in tax"), not a disagreement.
        docs_of = [{m.sentence.doc_id for m in side} for side in sides]
        sides = [
            side
            for k, side in enumerate(sides)
            if not all(
                any(d in other for other in docs_of[:k] + docs_of[k + 1 :]) for d in docs_of[k]
            )
        ]
        if len({m.sentence.doc_id for side in sides for m in side}) < 2 or len(sides) < 2:
            continue
        sides.sort(key=lambda side: (-len({m.sentence.doc_id for m in side}), side[0].fact.start))
        conflicts.append(
            Conflict(
                kind="contradiction" if "contradiction" in ks else "estimates",
                topic=topic_of(sides[0][0].fact),
                sides=tuple(
                    ConflictSide(
                        value=side[0].fact.text,
                        text=side[0].sentence.text,
                        citations=_citations(side, by_id),
                    )
                    for side in sides
                ),
            )
        )
    return conflicts


def _citations(side: Sequence[Mention], by_id: Mapping[str, Document]) -> tuple[Citation, ...]:
    out, seen = [], set()
    for m in side:
        s = m.sentence
        if (s.doc_id, s.start) in seen:
            continue
        seen.add((s.doc_id, s.start))
        out.append(Citation(s.doc_id, s.start, s.end, by_id[s.doc_id].text[s.start : s.end]))
    return tuple(out)


# Added by fusion to a brief sentence that states a contested figure (see
# note_contested), in the brief's language (summarizer.language.current_language).
CONTESTED_NOTE = " (sources differ on this figure)"
CONTESTED_NOTES = {
    "en": CONTESTED_NOTE,
    "es": " (las fuentes difieren sobre esta cifra)",
    "fr": " (les sources divergent sur ce chiffre)",
    "de": " (die Quellen nennen unterschiedliche Zahlen)",
    "it": " (le fonti divergono su questa cifra)",
    "pt": " (as fontes divergem sobre este número)",
    "zh": "（各来源数字不一）",
    "ja": "（情報源により数字が異なる）",
}
# Sentence ends of Chinese and Japanese: the note goes before them too.
_CJK_ENDS = ("。", "！", "？")


def contested_note(language: str | None = None) -> str:
    """The note on a contested figure in ``language`` (else the brief's
    language); English for a language without its own.

    >>> contested_note("en"), contested_note("es"), contested_note("ru")
    (' (sources differ on this figure)', ' (las fuentes difieren sobre esta cifra)', \
' (sources differ on this figure)')
    """
    return CONTESTED_NOTES.get(language or current_language(), CONTESTED_NOTE)


def note_contested(text: str, language: str | None = None) -> str:
    """``text`` with the note on a contested figure (:func:`contested_note`)
    before its final full stop (after a closing quotation mark, which the note
    never enters).

    >>> note_contested("About 11,000 troops were sent.")
    'About 11,000 troops were sent (sources differ on this figure).'
    >>> note_contested('He said 11,000 troops “have moved.”')
    'He said 11,000 troops “have moved.” (sources differ on this figure).'
    >>> note_contested("Unos 11.000 soldados fueron enviados.", "es")
    'Unos 11.000 soldados fueron enviados (las fuentes difieren sobre esta cifra).'
    >>> note_contested("约三千名居民被转移。", "zh")
    '约三千名居民被转移（各来源数字不一）。'
    """
    language = language or current_language()
    note = contested_note(language)
    body = text.rstrip()
    if body[-1:] in _CJK_ENDS:
        return body[:-1] + note + body[-1]
    if body[-1:] in (".", "!", "?") and body[-2:-1] not in (".", "!", "?"):
        return body[:-1] + note + body[-1]
    return body + note + ("。" if language in ("zh", "ja") else ".")
