"""Events: the day a sentence dates a past happening to.

:func:`event_date` reads the one day a sentence dates something that has happened to (a
:class:`When`: "The minister resigned on Tuesday"), else None: no day or two days, a bound, a
deadline or a plan, another time beside it, a recurring happening, the day of a saying, or
nothing in a past tense (:mod:`summarizer.tense`). A bare weekday is worked out to a day from
the article's date of publication, and so are "yesterday" and "today" (:func:`relative_days`);
:func:`same_day` tells whether two such days are one, and :func:`all_dates` gives every day a
sentence names. What identifies the happening: the sentence without its date
(:func:`without_date`), its verbs in a past tense, one verb for a happening worded in other
verbs ("resigned", "stepped down": :func:`past_verbs`), content stems (:func:`content_stems`)
and names (:func:`names_in`), and the clause a date stands in (:func:`clause_of`). Whether two
dated sentences report one happening: :func:`same_happening`; whether evidence dates a
sentence's happening to its day or another: :func:`check_day`. The word tables are per
language (English, Spanish, French, German, Italian, Portuguese). Read by
:func:`summarizer.conflicts.date_conflicts`, by fusion (support and citations) and by the
faithfulness scorer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from summarizer.facts import dates
from summarizer.language import current_language, lexical_language
from summarizer.saying import SAYING, saying_words
from summarizer.tense import (
    CONDITIONAL_EN,
    PAST_EN,
    PAST_FOREIGN,
    ends_span,
    foreign_past_weekday,
    future_re,
)
from summarizer.text import quotations, stemmer, stop_words

# A day of a month as :func:`summarizer.facts.dates` gives it ("2024-11-12", "XXXX-11-12"
# when the year is not said).
DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")
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
    "it": r"fino\s+a[dl]?|entro|da|dal|dalla|prima\s+d[ie]l?|dopo|per|tra|fra|ogni|tutti\s+i"
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
# Days named from the article's own ("yesterday", "this morning"), each with how
# many days before the article's date it falls: a day of the happening, as a
# weekday is, where the article's date is known.
# Where two overlap, the one listed first is read ("the day before yesterday", not
# its "yesterday").
_RELATIVE_DAYS = {
    "en": (
        (r"the\s+day\s+before\s+yesterday", 2),
        (r"yesterday|last\s+(?:night|evening)", 1),
        (r"today|tonight|this\s+(?:morning|afternoon|evening)", 0),
    ),
    "es": ((r"anteayer", 2), (r"ayer|anoche", 1), (r"hoy|esta\s+(?:mañana|tarde|noche)", 0)),
    "fr": (
        (r"avant-hier", 2),
        (r"hier", 1),
        (r"aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+soir", 0),
    ),
    "de": ((r"vorgestern", 2), (r"gestern", 1), (r"heute", 0)),
    "it": (
        (r"l['’]altro\s+ieri|ieri\s+l['’]altro|altroieri", 2),
        (r"ieri", 1),
        (r"oggi|stamattina|stamani|stasera", 0),
    ),
    "pt": ((r"anteontem", 2), (r"ontem", 1), (r"hoje|(?:esta|nesta)\s+(?:manhã|tarde|noite)", 0)),
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
# fmt: off
# Verbs of saying and reporting: a date in their clause ("Police said on
# Tuesday that ...", "CNN reported Monday") dates the saying, which sources may
# well repeat on two days, not the happening; nor is saying the happening two
# sentences share.
_SAID = {
    "en": r"said|says|say|told|tells|added|stated|noted|tweeted|wrote|posted|reported|reports"
          r"|according",
    **{language: saying_words(language) for language in SAYING},
}
# fmt: on
# What ends the clause a date stands in.
CLAUSE_END = re.compile(r"[,;:()\[\]\"“”«»—–]|\s-\s")


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


def article_day(article_date: str | None):
    """The article's date of publication (ISO, a time after it allowed) as a date; None
    where it is not one."""
    import datetime as dt

    try:
        return dt.date.fromisoformat((article_date or "")[:10])
    except ValueError:
        return None


def last_weekday(day, weekday: str):
    """The last ``weekday`` (English, lower case) on or before the date ``day``;
    None where that falls before the calendar's first day (a date such as
    "0001-01-01" given for an article).

    >>> import datetime as dt
    >>> last_weekday(dt.date(2024, 11, 13), "tuesday"), last_weekday(dt.date(1, 1, 1), "sunday")
    (datetime.date(2024, 11, 12), None)
    """
    import datetime as dt

    from summarizer.facts import WEEKDAYS

    try:
        return day - dt.timedelta(days=(day.weekday() - WEEKDAYS.index(weekday)) % 7)
    except OverflowError:
        return None


def _resolve(when: When, article_date: str | None) -> When | None:
    """``when`` with what the article's date adds: the year of a day and month
    (the last such day on or before it), the day of a bare weekday, the
    weekday of a day whose year is known. None for a day that does not exist
    or a weekday that is not that day's."""
    import datetime as dt

    from summarizer.facts import WEEKDAYS

    article = article_day(article_date)
    weekday, day, year, resolved = when.weekday, when.day, when.year, False
    if day:
        try:  # a day that no year has ("31 April", "30 February"), with or without a year
            dt.date(2000, *map(int, day.split("-")))  # (2000: a leap year)
        except ValueError:
            return None
    if day and not year and article:
        month_day = tuple(map(int, day.split("-")))
        year = str(article.year - ((month_day) > (article.month, article.day)))
    elif weekday and not day and article:
        on = last_weekday(article, weekday)
        if on is None:
            return None
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
    that names no day, two days, a day and another time ("two days later", "in
    2019"), a bound, a deadline or a plan ("since Saturday", "by Tuesday",
    "will meet on Friday"), a recurring happening ("again", "a second
    suspect") or nothing that has happened (no verb in a past tense).
    ``article_date``: the article's date of publication (ISO), which resolves a
    bare weekday to a day, and without which "yesterday" or "today" is no day.

    >>> event_date("The minister resigned on Tuesday.", "2024-11-13")
    When(text='Tuesday', start=25, end=32, weekday='tuesday', day='11-12', year='2024', \
resolved=True)
    >>> event_date("Prodigy died Tuesday (June 20) at 42.").text
    'Tuesday (June 20)'
    >>> event_date("The minister resigned yesterday.", "2024-11-13").shown
    'yesterday (2024-11-12)'
    >>> [event_date(t) for t in ("Talks will resume on Tuesday.", "Police arrested "
    ...  "a second suspect on Monday.", "He was freed on Monday and left on Tuesday.")]
    [None, None, None]
    """
    language = lexical_language()
    if current_language() != language:  # no date forms of its own (Chinese, Japanese, ...)
        return None
    when = _day_named(text, language, article_date)
    if when is None:
        return None
    flags = re.IGNORECASE
    rest = text[: when.start] + " " * (when.end - when.start) + text[when.end :]
    if (
        future_re(language).search(text)
        or re.search(rf"(?<!\w)(?:{_OTHER_TIME[language]})(?!\w)", rest, flags)
        or re.search(rf"(?<!\w)(?:{_AGAIN[language]})(?!\w)", text, flags)
    ):
        return None
    if language == "en":
        if not PAST_EN.search(text) or CONDITIONAL_EN.search(text):
            return None
    elif not re.search(PAST_FOREIGN[language], text):
        return None
    before = text[max(0, when.start - 40) : when.start]
    if re.search(rf"(?<!\w)(?:{_NOT_EVENT_BEFORE[language]})\s+(?:the\s+)?$", before, flags):
        return None
    clause = clause_of(text, when.start, when.end)
    if re.search(rf"(?<!\w)(?:{_SAID[language]})(?!\w)", clause, flags):
        return None  # the day something was said or reported
    if re.match(rf"\s*(?:{_NOT_EVENT_AFTER[language]})(?!\w)", text[when.end :], flags):
        return None
    return when


def _day_named(text: str, language: str, article_date: str | None) -> When | None:
    """The one day ``text`` names, resolved with the article's date
    (:func:`_resolve`), before :func:`event_date` asks whether it dates a
    happening: a date, a weekday, or both for one day ("Tuesday (June 20)"),
    or a day named from the article's ("yesterday"); None for no day, two,
    a month or year beside it, or a bare weekday of another language that is
    not the last such day ("el próximo lunes", "le lundi": every Monday)."""
    facts = dates(text)
    relative = relative_days(text, article_date)
    if relative:
        if len(relative) > 1 or facts:
            return None
        # "The factory, which today employs 300 people, was closed": a "today" whose
        # own clause reports nothing past means "nowadays"
        w = relative[0]
        return w if past_verbs(_day_clause(text, w.start, w.end, language)) else None
    if not facts or any(f.kind == "date" and not DAY_VALUE.match(f.value) for f in facts):
        return None  # no day, or a month or year beside it ("in 2019", "since March")
    for f, g in pairwise(facts):
        if not _DATE_JOIN.fullmatch(text[f.end : g.start]):
            return None  # two dates: two days, a range, or a day repeated
    weekdays = {f.value for f in facts if f.kind == "weekday"}
    days = [f.value for f in facts if f.kind == "date"]
    if len(weekdays) > 1 or len(days) > 1:
        return None
    first, last = facts[0], facts[-1]
    if not days and language != "en" and not foreign_past_weekday(text, first, None):
        return None
    end = last.end + (text[last.end : last.end + 1] == ")" and "(" in text[first.start : last.end])
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


@lru_cache(maxsize=8)
def _relative_res(language: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    """:data:`_RELATIVE_DAYS` of ``language``, compiled, each with its days back."""
    return tuple(
        # not "today's" (a day's name as an attribute), nor "hoy en día", "hoje em
        # dia" ("nowadays")
        (
            re.compile(
                rf"(?<![\w-])(?:{words})(?![\w-])(?!['’]s\b)(?!\s+(?:en|em)\s+d[ií]a\b)",
                re.IGNORECASE,
            ),
            back,
        )
        for words, back in _RELATIVE_DAYS.get(language, ())
    )


# What may come before a word that opens a sentence or clause: nothing, or a sentence's
# end, a quotation mark, a bracket or a dash.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\"“‘'(\[—–-])\s*$")


def names_a_day(text: str) -> bool:
    """Does ``text`` date what it reports to a day: a weekday ("on Friday"), a day of a
    month ("Nov. 3"), or a day counted from the article's ("yesterday", "this morning";
    :func:`relative_words`)? A month or a year alone does not ("convicted in January"),
    nor "USA Today" or a speaker's quoted "today".

    >>> names_a_day("He was jailed on Friday."), names_a_day("He was convicted in January.")
    (True, False)
    >>> names_a_day("He resigned yesterday."), names_a_day("He told USA Today.")
    (True, False)
    """
    return any(f.kind == "weekday" or DAY_VALUE.match(f.value) for f in dates(text)) or bool(
        relative_words(text)
    )


def without_relative_days(text: str) -> str:
    """``text`` less the words that name a day from the article's date ("yesterday",
    "this morning", "hier": :data:`_RELATIVE_DAYS`), wherever they stand.

    >>> without_relative_days("yesterday (2024-11-12)")
    ' (2024-11-12)'
    """
    for rx, _ in _relative_res(lexical_language()):
        text = rx.sub("", text)
    return text


def relative_days(text: str, article_date: str | None) -> list[When]:
    """The days ``text`` names from its article's date ("yesterday", "this
    morning", "hier", "gestern", "ontem"), each worked out to the day it
    falls on, as a bare weekday is (``resolved``); none where the article's
    date is not known. Not in a quotation (the speaker's "today" is the day
    of the words, which an article may report days later), nor in capitals
    ("USA TODAY": a name).

    >>> [w.shown for w in relative_days("It rained yesterday and today.", "2024-11-13")]
    ['yesterday (2024-11-12)', 'today (2024-11-13)']
    >>> relative_days("It rained yesterday.", None)
    []
    >>> relative_days("“We left today,” he said.", "2024-11-13")
    []
    """
    import datetime as dt

    from summarizer.facts import WEEKDAYS

    article = article_day(article_date)
    if article is None:
        return []
    out: list[When] = []
    for m, back in relative_words(text):
        try:
            on = article - dt.timedelta(days=back)
        except OverflowError:  # before the calendar's first day
            continue
        weekday, day = WEEKDAYS[on.weekday()], on.strftime("%m-%d")
        out.append(When(m.group(), m.start(), m.end(), weekday, day, str(on.year), True))
    return out


def relative_words(text: str) -> list[tuple[re.Match[str], int]]:
    """The words of ``text`` that name a day from its article's (:data:`_RELATIVE_DAYS`),
    each with how many days back it is, in text order: not in a quotation, nor a name
    ("USA TODAY", "USA Today", "NBC's Today show"); where two overlap, the one the table
    lists first ("the day before yesterday", not its "yesterday")."""
    out: list[tuple[re.Match[str], int]] = []
    quoted = quotations(text)
    for rx, back in _relative_res(lexical_language()):
        for m in rx.finditer(text):
            word = m.group()
            if (
                any(w.start() < m.end() and m.start() < w.end() for w, _ in out)  # read already
                or word[1:] != word[1:].lower()  # "USA TODAY"
                or (word[0].isupper() and not _OPENS_SENTENCE.search(text, 0, m.start()))
                or any(a <= m.start() < b for a, b in quoted)
            ):
                continue  # a name ("USA Today", "NBC's Today show") or the speaker's day
            out.append((m, back))
    return sorted(out, key=lambda x: x[0].start())


def clause_of(text: str, start: int, end: int) -> str:
    """The clause the words at ``start:end`` stand in; for a date set apart by
    commas ("On Tuesday, he said ...", "He said, on Tuesday, that ..."), the
    clauses on either side too.

    >>> clause_of("On Tuesday, he said it was over, and left.", 3, 10)
    'On Tuesday he said it was over'
    """
    before = CLAUSE_END.split(text[:start])
    after = CLAUSE_END.split(text[end:])
    own = before[-1] + text[start:end] + after[0]
    if len(_DATE_PREP.sub("", before[-1]).split()) + len(after[0].split()) > 0:
        return own
    return " ".join(" ".join([*before[-2:-1], own, *after[1:2]]).split())


def all_dates(text: str, article_date: str | None) -> list[When]:
    """Every day ``text`` names, each alone, resolved where the article's date
    allows ("yesterday" only there): what a source says of days anywhere, for
    :func:`date_conflicts` to see that it gives the other side's date too."""
    out = relative_days(text, article_date)
    for f in dates(text):
        if f.kind == "weekday":
            w = When(f.text, f.start, f.end, weekday=f.value)
        elif DAY_VALUE.match(f.value):
            y = None if f.value.startswith("X") else f.value[:4]
            w = When(f.text, f.start, f.end, day=f.value[5:], year=y)
        else:
            continue
        resolved = _resolve(w, article_date)
        if resolved is not None:  # (not a day that does not exist)
            out.append(resolved)
    return out


