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
from itertools import pairwise

from summarizer.embed import Embedder
from summarizer.facts import (
    _TITLES,
    MONTH_RE,
    WEEKDAY_RE,
    _speaker_name,
    dates,
    entities,
    normalise_unit,
    number_format,
    numbers,
    quotes,
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


def in_date(m: Mention) -> bool:
    """Is the figure a day of a date its sentence gives ("le 3 mars", "am 4.
    März": no count of "mars")? Such days are compared by :func:`date_conflicts`.

    >>> from summarizer.language import use_language
    >>> with use_language("fr"):
    ...     [in_date(m) for m in all_figures({"d": [Sentence("d", 0, 0, 33,
    ...      "Le 3 mars, 12 maisons ont brûlé.")]})]
    [True, False]
    """
    f, text = m.fact, m.sentence.text
    return any(d.kind == "date" and d.start <= f.start and f.end <= d.end + 1 for d in dates(text))


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
    """Every quantity on which two or more sources disagree, then every event
    they date to different days (:func:`date_conflicts`), then every quotation
    they put in different mouths (:func:`attribution_conflicts`)."""
    return (
        figure_conflicts(documents, sentences, embedder, same_topic)
        + date_conflicts(documents, sentences, embedder)
        + attribution_conflicts(documents, sentences)
    )


def figure_conflicts(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    same_topic: float = 0.6,
) -> list[Conflict]:
    """Every quantity on which two or more sources disagree."""
    figures = all_figures(sentences)
    ms = [m for m in figures if counts_something(m) and not in_date(m)]
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


# ---------------------------------------------------------------------------------------------
# Dates: one event, dated to different days
# ---------------------------------------------------------------------------------------------

# How alike two sentences must read, their dates left out, to report one event
# (MiniLM cosine): two outlets' reports of one happening score 0.85 and more
# ("Prodigy ... died Tuesday at the age of 42" / "... died Tuesday (June 20) at
# age 42": 0.85, 0.91); on mds_dev no two sentences about different happenings
# on different days reach 0.78 (two briefings of one police spokesman, a search
# and the find it led to). The verb test of _same_event does the rest.
SAME_EVENT = 0.8
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")
# Between the parts of one date: "Tuesday (June 20)", "Tuesday, Feb. 14, 2017",
# "el martes 12 de noviembre", "Mittwoch, 13. November".
_DATE_JOIN = re.compile(r"[\s,(]*(?:the|el|le|den|il|dia|o)?[\s,(]*", re.IGNORECASE)
# What may stand before a date that dates an event (dropped with it from a sentence).
_DATE_PREP = re.compile(
    r"(?:(?<!\w)(?:on|el|le|am|il|no|na|em|a|in\s+the\s+early\s+hours\s+of)\s+)$", re.IGNORECASE
)
# fmt: off
# Words before a date that make it a bound, a deadline, a plan or a habit, not
# the day something happened: "by Tuesday", "since Saturday", "until 3 March",
# "ahead of Tuesday's vote", "this Saturday", "every Monday", "for Friday".
_NOT_EVENT_BEFORE = {
    "en": r"by|until|till|before|after|since|from|through|to|between|next|this|coming|every"
          r"|each|following|for|starting|beginning|as\s+of|effective|dated|ahead\s+of"
          r"|than|of\s+(?:last|next)",
    "es": r"hasta|desde|antes\s+del?|después\s+del?|tras\s+el|a\s+partir\s+del?|para\s+el|para"
          r"|entre|cada|todos\s+los|este|esta|próximo|próxima",
    "fr": r"jusqu['’](?:au|à)?|jusqu['’]à|depuis|avant|après|à\s+partir\s+d[ue]|dès|pour|entre"
          r"|chaque|tous\s+les|ce|cette|prochain",
    "de": r"bis|seit|vor|nach|ab|für|zum|zwischen|jeden|jede|diesen|nächsten|kommenden"
          r"|spätestens",
    "it": r"fino\s+a[l]?|entro|da|dal|dalla|prima\s+d[ie]l?|dopo|per|tra|fra|ogni|tutti\s+i"
          r"|questo|prossimo",
    "pt": r"até|desde|antes\s+d[eao]|depois\s+d[eao]|a\s+partir\s+d[eao]|para|entre|cada"
          r"|todo|toda|todos\s+os|nesta|neste|esta|este|próxim[oa]",
}
# After a date: "Tuesday next", "el lunes próximo", "Tuesday's deadline". (A
# range, "Monday to Wednesday", names two days: no sentence with two is read.)
_NOT_EVENT_AFTER = {
    "en": r"next|deadline|['’]s\s+deadline",
    "es": r"próximo|que\s+viene",
    "fr": r"prochain",
    "de": r"nächster|kommender",
    "it": r"prossimo",
    "pt": r"que\s+vem|próxim[oa]",
}
# Another time in the sentence, or another day than the date's: "yesterday",
# "two days later", "last year", "a day after announcing"; a deadline. A
# sentence that says it has two times in it is left out.
_OTHER_TIME = {
    "en": r"yesterday|today|tonight|tomorrow|overnight|last\s+night|deadline"
          r"|(?:this|last|next|previous)\s+(?:morning|afternoon|evening|week|month|year)"
          r"|(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?"
          r"|hours?|nights?)\s+(?:ago|later|earlier|before|after|since|prior)"
          r"|the\s+(?:day|night|week)\s+(?:before|after)|the\s+(?:next|following|previous)\s+day",
    "es": r"ayer|anteayer|anoche|hoy|mañana|plazo|fecha\s+límite|(?:el|la)\s+(?:año|semana|mes)"
          r"\s+pasad[oa]|(?:días?|semanas?|meses|años?|horas?)\s+(?:después|antes|más\s+tarde)"
          r"|(?:al|el)\s+día\s+siguiente|la\s+víspera",
    "fr": r"hier|avant-hier|aujourd['’]hui|demain|ce\s+matin|ce\s+soir|la\s+veille|le\s+lendemain"
          r"|date\s+limite|échéance|l['’]an\s+dernier|l['’]année\s+dernière|la\s+semaine\s+dernière"
          r"|(?:jours?|semaines?|mois|ans|années?|heures?)\s+(?:plus\s+tard|plus\s+tôt|après|avant)",
    "de": r"gestern|vorgestern|heute|morgen|Frist|(?:letzte[ns]?|vergangene[ns]?|vorige[ns]?)"
          r"\s+(?:Jahr|Woche|Monat)|im\s+Vorjahr|Vortag|tags\s+(?:zuvor|darauf)"
          r"|(?:Tage|Wochen|Monate|Jahre|Stunden)\s+(?:später|zuvor|danach|davor)",
    "it": r"ieri|oggi|domani|stamattina|stasera|scadenza|(?:l['’]anno|la\s+settimana|il\s+mese)"
          r"\s+scors[oa]|il\s+giorno\s+(?:dopo|prima)|(?:giorni|settimane|mesi|anni|ore)\s+"
          r"(?:dopo|prima|più\s+tardi)",
    "pt": r"ontem|anteontem|hoje|amanhã|prazo|(?:o\s+ano|a\s+semana|o\s+mês)\s+passad[oa]"
          r"|no\s+dia\s+seguinte|na\s+véspera|(?:dias?|semanas?|meses|anos?|horas?)\s+"
          r"(?:depois|antes|mais\s+tarde)",
}
# A happening that recurs or one of several: "again", "a second suspect",
# "also", "another attack", "continued". Two such sentences may well report
# two happenings on two days.
_AGAIN = {
    "en": r"again|another|second|third|fourth|fifth|latest|renewed|fresh|anew|once\s+more|also"
          r"|continued|continuing|resumed|still|too|repeatedly|first|initially|then",
    "es": r"de\s+nuevo|otra\s+vez|nuevamente|otr[oa]s?|segund[oa]|tercer[oa]?|primer[oa]?|también"
          r"|volvió|volvieron|siguió|siguieron|continuó|continuaron|reanud\w*|todavía|aún|luego",
    "fr": r"à\s+nouveau|de\s+nouveau|encore|autres?|second|seconde|deuxième|troisième|premier"
          r"|première|aussi|également|nouveau|nouvelle|repris|poursuivi|toujours|puis|ensuite",
    "de": r"erneut|wieder|wiederum|abermals|weitere[nmrs]?|zweite[nmrs]?|dritte[nmrs]?"
          r"|erste[nmrs]?|auch|ebenfalls|noch|fortgesetzt|dann|danach",
    "it": r"di\s+nuovo|ancora|nuovamente|altr[oaie]|second[oaie]|terz[oaie]|prim[oaie]|anche"
          r"|ripres\w*|continuat\w*|poi|quindi",
    "pt": r"de\s+novo|novamente|outra\s+vez|outr[oa]s?|segund[oa]|terceir[oa]|primeir[oa]"
          r"|também|voltou|voltaram|continuou|continuaram|retom\w*|ainda|depois",
}
# fmt: on
# A verb in a past tense, in English (the other languages: fusion's _PAST_FOREIGN,
# which fusion.anchor_dates reads too): a date that dates something that has
# happened. A sentence of the present or future ("The summit opens Tuesday")
# tells of a plan.
_PAST_EN = re.compile(
    r"\b(?:(?!hundred\b)[a-z]+[^e\W]ed|[a-z]+ied|was|were|had|did|said|told|struck|sank|sunk|fell"
    r"|began|took|met|won|lost|went|came|left|shot|found|held|made|gave|ran|saw|brought|bought"
    r"|caught|fought|thought|sought|kept|led|fled|rose|broke|spoke|stole|chose|froze|drove|wrote"
    r"|rode|flew|grew|knew|threw|drew|got|sat|stood|built|sent|spent|felt|paid|laid|sold|hid"
    r"|shook|swept|stuck|swore|tore|wore|woke|became|withdrew|upheld|oversaw|wept|slid|spread"
    r"|quit|hit)\b"
)
_CONDITIONAL_EN = re.compile(r"\b(?:would|could|might|should|must)\b")
# fmt: off
# Verbs of saying and reporting: a date in their clause ("Police said on
# Tuesday that ...", "CNN reported Monday") dates the saying, which sources may
# well repeat on two days, not the happening; nor is saying the happening two
# sentences share.
_SAID = {
    "en": r"said|says|say|told|tells|added|stated|noted|tweeted|wrote|posted|reported|reports"
          r"|according",
    "es": r"dijo|dijeron|declaró|declararon|afirmó|afirmaron|aseguró|aseguraron|señaló"
          r"|señalaron|indicó|indicaron|explicó|informó|informaron|según|dicho|declarado"
          r"|afirmado|informado",
    "fr": r"dit|déclaré|affirmé|indiqué|expliqué|souligné|précisé|assuré|rapporté|selon"
          r"|déclare|affirme|indique",
    "de": r"sagte|sagten|gesagt|erklärte|erklärten|erklärt|betonte|betonten|teilte|teilten"
          r"|mitgeteilt|berichtete|berichteten|berichtet|laut|zufolge",
    "it": r"detto|dichiarato|affermato|spiegato|sottolineato|riferito|disse|dichiarò|affermò"
          r"|riferì|secondo",
    "pt": r"disse|disseram|dito|afirmou|afirmaram|afirmado|declarou|declararam|declarado"
          r"|explicou|informou|informaram|segundo",
}
# fmt: on
# What ends the clause a date stands in.
_CLAUSE_END = re.compile(r"[,;:()\[\]\"“”«»—–]|\s-\s")


@dataclass(frozen=True)
class When:
    """The day a sentence dates what it reports to, as far as the sentence and
    its article tell: ``weekday`` (English name, lower case), ``day`` (month
    and day, "11-12") and ``year`` where known. ``text``, ``start``, ``end``:
    the words that date it, as the source writes them ("Tuesday", "3 March",
    "Tuesday (June 20)"). ``resolved``: the day was worked out from a bare
    weekday and the article's date (the most recent such day on or before it,
    as :func:`summarizer.fusion.anchor_dates` reads a weekday)."""

    text: str
    start: int
    end: int
    weekday: str | None = None
    day: str | None = None
    year: str | None = None
    resolved: bool = False

    @property
    def shown(self) -> str:
        """As a conflict's side gives it: the source's words, and the date a
        bare weekday was worked out to ("Tuesday (2024-11-12)")."""
        return f"{self.text} ({self.year}-{self.day})" if self.resolved else self.text


def same_day(a: When, b: When) -> bool | None:
    """Do two dates name the same day? None when it cannot be told ("12
    November" and "Tuesday" in articles of unknown date). Two sources that
    both say "Tuesday" agree, whatever their articles' dates (a date of
    publication may be the day a page was fetched).

    >>> same_day(When("Tuesday", 0, 7, "tuesday", "11-12", "2024", True),
    ...          When("12 November", 0, 11, "tuesday", "11-12"))
    True
    >>> same_day(When("Tuesday", 0, 7, "tuesday"), When("Wednesday", 0, 9, "wednesday"))
    False
    >>> same_day(When("Tuesday", 0, 7, "tuesday"), When("12 November", 0, 11, None, "11-12"))
    """
    bare_a, bare_b = a.day is None or a.resolved, b.day is None or b.resolved
    if bare_a and bare_b and a.weekday and a.weekday == b.weekday:
        return True
    if a.day and b.day:
        return a.day == b.day
    if a.weekday and b.weekday:
        return a.weekday == b.weekday
    return None


def _article_day(article_date: str | None):
    import datetime as dt

    try:
        return dt.date.fromisoformat((article_date or "")[:10])
    except ValueError:
        return None


def _resolve(when: When, article_date: str | None) -> When | None:
    """``when`` with what the article's date adds: the year of a day and month
    (the last such day on or before it), the day of a bare weekday, the
    weekday of a day whose year is known. None for a day that does not exist
    or a weekday that is not that day's."""
    import datetime as dt

    from summarizer.facts import WEEKDAYS

    article = _article_day(article_date)
    weekday, day, year, resolved = when.weekday, when.day, when.year, False
    if day and not year and article:
        month_day = tuple(map(int, day.split("-")))
        year = str(article.year - ((month_day) > (article.month, article.day)))
    elif weekday and not day and article:
        back = (article.weekday() - WEEKDAYS.index(weekday)) % 7
        on = article - dt.timedelta(days=back)
        day, year, resolved = on.strftime("%m-%d"), str(on.year), True
    if day and year:
        try:
            named = WEEKDAYS[dt.date(int(year), *map(int, day.split("-"))).weekday()]
        except ValueError:
            return None
        if weekday and named != weekday and not resolved:
            return None  # "Tuesday, March 3, 2024": not a day that was
        weekday = named
    return When(when.text, when.start, when.end, weekday, day, year, resolved)


def event_date(text: str, article_date: str | None = None) -> When | None:
    """The one day ``text`` dates a past happening to, else None: a sentence
    that names no day, two days, a day and another time ("yesterday", "two
    days later", "in 2019"), a bound, a deadline or a plan ("since Saturday",
    "by Tuesday", "will meet on Friday"), a recurring happening ("again", "a
    second suspect") or nothing that has happened (no verb in a past tense).
    ``article_date``: the article's date of publication (ISO), which resolves a
    bare weekday to a day.

    >>> event_date("The minister resigned on Tuesday.", "2024-11-13")
    When(text='Tuesday', start=25, end=32, weekday='tuesday', day='11-12', year='2024', \
resolved=True)
    >>> event_date("Prodigy died Tuesday (June 20) at 42.").text
    'Tuesday (June 20)'
    >>> [event_date(t) for t in ("Talks will resume on Tuesday.", "Police arrested "
    ...  "a second suspect on Monday.", "He was freed on Monday and left on Tuesday.")]
    [None, None, None]
    """
    from summarizer.fusion import _PAST_FOREIGN, _foreign_past_weekday, _future_re

    language = lexical_language()
    if current_language() != language:  # no date forms of its own (Chinese, Japanese, ...)
        return None
    facts = dates(text)
    if not facts or any(f.kind == "date" and not _DAY_VALUE.match(f.value) for f in facts):
        return None  # no day, or a month or year beside it ("in 2019", "since March")
    for f, g in pairwise(facts):
        if not _DATE_JOIN.fullmatch(text[f.end : g.start]):
            return None  # two dates: two days, a range, or a day repeated
    weekdays = {f.value for f in facts if f.kind == "weekday"}
    days = [f.value for f in facts if f.kind == "date"]
    if len(weekdays) > 1 or len(days) > 1:
        return None
    flags = re.IGNORECASE
    if (
        _future_re(language).search(text)
        or re.search(rf"(?<!\w)(?:{_OTHER_TIME[language]})(?!\w)", text, flags)
        or re.search(rf"(?<!\w)(?:{_AGAIN[language]})(?!\w)", text, flags)
    ):
        return None
    if language == "en":
        if not _PAST_EN.search(text) or _CONDITIONAL_EN.search(text):
            return None
    elif not re.search(_PAST_FOREIGN[language], text):
        return None
    first, last = facts[0], facts[-1]
    if not days and language != "en" and not _foreign_past_weekday(text, first, None):
        return None  # "el próximo lunes", "le lundi" (every Monday)
    before = text[max(0, first.start - 40) : first.start]
    if re.search(rf"(?<!\w)(?:{_NOT_EVENT_BEFORE[language]})\s+(?:the\s+)?$", before, flags):
        return None
    end = last.end + (text[last.end : last.end + 1] == ")" and "(" in text[first.start : last.end])
    if re.search(rf"(?<!\w)(?:{_SAID[language]})(?!\w)", _clause(text, first.start, end), flags):
        return None  # the day something was said or reported
    if re.match(rf"\s*(?:{_NOT_EVENT_AFTER[language]})(?!\w)", text[end:], flags):
        return None
    day = days[0] if days else None
    when = When(
        text[first.start : end],
        first.start,
        end,
        weekdays.pop() if weekdays else None,
        day[5:] if day else None,
        day[:4] if day and not day.startswith("X") else None,
    )
    return _resolve(when, article_date)


def _clause(text: str, start: int, end: int) -> str:
    """The clause the words at ``start:end`` stand in; for a date set apart by
    commas ("On Tuesday, he said ...", "He said, on Tuesday, that ..."), the
    clauses on either side too.

    >>> _clause("On Tuesday, he said it was over, and left.", 3, 10)
    'On Tuesday he said it was over'
    """
    before = _CLAUSE_END.split(text[:start])
    after = _CLAUSE_END.split(text[end:])
    own = before[-1] + text[start:end] + after[0]
    if len(_DATE_PREP.sub("", before[-1]).split()) + len(after[0].split()) > 0:
        return own
    return " ".join(" ".join([*before[-2:-1], own, *after[1:2]]).split())


def _all_dates(text: str, article_date: str | None) -> list[When]:
    """Every day ``text`` names, each alone, resolved where the article's date
    allows: what a source says of days anywhere, for :func:`date_conflicts` to
    see that it gives the other side's date too."""
    out = []
    for f in dates(text):
        if f.kind == "weekday":
            w = When(f.text, f.start, f.end, weekday=f.value)
        elif _DAY_VALUE.match(f.value):
            y = None if f.value.startswith("X") else f.value[:4]
            w = When(f.text, f.start, f.end, day=f.value[5:], year=y)
        else:
            continue
        out.append(_resolve(w, article_date) or w)
    return out


def _masked(text: str, when: When) -> tuple[str, int]:
    """``text`` without its date and the word that introduces it ("on", "el",
    "am"), and where the date was: what the sentence says happened."""
    before = _DATE_PREP.sub("", text[: when.start]).rstrip()
    after = text[when.end :].lstrip()
    if not before:
        after = after.lstrip(",;: ")
    elif after[:1] in (",", ";") and before[-1:] in (",", "(", "—", "–"):
        after = after[1:].lstrip()
    out = f"{before}{after}" if after[:1] in tuple(",;:.!?") else f"{before} {after}"
    return out.strip(), len(before)


def _content(text: str) -> set[str]:
    """Stems of the content words of ``text`` (function words left out)."""
    language = lexical_language()
    stop = stop_words(language) | function_words(language)
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in stop]
    return set(stemmer(language).stemWords(words))


