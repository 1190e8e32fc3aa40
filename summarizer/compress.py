"""Sentence compression by deletion: shorter variants of a source sentence.

A 250-word brief built from whole news sentences states few facts: a typical
sentence carries one fact plus an appositive ("Kallas, a former prime minister
of Estonia, said..."), a parenthesis, a trailing elaboration ("..., days after
the election") or a discourse connective ("Meanwhile, ..."). :func:`variants`
offers the same sentence with such parts deleted; fusion scores every variant
like any claim and keeps at most one per sentence (they are near duplicates),
so a variant wins only when the words it saves buy another fact.

Deletion only: a variant never says anything its sentence does not, and its
citations are the original sentence's spans. What is never deleted: part of
a quotation (one goes whole or not at all), numbers (a deleted clause with a
figure would hide a fact the sources may dispute), and attributions ("said",
"according to"), so a claim never loses who made it. Rules look at
punctuation and closed-class words only, so they carry over to articles
nobody here has read.
"""

from __future__ import annotations

import re

MIN_WORDS = 6

# Speech and attribution: a clause holding one of these is never deleted.
_ATTRIBUTION_WORDS = (
    r"(?:said|says|say|told|tells|according|added|adds|announced|claimed|claims|stated|"
    r"reported|reports|warned|confirmed|denied|insisted|argued|noted|wrote|found|finds|"
    r"showed|shows|forecast|forecasts|predicted|estimated|estimates|revealed|believes?)"
)
_ATTRIBUTION = re.compile(rf"\b{_ATTRIBUTION_WORDS}\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# After an article these are adjectives, not who said it: "an estimated $30 million".
_ADJECTIVAL = re.compile(r"\b(?:an?|the) (?:estimated|reported)\b", re.IGNORECASE)


def _attributes(stretch: str) -> bool:
    """Does ``stretch`` say who said or found something?"""
    return bool(_ATTRIBUTION.search(_ADJECTIVAL.sub("", stretch)))


# ", a former prime minister of Estonia," after a capitalised word; ", who ...,"
# and ", which ...," anywhere (non-restrictive clauses are set off by commas).
# Not before a conjunction: "In August, the lift failed a test, but inspectors
# passed it" has a clause there, not an appositive.
_APPOSITIVE = re.compile(
    r"\b[A-Z][\w.’'-]*(?P<x>, (?:a|an|the|who|whose|which|where)\b[^,;:()]{3,90}?,)"
    r"(?= (?!(?:and|but|or|nor|so|yet|while|whereas|although|though|because|since|as|if|when)"
    r"\b)[a-z])"
)
RELATIVE_ASIDE = re.compile(r", (?:who|whose|which)\b[^,;:()]{3,90}?,(?= [a-z])")
PARENTHESIS = re.compile(r"\s*\([^()]{1,80}\)")
# A trailing elaboration after the last comma or a dash.
_TRAILING = re.compile(
    r"(?:,| --| —| –) (?:(?:(?:days|weeks|months|hours|a day|a week|a month) (?:after|before)|"
    r"as well as|including|while|whereas|amid|paid for|adding|"
    r"just (?:days|weeks|hours)|in a (?:move|sign|bid))\b[^;:]*|"
    r"(?:which|who|where)\b[^;:,]*)(?=[.!?]?$)"
)
_DASH = re.compile(r" (?:--|—|–) ")


def _dash_tail(text: str) -> str:
    """Cut from the last dash to the end, unless that dash closes an aside
    ("the troops -- whose entry worries Seoul -- were engaged")."""
    dashes = list(_DASH.finditer(text))
    if len(dashes) % 2 == 0:
        return text
    last = dashes[-1]
    end = len(text.rstrip(".!?"))
    if _safe(text[last.start() : end]) and not _inside_quote(text, last.start()):
        return text[: last.start()] + text[end:]
    return text


# Speech's interjections: "Well, ...", "Oh, and ...". A sentence that opens with one
# answers or goes on from another (summarizer.fusion.is_dangling); without it, it
# may stand alone.
INTERJECTIONS = r"Well|Oh|Yes|Yeah|OK|Okay|Look|Ah|Hey|Sure"
_LEAD = re.compile(
    r"^(?:Meanwhile|However|Moreover|Furthermore|In addition|Additionally|Separately|"
    r"Still|Also|Indeed|Besides|Nonetheless|Nevertheless|In turn|For (?:his|her|its|their) "
    r"part|" + INTERJECTIONS + r"),\s+"
)
# A scene-setting phrase before the subject: "In the Belgian capital, Blinken
# will meet..."; "At the hearing on Tuesday, Kallas said...". A preposition,
# at most nine more words without punctuation, a comma, then a capitalised
# subject. "According to X," is an attribution and never matches (_safe).
_SCENE = re.compile(
    r"^(?:In|At|On|During|After|Before|Following|Earlier|Later|Elsewhere|Speaking|Inside|"
    r"Outside|Across|Throughout)\b(?:[ ][^\s,;:()\"“”]+){0,9},\s+(?=[A-Z])"
)
# A connective set off by commas after the subject: "Obama, however, said ..."
# (also what :func:`summarizer.fusion.lead_worthy` looks for: a contrast with
# a sentence the brief may not have).
CONNECTIVE_ASIDE = re.compile(
    r",\s+(?:however|meanwhile|moreover|nonetheless|nevertheless|though|in turn|in contrast|"
    r"by contrast|for (?:his|her|its|their) part),(?=\s)",
    re.IGNORECASE,
)
_INNER = re.compile(r"(?<=\w) (?:meanwhile|also|however|moreover|nonetheless)\b,?(?= \w)")


_URL_ONLY = re.compile(r"^\s*\(\s*(?:https?://|www\.)\S+\s*\)$", re.IGNORECASE)


def _safe(removed: str) -> bool:
    """Can this stretch go without changing who said what or hiding a figure?
    A link in parentheses always can: its digits are not figures."""
    if _URL_ONLY.match(removed):
        return True
    return _balanced(removed) and not (_attributes(removed) or _DIGIT.search(removed))


def _balanced(stretch: str) -> bool:
    """Does ``stretch`` hold whole quotations only (in double quotes)?"""
    return stretch.count("“") == stretch.count("”") and stretch.count('"') % 2 == 0


def _inside_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation? Curly quotes by the last mark before it
    (a stray closing mark earlier does not cancel a later opening one),
    straight ones by parity."""
    before = text[:pos]
    return before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1


def _delete(text: str, pattern: re.Pattern[str], repl: str = "") -> str:
    out, last = [], 0
    for m in pattern.finditer(text):
        part = "x" if "x" in m.groupdict() else 0
        if _safe(m.group(part)) and not _inside_quote(text, m.start(part)):
            out += [text[last : m.start(part)], repl]
            last = m.end(part)
    return "".join(out) + text[last:] if out else text


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text.rstrip("\"”’'")[-1:] not in (".", "!", "?"):
        text += "."
    return text


def _opener(pattern: re.Pattern[str]):
    """A rule cutting what ``pattern`` matches at the start of a sentence."""

    def cut(text: str) -> str:
        m = pattern.match(text)
        return text[m.end() :] if m and _safe(m.group(0)) else text

    return cut


# "Under pressure from Washington, the government agreed to ..., a senior
# official said": after an opening phrase the first ", the ...," is the main
# clause, not an appositive.
_OPENING_PHRASE = re.compile(
    r"^(?:In|At|On|Under|Over|After|Before|During|Following|Amid|Despite|With|Without|Since|"
    r"As|From|By|For|Cleared|Asked|Faced|[A-Z][a-z]+(?:ing|ed))\b[^,]*$"
)


def _appositives(text: str) -> str:
    first = text.find(",")
    if first > 0 and _OPENING_PHRASE.match(text[:first]):
        tail = text[first + 1 :]
        if re.match(r"\s*(?:a|an|the)\b", tail):  # the main clause's subject
            second = tail.find(",")
            if second < 0:
                return text
            cut = first + 1 + second
            return text[:cut] + _delete(text[cut:], _APPOSITIVE)
    return _delete(text, _APPOSITIVE)


_RULES = (
    _appositives,
    lambda t: _delete(t, RELATIVE_ASIDE),
    lambda t: _delete(t, PARENTHESIS),
    lambda t: _delete(t, _TRAILING),
    _dash_tail,
    _opener(_LEAD),
    _opener(_SCENE),
    lambda t: _delete(t, _INNER),
    lambda t: _delete(t, CONNECTIVE_ASIDE),
)


_SPEAKER_FIRST = re.compile(rf"\W*{_ATTRIBUTION_WORDS}\b", re.IGNORECASE)


def _lost_speaker(variant: str, text: str) -> bool:
    """Does ``variant`` open with "said" (or "told", "according", ...) where
    ``text`` did not? Then the cut took the speaker ("Meanwhile, said the
    minister" is no sentence to cut "Meanwhile," from)."""
    return bool(_SPEAKER_FIRST.match(variant)) and not _SPEAKER_FIRST.match(text)


def variants(text: str) -> list[str]:
    """Shorter versions of ``text`` (each rule alone, then all of them), each
    with at least ``MIN_WORDS`` words and different from the original.

    >>> variants("Kaja Kallas, a former prime minister of Estonia, said the EU must act.")
    ['Kaja Kallas said the EU must act.']
    >>> variants("Meanwhile, Rutte stressed China's role in the war, days after the vote.")[0]
    "Rutte stressed China's role in the war."
    >>> variants("He said 10,000 troops (mostly infantry) had moved.")
    ['He said 10,000 troops had moved.']
    >>> variants("In August, the lift failed a test, but inspectors let it run.")
    []
    """
    out: list[str] = []
    every = text
    for rule in _RULES:
        every = rule(every)
        one = _tidy(rule(text))
        if one != text and one not in out:
            out.append(one)
    every = _tidy(every)
    if every != text and every not in out:
        out.append(every)
    # the most compressed first; too short or not shorter: not a variant
    n = len(text.split())
    keep = [v for v in out if MIN_WORDS <= len(v.split()) < n and not _lost_speaker(v, text)]
    return sorted(keep, key=lambda v: len(v.split()))[:3]


# -- headlines -----------------------------------------------------------------------------
# A headline may lose more than a brief sentence: the scene it opens with, a
# trailing participle clause, an age or a dated aside. Attributions still stay
# ("..., police said"), and so do quotations.

# "In a stunning ruling that could revolutionize college sports, a federal
# agency said ...": a preposition of place or time, one to fourteen more words
# with no figure and no clause break, then a comma. Not a condition ("Without a
# deal by Friday,"), a year ("In 2008,") or a name ending in -ed ("Ahmed").
_HEAD_OPENER = re.compile(
    r"^(?:In|At|On|During|After|Before|Following|Amid|Earlier|Later|Elsewhere|Inside|Outside|"
    r"Across|Throughout)\b(?:[ ][^\s\d,;:()\"“”‘’]+){1,14},\s+"
    rf"(?!(?:who|which|whose|{_ATTRIBUTION_WORDS})\b)(?=[A-Za-z])"
)
# Any character but a clause break (comma, semicolon, colon); the comma that
# groups a figure's digits ("9,000", "1,200,000") breaks no clause.
_NO_BREAK = r"(?:[^;:,]|(?<=\d),(?=\d{3}\b))"
# ", putting Nevada on pace to ...", ", where tragically ...", ", which ...",
# ", bringing the total to 9,000": a trailing clause opened by a participle or a
# wh-word, to the end.
_HEAD_TRAILING = re.compile(
    rf",\s+(?:[a-z]+ing|where|which|who|as|after|before|while)\b{_NO_BREAK}*$"
)
# "The investigator, with officers from the local police, verified ...": an
# aside between commas that a preposition of company or a "formerly" opens.
_HEAD_COMMA_ASIDE = re.compile(
    r", (?:with|along with|together with|alongside|formerly|once|now|like|among|including)"
    r"\b[^,;:()]{3,90}?,(?= [a-z])"
)
# "Shelby McDowell, 20, told ...", "Arnold Demoski, 26, of Nulato, was ...": an
# age after a name, with the home town that may follow it.
_HEAD_AGE = re.compile(
    r"(?<=[A-Za-z]), \d{1,3}(?:, of [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)?,"
    r"(?= (?!(?:who|which|whose)\b)[a-z])"
)
# A pronoun in what is left may point into a cut opener ("In the fight over
# the bear's status, officials said it ..."): the opener then stays.
_PRONOUN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their|hers|theirs)\b", re.I)
# "the lone hopeful -- and the only Jewish contender -- in the chamber": an
# aside between two dashes.
_HEAD_ASIDE = re.compile(r" (?:--|—|–) [^-—–]{3,80}? (?:--|—|–)(?= )")


def _cut_head(pattern: re.Pattern[str], text: str) -> str:
    m = pattern.search(text)
    if not m or _inside_quote(text, m.start()):
        return text
    # Speech inside a trailing relative clause (", who announced he was
    # quitting") is not the attribution of the main claim; anywhere else it is.
    relative = pattern is _HEAD_TRAILING and re.match(r",\s+(?:who|which|where)\b", m.group(0))
    if not relative and _attributes(m.group(0)):
        return text
    if not _balanced(m.group(0)):
        return text
    # A quotation in single quotes ('fiscally responsible, ...'): nothing at or
    # after its opening mark is cut.
    single = re.search(r"(?:^|(?<=[\s(\[]))['‘]", text)
    if single and single.start() < m.end():
        return text
    if pattern is _HEAD_OPENER and _PRONOUN.search(text[m.end() :]):
        return text
    return text[: m.start()] + text[m.end() :]


# "David Axelrod, asked about a poll showing a tie, turned on the pollster": an
# aside between commas that a participle opens ("asked", "speaking", "led by").
PARTICIPLE_ASIDE = re.compile(
    r"(?<=[A-Za-z]), (?:[a-z]+ed|[a-z]{2,}ing)\b[^,;:()]{3,120}?,(?= [a-z])"
)
# "..., according to the dispensary association." / "..., police said.": who
# said it, at the end of a sentence.
_HEAD_SOURCE = re.compile(
    rf",\s+(?:according to [^,;:()]{{3,80}}|[^,;:()]{{2,60}}\b{_ATTRIBUTION_WORDS})[.!?]?$"
)


def _cut_participle(text: str) -> str:
    """:data:`PARTICIPLE_ASIDE`, unless the comma closing the aside opens who
    said it ("The plant closed, leaving 300 jobless, officials said.")."""
    m = PARTICIPLE_ASIDE.search(text)
    if not m or _HEAD_SOURCE.match(text, m.end() - 1):
        return text
    return _cut_head(PARTICIPLE_ASIDE, text)


def _cut_before_source(text: str) -> str:
    """The trailing clause before a closing attribution goes, the attribution
    stays: "Sales reached $3 million, putting the state on pace for $30 million,
    according to the association." -> "Sales reached $3 million, according to
    the association." """
    m = _HEAD_SOURCE.search(text)
    if not m or _inside_quote(text, m.start()):
        return text
    head = text[: m.start()]
    cut = _cut_head(_HEAD_TRAILING, head)
    return text if cut == head else cut + m.group(0)


# '... gave him a sandwich, "despite them knowing he has an allergy," according
# to ...': the source's own words set off by commas inside the sentence (not
# what a speaker said: '..., he said, "we will win," adding ...').
_HEAD_QUOTE_ASIDE = re.compile(r",\s+[\"“][^\"“”]{3,200}?,[\"”](?=\s+[a-z])")


def _cut_quoted_aside(text: str) -> str:
    """:data:`_HEAD_QUOTE_ASIDE` cut; a comma stays before a closing
    attribution ("..., according to a page set up for him")."""
    m = _HEAD_QUOTE_ASIDE.search(text)
    if (
        not m
        or _inside_quote(text, m.start())
        or _attributes(text[max(0, m.start() - 30) : m.start()])
    ):
        return text
    rest = text[m.end() :]
    return text[: m.start()] + ("," if _attributes(rest[:40]) else "") + rest


_HEAD_RULES = (
    lambda t: _cut_head(_HEAD_OPENER, t),
    lambda t: _cut_head(_HEAD_AGE, t),
    lambda t: _cut_head(_HEAD_ASIDE, t),
    lambda t: _cut_head(_HEAD_COMMA_ASIDE, t),
    _cut_quoted_aside,
    _cut_participle,
    _cut_before_source,
    lambda t: _cut_head(_HEAD_TRAILING, t.rstrip(".!? ")),
)


def headline_variants(text: str) -> list[str]:
    """Shorter versions of ``text`` for a headline, longest first: the brief
    rules (:func:`variants`) and the headline rules, applied one after another.

    >>> headline_variants("In a ruling that could change college sports, an agency said "
    ...                   "on Wednesday that players can form a union.")[-1]
    'An agency said on Wednesday that players can form a union.'
    >>> headline_variants("Jane Roe, 24, was found dead at home, leaving two children.")[-1]
    'Jane Roe was found dead at home.'
    """
    out: list[str] = []
    current = text
    for rule in (*_RULES, *_HEAD_RULES):
        shorter = _tidy(rule(current))
        if len(shorter.split()) < len(current.split()):
            current = shorter
            if len(current.split()) >= MIN_WORDS and current not in out:
                out.append(current)
    return sorted((v for v in out if not _lost_speaker(v, text)), key=lambda v: -len(v.split()))
