"""Tense: whether a sentence tells of the past, or of the future or a plan, per language.

The patterns that :func:`summarizer.fusion.anchor_dates` (a bare weekday of the past is
anchored to the article's date, one of the future is left as it is) and
:mod:`summarizer.events` (a date that dates something that has happened) both read: a verb in
a past tense in English (:data:`PAST_EN`) and in Spanish, French, German, Italian and
Portuguese (:data:`PAST_FOREIGN`), a conditional in English (:data:`CONDITIONAL_EN`), a
future tense or a plan in any of them (:func:`future_re`), and whether a weekday of another
language than English is a bare weekday of the past (:func:`foreign_past_weekday`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.language import lexical_language

# Future tense or a plan: "will", "'ll", "is to", "are scheduled", "is due to",
# "plans to", "is expected to", "upcoming".
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|\w+['’]ll|(?:is|are|was|were)\s+(?:to|due|scheduled|set|slated|"
    r"expected|planned|going)|plans?\s+to|planning\s+to|upcoming|tomorrow)\b",
    re.IGNORECASE,
)


# The same in the other languages (summarizer.language.LEXICAL): the periphrastic
# future ("va a", "va", "vai", "wird"), the simple future's endings in lower-case
# words ("será", "llegarán", "aura", "sarà", "terão"; a noun with such an ending
# only leaves a weekday as it is), a plan or schedule, "next", "tomorrow".
# fmt: off
_FUTURE_FOREIGN = {
    "es": r"(?i:\b(?:va|van|vas|vamos|iba|iban)\s+a\b|\b(?:próxim[oa]s?|previst[oa]s?|prevé"
          r"|programad[oa]s?|planea|planean|pretende|pretenden|espera|esperan|debería"
          r"|deberían)\b)|(?<!\w)[a-záéíóúñü]{2,}(?:rá|rán|ré|remos)\b",
    "fr": r"(?i:\b(?:va|vont|vas|allons|allez|allait|allaient)\s+\w+(?:er|ir|re)\b"
          r"|\b(?:prochain|prochaine|prochains|demain|prévu|prévue|prévus|prévues|devrait"
          r"|devraient|doit|doivent|à\s+venir)\b)"
          r"|(?<!\w)[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ra|ront|rai|rons|rez)\b",
    "de": r"(?i:\b(?:wird|werden|werde|wirst|werdet|soll|sollen|sollte|sollten|will|wollen"
          r"|geplant|plant|planen|nächste[nmrs]?|kommende[nmrs]?|übermorgen"
          r"|voraussichtlich|bevorstehende[nmrs]?)\b|\bfinde[nt]\b[^.;:!?]*\bstatt\b)|\bmorgen\b",
    "it": r"(?i:\b(?:prossim[oaie]|domani|previst[oaie]|programmat[oaie]|dovrebbe|dovrebbero"
          r"|sta\s+per|stanno\s+per)\b)"
          r"|(?<!\w)(?!però\b)[a-zàèéìòù]{2,}(?:rà|ranno|rò|remo)\b",
    "pt": r"(?i:\b(?:vai|vão|vou|vamos|ia|iam|irá|irão)\s+\w+[aei]r\b"
          r"|\b(?:próxim[oa]s?|amanhã|previst[oa]s?|programad[oa]s?|prevê|deve|devem)\b)"
          r"|(?<!\w)[a-zàáâãçéêíóôõú]{2,}(?:rá|rão|rei|remos)\b",
}
# A verb in a past tense, in English (the other languages: PAST_FOREIGN below,
# which fusion.anchor_dates reads too): a date that dates something that has
# happened. A sentence of the present or future ("The summit opens Tuesday")
# tells of a plan.
PAST_EN = re.compile(
    r"\b(?:(?!hundred\b)[a-z]+[^e\W]ed|[a-z]+ied|was|were|had|did|said|told|struck|sank|sunk|fell"
    r"|began|took|met|won|lost|went|came|left|shot|found|held|made|gave|ran|saw|brought|bought"
    r"|caught|fought|thought|sought|kept|led|fled|rose|broke|spoke|stole|chose|froze|drove|wrote"
    r"|rode|flew|grew|knew|threw|drew|got|sat|stood|built|sent|spent|felt|paid|laid|sold|hid"
    r"|shook|swept|stuck|swore|tore|wore|woke|became|withdrew|upheld|oversaw|wept|slid|spread"
    r"|quit|hit)\b"
)
CONDITIONAL_EN = re.compile(r"\b(?:would|could|might|should|must)\b")
# A weekday of another language is anchored only in a sentence that tells of
# the past (and not of the future): a verb in a past tense ("advirtió", "a
# averti", "warnte", "hat ... gewarnt", "ha avvertito", "afirmou"). The present
# also tells of plans ("Das Treffen findet am Donnerstag statt", "El lunes
# llegan"): when unsure a sentence tells of the past, its weekdays stay as they are.
PAST_FOREIGN = {
    "es": r"(?<!\w)[a-záéíóúñ]{2,}(?:ó|aron|ieron|aba|aban)\b|(?i:\b(?:dijo|dijeron|fue"
          r"|fueron|hizo|hicieron|tuvo|tuvieron|estuvo|estuvieron|hubo|puso|pusieron|vino"
          r"|vinieron|quiso|pudo|pudieron|dio|dieron|vio|trajo|supo|era|eran)\b"
          r"|\b(?:ha|han|había|habían)\s+\w+(?:ado|ada|ido|ida|to|cho|so)\b)",
    "fr": r"(?i:\b(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se\s+sont)\s+"
          r"(?:(?:déjà|aussi|également|notamment|bien|encore|ainsi)\s+)?(?!lieu\b)"
          r"[a-zàâçéèêëîïôûùüÿœ]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|int|ait)\b)"
          r"|(?<!\w)[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ait|aient|èrent)\b",
    "de": r"(?i:\b(?:war|waren|hatte|hatten|wurde|wurden|sagte|sagten|erklärte|erklärten"
          r"|warnte|warnten|betonte|betonten|kündigte|kündigten|teilte|teilten|sprach"
          r"|sprachen|traf|trafen|kam|kamen|gab|gaben|stand|fand|ging|nannte|forderte"
          r"|forderten|bestätigte|berichtete|meldete|verkündete|unterzeichnete|starb"
          r"|starben)\b)|\b(?:[Hh]at|[Hh]aben|[Ii]st|[Ss]ind)\b[^.;:!?]*?(?<!\w)(?!gegen\b)"
          r"[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)\b",
    "it": r"(?i:\b(?:ha|hanno|aveva|avevano|è|sono|era|erano|si\s+è|si\s+sono)\s+"
          r"(?:(?:già|anche|poi|stato|stata|stati|state)\s+)?[a-zàèéìòù]+(?:ato|ata|ati|ate"
          r"|uto|uta|uti|ito|ita|iti|so|sa|tto|tta|sto|sta)\b)"
          r"|(?<!\w)(?!(?:però|ciò|può|perciò)\b)[a-zàèéìòù]{2,}(?:ò|arono|erono|irono|ava"
          r"|avano|eva|evano)\b",
    "pt": r"(?<!\w)(?!(?:estou|sou|vou|dou)\b)[a-záéíóúâêôãõç]{2,}(?:ou|aram|eram|iram|iu)\b"
          r"|(?i:\b(?:disse|disseram|foi|foram|fez|fizeram|teve|tiveram|esteve|estiveram"
          r"|houve|deu|deram|veio|vieram|pôde|quis|morreu|escreveu|recebeu|perdeu|venceu"
          r"|respondeu|prometeu|defendeu|ocorreu|aconteceu|era|eram)\b"
          r"|\b(?:tinha|tinham|havia|haviam)\s+\w+(?:ado|ada|ido|ida|to|ta)\b)",
}
# Words beside a weekday that make it not simply the last such day: "next",
# "this", "every", "last" ("el pasado lunes": a week before the article, when it
# is itself a Monday), and the article of a habit ("los lunes", "le lundi", "il
# lunedì" are "on Mondays" when no date follows).
_NOT_LAST_BEFORE = {
    "es": r"próxim[oa]|este|esta|cada|los|pasado|último|todos\s+los",
    "fr": r"prochain|ce|cette|chaque|le|les|dernier|tous\s+les",
    "de": r"nächsten|kommenden|diesen|jeden|letzten|vergangenen|vorigen",
    "it": r"prossimo|questo|ogni|il|scorso|tutti\s+i",
    "pt": r"próxim[oa]|nesta|neste|esta|este|cada|todo|toda|passad[oa]|últim[oa]",
}
_NOT_LAST_AFTER = {
    "es": r"próximo|que\s+viene|pasado",
    "fr": r"prochain|dernier",
    "de": r"nächster|kommender|vergangener|letzter",
    "it": r"prossimo|scorso",
    "pt": r"que\s+vem|próxim[oa]|passad[oa]",
}
# fmt: on
# Between a weekday and the date that follows it ("el martes 12 de noviembre",
# "Mittwoch, 13. November", "quarta-feira (13)").
_TO_DATE = re.compile(r"[\s,(]*(?:el|le|den|il|dia|o)?[\s,(]*")
_DAY_IN_BRACKETS = re.compile(r"\s*\(\d{1,2}\)")


def foreign_past_weekday(text: str, f, following) -> bool:
    """Whether the weekday fact ``f`` of a sentence in another language than
    English is a bare weekday of the past to anchor: the sentence has a verb in
    a past tense, no date follows the weekday (``following``: the sentence's
    next date fact, if any) and no "next", "this", "every" or "last" stands
    beside it."""
    language = lexical_language()
    if not re.search(PAST_FOREIGN[language], text):
        return False
    if following is not None and _TO_DATE.fullmatch(text[f.end : following.start]):
        return False
    if _DAY_IN_BRACKETS.match(text, f.end):
        return False
    before = rf"(?<!\w)(?:{_NOT_LAST_BEFORE[language]})\s+$"
    after = rf"\s+(?:{_NOT_LAST_AFTER[language]})(?!\w)"
    return not (
        re.search(before, text[max(0, f.start - 30) : f.start], re.IGNORECASE)
        or re.match(after, text[f.end :], re.IGNORECASE)
    )


# Words before a weekday that make it the end of a span or a deadline ("the advisory was
# extended through Wednesday", "closed until Friday", "by late Sunday", "hasta el viernes",
# "jusqu'à vendredi", "bis Freitag"): a day ahead of the telling as often as one before it.
# fmt: off
_UNTIL_BEFORE = {
    "en": r"(?:through|thru|until|till|by)(?:\s+(?:late|early))?",
    "es": r"hasta(?:\s+el)?",
    "fr": r"jusqu['’](?:à|au)",
    "de": r"bis(?:\s+(?:zum|am))?|spätestens(?:\s+am)?",
    "it": r"fino\s+(?:a[dl]?|alla)|entro(?:\s+il)?",
    "pt": r"até(?:\s+(?:a|o|à|ao))?",
}
# fmt: on


def ends_span(text: str, start: int) -> bool:
    """Does the weekday at ``start`` of ``text`` end a span or set a deadline
    (:data:`_UNTIL_BEFORE`, in the lexical language)? Which such day it is cannot be told
    from the tense: "was extended through Wednesday" in an article of Tuesday means the
    next day. Not a day's possession after "by" ("battered by Sunday's storm"), nor "By"
    opening the sentence ("By late Sunday, the fire had burned 21,000 acres": a state
    reached on a past day).

    >>> t = "The advisory was extended through Wednesday."
    >>> ends_span(t, t.index("Wednesday"))
    True
    >>> [ends_span(t, t.index("Sunday")) for t in ("The town was battered by Sunday's storm.",
    ...  "By late Sunday, the fire had burned 21,000 acres.")]
    [False, False]
    """
    before = text[max(0, start - 30) : start]
    m = re.search(rf"(?<!\w)(?:{_UNTIL_BEFORE[lexical_language()]})\s+$", before, re.IGNORECASE)
    if m is None:
        return False
    if m.group().lower().startswith("by"):
        opening = not text[: max(0, start - 30) + m.start()].strip()
        return not opening and not re.match(r"\w+['’]s\b", text[start:])
    return True


@lru_cache(maxsize=8)
def future_re(language: str) -> re.Pattern[str]:
    """A future tense or a plan in ``language`` (:data:`_FUTURE_FOREIGN`), else in
    English (:data:`_FUTURE`)."""
    if language in _FUTURE_FOREIGN:
        return re.compile(_FUTURE_FOREIGN[language])
    return _FUTURE
