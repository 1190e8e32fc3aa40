"""Speakers: who a source says spoke a quotation, and whether two quotations are one.

The words of a person's name without titles, articles, suffixes or initials
(:func:`name_words`), a quotation's speaker named after a title the quotation reader does not
read through ("the defence minister, Jane Roe, said", "said Sgt. John Smith":
:func:`quote_speakers`), the person of a source a quotation's speaker names (:func:`speaker`),
whether two speakers might be one person (:func:`same_person`), whether a text names someone
(:func:`names_someone`), and whether two quotations quote the same words (:func:`same_quote`:
:data:`QUOTE_WORDS` in a row at least). Read by
:func:`summarizer.conflicts.attribution_conflicts` and by :mod:`summarizer.notes` (a brief
sentence that quotes words sources put in different mouths).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.facts import TITLES, quotes, speaker_name
from summarizer.text import SPEECH, TITLE_ABBREVIATIONS

# How much of a quotation two sources must share to quote the same words: a run
# of at least QUOTE_WORDS words in a row ("a firm response", "war effort" never
# count), which is at least SAME_QUOTE of the shorter quotation (one may quote
# part of what the other quotes) or twice QUOTE_WORDS long (twelve words in a
# row are no chance: on mds_dev such runs are one statement quoted at two
# lengths, 17 of 29 words).
QUOTE_WORDS = 6
SAME_QUOTE = 0.6
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


# English titles before a name that the quotation reader (summarizer.facts.quotes)
# does not read through: a title in lower case ("defence minister Jane Roe said",
# "the defence minister, Jane Roe, said", "said police spokesman Sgt. John Smith")
# and a title abbreviation's full stop ("Sgt. John Smith", "Insp. Jane Roe").
_LOWER_TITLE = (
    r"(?:minister|secretary|spokes(?:man|woman|person)|president|senator|governor|mayor"
    r"|sheriff|chief|commissioner|director|chair(?:man|woman)?|ambassador|general|judge"
    r"|prosecutor|attorney|officer|official|inspector|sergeant|detective|captain|lieutenant"
    r"|colonel|commander|superintendent|constable|leader|advis[eo]r|chancellor|premier|ceo"
    r"|executive|head|manager|coach|lawyer|councillor|councilman|councilwoman)"
)
# A person's name of two to four capitalised words, not a possessive ("Jane
# Roe's deputy"), before a comma, a full stop or a word in lower case.
_PERSON = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){1,3}(?<![’']s)(?=[ \t]*[,.;]|[ \t]+[a-z])"
# Words after which a title names whom the speaker works for or is kin to: "an aide to",
# "a spokesman for", "the wife of" (defence minister Jane Roe).
_PREPOSITION = r"(?:for|to|of|with|by|from|and|or)"
_TITLE_BEFORE_NAME = re.compile(
    # "the defence minister, Jane Roe, said", "the head of the agency, Jane Roe,"
    rf"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+"
    rf"(?:(?!{_PREPOSITION}\b)[a-z][\w’'-]*[ \t]+){{0,4}}{_LOWER_TITLE}"
    rf"(?:[ \t]+(?:of|for|at|to)[ \t]+[^,.;:“”\"«»„\n]{{1,50}}?)?"
    rf"[ \t]*,[ \t]*(?=(?P<a>{_PERSON})(?P<comma>,)?)"
    # "defence minister Jane Roe said", "said police spokesman Jane Roe"
    rf"|(?<![\w’'])(?:(?:[Tt]he|[Aa]n?)[ \t]+)?"
    rf"(?:(?!(?:{SPEECH}|{_PREPOSITION})\b)[a-z][\w’'-]*[ \t]+){{0,3}}"
    rf"{_LOWER_TITLE}[ \t]+(?={_PERSON})"
)
# A title the words before it put after such a preposition: not the speaker's.
_OF_SOMEONE = re.compile(
    rf"(?<![\w’']){_PREPOSITION}[ \t]+(?:[a-z][\w’'-]*[ \t]+){{0,3}}$", re.IGNORECASE
)
_TITLE_STOP = re.compile(rf"(?<![\w.])(?:{TITLE_ABBREVIATIONS['en']})(\.)(?=[ \t]+[A-Z])")


def quote_speakers(text: str) -> dict[int, str | None]:
    """Each quotation's speaker (as :func:`summarizer.facts.quotes` reads it),
    by where the quotation starts, read with English titles blanked out where
    they stand between the quotation and the name (:data:`_TITLE_BEFORE_NAME`,
    :data:`_TITLE_STOP`); the text keeps its length, so offsets hold. Empty
    where there is no such title.

    >>> quote_speakers("“We will not back down now,” the defence minister, Jane Roe, said.")
    {1: 'Jane Roe'}
    >>> quote_speakers("“We will not back down now,” said Insp. John Smith.")
    {1: 'John Smith'}
    """
    plain = list(text)
    for m in _TITLE_STOP.finditer(text):
        plain[m.start(1)] = " "
    blanked = "".join(plain)
    for m in _TITLE_BEFORE_NAME.finditer(blanked):
        if _OF_SOMEONE.search(blanked, 0, m.start()):
            continue  # "a spokesman for defence minister Jane Roe": not the speaker
        # the title, and the comma after the name it sets apart
        comma = [m.start("comma")] if m.group("comma") else []
        for k in [*range(m.start(), m.end()), *comma]:
            plain[k] = " "
    if plain == list(text):
        return {}
    return {q.start: q.extra.get("speaker") for q in quotes("".join(plain), all_marks=True)}


def name_words(name: str) -> list[str]:
    """The words of a person's name, lower case, without titles, articles,
    suffixes, initials or a possessive ("Secretary of State Antony Blinken's":
    antony, blinken).

    >>> name_words("Secretary of State Antony Blinken's"), name_words("Ministerin Jane Roe")
    (['antony', 'blinken'], ['jane', 'roe'])
    """
    words_ = [w.lower().rstrip(".") for w in re.findall(r"[^\W\d_][\w’'.-]*", name)]
    words_ = [re.sub(r"[’']s$", "", w) for w in words_]
    if len(words_) > 1:  # "Secretary of State Antony Blinken"
        words_ = [
            re.sub(r"[’']s$", "", w.lower().rstrip(".")) for w in (speaker_name(name) or "").split()
        ]
    return [
        w
        for w in words_
        if len(w) > 1
        and w not in _NAME_SUFFIX
        and w not in _NOT_NAME
        and w not in TITLES
        and not _TITLE_WORD.fullmatch(w)
    ]


def speaker(raw: str | None, people: Sequence[str]) -> tuple[frozenset[str], str]:
    """Who ``raw`` (a quotation's speaker as :func:`summarizer.facts.quotes`
    finds it) names, as the words of every person of ``people`` (the source's
    persons) whose name has all of its words ("Blinken": "Antony Blinken"),
    and the fullest of those names; nothing for a pronoun or a speaker that
    is no person the source names ("Police", "The Pentagon", "Sgt").

    >>> who, name = speaker("Blinken", ["Antony Blinken", "Mark Rutte"])
    >>> sorted(who), name
    (['antony', 'blinken'], 'Antony Blinken')
    >>> speaker("He", ["Antony Blinken"]), speaker("The Pentagon", ["Antony Blinken"])
    ((frozenset(), ''), (frozenset(), ''))
    """
    words_ = name_words(raw or "")
    if not words_ or words_[0] in _NOT_SPEAKER:
        return frozenset(), ""
    said = set(words_)
    # a person has a name of two words or more ("Die Demonstranten" is none)
    named = [p for p in people if said <= set(p_words := name_words(p)) and len(p_words) > 1]
    if not named:
        return frozenset(), ""
    return frozenset(w for p in named for w in name_words(p)), _bare_name(max(named, key=len))


def _bare_name(name: str) -> str:
    """``name`` from its first word that is a name's ("Ministerin Jane Roe": "Jane Roe").

    >>> _bare_name("Ministerin Jane Roe"), _bare_name("Antony Blinken")
    ('Jane Roe', 'Antony Blinken')
    """
    keep = set(name_words(name))
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


def names_someone(text: str, who: frozenset[str]) -> bool:
    """Does ``text`` name the person whose name has the words ``who`` (any of
    them, as a capitalised word)?"""
    found = {w.lower() for w in re.findall(r"\b[^\W\d_][\w’'-]*", text) if w[:1].isupper()}
    found = {re.sub(r"[’']s$", "", w) for w in found}
    return any(_alike(w, x) for w in found for x in who)


def same_quote(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two quotations (their normalised words) quote the same words?

    >>> same_quote("we will not back down".split(), "we will not back down".split())
    False
    >>> same_quote("we will not back down ever".split(), "and we will not back down ever".split())
    True
    """
    from difflib import SequenceMatcher

    run = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    shorter = min(len(a), len(b))
    return run.size >= QUOTE_WORDS and (
        run.size >= SAME_QUOTE * shorter or run.size >= 2 * QUOTE_WORDS
    )