# The part of a day named right after its date, which goes with it: "on Monday evening",
# "el martes por la noche", "samedi soir", "lunedì sera", "na terça-feira à noite".
_PART_OF_DAY = {
    "en": r"morning|afternoon|evening|night",
    "es": r"por\s+la\s+(?:mañana|tarde|noche)",
    "fr": r"matin|après-midi|soir",
    "de": r"(?:früh|morgen|vormittag|nachmittag|abend|nacht)",
    "it": r"mattina|pomeriggio|sera|notte",
    "pt": r"(?:de|à|pela)\s+(?:manhã|tarde|noite)",
}


def without_date(text: str, when: When) -> tuple[str, int]:
    """``text`` without its date, the word that introduces it ("on", "el",
    "am") and the part of the day after it ("evening"), and where the date was:
    what the sentence says happened.

    >>> without_date("The bridge gave way on Monday evening.", event_date(
    ...     "The bridge gave way on Monday evening."))
    ('The bridge gave way.', 19)
    """
    before = _DATE_PREP.sub("", text[: when.start]).rstrip()
    part = rf"\s*(?:{_PART_OF_DAY.get(lexical_language(), _PART_OF_DAY['en'])})\b(?!['’]s)"
    after = re.sub(rf"^{part}", "", text[when.end :], flags=re.IGNORECASE).lstrip()
    if not before:
        after = after.lstrip(",;: ")
    elif after[:1] in (",", ";") and before[-1:] in (",", "(", "—", "–"):
        after = after[1:].lstrip()
    out = f"{before}{after}" if after[:1] in tuple(",;:.!?") else f"{before} {after}"
    return out.strip(), len(before)


