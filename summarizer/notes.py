"""Notes: what a brief sentence says where sources differ, and which it takes.

Fusion adds a note to a brief sentence that states a contested figure, date or quotation (of
a conflict :func:`summarizer.conflicts.detect_conflicts` finds), in the brief's language:
"(sources differ on this figure)", "... on this date", "... on this figure and date", "... on
who said this", "... on this and on who said it" (:data:`CONTESTED_NOTES` and the other
tables; :func:`contested_note`, :func:`note_contested`; :func:`has_contested_note` and
:func:`without_contested_note` find and strip them). Which note a sentence takes:
:func:`contested_what`, :func:`note_what`,
:func:`states_contested_quote`. What a conflict is about, from its sides' values:
:func:`conflict_about`, :func:`is_date_conflict`, :func:`is_attribution_conflict`.
:mod:`summarizer.conflicts`, where the figure note was first defined, re-exports the names
its callers import from there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.events import without_relative_days
from summarizer.facts import dates, numbers, quotes
from summarizer.language import current_language
from summarizer.speakers import name_words, names_someone, same_quote
from summarizer.types import Conflict


def is_attribution_conflict(conflict: Conflict) -> bool:
    """Is ``conflict`` about who said a quotation
    (:func:`summarizer.conflicts.attribution_conflicts`)? Its topic is then the
    quotation, in quotation marks, and each side's value a name (no figure, no
    date).

    >>> from summarizer.types import ConflictSide
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
    of an attribution conflict's sides, :func:`summarizer.speakers.same_quote`)?

    >>> from summarizer.types import ConflictSide
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
    return any(same_quote(a, b) for a in mine for b in theirs)


def is_date_conflict(conflict: Conflict) -> bool:
    """Is ``conflict`` about a date (:func:`summarizer.conflicts.date_conflicts`)
    rather than a figure? Each side's value is then a date and nothing else ("Tuesday",
    "3 March", "Tuesday (2024-11-12)", "yesterday (2024-11-12)").

    >>> from summarizer.types import ConflictSide
    >>> side = lambda v: ConflictSide(v, v, ())
    >>> is_date_conflict(Conflict("contradiction", "x", (side("Tuesday"), side("4 March"))))
    True
    >>> is_date_conflict(Conflict("contradiction", "x", (side("12 dead"), side("15 dead"))))
    False
    >>> is_date_conflict(Conflict("contradiction", "x", (side("yesterday (2024-11-12)"),
    ...     side("Monday (2024-11-11)"))))
    True
    """
    return all(_only_dates(side.value) for side in conflict.sides)