# Verbs of saying and reckoning by which an English source credits a figure to someone: "the
# ministry said five", "police estimated the crowd at 20,000", "the company has given a
# figure of six".
CREDIT_WORDS = frozenset(
    re.findall(
        r"\w+",
        "said says say told tells estimated estimates estimate reported reports report counted "
        "counts recorded records put puts putting gave given gives confirmed confirms claimed "
        "claims",
    )
)
_CREDIT = rf"(?:{'|'.join(sorted(CREDIT_WORDS))})"
_CREDIT_VERB = re.compile(rf"\b{_CREDIT}\b")
# Where the clause of a figure's credit opens: a stop, a bracket or a linking word.
_CLAUSE_OPEN = re.compile(r"[,;:(“\"]|\b(?:while|whereas|but|and|that|as)\b")
# A stretch that another side's credit opens ("; organisers said", ", while the union").
_OTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but)\b")
# Words between a speaker and its verb that are no part of who speaks.
_NOT_WHO = frozenset(
    re.findall(r"\w+", "has have had was were is are also later since then still itself only")
)
# The credit after a figure: "..., police said", "according to the WHO" (up to a participle
# or a preposition: "according to the final result declared on Friday" is the result's).
_CREDIT_AFTER = re.compile(
    rf",\s*(?P<who>[^,;:()\d“”\"]{{2,60}}?)\s+(?:{_CREDIT})\b"
    r"|\baccording\s+to\s+(?P<to>[^,;:()\d“”\"]{2,60}?)(?=\s*(?:[,;.]|$)|\s+(?:[a-z]{2,}(?:ed|ing)"
    r"|on|in|at|by|of|for|from|with|after|before|since|during|over|under)\b)"
)