def content_stems(text: str) -> set[str]:
    """Stems of the content words of ``text`` (function words left out)."""
    language = lexical_language()
    stop = stop_words(language)  # (the function words are among them)
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in stop]
    return set(stemmer(language).stemWords(words))


# News verbs that tell of one happening in other words ("resigned", "stepped
# down", "quit"), each mapped to one of them, so that two sources that word it
# differently share its verb (a verb and the word after it: "stepped down", not
# "stepped up"). Verbs of different happenings stay apart: "convicted" and
# "sentenced", "began" and "ended", "attacked" and "robbed", "shot" (not "shot
# dead") and "killed".
SAME_VERB = {
    "en": {
        "stepped down": "resigned", "stood down": "resigned", "quit": "resigned",
        "shot dead": "killed", "gunned down": "killed",
        "detained": "arrested", "apprehended": "arrested",
        "passed away": "died",
        "hit": "struck",
        "detonated": "exploded", "went off": "exploded",
        "sunk": "sank",
        "gave way": "collapsed", "caved in": "collapsed", "fell down": "collapsed",
    },
}  # fmt: skip
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def past_verbs(text: str) -> set[str]:
    """Stems of the verbs in a past tense ``text`` has (the participle of a
    compound form: "a démissionné", "ist zurückgetreten"), verbs of saying
    and auxiliaries left out, a verb another one words as well in its stead
    (:data:`SAME_VERB`): what happened.

    >>> past_verbs("The minister stepped down."), past_verbs("The minister quit.")
    ({'resign'}, {'resign'})
    """
    language = lexical_language()
    rx = PAST_EN if language == "en" else re.compile(PAST_FOREIGN[language])
    said = re.compile(rf"(?:{_SAID[language]})", re.IGNORECASE)
    stop = stop_words(language)  # (the function words are among them)
    same = SAME_VERB.get(language, {})
    verbs = []
    for m in rx.finditer(text):
        word = re.findall(r"[^\W\d_]+", m.group())[-1:]
        if word:
            verb = word[0].lower()
            particle = _NEXT_WORD.match(text, m.end())
            phrase = f"{verb} {particle.group(1).lower()}" if particle else ""
            verbs.append(same.get(phrase) or same.get(verb, verb))
    return set(
        stemmer(language).stemWords([v for v in verbs if v not in stop and not said.fullmatch(v)])
    )