def _verbs(text: str) -> set[str]:
    """Stems of the verbs in a past tense ``text`` has (the participle of a
    compound form: "a démissionné", "ist zurückgetreten"), verbs of saying
    and auxiliaries left out: what happened."""
    from summarizer.fusion import _PAST_FOREIGN

    language = lexical_language()
    rx = _PAST_EN if language == "en" else re.compile(_PAST_FOREIGN[language])
    said = re.compile(rf"(?:{_SAID[language]})", re.IGNORECASE)
    stop = stop_words(language) | function_words(language)
    words = [re.findall(r"[^\W\d_]+", m.group())[-1:] for m in rx.finditer(text)]
    verbs = [w[0].lower() for w in words if w]
    return set(
        stemmer(language).stemWords([v for v in verbs if v not in stop and not said.fullmatch(v)])
    )


def _names(text: str) -> set[str]:
    """The words of the names ``text`` gives (people, places, organisations)."""
    from summarizer.facts import entities

    return {w for f in entities(text) for w in f.value.split()}


def _same_event(a: tuple[set[str], set[str], set[str], set[str]], b: tuple) -> bool:
    """Beyond their likeness as wholes: two sentences (their verbs, content
    stems, names and figures, dates left out) report one happening when the
    verbs of one are all the other's too ("died" / "died"; "convicted" and
    "sentenced", "began" and "ended", "announced" and "completed" are two
    happenings, however alike the sentences read, and so are "armed men
    attacked" and "armed men robbed"), at least half the content words of the
    shorter are the other's too, they name no one the other does not where
    both name someone, and no figure of one contradicts the other's (a
    different figure is another happening, or a figure's conflict)."""
    va, ca, na, fa = a
    vb, cb, nb, fb = b
    if not va or not vb or not (va <= vb or vb <= va):
        return False
    if len(ca & cb) * 2 < min(len(ca), len(cb)):
        return False
    if na and nb and not na & nb:
        return False
    return fa <= fb or fb <= fa