def _only_dates(value: str) -> bool:
    rest = value
    for f in sorted(dates(value), key=lambda f: -f.start):
        rest = rest[: f.start] + rest[f.end :]
    return rest != value and not re.search(r"\w", without_relative_days(rest))


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
    "zh-Hant": "（各來源數字不一）",
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
    "zh-Hant": "（各來源日期不一）",
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
    "zh-Hant": "（各來源數字和日期不一）",
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
    "zh-Hant": "（各來源說話人不一）",
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
    "zh-Hant": "（各來源說法和說話人不一）",
    "ja": "（情報源により内容と発言者が異なる）",
}
_NOTES = {
    "figure": CONTESTED_NOTES,
    "date": CONTESTED_DATE_NOTES,
    "both": CONTESTED_BOTH_NOTES,
    "attribution": CONTESTED_SPEAKER_NOTES,
    "mixed": CONTESTED_MIXED_NOTES,
}
# Added by fusion after a figure that a later report updates (summarizer.fusion.cluster_changes:
# "at least three people" on Tuesday, "five" on Wednesday), naming the later figure ("{}"); where
# later reports give several, each, joined by the language's "or" (UPDATE_OR).
UPDATE_NOTES = {
    "en": " (later reports: {})",
    "es": " (informes posteriores: {})",
    "fr": " (informations ultérieures : {})",
    "de": " (spätere Berichte: {})",
    "it": " (notizie successive: {})",
    "pt": " (relatos posteriores: {})",
    "zh": "（后续报道：{}）",
    "zh-Hant": "（後續報導：{}）",
    "ja": "（その後の報道：{}）",
}
UPDATE_OR = {
    "en": " or ",
    "es": " o ",
    "fr": " ou ",
    "de": " oder ",
    "it": " o ",
    "pt": " ou ",
    "zh": "或",
    "zh-Hant": "或",
    "ja": "または",
}
# Any update note, whatever figure it names (none of them holds a bracket).
_UPDATE_NOTE_RE = re.compile(
    "|".join(
        re.escape(head) + r"[^()（）]+" + re.escape(tail)
        for head, tail in (note.split("{}") for note in UPDATE_NOTES.values())
    )
)
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
    both, who said it, or that and more; :func:`contested_note`), or that later
    reports update a figure it states (:func:`note_update`)?

    >>> has_contested_note(note_contested("It struck on Tuesday.", "en", "date"))
    True
    >>> has_contested_note(note_contested("“We will not back down,” Roe said.", "en",
    ...                                   "attribution"))
    True
    >>> has_contested_note("It struck on Tuesday.")
    False
    """
    language = language or current_language()
    languages = (language, "zh-Hant") if language == "zh" else (language,)
    return bool(_UPDATE_NOTE_RE.search(text)) or any(
        contested_note(lang, what) in text for lang in languages for what in _NOTES
    )


def without_contested_note(text: str) -> str:
    """``text`` without any note that sources differ or that later reports update
    a figure (:func:`note_update`), in any language (what a brief sentence claims,
    for scoring it against its citations).

    >>> without_contested_note("It struck on Tuesday (sources differ on this date).")
    'It struck on Tuesday.'
    >>> without_contested_note("“No,” Roe said (sources differ on who said this).")
    '“No,” Roe said.'
    >>> without_contested_note("It killed at least three people (later reports: five).")
    'It killed at least three people.'
    """
    for notes in _NOTES.values():
        for note in notes.values():
            text = text.replace(note, "")
    return without_update_note(text)


def without_update_note(text: str) -> str:
    """``text`` without its notes that later reports update a figure (:func:`note_update`),
    in any language; its notes that sources differ kept.

    >>> without_update_note("It killed three (later reports: five) (sources differ on this date).")
    'It killed three (sources differ on this date).'
    """
    return _UPDATE_NOTE_RE.sub("", text)


def note_update(text: str, figure: str, later: Sequence[str], language: str | None = None) -> str:
    """``text`` with a note after its ``figure`` (the words that state it) naming the
    figures that later reports give for it instead (``later``, in their words), in
    ``language`` (else the brief's; English for a language without its own): an early
    toll kept in a brief no longer reads as the current one. ``text`` as it is where it
    does not state ``figure``.

    >>> note_update("The blast killed at least three people, police said.",
    ...             "at least three people", ["five"])
    'The blast killed at least three people (later reports: five), police said.'
    >>> note_update("Au moins trois personnes sont mortes.", "trois personnes", ["cinq", "six"],
    ...             "fr")
    'Au moins trois personnes (informations ultérieures : cinq ou six) sont mortes.'
    """
    language = language or current_language()
    if language == "zh":
        from summarizer.labels import chinese_tag

        language = chinese_tag(text)  # "zh-Hant" for Traditional characters
    at = re.search(
        (r"\b" if figure[:1].isalnum() else "")
        + re.escape(figure)
        + (r"(?!\w)" if figure[-1:].isalnum() else ""),
        text,
    )
    if at is None or not later:
        return text
    names = UPDATE_OR.get(language, UPDATE_OR["en"]).join(_lowered(f) for f in later)
    note = UPDATE_NOTES.get(language, UPDATE_NOTES["en"]).format(names)
    return text[: at.end()] + note + text[at.end() :]


def _lowered(figure: str) -> str:
    """``figure`` as it reads inside a sentence: a capital its sentence gave it ("At
    least four people") lowered, not an acronym's ("US$5 billion")."""
    return figure[:1].lower() + figure[1:] if figure[1:2].islower() else figure


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
        names_someone(text, frozenset(name_words(v)))
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
    >>> note_contested("這次有三千名居民被轉移。", "zh")  # in Traditional characters
    '這次有三千名居民被轉移（各來源數字不一）。'
    """
    language = language or current_language()
    if language == "zh":
        from summarizer.labels import chinese_tag

        language = chinese_tag(text)  # "zh-Hant" for Traditional characters
    note = contested_note(language, what)
    body = text.rstrip()
    if body[-1:] in _CJK_ENDS:
        return body[:-1] + note + body[-1]
    if body[-1:] in (".", "!", "?") and body[-2:-1] not in (".", "!", "?"):
        return body[:-1] + note + body[-1]
    return body + note + ("。" if language.split("-")[0] in ("zh", "ja") else ".")