@lru_cache(maxsize=8)
def _same_verb_re(language: str) -> re.Pattern[str] | None:
    """The words of :data:`SAME_VERB` of ``language`` as one pattern, the longest first;
    None where it has none."""
    same = SAME_VERB.get(language)
    if not same:
        return None
    words = sorted(same, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)


def one_wording(text: str) -> str:
    """``text`` with each verb that another words as well (:data:`SAME_VERB`) in that one's
    words: what an embedder reads when asked whether two sentences tell of one happening, so
    that "The bridge gave way on Monday" and "The bridge collapsed on Tuesday" read alike, as
    they do to :func:`past_verbs`.

    >>> one_wording("The bridge gave way and the minister stepped down.")
    'The bridge collapsed and the minister resigned.'
    """
    rx = _same_verb_re(lexical_language())
    if rx is None:
        return text
    same = SAME_VERB[lexical_language()]
    return rx.sub(lambda m: same[m.group().lower()], text)


def names_in(text: str) -> set[str]:
    """The words of the names ``text`` gives (people, places, organisations)."""
    from summarizer.facts import entities

    return {w for f in entities(text) for w in f.value.split()}


# ---------------------------------------------------------------------------------------------
# One happening, and its day checked against evidence
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Happening:
    """What identifies the happening a dated sentence reports, its date left out: the stems of
    its verbs in a past tense, its content stems, the words of its names and its figures (none
    where the caller does not compare them)."""

    verbs: frozenset[str]
    stems: frozenset[str]
    names: frozenset[str]
    figures: frozenset[str] = frozenset()