@dataclass(frozen=True)
class _Dated:
    when: When
    sentence: Sentence


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
    and figures (:func:`_same_event`). A bare weekday is worked out to a day
    from its article's date where known, so "Tuesday" in an article of
    2024-11-13 and "12 November" in another agree; where not, weekdays are
    compared as given. A source that names the other side's day anywhere
    (it reports the happening of that day too, or a second one) is not in
    conflict with it. Each side's value is the source's words for the date.
    """
    by_id = {d.id: d for d in documents}
    found: list[_Dated] = []
    named: dict[str, list[When]] = {}
    for doc_id, sents in sentences.items():
        article_date = by_id[doc_id].date if doc_id in by_id else None
        for s in sents:
            named.setdefault(doc_id, []).extend(_all_dates(s.text, article_date))
            when = event_date(s.text, article_date)
            if when is not None:
                found.append(_Dated(when, s))
    if len({x.sentence.doc_id for x in found}) < 2:
        return []
    masked = [_masked(x.sentence.text, x.when)[0] for x in found]
    feats = [
        (
            _verbs(m),
            _content(m),
            _names(m),
            {f.value for f in numbers(m) if not f.extra.get("clock")},
        )
        for m in masked
    ]

    def states(doc_id: str, when: When) -> bool:
        return any(same_day(w, when) for w in named.get(doc_id, ()))

    # The cheap tests first, and only the sentences of pairs that pass them are
    # embedded: pairs that share a verb (an index of verbs), from two sources,
    # whose days differ (all at once, as arrays: a big cluster dates thousands
    # of sentences); then their content and whether a source gives both days.
    pairs = sorted(
        (i, j)
        for i, j in _differing_days(found, [f[0] for f in feats])
        if _same_event(feats[i], feats[j])
        # a source that gives both days reports two happenings
        and not states(found[i].sentence.doc_id, found[j].when)
        and not states(found[j].sentence.doc_id, found[i].when)
    )
    if not pairs:
        return []
    todo = sorted({k for pair in pairs for k in pair})
    vecs = dict(zip(todo, embedder.encode([masked[k] for k in todo]), strict=True))
    parent = list(range(len(found)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked = set()
    for i, j in pairs:
        if float(vecs[i] @ vecs[j]) >= same_event:
            parent[find(i)] = find(j)
            linked.update((i, j))
    order = {x: k for k, x in enumerate(found)}  # sources' order, then their sentences'
    groups: dict[int, list[int]] = {}
    for k in sorted(linked):
        groups.setdefault(find(k), []).append(k)
    conflicts = []
    for ks in groups.values():
        sides: list[list[_Dated]] = []
        for k in ks:
            for side in sides:
                if same_day(side[0].when, found[k].when):
                    side.append(found[k])
                    break
            else:
                sides.append([found[k]])
        if len(sides) < 2:
            continue
        sides.sort(key=lambda side: (-len({x.sentence.doc_id for x in side}), order[side[0]]))
        conflicts.append(
            Conflict(
                kind="contradiction",
                topic=_event_topic(min((x for side in sides for x in side), key=_words)),
                sides=tuple(
                    ConflictSide(
                        value=side[0].when.shown,
                        text=side[0].sentence.text,
                        citations=_sentence_citations([x.sentence for x in side], by_id),
                    )
                    for side in sides
                ),
            )
        )
    return conflicts


def _differing_days(found: Sequence[_Dated], verbs: Sequence[set[str]]) -> set[tuple[int, int]]:
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
    text, at = _masked(x.sentence.text, x.when)
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

# How much of a quotation two sources must share to quote the same words: a run
# of at least QUOTE_WORDS words in a row ("a firm response", "war effort" never
# count), which is at least SAME_QUOTE of the shorter quotation (one may quote
# part of what the other quotes) or twice QUOTE_WORDS long (twelve words in a
# row are no chance: on mds_dev such runs are one statement quoted at two
# lengths, 17 of 29 words).
QUOTE_WORDS = 6
SAME_QUOTE = 0.6
# How many sentences either side of a quotation are read for the other side's
# speaker: a source that names both near the quotation ("Doe said, quoting
# Roe", "a Pentagon spokesman, John Kirby") is not in conflict.
NEAR_SENTENCES = 2
# A speaker that names no one: a pronoun.
_NOT_SPEAKER = frozenset(
    re.findall(r"\w+", "he she they it we i you one this that these those who there here")
)
# A name's words that are not the name: suffixes and initials.
_NAME_SUFFIX = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Nor are articles ("The Pentagon", "Die Demonstranten") or titles ("Ministerin
# Jane Roe": German writes titles capitalised, as it does any noun).
_NOT_NAME = frozenset(
    re.findall(r"\w+", "the die der das den dem des le la les el los las il lo gli os as")
)
_TITLE_WORD = re.compile(
    r"\w*(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin"
    r"|sekretär|sekretärin|bürgermeister|bürgermeisterin|botschafter|botschafterin|chefin"
    r"|vorsitzende|vorsitzender)"
)
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


def _name_words(name: str) -> list[str]:
    """The words of a person's name, lower case, without titles, articles,
    suffixes, initials or a possessive ("Secretary of State Antony Blinken's":
    antony, blinken).

    >>> _name_words("Secretary of State Antony Blinken's"), _name_words("Ministerin Jane Roe")
    (['antony', 'blinken'], ['jane', 'roe'])
    """
    words_ = [w.lower().rstrip(".") for w in re.findall(r"[^\W\d_][\w’'.-]*", name)]
    words_ = [re.sub(r"[’']s$", "", w) for w in words_]
    if len(words_) > 1:  # "Secretary of State Antony Blinken"
        words_ = [
            re.sub(r"[’']s$", "", w.lower().rstrip("."))
            for w in (_speaker_name(name) or "").split()
        ]
    return [
        w
        for w in words_
        if len(w) > 1
        and w not in _NAME_SUFFIX
        and w not in _NOT_NAME
        and w not in _TITLES
        and not _TITLE_WORD.fullmatch(w)
    ]


def _speaker(raw: str | None, people: Sequence[str]) -> tuple[frozenset[str], str]:
    """Who ``raw`` (a quotation's speaker as :func:`summarizer.facts.quotes`
    finds it) names, as the words of every person of ``people`` (the source's
    persons) whose name has all of its words ("Blinken": "Antony Blinken"),
    and the fullest of those names; nothing for a pronoun or a speaker that
    is no person the source names ("Police", "The Pentagon", "Sgt").

    >>> who, name = _speaker("Blinken", ["Antony Blinken", "Mark Rutte"])
    >>> sorted(who), name
    (['antony', 'blinken'], 'Antony Blinken')
    >>> _speaker("He", ["Antony Blinken"]), _speaker("The Pentagon", ["Antony Blinken"])
    ((frozenset(), ''), (frozenset(), ''))
    """
    words_ = _name_words(raw or "")
    if not words_ or words_[0] in _NOT_SPEAKER:
        return frozenset(), ""
    said = set(words_)
    # a person has a name of two words or more ("Die Demonstranten" is none)
    named = [p for p in people if said <= set(p_words := _name_words(p)) and len(p_words) > 1]
    if not named:
        return frozenset(), ""
    return frozenset(w for p in named for w in _name_words(p)), _bare_name(max(named, key=len))


def _bare_name(name: str) -> str:
    """``name`` from its first word that is a name's ("Ministerin Jane Roe": "Jane Roe").

    >>> _bare_name("Ministerin Jane Roe"), _bare_name("Antony Blinken")
    ('Jane Roe', 'Antony Blinken')
    """
    keep = set(_name_words(name))
    words_ = name.split()
    while len(words_) > 1 and re.sub(r"[’']s$", "", words_[0].lower().rstrip(".")) not in keep:
        words_ = words_[1:]
    return " ".join(words_)


def _alike(a: str, b: str) -> bool:
    """One word of a name, spelt alike: equal, or for longer words one the
    other's start or one letter apart ("Mullin", "Mullins")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) != len(b) or min(len(a), len(b)) < 5:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Might two speakers (the words of their names) be one person? Any word
    in common will do ("Blinken" and "Antony Blinken"; "Xi" and "Xi Jinping"):
    a false conflict costs more than a missed one.

    >>> same_person(frozenset({"antony", "blinken"}), frozenset({"blinken"}))
    True
    >>> same_person(frozenset({"jane", "roe"}), frozenset({"john", "doe"}))
    False
    """
    return any(_alike(x, y) for x in a for y in b)


def _names_someone(text: str, who: frozenset[str]) -> bool:
    """Does ``text`` name the person whose name has the words ``who`` (any of
    them, as a capitalised word)?"""
    found = {w.lower() for w in re.findall(r"\b[^\W\d_][\w’'-]*", text) if w[:1].isupper()}
    found = {re.sub(r"[’']s$", "", w) for w in found}
    return any(_alike(w, x) for w in found for x in who)


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
    out = []
    for q in found:
        k = [i for i, s in enumerate(sents) if s.start <= q.end and q.start <= s.end]
        if not k:
            continue
        here = tuple(sents[k[0] : k[-1] + 1])
        text = " ".join(s.text for s in here)
        raw = q.extra.get("speaker")
        who, name = _speaker(raw, people)
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


def _same_quote(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two quotations (their normalised words) quote the same words?

    >>> _same_quote("we will not back down".split(), "we will not back down".split())
    False
    >>> _same_quote("we will not back down ever".split(), "and we will not back down ever".split())
    True
    """
    from difflib import SequenceMatcher

    run = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    shorter = min(len(a), len(b))
    return run.size >= QUOTE_WORDS and (
        run.size >= SAME_QUOTE * shorter or run.size >= 2 * QUOTE_WORDS
    )