def _who(subject: str) -> str | None:
    """The head word of a speaker phrase, lower case, without a possessive, auxiliaries or
    adverbs ("The country's health ministry has": "ministry"; "Police had initially":
    "police"), or the whole of a name of capitalised words it ends in ("according to the
    United Nations": "united nations", not "nations"; "the Interior Ministry"); None for a
    pronoun or a phrase of more than six words.

    >>> _who("The interior ministry"), _who("the company has"), _who("he")
    ('ministry', 'company', None)
    >>> _who("the United Nations"), _who("The World Health Organization has")
    ('united nations', 'world health organization')
    """
    words_ = re.findall(r"[^\W\d_][\w’'-]*", subject)
    while words_ and (words_[-1].lower() in _NOT_WHO or words_[-1].endswith("ly")):
        words_.pop()
    if not words_ or len(words_) > 6 or words_[0].lower() in _NOT_SPEAKER:
        return None
    name = [re.sub(r"[’']s$", "", w.lower()) for w in words_]
    k = len(name) - 1
    while k > 0 and words_[k - 1][:1].isupper() and name[k - 1] not in _NOT_NAME:
        k -= 1
    return " ".join(name[k:] if words_[-1][:1].isupper() else name[-1:])


def same_speaker(a: str, b: str) -> bool:
    """Might two speakers :func:`figure_speaker` reads be one? The same words, or one's
    words the last of the other's ("ministry" and "interior ministry"; not "health ministry"
    and "interior ministry": two ministries may give two figures).

    >>> same_speaker("ministry", "interior ministry")
    True
    >>> same_speaker("health ministry", "interior ministry")
    False
    """
    short, long_ = sorted((a.split(), b.split()), key=len)
    return long_[len(long_) - len(short) :] == short


def figure_speaker(text: str, start: int, end: int) -> str | None:
    """Whom an English sentence credits with the figure at ``start:end``: the head word of the
    subject of the nearest verb of saying or reckoning before it in its clause ("Police
    estimated the crowd at 20,000, while organisers said 100,000 took part": "police" and
    "organisers"), else of ", X said" or "according to X" after it; None where no one is
    named (a pronoun, a participle with no subject, no credit at all). Read by
    :func:`summarizer.conflicts.figure_conflicts` for one source giving two speakers' figures.

    >>> t = "Police estimated the crowd at 20,000, while organisers said 100,000 took part."
    >>> figure_speaker(t, 30, 36), figure_speaker(t, 59, 66)
    ('police', 'organisers')
    >>> figure_speaker("At least 12 people died, the ministry said.", 9, 11)
    'ministry'
    """
    before = text[:start]
    cut = max((m.end() for m in _OTHER_CLAUSE.finditer(before)), default=0)
    for verb in reversed(list(_CREDIT_VERB.finditer(before, cut))):
        opens = [m.end() for m in _CLAUSE_OPEN.finditer(before, cut, verb.start())]
        subject = before[max(opens, default=cut) : verb.start()]
        if subject.strip() and not re.search(r"\d", subject):
            return _who(subject)
    after = _CREDIT_AFTER.search(_OTHER_CLAUSE.split(text[end:])[0])
    return _who(after.group("who") or after.group("to")) if after else None