def same_happening(a: Happening, b: Happening, all_verbs: bool = True) -> bool:
    """Beyond their likeness as wholes: do two dated sentences report one happening? Their
    verbs agree (``all_verbs``: the verbs of one are all the other's too, so "convicted" and
    "sentenced", "began" and "ended", "armed men attacked" and "armed men robbed" are two
    happenings, however alike the sentences read; else one verb in common is enough), at least
    half the content words of the shorter are the other's too, they name no one the other does
    not where both name someone, and no figure of one contradicts the other's (a different
    figure is another happening, or a figure's conflict).

    >>> died = Happening(frozenset({"die"}), frozenset({"prodigi", "die"}), frozenset({"Prodigy"}))
    >>> left = Happening(frozenset({"die", "leav"}), frozenset({"prodigi", "die"}), frozenset())
    >>> same_happening(died, left), same_happening(left, died, all_verbs=False)
    (True, True)
    >>> same_happening(left, Happening(frozenset({"leav", "arriv"}), left.stems, frozenset()))
    False
    """
    if all_verbs:
        if not a.verbs or not b.verbs or not (a.verbs <= b.verbs or b.verbs <= a.verbs):
            return False
    elif not a.verbs & b.verbs:
        return False
    if len(a.stems & b.stems) * 2 < min(len(a.stems), len(b.stems)):
        return False
    if a.names and b.names and not a.names & b.names:
        return False
    return a.figures <= b.figures or b.figures <= a.figures