def attribution_conflicts(
    documents: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> list[Conflict]:
    """Every quotation that two or more sources put in different mouths:
    "“We will not back down,” Defence Minister Jane Roe said." and "“We will not
    back down,” Prime Minister John Doe said."

    False conflicts cost more than missed ones. The two sources must quote the
    same words (:func:`_same_quote`: at least :data:`QUOTE_WORDS` in a row),
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
    same = {pair for pair in candidates if _same_quote(found[pair[0]].words, found[pair[1]].words)}
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
            or any(_names_someone(found[m].near, who) for m in mine)
            or _names_someone(passed_on.get(q.doc_id, ""), who)
        )

    parent = list(range(len(found)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked = set()
    for i, j in sorted(same):
        a, b = found[i], found[j]
        if a.doc_id == b.doc_id or not a.who or not b.who or same_person(a.who, b.who):
            continue
        if names(i, j) or names(j, i):
            continue
        parent[find(i)] = find(j)
        linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for k in sorted(linked):
        groups.setdefault(find(k), []).append(k)
    conflicts = []
    for ks in groups.values():
        sides: list[list[_Quoted]] = []
        for k in ks:
            for side in sides:
                if same_person(side[0].who, found[k].who):
                    side.append(found[k])
                    break
            else:
                sides.append([found[k]])
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


def is_attribution_conflict(conflict: Conflict) -> bool:
    """Is ``conflict`` about who said a quotation (:func:`attribution_conflicts`)?
    Its topic is then the quotation, in quotation marks, and each side's value
    a name (no figure, no date).

    >>> side = lambda v: ConflictSide(v, v, ())
    >>> is_attribution_conflict(Conflict("contradiction", "“We will not back down”",
    ...     (side("Jane Roe"), side("John Doe"))))
    True
    >>> is_attribution_conflict(Conflict("contradiction", "troops", (side("12"), side("15"))))
    False
    """
    topic = conflict.topic
    return (
        topic[:1] == "“"
        and topic[-1:] == "”"
        and all(_is_name_value(side.value) for side in conflict.sides)
    )


def _is_name_value(value: str) -> bool:
    """Is ``value`` (a conflict side's) a name: no digit, figure or date in it?"""
    return not re.search(r"\d", value) and not numbers(value) and not _only_dates(value)


def conflict_about(conflict: Conflict) -> str:
    """What ``conflict`` is about: ``"attribution"`` (who said a quotation),
    ``"date"`` or ``"figure"``."""
    if is_attribution_conflict(conflict):
        return "attribution"
    return "date" if is_date_conflict(conflict) else "figure"


def states_contested_quote(text: str, conflicts: Sequence[Conflict]) -> bool:
    """Does ``text`` quote words that sources put in different mouths (those
    of an attribution conflict's sides, :func:`_same_quote`)?

    >>> side = lambda v, t: ConflictSide(v, t, ())
    >>> k = Conflict("contradiction", "“We will not back down”", (
    ...     side("Jane Roe", "“We will not back down, not now, not ever,” Jane Roe said."),
    ...     side("John Doe", "“We will not back down, not now,” John Doe said.")))
    >>> states_contested_quote("“We will not back down, not now,” Doe said.", [k])
    True
    >>> states_contested_quote("Doe said they would not back down.", [k])
    False
    """
    mine = [q.value.split() for q in quotes(text, all_marks=True)]
    if not mine:
        return False
    theirs = [
        q.value.split()
        for k in conflicts
        if is_attribution_conflict(k)
        for side in k.sides
        for q in quotes(side.text, all_marks=True)
    ]
    return any(_same_quote(a, b) for a in mine for b in theirs)


def is_date_conflict(conflict: Conflict) -> bool:
    """Is ``conflict`` about a date (:func:`date_conflicts`) rather than a
    figure? Each side's value is then a date and nothing else ("Tuesday",
    "3 March", "Tuesday (2024-11-12)").

    >>> side = lambda v: ConflictSide(v, v, ())
    >>> is_date_conflict(Conflict("contradiction", "x", (side("Tuesday"), side("4 March"))))
    True
    >>> is_date_conflict(Conflict("contradiction", "x", (side("12 dead"), side("15 dead"))))
    False
    """
    return all(_only_dates(side.value) for side in conflict.sides)


def _only_dates(value: str) -> bool:
    rest = value
    for f in sorted(dates(value), key=lambda f: -f.start):
        rest = rest[: f.start] + rest[f.end :]
    return rest != value and not re.search(r"\w", rest)


def _sentence_citations(
    sents: Sequence[Sentence], by_id: Mapping[str, Document]
) -> tuple[Citation, ...]:
    out, seen = [], set()
    for s in sents:
        if (s.doc_id, s.start) not in seen:
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
# The same for a contested date (date_conflicts), and for a sentence that
# states both a contested figure and a contested date.
CONTESTED_DATE_NOTE = " (sources differ on this date)"
CONTESTED_DATE_NOTES = {
    "en": CONTESTED_DATE_NOTE,
    "es": " (las fuentes difieren sobre esta fecha)",
    "fr": " (les sources divergent sur cette date)",
    "de": " (die Quellen nennen unterschiedliche Daten)",
    "it": " (le fonti divergono su questa data)",
    "pt": " (as fontes divergem sobre esta data)",
    "zh": "（各来源日期不一）",
    "ja": "（情報源により日付が異なる）",
}
CONTESTED_BOTH_NOTES = {
    "en": " (sources differ on this figure and date)",
    "es": " (las fuentes difieren sobre esta cifra y esta fecha)",
    "fr": " (les sources divergent sur ce chiffre et cette date)",
    "de": " (die Quellen nennen unterschiedliche Zahlen und Daten)",
    "it": " (le fonti divergono su questa cifra e questa data)",
    "pt": " (as fontes divergem sobre este número e esta data)",
    "zh": "（各来源数字和日期不一）",
    "ja": "（情報源により数字と日付が異なる）",
}
# The same for a quotation that sources put in different mouths
# (attribution_conflicts), and for one that states a contested figure or date too.
CONTESTED_SPEAKER_NOTE = " (sources differ on who said this)"
CONTESTED_SPEAKER_NOTES = {
    "en": CONTESTED_SPEAKER_NOTE,
    "es": " (las fuentes difieren sobre quién lo dijo)",
    "fr": " (les sources divergent sur qui a dit cela)",
    "de": " (die Quellen nennen unterschiedliche Sprecher)",
    "it": " (le fonti divergono su chi lo abbia detto)",
    "pt": " (as fontes divergem sobre quem disse isto)",
    "zh": "（各来源说话人不一）",
    "ja": "（情報源により発言者が異なる）",
}
CONTESTED_MIXED_NOTES = {
    "en": " (sources differ on this and on who said it)",
    "es": " (las fuentes difieren sobre esto y sobre quién lo dijo)",
    "fr": " (les sources divergent sur ce point et sur qui a dit cela)",
    "de": " (die Quellen weichen hier ab und nennen unterschiedliche Sprecher)",
    "it": " (le fonti divergono su questo e su chi lo abbia detto)",
    "pt": " (as fontes divergem sobre isto e sobre quem o disse)",
    "zh": "（各来源说法和说话人不一）",
    "ja": "（情報源により内容と発言者が異なる）",
}
_NOTES = {
    "figure": CONTESTED_NOTES,
    "date": CONTESTED_DATE_NOTES,
    "both": CONTESTED_BOTH_NOTES,
    "attribution": CONTESTED_SPEAKER_NOTES,
    "mixed": CONTESTED_MIXED_NOTES,
}
# Sentence ends of Chinese and Japanese: the note goes before them too.
_CJK_ENDS = ("。", "！", "？")


def contested_note(language: str | None = None, what: str = "figure") -> str:
    """The note on a contested figure in ``language`` (else the brief's
    language); English for a language without its own. ``what``: ``"date"``
    for a contested date, ``"both"`` for a figure and a date, ``"attribution"``
    for a quotation sources put in different mouths, ``"mixed"`` for such a
    quotation that states a contested figure or date too (:func:`note_what`).

    >>> contested_note("en"), contested_note("es"), contested_note("ru")
    (' (sources differ on this figure)', ' (las fuentes difieren sobre esta cifra)', \
' (sources differ on this figure)')
    >>> contested_note("en", "date"), contested_note("fr", "date")
    (' (sources differ on this date)', ' (les sources divergent sur cette date)')
    >>> contested_note("en", "attribution"), contested_note("de", "attribution")
    (' (sources differ on who said this)', ' (die Quellen nennen unterschiedliche Sprecher)')
    """
    notes = _NOTES[what]
    return notes.get(language or current_language(), notes["en"])


def has_contested_note(text: str, language: str | None = None) -> bool:
    """Does ``text`` carry a note that sources differ (on a figure, a date,
    both, who said it, or that and more; :func:`contested_note`)?

    >>> has_contested_note(note_contested("It struck on Tuesday.", "en", "date"))
    True
    >>> has_contested_note(note_contested("“We will not back down,” Roe said.", "en",
    ...                                   "attribution"))
    True
    >>> has_contested_note("It struck on Tuesday.")
    False
    """
    return any(contested_note(language, what) in text for what in _NOTES)


def without_contested_note(text: str) -> str:
    """``text`` without any note that sources differ, in any language (what a
    brief sentence claims, for scoring it against its citations).

    >>> without_contested_note("It struck on Tuesday (sources differ on this date).")
    'It struck on Tuesday.'
    >>> without_contested_note("“No,” Roe said (sources differ on who said this).")
    '“No,” Roe said.'
    """
    for notes in _NOTES.values():
        for note in notes.values():
            text = text.replace(note, "")
    return text


def contested_what(text: str, values: Sequence[str]) -> str:
    """Which note a sentence stating some of the contested ``values`` (every
    conflict's sides' values) takes (:func:`note_what`); a figure's where it
    states none of them (as ever). A date's value is found by the source's
    words for it ("Tuesday" of "Tuesday (2024-11-12)"); a speaker's (a value
    that is a name: no figure, no date) by any word of the name, in a sentence
    that quotes someone.

    >>> contested_what("It struck on Tuesday.", ["Tuesday (2024-11-12)", "12 dead"])
    'date'
    >>> contested_what("12 dead.", ["Tuesday", "12 dead"])
    'figure'
    >>> contested_what("“We will not back down,” Roe said.", ["Jane Roe", "John Doe"])
    'attribution'
    """
    on_date = [_only_dates(v) for v in values]
    named = [not d and _is_name_value(v) for v, d in zip(values, on_date, strict=True)]
    date = any(d and v.split(" (")[0] in text for v, d in zip(values, on_date, strict=True))
    figure = any(
        not d and not n and v in text for v, d, n in zip(values, on_date, named, strict=True)
    )
    said = bool(quotes(text, all_marks=True)) and any(
        _names_someone(text, frozenset(_name_words(v)))
        for v, n in zip(values, named, strict=True)
        if n
    )
    return note_what(figure, date, said) or "figure"


def note_what(figure: bool, date: bool, attribution: bool) -> str | None:
    """The note (:func:`contested_note`'s ``what``) for a sentence that states a
    contested figure, date, quotation (whose speaker sources differ on), or
    several; None for none. A quotation with a contested figure or date takes
    one note for all: ``"mixed"``, "sources differ on this and on who said it".

    >>> note_what(True, True, False), note_what(False, False, True), note_what(True, False, True)
    ('both', 'attribution', 'mixed')
    >>> note_what(False, False, False) is None
    True
    """
    if attribution:
        return "mixed" if figure or date else "attribution"
    if figure or date:
        return "both" if figure and date else "figure" if figure else "date"
    return None


def states_date(text: str) -> bool:
    """Does ``text`` name a day (a weekday or a day of a month)?

    >>> states_date("The quake struck on 3 March."), states_date("It struck in 2019.")
    (True, False)
    """
    return any(f.kind == "weekday" or _DAY_VALUE.match(f.value) for f in dates(text))


def note_contested(text: str, language: str | None = None, what: str = "figure") -> str:
    """``text`` with the note on a contested figure (:func:`contested_note`;
    ``what``: ``"date"``, ``"both"``, ``"attribution"``, ``"mixed"``) before its final
    full stop (after a closing quotation mark, which the note never enters).

    >>> note_contested("About 11,000 troops were sent.")
    'About 11,000 troops were sent (sources differ on this figure).'
    >>> note_contested('He said 11,000 troops “have moved.”')
    'He said 11,000 troops “have moved.” (sources differ on this figure).'
    >>> note_contested("Unos 11.000 soldados fueron enviados.", "es")
    'Unos 11.000 soldados fueron enviados (las fuentes difieren sobre esta cifra).'
    >>> note_contested("约三千名居民被转移。", "zh")
    '约三千名居民被转移（各来源数字不一）。'
    >>> note_contested("The minister resigned on Tuesday.", what="date")
    'The minister resigned on Tuesday (sources differ on this date).'
    """
    language = language or current_language()
    note = contested_note(language, what)
    body = text.rstrip()
    if body[-1:] in _CJK_ENDS:
        return body[:-1] + note + body[-1]
    if body[-1:] in (".", "!", "?") and body[-2:-1] not in (".", "!", "?"):
        return body[:-1] + note + body[-1]
    return body + note + ("。" if language in ("zh", "ja") else ".")