# Days. A weekday is no fact the sources must state ("on Wednesday" in a summary written days
# later is "yesterday" in the article), but evidence that dates the sentence's happening to
# another day contradicts it: "The minister resigned on Wednesday." is not supported by "The
# minister resigned on Tuesday.", and "on 12 November" is by "on Tuesday" in an article of
# Wednesday 13 November.

# What ends the clause a day stands in, beyond punctuation (CLAUSE_END): a relative or
# subordinate clause or a coordinated verb ("..., which began on Monday", "after the protests
# that began on Monday") dates another happening than the sentence's main verb.
# fmt: off
_DAY_CLAUSE_BREAK = {
    "en": r"which|who|whom|whose|that|when|where|while|whereas|after|before|because|since"
          r"|until|and|but|as",
    "es": r"que|quien|quienes|cuando|donde|mientras|después|antes|porque|y|pero",
    "fr": r"qui|que|qu|lorsque|quand|où|tandis|après|avant|parce|et|mais",
    "de": r"und|aber|als|nachdem|bevor|während|weil|dass",
    "it": r"che|quando|dove|mentre|dopo|prima|perché|e|ma",
    "pt": r"que|quando|onde|enquanto|depois|antes|porque|e|mas",
}
# fmt: on


@dataclass(frozen=True)
class DayCheck:
    """What evidence says of the day a sentence dates its happening to."""

    verdict: str  # "supported" (the evidence dates it to that day) | "contradicted"
    when: When  # the sentence's day
    against: When  # the evidence's day: the same one, or the one that differs
    evidence: str  # the evidence sentence that gives it


@lru_cache(maxsize=8)
def _day_break(language: str) -> re.Pattern[str]:
    words = _DAY_CLAUSE_BREAK.get(language, _DAY_CLAUSE_BREAK["en"])
    return re.compile(rf"{CLAUSE_END.pattern}|(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _day_clause(text: str, start: int, end: int, language: str) -> str:
    """The clause the day at ``start:end`` stands in, cut at punctuation and at the words that
    open another clause; :func:`clause_of` (with what a date set apart by commas goes with: "On
    Tuesday, the minister resigned") where that has no verb of its own."""
    brk = _day_break(language)
    own = brk.split(text[:start])[-1] + text[start:end] + brk.split(text[end:])[0]
    return own if past_verbs(own) else clause_of(text, start, end)


def dated_happening(text: str, date: str | None) -> tuple[When, Happening] | None:
    """The day ``text`` dates one past happening to (:func:`event_date`, resolved with the
    article's ``date``) and what identifies the happening: the verbs of the day's clause, the
    content words and the names of the sentence without its date; None where it dates none."""
    return _dated_happening_in(text, date, lexical_language(), current_language())


@lru_cache(maxsize=65536)
def _dated_happening_in(
    text: str, date: str | None, language: str, _current: str
) -> tuple[When, Happening] | None:
    when = event_date(text, date)
    if when is None:
        return None
    verbs = frozenset(past_verbs(_day_clause(text, when.start, when.end, language)))
    if not verbs:
        return None
    masked = without_date(text, when)[0]
    return when, Happening(verbs, frozenset(content_stems(masked)), frozenset(names_in(masked)))


def check_day(
    sentence: str, evidence: Sequence[tuple[str, str | None]], date: str | None = None
) -> DayCheck | None:
    """The day of ``sentence``'s happening against the evidence sentences, each with its
    article's date (``(text, date)``); ``date``: the sentence's own article's, if any.

    ``supported`` when an evidence sentence dates the same happening (one verb of the day's
    clause in common: :func:`same_happening`) to the same day; ``contradicted`` when none does
    and the evidence dates it to one other day. None when the sentence dates no single past
    happening (:func:`event_date`: no day, two days, a plan, a day something was said) or no
    evidence sentence dates its happening (evidence that says nothing of the day, or a day in
    another clause: "..., which began on Monday"). Lenient where the evidence is unsure: two
    other days, or the sentence's own day named anywhere in the evidence, contradict nothing.

    >>> check_day("The minister resigned on Wednesday.",
    ...           [("The minister resigned on Tuesday.", None)]).verdict
    'contradicted'
    >>> check_day("The minister resigned on 12 November.",
    ...           [("The minister resigned on Tuesday.", "2024-11-13")]).verdict
    'supported'
    >>> [check_day("The minister resigned on Wednesday.", [(e, None)]) for e in (
    ...     "The minister resigned after a row.",
    ...     "The minister resigned amid protests, which began on Monday.")]
    [None, None]
    """
    mine = dated_happening(sentence, date)
    if mine is None:
        return None
    found = [
        (theirs[0], text, d)
        for text, d in evidence
        if (theirs := dated_happening(text, d)) is not None
        and same_happening(mine[1], theirs[1], all_verbs=False)
    ]
    return _day_verdict(mine[0], found, evidence)


def _day_verdict(
    mine: When,
    found: Sequence[tuple[When, str, str | None]],
    evidence: Sequence[tuple[str, str | None]],
) -> DayCheck | None:
    """The verdict of ``found`` (each evidence sentence that gives the sentence's happening a
    day: that day, the sentence and its article's date) on the sentence's day ``mine``:
    supported by one that gives the same day, contradicted where all give one other day and no
    evidence names ``mine`` anywhere; None where it cannot be told."""
    differ = []
    for when, text, _d in found:
        same = same_day(mine, when)
        if same:
            return DayCheck("supported", mine, when, text)
        if same is False:
            differ.append((when, text))
    if not differ or any(same_day(differ[0][0], w) is not True for w, _ in differ[1:]):
        return None  # no other day, or several
    if any(same_day(mine, w) for text, d in evidence for w in all_dates(text, d)):
        return None  # the evidence names the sentence's day too: two happenings, or unsure
    return DayCheck("contradicted", mine, *differ[0])


# Words before a day that make it the day something lasts until, the day it ends: "until
# Friday", "hasta el 12 de junio", "jusqu'au 12 octobre", "bis zum 12. Oktober", "fino al 12
# ottobre" (in another language than English only a date is read, not a bare weekday:
# "hasta el viernes" names no day here).
# An English deadline is such an end too ("expected a decision by Nov. 20"), where the
# sentence says something is due (:data:`_DUE`), "by" does not open it ("By Sunday, the fire
# had burned 21,000 acres": a state reached) and the day is no possession ("hit by Sunday's
# storm"): :func:`summarizer.tense.ends_span`.
# fmt: off
_UNTIL = {
    "en": r"until|till|by", "es": r"hasta(?:\s+el)?", "fr": r"jusqu['’](?:au|à)",
    "de": r"bis(?:\s+zum)?", "it": r"fino\s+a[dl]?", "pt": r"até(?:\s+[ao])?",
}
# fmt: on
# Words that make an English "by" day a deadline: a future, a plan or an obligation
# (:func:`summarizer.tense.future_re`, :data:`summarizer.tense.CONDITIONAL_EN`), or what is
# expected or due.
_DUE = re.compile(r"\b(?:expect(?:s|ed|ing)?|due|deadline)\b", re.IGNORECASE)


def _bare_years_blanked(text: str) -> str:
    """``text`` with each year that is no part of a date blanked (its length kept, so offsets
    stay): "a decision by Nov. 20, with completion in 2027" names one day, its end."""
    for f in dates(text):
        if f.kind == "date" and re.fullmatch(r"\d{4}", f.value):
            text = text[: f.start] + " " * (f.end - f.start) + text[f.end :]
    return text


def _is_deadline(text: str, when: When) -> bool:
    """Is the day ``when`` after "by" in the English ``text`` a deadline (:data:`_UNTIL`)?"""
    due = future_re("en").search(text) or CONDITIONAL_EN.search(text) or _DUE.search(text)
    return bool(due) and ends_span(text, when.start)


def until_day(text: str) -> tuple[When, frozenset[str]] | None:
    """The one day ``text`` says something lasts until ("The strike will last until Friday")
    or is due by ("The ruling is expected by Nov. 20": :func:`_is_deadline`), and the content
    stems of the sentence without it and its verbs of saying (which any two sources' sentences
    share); None where it names no day, two (a year beside no day is no second: "by Nov. 20,
    with completion in 2027"), or a day that is not such an end. A day to come is not worked
    out from the article's date (a bare weekday stays a weekday): :func:`event_date` reads
    only days that were."""
    language = lexical_language()
    if current_language() != language or language not in _UNTIL:
        return None
    until = rf"(?<!\w)(?:{_UNTIL[language]})\s+(?:the\s+)?"
    if not re.search(until, text, re.IGNORECASE):  # (cheap: most sentences have no end)
        return None
    when = _day_named(_bare_years_blanked(text), language, None)
    if when is None:
        return None
    before = text[max(0, when.start - 20) : when.start]
    if not (m := re.search(f"{until}$", before, re.IGNORECASE)):
        return None
    if m.group().lower().startswith("by") and not _is_deadline(text, when):
        return None
    said = rf"(?<!\w)(?:{_SAID[language]})(?!\w)"
    rest = re.sub(said, " ", without_date(text, when)[0], flags=re.IGNORECASE)
    return when, frozenset(content_stems(rest))


def same_lasting(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sentences that say something lasts until a day (their stems, :func:`until_day`)
    say it of the same thing: do the stems they share make more than half of the longer's?
    Verbs alone are not the thing ("will stay closed": the airport, the schools).

    >>> same_lasting(until_day("Unions said the rail strike would last until Friday.")[1],
    ...              until_day("Rail unions said their rolling strike would continue until "
    ...                        "Monday, Oct. 12.")[1])
    True
    >>> same_lasting(until_day("Flights were suspended until Tuesday.")[1],
    ...              until_day("Trains were suspended until Thursday.")[1])
    False
    """
    return 2 * len(a & b) > max(len(a), len(b))


# What an English sentence says before its first modal or form of "to be" or "to have": who
# must act or what lasts ("The union must respond ...", "The airport will stay closed ...").
_ACTOR_EN = re.compile(
    r"^(.*?)\b(?:must|will|would|shall|should|can|could|may|might|is|are|was|were|has|have"
    r"|had)\b",
    re.IGNORECASE,
)


def actor(text: str) -> frozenset[str]:
    """The content stems of who must act or what lasts in the English ``text``, the words
    before its first modal or auxiliary (:data:`_ACTOR_EN`), its verbs of saying left out
    ("Dock workers said the port strike would last" -> dock, worker, port, strike); empty in
    another language or where none is read (a pronoun: "It will last until Friday")."""
    if lexical_language() != "en" or not (said := _ACTOR_EN.match(text)):
        return frozenset()
    words = re.sub(rf"(?<!\w)(?:{_SAID['en']})(?!\w)", " ", said.group(1), flags=re.IGNORECASE)
    return frozenset(content_stems(words))


def other_actors(a: str, b: str) -> bool:
    """Do two sentences that give an end day or a deadline (:func:`until_day`) bind or end
    for different parties or things (:func:`actor`, both read and sharing no stem)? "The union
    must respond to the pay offer by Friday" and "The employers must respond to the union's
    pay offer by Monday" share most words but set two deadlines, of two parties.

    >>> other_actors("The union must respond to the pay offer by Friday.",
    ...              "The employers must respond to the union's pay offer by Monday.")
    True
    >>> other_actors("Unions said the rail strike would last until Friday.",
    ...              "The strike will continue until Monday, rail unions said.")
    False
    """
    ours, theirs = actor(a), actor(b)
    return bool(ours and theirs and not ours & theirs)


def check_until(sentence: str, evidence: Sequence[tuple[str, str | None]]) -> DayCheck | None:
    """The day ``sentence`` says something lasts until (:func:`until_day`) against the evidence
    sentences (``(text, date)``), as :func:`check_day` checks a happening's day: evidence that
    says the same thing (:func:`same_lasting`, of no other party: :func:`other_actors`) lasts
    until another day contradicts it, "until Monday" is no support for "until Friday".

    >>> check_until("Unions said the rail strike would last until Friday.",
    ...             [("Rail unions said the strike would continue until Monday, Oct. 12.", None)]
    ...             ).verdict
    'contradicted'
    >>> check_until("The rail strike will last until Friday.",
    ...             [("The rail strike will last until Friday, Oct. 9.", None)]).verdict
    'supported'
    """
    mine = until_day(sentence)
    if mine is None:
        return None
    found = [
        (theirs[0], text, d)
        for text, d in evidence
        if (theirs := until_day(text)) is not None
        and same_lasting(mine[1], theirs[1])
        and not other_actors(sentence, text)
    ]
    return _day_verdict(mine[0], found, evidence)
