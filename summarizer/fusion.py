"""Fusion: claims from all chunk summaries -> one cited event brief.

1. Support: each claim is compared with every sentence of the *other*
   sources; a sentence that says the same thing (embedding similarity above
   ``support_threshold`` and no disagreeing number) becomes an extra citation.
   How many independent sources report a claim is its main salience signal.
2. Selection: greedy MMR (Carbonell & Goldstein, 1998) over salience, with a
   hard near-duplicate cut, until the word budget is spent.
3. Layout: the first sentences (about ``summary_share`` of the budget) form
   the summary paragraph, the rest become key points; both in salience order,
   so the brief opens with the most widely reported fact.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from summarizer.clean import WIRE_CAPTION, entry_order, interviewer_spans
from summarizer.compress import (
    _HEAD_SOURCE,
    CONNECTIVE_ASIDE,
    INTERJECTIONS,
    PARENTHESIS,
    PARTICIPLE_ASIDE,
    RELATIVE_ASIDE,
)
from summarizer.config import FusionConfig
from summarizer.conflicts import (
    _DOWN,
    _UP,
    _WEEKDAY,
    _YEAR,
    Mention,
    agree,
    befell,
    casualties_told,
    exceeds,
    figure_changes,
    reassured,
)
from summarizer.embed import Embedder
from summarizer.events import article_day, content_stems, last_weekday, names_a_day, names_in
from summarizer.facts import (
    EN_TITLE_ABBREVIATIONS,
    MONTH_RE,
    NUMBER_WORDS,
    NUMERIC_KINDS,
    WEEKDAY_RE,
    dates,
    fact_supported,
    in_base_unit,
    numbers,
    spelled_counts,
)
from summarizer.faithfulness import negates
from summarizer.language import current_language, document_language, lexical_language, use_language
from summarizer.notes import (
    conflict_about,
    contested_what,
    has_contested_note,
    note_contested,
    note_update,
    note_what,
    states_contested_quote,
    without_contested_note,
    without_update_note,
)
from summarizer.saying import SAYING, saying_words
from summarizer.tense import CONDITIONAL_EN, PAST_EN, ends_span, foreign_past_weekday, future_re
from summarizer.text import (
    SPEECH,
    caps_lead_in,
    close_quotation,
    count_words,
    is_question,
    quotations,
    stemmer,
    stop_words,
    word_forms,
    words,
)
from summarizer.types import (
    BriefSentence,
    Citation,
    Claim,
    Conflict,
    ConflictSide,
    Document,
    Fact,
    Sentence,
    Span,
)

# An older figure and the later report's figure that updates it (cluster_changes).
Update = tuple[Mention, Mention]

# A sentence that opens by leaning on its neighbour ("He added...", "The
# latter...") cannot stand alone in a brief.
_OPEN = r"^[\"“‘']?\s*"
# What "this" or "that" may name without pointing back at another sentence.
_TIME_NOUN = (
    r"(?:year|week|month|day|morning|afternoon|evening|night|weekend|summer|winter|spring|"
    r"fall|autumn|season|time|decade|century)s?\b"
)
# What follows a count with no noun ("The two were", "Both died in"): a verb, not
# what the count counts ("Two injured men", "The two sides").
_COUNT_VERB_WORDS = (
    r"are|were|was|is|had|have|has|will|would|could|became|become|met|remain|remains|"
    r"said|says|did|also|later|then|now|still|never|each"
)
# ... or any past form not followed by its object ("Both pleaded not guilty", "The two
# married in 2010"); after a bare count this would also take a headline's "Ten killed
# in bus crash" ("were killed"), so there only the words above and "died" lean.
_COUNT_VERB = (
    rf"(?=(?:{_COUNT_VERB_WORDS})\b|\w+ed\b(?!\s+(?!(?:the|a|an|not|"
    r"in|on|at|to|of|for|with|by|from|as|that|and|but|after|before|into|their|his|her|its)\b)"
    r"[a-z]))"
)
# The English counts a bare subject may be spelled in, "one" left out ("One can
# only guess": anyone), "twenty-five" of two of them.
_COUNT_WORDS = "|".join(w for w in NUMBER_WORDS if w not in ("one", "hundred", "dozen"))
# "Four were in critical condition.", "Two died in hospital.", "Three of them were
# children.", "12 remain missing": a bare count as subject, of people or things
# another sentence named (not "Four people were injured.", "2024 was a record
# year.", "Three-quarters of voters ...", "Two hundred and ten ...")
_BARE_COUNT = (
    r"(?:\d{1,3}(?:,\d{3})*|(?:" + _COUNT_WORDS + r")(?:-(?:" + _COUNT_WORDS + r"))?)\s+"
    rf"(?:of\s+(?:them|those|these|whom)|{_COUNT_VERB_WORDS}|died)\b"
)
_DANGLING = re.compile(
    _OPEN + r"(?:he|she|they|his|her|their|its|the latter|the former|"
    r"but|and|or|so|also|however|meanwhile|moreover|still|yet|then|here|such|"
    r"instead|nevertheless|nonetheless|furthermore|additionally|likewise|similarly|therefore|"
    r"thus|hence|otherwise|besides|in contrast|by contrast|as a result|in addition|"
    r"on the other hand|in turn|in so doing|in doing so|by doing so|doing so|to (?:that|this) end|"
    r"if so|if not(?!\s+for\b)|even so|with that)\b"
    # "this", "those": unless a time ("This year ...", "That night ...")
    r"|" + _OPEN + r"(?:this|that|these|those)\b(?!\s+" + _TIME_NOUN + ")"
    # "After that, ...", "Despite this, ...": what came before is in another sentence
    r"|" + _OPEN + r"(?:after|before|since|despite|because\s+of|on\s+top\s+of|apart\s+from|"
    r"aside\s+from|in\s+addition\s+to|following|besides|beyond)\s+(?:this|that|these|those)\b"
    r"(?!\s+" + _TIME_NOUN + ")"
    # "The two became ...", "Both were ...": a number with no noun, whose people or
    # things another sentence named (not "Two people were ...", "The two men ...")
    # ("These two ...", "Those three ..." lean by the demonstrative rule above)
    r"|" + _OPEN + r"(?:(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|"
    r"ten)|both)\s+"
    + _COUNT_VERB
    # "Four were in critical condition.": a bare count (see ``_BARE_COUNT``)
    + r"|"
    + _OPEN
    + _BARE_COUNT
    # "Another 143 people were hurt", "More than 400 others were injured", "The day
    # before, ...", "Two days later, ...": counted or dated from what another sentence said
    + r"|"
    + _OPEN
    + r"(?:another\s+(?:[\d,]+|"
    + _COUNT_WORDS
    + r"|dozen|hundreds?|thousands?)\b|(?:(?:more\s+than|at\s+least|about|some|nearly|almost)\s+)?"
    r"(?:[\d,]+\s+|[a-z]+\s+)?others\b(?!\s+(?:say|said|says|argue|argued)\b)"
    r"|the\s+(?:day|night|week|month|year)\s+(?:before|after)\s*,"  # not "The day after X is"
    r"|the\s+(?:next|following|previous)\s+(?:day|morning|evening|night|week)\b"
    r"|(?:(?:a|one|two|three|four|five|several|\d+)\s+)?"
    r"(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)\s+later\b"
    r"|later\s+that\s+(?:day|night|week)\b)"
    # "There, ...": unless existential ("There were 12 people on board")
    r"|" + _OPEN + r"there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|"
    r"remains?|seems?|appears?)\b)",
    re.IGNORECASE,
)
# "It" with nothing to point back to: "It is unclear whether ...", "It was
# expected that ..."
_EXPLETIVE_IT = re.compile(
    _OPEN + r"it(?:\s+(?:is|was|remains|remained|seems|seemed|appears|appeared)|['’]s)\s+"
    r"(?:not\s+)?"
    r"(?:\w+\s+)?(?:unclear|clear|likely|unlikely|possible|impossible|expected|estimated|"
    r"believed|thought|feared|hoped|reported|understood|known|important|necessary)\b",
    re.IGNORECASE,
)
_QUOTE_ONLY = re.compile(r"^\s*[\"“‘'].*[\"”’'](.*)$", re.DOTALL)
# "..., he said." / "..., said one." with no name: the speaker is in another sentence.
_PRONOUN_SPEAKER = re.compile(
    r"[,\"”’']\s*(?:(?:he|she|they|it)\s+(?:said|says|added|adds|told\s+\S+|noted|explained|"
    r"warned|insisted|argued|continued|stressed)|(?:said|added|told\s+\S+)\s+(?:he|she|they))"
    r"\b[^\"“”]{0,40}[.!?]?[\"”’']?\s*$",
    re.IGNORECASE,
)
# The same in Spanish, French, German, Italian and Portuguese: a third-person
# pronoun, a connective, a demonstrative (not before a time: "Este martes",
# "Cette semaine", "Diese Woche"), "the others" ("Otras 143 personas ...") or the
# day before or after another sentence's ("La veille, ...", "Am Vortag ...").
# An expletive subject ("Il y a", "Il faut", "Es gibt") is none.
# fmt: off
_DANGLING_FOREIGN = {
    "es": (
        r"él|ella|ellos|ellas|ello|esto|eso|además|asimismo|también|sin\s+embargo|no\s+obstante|"
        r"pero|y|o|así|entonces|luego|incluso|por\s+(?:ello|eso|lo\s+tanto|tanto|su\s+parte|"
        r"otro\s+lado|el\s+contrario)|en\s+cambio|mientras\s+tanto|de\s+hecho|allí|ahí|"
        r"otros|otras|otro|otra|dicho|dicha|dichos|dichas|este\s+último|esta\s+última|"
        r"la\s+víspera|al\s+día\s+siguiente|"
        r"(?:este|esta|estos|estas|ese|esa|esos|esas)\b(?!\s+(?:año|semana|mes|día|mañana|tarde|"
        r"noche|fin|lunes|martes|miércoles|jueves|viernes|sábado|domingo|invierno|verano|"
        r"otoño|primavera)s?\b)"
    ),
    "fr": (
        r"il\b(?!\s+(?:y\s+a|y\s+avait|faut|fallait|s['’]agit|semble|reste|pleu\w*|neig\w*|est\s+\w+\s+(?:de|que)|"
        r"était\s+\w+\s+(?:de|que)))|elle|ils|elles|lui|eux|celui-ci|celle-ci|ceux-ci|celles-ci|"
        r"ce\s+dernier|cette\s+dernière|ces\s+derniers|ces\s+dernières|cela|ceci|ça|"
        r"mais|et|ou|donc|aussi|cependant|pourtant|toutefois|néanmoins|par\s+ailleurs|en\s+outre|"
        r"de\s+plus|en\s+revanche|par\s+contre|ainsi|alors|puis|ensuite|d['’]ailleurs|"
        r"de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux)|"
        r"selon\s+(?:lui|elle|eux|elles)|la\s+veille|le\s+lendemain|les\s+autres|"
        r"(?:ce|cet|cette|ces)\b(?!\s+(?:matin|soir|midi|jour|week-end|semaine|mois|année|an|"
        r"nuit|après-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hiver|été|"
        r"automne|printemps)s?\b)"
    ),
    "de": (
        r"er|sie|ihr|ihre|sein|seine|dessen|deren|letzterer|"
        r"letztere|zudem|außerdem|auch|aber|und|oder|doch|jedoch|dennoch|trotzdem|allerdings|"
        r"darüber\s+hinaus|ferner|daher|deshalb|deswegen|somit|dabei|dort|danach|dazu|"
        r"dafür|darauf|demnach|stattdessen|ebenso|ebenfalls|am\s+vortag|tags\s+darauf|"
        r"die\s+anderen|"
        r"dies(?:e|er|es|en|em)\b(?!\s+(?:woche|wochenende|nacht|saison|zeit|jahr|monat|winter|"
        r"sommer|herbst|frühling|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)"
    ),
    "it": (
        r"lui|lei|loro|egli|essi|esse|inoltre|tuttavia|però|ma|e|o|anche|quindi|dunque|così|"
        r"poi|infatti|intanto|invece|comunque|pertanto|peraltro|ciò|quest['’]ultimo|"
        r"quest['’]ultima|il\s+giorno\s+(?:prima|dopo)|la\s+vigilia|gli\s+altri|le\s+altre|"
        r"(?:questo|questa|questi|queste|quello|quella|quelli|quelle)\b(?!\s+(?:anno|anni|"
        r"settimana|mese|giorno|mattina|sera|notte|lunedì|martedì|mercoledì|giovedì|"
        r"venerdì|sabato|domenica|inverno|estate|autunno|primavera)\b)"
    ),
    "pt": (
        r"ele|ela|eles|elas|isso|isto|além\s+disso|no\s+entanto|contudo|porém|entretanto|mas|e|"
        r"ou|também|assim|então|depois\b(?!\s+d[eoa]s?\b)|todavia|por\s+(?:sua|seu)\s+vez|por\s+outro\s+lado|lá|"
        r"ali|outros|outras|na\s+véspera|no\s+dia\s+seguinte|"
        r"(?:este|esta|estes|estas|esse|essa|esses|essas|aquele|aquela)\b(?!\s+(?:ano|semana|"
        r"mês|dia|manhã|tarde|noite|fim|segunda|terça|quarta|quinta|sexta|sábado|domingo|"
        r"inverno|verão|outono|primavera)s?\b)"
    ),
}
# A bare count as subject, in those languages: the count (two to ten in words,
# facts.spelled_counts, or a figure) and what comes right after it, a verb ("Cuatro
# resultaron heridos", "Deux sont morts", "Drei wurden verletzt") or "of them" ("Tres de
# ellos ...", "Deux d'entre eux"); not a noun ("Cuatro personas resultaron heridas").
_BARE_COUNT_FOREIGN = {
    "es": r"de\s+(?:ellos|ellas)|murieron|fallecieron|resultaron|fueron|están|estaban|siguen|"
          r"permanecen|son|eran|han|habían",
    "fr": r"d['’]entre\s+(?:eux|elles)|sont|étaient|ont|avaient|restent|demeurent|"
          r"se\s+trouvent|se\s+trouvaient",
    "de": r"von\s+ihnen|wurden|waren|sind|haben|hatten|starben|liegen|lagen|befinden|schweben",
    "it": r"di\s+loro|sono|erano|hanno|avevano|restano|rimangono|morirono|furono",
    "pt": r"deles|delas|morreram|ficaram|foram|estão|estavam|seguem|permanecem|são|eram|têm",
}
# Count words that are also common words before such a verb: Italian "sei" ("you are").
_NOT_BARE_COUNT = {"it": frozenset({"sei"})}
# fmt: on
# A quotation whose speaker is a pronoun after it ("..., a-t-il ajouté.", "...,
# sagte er.") or, in the languages that drop the subject, a verb alone ("...,
# añadió."): the speaker is in another sentence.
_FOREIGN_PRONOUN_SPEAKER = {
    "fr": r"[,»]\s*(?:a|ont)-t-(?:il|elle)s?\s+\w+|[,»]\s*\w+-t?-?(?:il|elle)s?",
    "de": r"[,“”]\s*(?:{verbs})\s+(?:er|sie)(?:\s+\w+)?",
}


@lru_cache(maxsize=8)
def _foreign_dangling(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The opening that leans (:data:`_DANGLING_FOREIGN`) and the unnamed speaker at the
    end of a sentence in ``language``, or None for a language without a table."""
    if language not in _DANGLING_FOREIGN:
        return None
    verbs = "|".join(SAYING[language].verbs.split())
    speaker = _FOREIGN_PRONOUN_SPEAKER.get(language, r"[,”»\"]\s*(?:{verbs})")
    opening = rf"[\"“‘'„«]?\s*(?:{_DANGLING_FOREIGN[language]})(?=[\s,;:]|$)"
    after = _BARE_COUNT_FOREIGN[language]
    skip = _NOT_BARE_COUNT.get(language, frozenset())
    counts = "|".join(
        w for w, n in spelled_counts(language).items() if 2 <= n <= 10 and w not in skip
    )
    opening += rf"|[\"“‘'„«]?\s*(?:{counts}|\d{{1,3}}(?:[.,\s]\d{{3}})*)\s+(?:{after})\b"
    if language in ("es", "it", "pt"):
        opening += rf"|(?:{verbs})\s+(?:que|che)\b"  # "Añadió que ...", "Aggiunse che ..."
    return (
        re.compile(opening, re.IGNORECASE),
        re.compile(speaker.format(verbs=verbs) + r"\s*[.!?]?\s*$", re.IGNORECASE),
    )


def _leans_in_language(text: str) -> bool:
    """Does the sentence, in the brief's language when that is not English, lean
    on another for its subject (:data:`_DANGLING_FOREIGN`)?

    >>> from summarizer.language import use_language
    >>> with use_language("fr"):
    ...     _leans_in_language("Il a ajouté que les recherches continuaient.")
    True
    >>> with use_language("fr"):
    ...     _leans_in_language("Il y a eu 12 morts dans le Gard.")
    False
    """
    tables = _foreign_dangling(lexical_language())
    return tables is not None and bool(tables[0].match(text) or tables[1].search(text))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CONTRACTION = re.compile(r"['’](?:s|re|ll|d|ve)$", re.IGNORECASE)


@dataclass(frozen=True)
class ScoredClaim:
    claim: Claim
    support: tuple[Span, ...]  # the claim's own spans first, then other sources'
    sources: frozenset[str]
    score: float


@lru_cache(maxsize=65536)
def _numbers(text: str) -> frozenset[str]:
    """The digit strings ``text`` states, without thousands commas ("9,200" -> "9200");
    memoised: :func:`score_claims` compares every claim with a sentence of every source."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


def numbers_agree(claim: str, evidence: str) -> bool:
    """Every number the claim states also appears in the evidence, or is part
    of a quantity that agrees with one of the evidence's, allowing for the
    claim's hedge or rounding: "more than $9 billion" agrees with "$9.2 billion" (not the other
    way round: a floor does not support an exact figure).

    >>> numbers_agree("more than $9 billion of aid", "US$9.2 billion in funds")
    True
    >>> numbers_agree("US$9.2 billion in funds", "more than $9 billion of aid")
    False
    """
    missing = _numbers(claim) - _numbers(evidence)
    if not missing:
        return True
    language = current_language()
    source = _numeric_facts(evidence, language)
    if not source:
        return False
    for fact in _numeric_facts(claim, language):
        stated = _numbers(fact.text) & missing
        if stated and fact_supported(fact, source, set()):
            missing -= stated
    return not missing


@lru_cache(maxsize=65536)
def _numeric_facts(text: str, _language: str) -> tuple[Fact, ...]:
    """The quantities and sums of money ``text`` states, the numbers of its dates left
    out, as :func:`extract_facts` gives them without reading its other kinds of fact;
    memoised per text and language (the one numbers are read in): :func:`numbers_agree`
    checks every claim against a sentence of every other source."""
    return tuple(
        f for f in numbers(text, [(d.start, d.end) for d in dates(text)]) if f.kind in NUMERIC_KINDS
    )


_PRONOUN = re.compile(r"^(he|she|they|him|her|his|their|them|it|its)$", re.IGNORECASE)
# A sentence that opens with a name and a verb of saying or thinking: "Arnold
# Demoski, 26, says he ...", "Police have said they ...".
_NAME_SAYS = re.compile(
    _OPEN + r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:,\s*\d{1,3},)?\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+|later\s+)?"
    rf"(?:{SPEECH}|acknowledged|admitted|claimed|stated|confirmed|denied|announced|believes|"
    r"believed|thinks|thought|hopes|hoped|knew|knows|vowed|promised|pledged)\b"
)
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
# Subjects that take "they" without a plural -s
_COLLECTIVE = frozenset({"police", "people", "staff", "military", "crew", "authorities"})


def _plural(noun: str) -> bool:
    n = noun.lower()
    return n in _COLLECTIVE or (n.endswith("s") and not n.endswith(("ss", "us", "is")))


# A sentence that opens with a noun phrase: "The river ...", "Three people ...".
_DETERMINER = re.compile(
    r"^(the|a|an|this|that|these|those|each|every|one|some|many|several|both|all|most|no|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$",
    re.IGNORECASE,
)
# Nouns for persons, what "he", "she", "his" and "her" can point back to in a sentence
# opening with one ("The mayor said she would resign"; not "The report said he left"),
# the gendered ones only for their own pronouns ("The woman said he ..." leans).
_PERSON_NOUNS = frozenset(
    re.findall(
        r"\w+",
        "child children friend neighbor neighbour resident mayor president minister premier "
        "chancellor governor senator lawmaker spokesperson official officer chief director "
        "leader judge suspect victim driver teacher student player coach manager owner founder "
        "executive employee worker actor singer rapper author writer doctor nurse lawyer "
        "attorney prosecutor witness soldier pilot bishop candidate secretary ambassador "
        "diplomat envoy commissioner sheriff detective star",
    )
)
_MALE_NOUNS = frozenset(
    re.findall(r"\w+", "man men boy father son husband brother king prince pope priest "
               "chairman spokesman congressman")
)  # fmt: skip
_FEMALE_NOUNS = frozenset(
    re.findall(r"\w+", "woman women girl mother daughter wife sister queen princess actress "
               "chairwoman spokeswoman congresswoman")
)  # fmt: skip
_PERSON_PLURALS = frozenset({"men", "women", "children"})
# What cannot be a pronoun's antecedent however it agrees: a span of time ("Two weeks
# later they ..."), and what reports on people rather than being them ("Reports say
# they fled", "Images show ...").
_NO_ANTECEDENT = frozenset(
    re.findall(
        r"\w+",
        "second seconds minute minutes hour hours day days night nights week weeks month months "
        "year years decade decades time times moment later ago report reports image images "
        "photo photos picture pictures video videos footage record records document documents "
        "source sources data figure figures poll polls study studies survey surveys",
    )
)
# Object pronouns: in its own clause, never the subject's ("The judge sentenced him").
_OBJECT_PRONOUNS = frozenset({"him", "them"})


def _subject_antecedent(ws: Sequence[str], i: int) -> bool:
    """Is the pronoun ``ws[i]`` the sentence's own subject's, a noun phrase it opens with
    that agrees with it? "The river burst its banks", "The company said it ...", "Three
    people lost their homes", "Floods forced ... their", "The mayor said she ...". Not
    "The report said he ..." (no person), "This time it ..." (the noun right before the
    pronoun is no subject of a verb before it), "Two weeks later they ..." (a span of
    time), "The judge sentenced him" or "... thanked her for" (an object pronoun is never
    its own clause's subject); a name is :data:`_NAME_SAYS`'s."""
    pronoun = ws[i].lower()
    after = ws[i + 1].lower() if i + 1 < len(ws) else ""
    if pronoun in _OBJECT_PRONOUNS or (pronoun == "her" and (not after or after in stop_words())):
        return False  # "thanked her for ...", not "her work"
    plural = pronoun in _PLURAL_PRONOUNS
    # the words before the one right before the pronoun, lower-case ones (no names)
    nouns = [w.lower() for w in ws[1 : i - 1] if w[:1].islower()]
    if not _DETERMINER.match(ws[0]):
        if not (plural and _plural(ws[0])):
            return False
        nouns.append(ws[0].lower())  # "Floods forced 300 people from their homes."
    nouns = [w for w in nouns if w not in stop_words()]
    if any(w in _NO_ANTECEDENT for w in nouns):
        return False
    if plural:
        return any(_plural(w) or w in _PERSON_PLURALS for w in nouns)
    if pronoun in ("he", "his"):
        return any(w in _PERSON_NOUNS or w in _MALE_NOUNS for w in nouns)
    if pronoun in ("she", "her"):
        return any(w in _PERSON_NOUNS or w in _FEMALE_NOUNS for w in nouns)
    return any(not _plural(w) for w in nouns)  # "it", "its"


# An opening that names where a statement appeared, not who made it: the name
# in "According to The Washington Post, he ..." is not what "he" points back to.
_SOURCE_OPENER = re.compile(
    _OPEN + r"(?:according\s+to|in\s+an?\s+(?:interview|statement|post|letter|op-ed)\s+"
    r"(?:with|to|on|in)|speaking\s+(?:to|with|on)|writing\s+(?:in|on))\s+[^,;:]{1,60},\s*",
    re.IGNORECASE,
)
_CALENDAR = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|on|in|at|last|earlier|later)$",
    re.IGNORECASE,
)


# "Shell nouns" (Schmid 2000) with a definite or demonstrative determiner and no
# complement of their own point back at what another sentence said: "The
# Kremlin denied the report.", "This move angered Kyiv."
_SHELL = re.compile(
    r"\b(?:the|this|that|these|those|such)\s+(?:report|reports|claim|claims|statement|"
    r"statements|remarks|comments|move|decision|allegation|allegations|accusation|"
    r"accusations|announcement|idea|suggestion|news|rumou?rs?|account|assertion|charge|"
    r"charges)\b(?!\s+(?:that|of|by|on|about|from|in|to|at|which|who|published|issued|"
    r"released|made|given|said)\b|,)"
    # "The sales figure was generated from ...": a figure another sentence gave
    r"|\b(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?(?:figure|figures|tally)\b"
    r"(?!\s+(?:of|for|that|from|in|on|at|to|by|was\s+\d|is\s+\d|stood|rose|fell)\b|,)",
    re.IGNORECASE,
)


# A transcript's speaker label: "GEORGE STEPHANOPOULOS: ..."
_SPEAKER = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}:\s*")


# A teaser cut off mid-sentence: "... store owners, who have... (AP)"
_TRUNCATED = re.compile(r"\w(?:\.\.\.|…)\s*(?:\([^()]{1,40}\)\s*)?$")


_PARENS = re.compile(r"\([^()]*\)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LINK_LINE = re.compile(r":\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)


# A short answer to "how?": a preposition and a gerund with nothing said of a
# subject ("By lending to small businesses.", "Through cutting costs.").
_HOW_ANSWER = re.compile(r"(?:by|through|via|without|after|before)\s+[a-z]+ing\b", re.IGNORECASE)


# A credit or caption line: an -ing or -ed word, then names only ("Starring
# Matt Damon and Cecile De France.", "Directed by Clint Eastwood.", "Reported by
# Jane Doe and John Roe.").
_CREDIT_OPENER = re.compile(r"[A-Z][a-z]+(?:ing|ed)\b")
_NAME_GLUE = frozenset({"and", "by", "of", "the", "with", "de", "da", "van", "von", "del", "la"})


def _is_credit(text: str) -> bool:
    rest = words(text)[1:]
    return bool(
        _CREDIT_OPENER.match(text)
        and rest
        and len(rest) <= 12
        and all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in rest)
    )


# A wire photo caption: "In this Saturday, July 1, 2017, photo, people line up
# ...", "FILE - In this July 12, 2018 file photo, ...", "In this image taken from
# video, ...". It describes a picture the brief does not show.
_CAPTION = re.compile(WIRE_CAPTION + r"[^,;:]{0,80},", re.IGNORECASE)
# The AP's caption dateline: "A police officer watches as a cruiser is removed
# from Forest Road, Wednesday, Sept. 2, 2015 in Millis, Mass." News copy says
# "on Wednesday"; a weekday set off by commas before a full date is a caption's.
_CAPTION_DATE = re.compile(rf",\s+{WEEKDAY_RE},\s+{MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}\b")


# A film review's language note: "In English and some French with English
# subtitles.", "In Spanish, with subtitles." It describes the print, not the news.
_SUBTITLES = re.compile(
    r"^In (?:(?:and |in |some |a little |mostly )*[A-Z][a-z]+,?\s+)+with (?:English )?subtitles\b"
)


# A pleasantry of a transcript or a page, which states nothing: "Great to be
# here.", "Thank you so much.", "Thank you for subscribing.", "Good evening."
_PLEASANTRY = re.compile(
    r"(?:(?:it['’]s|it\s+is|it\s+was)\s+)?(?:(?:so|very|really)\s+)?"
    r"(?:great|good|nice|glad|happy|wonderful|a\s+pleasure|pleasure|an\s+honou?r)\s+"
    r"to\s+(?:be|see|have|talk|meet|speak)\b"
    r"|(?:thank\s+you|thanks)\b(?!\s+to\b)|good\s+(?:morning|afternoon|evening|night)\b"
    r"|welcome(?:\s+back)?(?:\s+to\b|\W*$|[,!])",
    re.IGNORECASE,
)
PLEASANTRY_WORDS = 8  # a pleasantry is this short; a longer line may say more


# A wish, a condolence or a prayer, said to or of someone but reporting nothing:
# a formula ("RIP Prodigy.", "Rest in peace, Prodigy.", "May he rest in peace.",
# "God bless America.", "Long live the king.") or a sentiment with no verb, sent
# to someone ("Love and light to the family.", "Condolences to his family.",
# "Our thoughts and prayers are with the victims.", "My heart goes out to them.").
_WISH_FORMULA = (
    r"(?:R\.?\s?I\.?\s?P\b\.?|RiP\b|Rip\b(?=\s+(?:[A-Z]|to\b)|\W*$)"
    r"|May\s+(?:(?:he|she|they|you|we|it|God|the\s+Lord)\b|(?:his|her|their|your)\s+(?:soul|"
    r"memory|family|spirit)\b|(?:[A-Z][\w'’.-]*\s+){1,3}(?:rest|be|find|live|sleep)\b)"
    r"|(?i:rest\s+(?:in\s+(?:peace|power|paradise)|easy|well)|sleep\s+(?:in\s+peace|well)"
    r"|god\s+(?:bless|rest|keep|speed)|godspeed|long\s+live|get\s+well\s+soon"
    r"|happy\s+(?:heavenly\s+)?birthday)\b)"
)
# (the first one of a list: "light to moderate rain", "comfort to the enemy" are no wishes)
_SENTIMENT = (
    r"(?:love|peace|condolences|sympathy|sympathies|thoughts|prayers|blessings|wishes|"
    r"congratulations|congrats|kudos|respect|props|shout[\s-]?outs?|salute|hugs|luck)"
)
_WISH_SENTIMENT = (
    r"(?:sending\s+(?:out\s+)?)?"
    r"(?:(?:my|our|much|so\s+much|lots\s+of|all\s+(?:my|our|the)|sincere(?:st)?|deep(?:est)?|"
    r"heartfelt|warm(?:est)?|best|well|good|big|huge|continued)\s+)*"
    rf"(?:{_SENTIMENT}(?:\s*(?:,|and|&)\s*(?:{_SENTIMENT}|light|strength|healing|comfort|RIP))*"
    r"|hearts?(?=\s+(?:are|is|go|goes)\b))"
    r"(?:\s+(?:are|is|remain)\s+with|\s+go(?:es)?\s+(?:out\s+)?to|\s+(?:to|with))\b"
    r"|pray(?:ing|ers)?\s+(?:up\s+)?for\b"
)
_WISH = re.compile(rf"(?:{_WISH_FORMULA}|(?i:{_WISH_SENTIMENT}))")
# What shows that the "wish" is a noun phrase of a sentence that reports
# ("Condolences to the family poured in.", "God Bless America was sung.", "Rip
# Curl reported a loss."): a finite verb, or a past form after a noun.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|did|would|could|should|remains?|remained|seems?|"
    r"came|comes|went|fell|began|grew|rose|ran|flew|sent|got|left|made|took|gave|kept|stood)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"([\w'’]+)\s+[a-z]+ed\b")
# ... but not a past participle after these ("will be missed", "his loved ones",
# "a legend who changed the game")
_NOT_AFTER_NOUN = frozenset(
    {"be", "been", "being", "the", "a", "an", "his", "her", "its", "our", "their", "my", "your",
     "who", "that", "which", "so", "most", "dearly", "truly", "and", "always", "forever",
     "everyone", "everybody", "anyone", "all", "those"}
)  # fmt: skip


def _reports(rest: str) -> bool:
    """Does what follows a wish's opening words have a verb of its own (a
    finite one, or a past form after a noun: "... poured in")?"""
    return bool(_FINITE.search(rest)) or any(
        m.group(1).lower() not in _NOT_AFTER_NOUN for m in _PAST.finditer(rest)
    )


# A social post's signature: "— Jane Doe (@janedoe) June 20, 2017", "A post shared by ..."
_POST_SIGNATURE = re.compile(r"(?:\s+[—–-]+\s+[^—–]*\(@\w+\).*|\s*A post shared by\b.*)$")
# Who said it, in the brief's language ("..., the mayor said.", "..., Nas tweeted.")
_WISH_ATTRIBUTED = re.compile(rf"\b(?:{SPEECH}|say|stated|according\s+to)\b", re.IGNORECASE)
# The same in the other languages the lexical tools know: their formulas (RIP
# and the English ones are used everywhere) and their verbs of saying.
_WISH_FOREIGN = {
    "es": (
        r"descans[ae]\s+en\s+paz",
        r"que\s+en\s+paz\s+descanse",
        r"Q\.?E\.?P\.?D\b",
        r"D\.E\.P\.",
        r"dios\s+(?:te\s+|lo\s+|la\s+|los\s+)?bendiga",
        r"(?:mis|nuestras)\s+(?:más\s+)?(?:sinceras\s+|sentidas\s+)?condolencias",
        r"(?:sinceras\s+|sentidas\s+)?condolencias\s+a\b",
        r"(?:mi|nuestro)\s+(?:más\s+)?(?:sentido\s+)?pésame",
        r"(?:mis|nuestros)\s+pensamientos(?:\s+y\s+oraciones)?\s+(?:están\s+con|para|van\s+a)",
    ),
    "fr": (
        r"reposez?\s+en\s+paix",
        r"paix\s+(?:à|a)\s+son\s+âme",
        r"que\s+dieu\s+(?:le\s+|la\s+|vous\s+|te\s+)?bénisse",
        r"(?:toutes\s+)?(?:mes|nos)\s+(?:plus\s+)?(?:sincères\s+)?condoléances",
        r"(?:mes|nos)\s+pensées\s+(?:vont|sont)\s+(?:à|aux|avec)",
    ),
    "de": (
        r"ruhe\s+(?:in\s+frieden|sanft)",
        r"(?:mein|unser)\s+(?:herzliches\s+|tiefes\s+|aufrichtiges\s+)?beileid",
        r"(?:meine|unsere)\s+gedanken\s+sind\s+bei",
        r"gott\s+segne",
    ),
    "it": (
        r"ripos[ai]\s+in\s+pace",
        r"(?:le\s+)?(?:mie|nostre)\s+(?:più\s+)?(?:sentite\s+)?condoglianze",
        r"(?:i\s+)?(?:miei|nostri)\s+pensieri\s+(?:vanno|sono)\s+(?:a|al|alla|ai|alle|con)\b",
        r"dio\s+(?:ti\s+|lo\s+|la\s+)?benedica",
    ),
    "pt": (
        r"descans[ae]\s+em\s+paz",
        r"(?:meus|nossos)\s+(?:sinceros\s+)?pêsames",
        r"(?:minhas|nossas)\s+(?:sinceras\s+)?condolências",
        r"(?:sinceras\s+)?condolências\s+(?:a|à|ao|aos|às)\b",
        r"(?:meus|nossos)\s+pensamentos\s+(?:estão|vão)\s+(?:com|para)",
        r"deus\s+(?:te\s+|o\s+|a\s+)?abençoe",
    ),
}


@lru_cache(maxsize=8)
def _foreign_wish(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if language not in _WISH_FOREIGN:
        return None
    return (
        re.compile("|".join(_WISH_FOREIGN[language]), re.IGNORECASE),
        re.compile(rf"\b(?:{saying_words(language)})\b", re.IGNORECASE),
    )


def is_wish(text: str) -> bool:
    """Is the sentence a wish, a condolence or a prayer of the writer's or a
    poster's own, reporting nothing: "RIP Prodigy.", "Rest in peace, Prodigy.",
    "May he rest in peace.", "God bless America.", "Love and light to the
    family.", "Condolences to his family.", "Our thoughts and prayers are with
    the victims."? Not when someone is said to have said it ("“Our thoughts are
    with the families,” the mayor said.", "..., Nas tweeted."), nor when the
    words are part of a sentence that reports ("Condolences to the family
    poured in.", "God Bless America was sung before the game."). In the
    brief's language (:func:`summarizer.language.current_language`) for es, fr,
    de, it and pt as well ("Descanse en paz.", "Toutes nos condoléances.").

    >>> is_wish("Love and light to the family and friends of Prodigy.")
    True
    >>> is_wish("Our thoughts are with the families, the mayor said.")
    False
    """
    t = _SPEAKER.sub("", text).strip()
    foreign = _foreign_wish(lexical_language())
    m = _WISH.match(t)
    if m is None and foreign is not None:
        m = foreign[0].match(t)
    if m is None:
        return False
    rest = _POST_SIGNATURE.sub("", _QUOTED.sub(" ", t[m.end() :]))
    return not (
        _reports(rest)
        or _WISH_ATTRIBUTED.search(rest)
        or (foreign is not None and foreign[1].search(rest))
    )


# An imperative addressed to the reader: a verb of a closed list, then what
# an object or a complement opens with ("Find yourself a bank ...", "Think about
# the man ...", "Follow Jane Doe on Twitter ...", "Stay with tampabay.com ...").
# Not a noun that opens a statement ("Check fraud rose", "Call volumes fell").
_TO_READER = re.compile(
    r"(?:Find|Think|Consider|Imagine|Remember|Picture|Check|Click|Watch|Read|Listen|Tune|"
    r"Follow|Subscribe|Sign|Call|Visit|Contact|Email|Stay|Join|Take|Try|Don['’]t|Do\s+not|"
    r"Never|Please|Expect|Meet)\b:?\s+"
    r"(?:(?:the|an?|your|yourself|yourselves|you|us|me|him|her|them|this|that|these|those|about|"
    r"of|with|on|in|into|to|for|out|up|back|what|how|why|who|where|whether|if|no|more|again)\b"
    r"|[A-Z])"
)


def addresses_reader(text: str) -> bool:
    """Does the sentence tell the reader what to do, rather than report? Like a
    question, it is no claim of a brief (it still counts as support).

    >>> addresses_reader("Find yourself a bank that won't charge you $5 a month.")
    True
    >>> addresses_reader("Check fraud rose by 12% last year, the bank said.")
    False
    """
    return bool(_TO_READER.match(text))


TITLE_WORDS = 4  # a line whose content words all open with a capital, this many or more


def _title_line(text: str) -> bool:
    """A title, subhead, video caption or credit in Title Case (or in capitals
    with no full stop): every word but function words and numbers opens with a
    capital. News sentences have lower-case words ("It is also known as Snow Blow.").

    >>> _title_line("Mike Smith Live on Periscope 12-29-2016.")
    True
    >>> _title_line("So do George and Marie.")
    False
    """
    stop = stop_words()
    content = [w for w in words(text) if w.lower() not in stop and not w[:1].isdigit()]
    if len(content) < TITLE_WORDS or not all(w[:1].isupper() for w in content):
        return False
    # wire copy in capitals ("THE PRESIDENT SIGNED THE BILL, HIS OFFICE SAID.") is prose
    return any(c.islower() for c in text) or not text.rstrip(" \"”’')").endswith((".", "!", "?"))


def is_fragment(text: str) -> bool:
    """Not a sentence on its own: it opens (after a transcript's speaker label)
    with punctuation or a lower-case word, has fewer than four words besides
    links ("Video: http://... Transcript: http://..."), or is cut off with an
    ellipsis ("..., who have...").

    >>> is_fragment(", according to the Pentagon."), is_fragment("Talks resumed on Monday.")
    (True, False)
    >>> is_fragment("GEORGE STEPHANOPOULOS: --attack on our homeland?")
    True
    >>> is_fragment("GEORGE STEPHANOPOULOS: 19 years.")  # three words, not five
    True
    >>> is_fragment("Sales beat the owners' hopes, who have... (Associated Press)")
    True
    >>> is_fragment("「対策を急ぐ」と首相は述べた。"), is_fragment("《人民日报》报道，洪水已退。")
    (False, False)

    Nor is a short answer to "how?" ("By lending to small businesses."), a
    credit line ("Starring Matt Damon and Cecile De France."), or a
    line of parentheses only, such as a photo credit ("(Jeff King Husky
    Homestead) (Jeff King Husky Homestead)"), or a photo caption ("In this
    July 1, 2017, photo, people line up at a dispensary.", "Mourners pray in
    San Bernardino, Calif., Tuesday, April 11, 2017."), or a film review's
    language note ("In English and some French with English subtitles."),
    or a pleasantry ("Great to be here.", "Thank you for subscribing."), a
    wish or a condolence with no one said to say it ("Rest in peace, Prodigy.",
    "Condolences to his family.", :func:`is_wish`), a title line ("The Girls
    Were Reported Missing When They Did Not Come Home") or a link with its label ("Read the letter: http://...").
    """
    # (opening quotation and title marks, also Chinese and Japanese ones: 「…」, 《…》)
    t = _SPEAKER.sub("", text).lstrip(" \"“‘'([「『《（【〈")
    if _TRUNCATED.search(t) or count_words(_URL.sub(" ", _PARENS.sub(" ", text))) < 4:
        return True
    if _HOW_ANSWER.match(t) and "," not in t and count_words(t) <= 8:
        return True  # "By lending to small businesses.": an answer, not a statement
    if _is_credit(t):
        return True  # "Starring Matt Damon and Cecile De France.": a credit line
    if _CAPTION.match(t) or _CAPTION_DATE.search(t):
        return True  # "In this July 1, 2017, photo, people line up ...": a caption
    if _SUBTITLES.match(t):
        return True  # "In English and some French with English subtitles.": a film's credits
    if _PLEASANTRY.match(t) and count_words(t) <= PLEASANTRY_WORDS:
        return True  # "Great to be here.": a pleasantry states nothing
    if is_wish(text):
        return True  # "Love and light to the family.": a wish or a condolence reports nothing
    if _LINK_LINE.search(t):
        return True  # "Durbin letter to the bank's CEO: http://...": a link and its label
    if _title_line(t):
        return True  # "Mike Smith Live on Periscope 12-29-2016.": a title, not a sentence
    # A lower-case letter or punctuation first is a cut; a letter of a script
    # without capitals (Arabic, Chinese, Hindi) is not.
    return not t or t[0].islower() or not t[0].isalnum() or count_words(t) < 4


# First person ("US" is the country, "I" only as a word of its own).
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]urs?|[Ll]et['’]s)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# Who said it: a verb of saying, or "according to".
_SAYING = r"said|says|say|told|tells|wrote|writes|added|stated|explained"
_ATTRIBUTED = re.compile(r"\b(?:" + _SAYING + r"|according to)\b", re.IGNORECASE)
# The speaker quoting themselves ("Like I said, ...", "as we stated earlier") names no one.
_SELF_SPEECH = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:\w+ly|have|had|was|were|am|are|been|also|then|just)\s+){0,2}"
    r"(?:" + _SAYING + r")\b"
)


def speaks_unattributed(text: str) -> bool:
    """First person outside quotation marks and no attribution: a statement
    quoted as a block ("We sincerely apologise to ...") whose speaker is in
    another sentence.

    >>> speaks_unattributed("We sincerely apologise to the families.")
    True
    >>> speaks_unattributed("“We will rebuild,” the mayor said of US aid.")
    False
    >>> speaks_unattributed("Like I said, I never meant it to get so out of control.")
    True
    >>> speaks_unattributed("That day, I was told by a friend that she had seen them.")
    True
    >>> speaks_unattributed("I meant no harm, as I told the police, Smith said.")
    False
    """
    return speaks_first_person(text) and not _ATTRIBUTED.search(_SELF_SPEECH.sub("", text))


def speaks_first_person(text: str) -> bool:
    """First person outside quotation marks ("We apologise ...", not "“We
    will rebuild,” the mayor said")."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub("", text)))


_LEADING_PARENS = re.compile(r"^\s*\([^()]{1,80}\)\s*")
_INTRODUCES_NEXT = re.compile(r":[\s\"”’'.]*$")
# A spoken interjection that opens a sentence: "Well, ...", "Oh, and ...", "Yes, ..."
_SPOKEN_OPENER = re.compile(rf"(?:{INTERJECTIONS}|No),\s")


# An opening phrase set off by a comma, then a subject pronoun: "Capturing the
# appeal of the pope's message, she was ...", "Since Smith's death in 1844, they ...".
# (Inside a quotation the pronouns are the speaker's: left alone.)
_OPENER_THEN_PRONOUN = re.compile(r"\s*([^,;:\"“”()]{2,120}?),\s+(he|she|they)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def _names_antecedent(phrase: str, pronoun: str) -> bool:
    """Does an opening phrase name what the pronoun after it may point to? For
    "he" or "she" a name ("In Pope Francis' address to Congress, he ...",
    "When Areej's father came home, he ..."); for "they" a name that is not a
    possessive ("By the time Mobb Deep released it, they ...", not "Since
    Smith's death, they ..."), a plural or a collective ("When the police
    arrived, they ...").

    >>> _names_antecedent("In Pope Francis' address to Congress", "he")
    True
    >>> _names_antecedent("Capturing the appeal of the pope's message", "she")
    False
    >>> _names_antecedent("Since Smith's death in 1844", "they")
    False
    >>> _names_antecedent("When the police arrived at the Smiths' house", "they")
    True
    """
    ws = words(phrase)
    plural = pronoun.lower() == "they"

    def is_name(i: int, w: str) -> bool:
        if _POSSESSIVE.search(w):  # "Ruiz's speech": a name, but not of a "they"
            return not plural and (i == 0 or w[:1].isupper())
        return i > 0 and w[:1].isupper() and not _CALENDAR.match(w)

    if any(is_name(i, w) for i, w in enumerate(ws)):
        return True
    stop = stop_words()
    return plural and any(
        w.lower() not in stop and not _POSSESSIVE.search(w) and _plural(w) for w in ws
    )


# A title in quotation marks ("Quiet Storm", “The Infamous”) is a work's: a
# song, a film, a book, a show. It names no one "he", "she" or "they" may be.
_TITLE = r"“[^“”]{1,80}”|\"[^\"]{1,80}\"|‘[^‘’]{1,80}’(?!\w)"
# An opening phrase with titles in it, then a subject pronoun: "With hits like
# "Quiet Storm" and "Shook Ones," they ..." (a comma inside the closing mark is
# moved out of it first)
_OPENER_WITH_TITLES = re.compile(
    rf"\s*((?:[^,;:\"“”‘()]|{_TITLE}){{2,160}}?),\s+(he|she|they)\b", re.IGNORECASE
)
_TITLE_MARK = re.compile(r"[\"“‘]")
_COMMA_PRONOUN = re.compile(r",[\"”’]?\s+(?:he|she|they)\b", re.IGNORECASE)
_COMMA_IN_TITLE = re.compile(r",([\"”’])(?=\s)")
# The works' own noun before their titles: "hits like", "the singles", "songs such as"
_WORKS_NOUN = re.compile(rf"([\w'’-]+)(?=\s+(?:(?:like|such\s+as|including|as)\s+)?(?:{_TITLE}))")


def _only_titles_before(text: str) -> bool:
    """Does an opening phrase before a subject pronoun name only works, in
    quotation marks, and no one the pronoun could point to? ("With hits like
    "Quiet Storm" and "Shook Ones," they became ...": "they" are named in
    another sentence; not "After the Beatles released "Help!", they toured
    ...".) A plural noun that the titles are of ("hits", "the albums") is no
    "they" either. (A sentence that opens with a quotation is the speaker's:
    left alone.)

    >>> _only_titles_before('With hits like "Quiet Storm" and "Shook Ones," they became stars.')
    True
    >>> _only_titles_before('After the Beatles released "Help!", they toured the US.')
    False
    """
    if not (_TITLE_MARK.search(text[1:]) and _COMMA_PRONOUN.search(text)):
        return False  # no title, or no ", he" (cheap checks first)
    m = _OPENER_WITH_TITLES.match(_COMMA_IN_TITLE.sub(r"\1,", text))
    if not m or m.group(1).lstrip()[:1] in '"“‘' or not re.search(_TITLE, m.group(1)):
        return False
    phrase = _WORKS_NOUN.sub(lambda w: " " if _plural(w.group(1)) else w.group(1), m.group(1))
    return not _names_antecedent(re.sub(_TITLE, " ", phrase), m.group(2))


# A demonstrative early in a sentence that names what another sentence said:
# "Ohr said those players spend ...", "Northwestern balked at that claim", "Of
# that total, $7.1 billion ...", "Internally, this is a regular all-in-one.",
# "Actually, that can't be right." Not a time ("this week", "this past
# weekend"), not "those" that a relative clause or participle defines ("those
# many naps they take", "those listed under ...") nor the idiom "one of those
# coincidences", not a noun the sentence named before it. Only the first
# clause's first twelve words count: later ("...; this doctrine is not
# accepted", "... and stored that information") the antecedent is mostly in the
# sentence itself. ("such" is left to the opening checks: "such great scenes",
# "with such force the ...".)
# "that" after a preposition points back ("called to that pre-K center", "for
# that reason"; elsewhere it is mostly a conjunction: "said that no ..."), unless
# a time or the start of a clause follows ("that it", "that the").
_THAT_POINTS = r"(?!" + _TIME_NOUN + r"|(?:it|is|was|has|the|an?)\b)"
_PREP_THAT = (
    r"(?i:to|at|in|on|from|of|with|for|by|about|into|inside|outside|near)\s+that\s+" + _THAT_POINTS
)
_POINTS_BACK = re.compile(
    r"\b(?:(this|these|those)\s+(?!(?:past\s+|coming\s+|very\s+)?"
    + _TIME_NOUN
    + r"|(?:as|who|whom|whose|which|of|in|with|kind|sort|type)\b)"
    + r"|"
    + _PREP_THAT
    # after an opening phrase: "Actually, that can't be right."
    + r"|^[^,;:\"“”()]{1,40},\s+(?:this|that|these|those)\s+"
    + _THAT_POINTS
    + r")([a-z][\w'’-]*)"
)
_DEFINES = re.compile(r"^(?:\s+[\w'’-]+){0,2}?\s+(?:they|we|you|he|she|I|who|that|which)\b")
_ONE_OF = re.compile(r"\bone\s+of\s+$", re.IGNORECASE)  # "one of those coincidences"
POINTS_BACK_WORDS = 12


def _points_back(text: str) -> bool:
    """Does a demonstrative in the sentence's first words name what another
    sentence said (see ``_POINTS_BACK``)? Quotations are left alone.

    >>> _points_back("Northwestern balked at that claim, describing scholarships as grants.")
    True
    >>> _points_back("Actually, that can't be right.")
    True
    >>> _points_back("Babies preserve memories during those many naps they take.")
    False
    >>> _points_back("Officials said this week that the bridge would reopen.")
    False
    """
    clause = _QUOTED.sub('"', text).split(";")[0]
    for m in _POINTS_BACK.finditer(clause):
        if count_words(clause[: m.start()]) >= POINTS_BACK_WORDS:
            return False
        noun = m.group(2)
        if m.group(1) == "those" and (
            noun.endswith(("ed", "ing"))
            or _DEFINES.match(clause[m.end(2) :])
            or _ONE_OF.search(clause[: m.start()])
        ):
            continue  # "those listed under ...", "those many naps they take", "one of those"
        earlier = {stemmer().stemWord(w.lower()) for w in words(clause[: m.start()])}
        if stemmer().stemWord(noun.lower()) not in earlier:
            return True
    return False


def is_dangling(text: str) -> bool:
    """Does the sentence lean on a neighbour for its subject?

    True when it opens with a connective or pronoun ("He added...", "But..."),
    or when a personal pronoun comes in its first words before any name
    ("On Tuesday, he said..."; a title in quotation marks is no name: "With
    hits like "Quiet Storm," they ...", :func:`_only_titles_before`) and is
    not the sentence's own subject's ("The river burst its banks":
    :func:`_subject_antecedent`), when a
    quotation ends with a pronoun for its speaker ("..., he said."), when it
    refers to "the report" or "this decision" of another sentence or names
    what one said with a demonstrative in its first words ("Of that total,
    ...", :func:`_points_back`), when it ends with a colon (what it introduces
    is in the next one), or when it opens with a spoken interjection ("Well,
    ...", "Oh, and ...": an answer, or speech going on from before).
    """
    # A photo credit the cleaner left at the front ("(State Department photo) For
    # a decade it operated ...") hides what the sentence opens with.
    text = _LEADING_PARENS.sub("", text, count=1) or text
    return _leans_for_subject(text) or _points_back(text)


def _leans_for_subject(text: str) -> bool:
    if _DANGLING.match(text) or _PRONOUN_SPEAKER.search(text) or _SHELL.search(text):
        return True
    if _leans_in_language(text):
        return True
    if speaks_unattributed(text):
        return True  # "We apologise ...": who "we" are is in another sentence
    if _INTRODUCES_NEXT.search(text):
        return True  # introduces what the next sentence says ("... fed the speculation:")
    if _SPOKEN_OPENER.match(text):
        return True  # speech, answering or going on from a neighbour ("Oh, and ...", "Well, ...")
    quoted = _QUOTE_ONLY.match(text)
    if quoted and len(words(quoted.group(1))) < 2:
        return True  # a bare quotation whose speaker is in another sentence
    opener = _SOURCE_OPENER.match(text)
    if opener:  # "According to The Washington Post, he has spoken to Putin"
        return is_dangling(text[opener.end() :])
    said = _NAME_SAYS.match(text)
    if said and said.group(1).split()[0].lower() not in stop_words():
        # "Demoski says he does not remember", "Police said they found": the
        # pronoun is the speaker's own when it agrees ("it" may be anything:
        # "Demoski said it was an accident")
        agree = _PLURAL_PRONOUNS if _plural(said.group(1).split()[-1]) else _PERSON_PRONOUNS
        return any(
            _PRONOUN.match(w) and w.lower() not in agree for w in words(text[said.end() :])[:6]
        )
    opener = _OPENER_THEN_PRONOUN.match(text)
    if opener and not _names_antecedent(opener.group(1), opener.group(2)):
        return True  # "Since Smith's death in 1844, they have ...": who "they" are is elsewhere
    if _only_titles_before(text):
        return True  # 'With hits like "Quiet Storm," they ...': a song is no "they"
    expletive = bool(_EXPLETIVE_IT.match(text))
    ws = [_CONTRACTION.sub("", w) for w in words(text)[:6]]  # "It's", "they’d"
    for i, w in enumerate(ws):
        if _PRONOUN.match(w) and not (i == 0 and expletive):
            # "The river burst its banks": the sentence's own subject, unless a comma
            # comes first ("The decision, he said, ...": a speaker from elsewhere; not
            # the comma of "1,200 people")
            at = re.search(rf"(?<![\w'’]){re.escape(w)}(?!\w)", text)  # "she's" too
            before = text[: at.start()] if at else text
            return bool(re.search(r",\s", before)) or not _subject_antecedent(ws, i)
        if i > 0 and w[:1].isupper() and not _CALENDAR.match(w):
            return False
    return False


def _asked(claim: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    """Is the (extracted) claim in one of an interviewer's turns (``spans``)?"""
    return (
        bool(claim.spans)
        and not claim.generated
        and any(a <= claim.spans[-1].start < b for a, b in spans)
    )


def leans(claim: Claim) -> bool:
    """Does the claim lean on a sentence the brief does not have? A claim that
    comes with its context (:func:`with_context`) does not: "The Post reported
    that ... The Kremlin denied the report." ends as dangling text does. Unless
    it still ends on a colon: what that introduces is in the sentence after it."""
    if claim.with_context:
        return _INTRODUCES_NEXT.search(claim.text) is not None
    return claim.in_quotation or is_dangling(claim.text)


def continues_quotation(sentence: Sentence, quotes: Sequence[tuple[int, int]]) -> bool:
    """Does the sentence go on with a quotation opened before it (``quotes``:
    :func:`~summarizer.text.quotations` of its article), with no speaker named
    after the quotation closes in it? ("The outcome does not affect ...", inside
    a statement quoted over several sentences; not "We never have," Ruiz said.)"""
    for a, b in quotes:
        if a < sentence.start < b - 1:
            after = sentence.text[b - sentence.start :] if b < sentence.end else ""
            return not _ATTRIBUTED.search(after)
    return False


def with_context(
    claims: Sequence[Claim],
    sentences: Mapping[str, Sequence[Sentence]],
    max_words: int,
    quoted: frozenset[tuple[str, int]] = frozenset(),
) -> list[Claim]:
    """A claim that leans on the sentence before it ("The Kremlin denied the
    report.", "..., he said.") is offered together with that sentence, as one
    claim citing both; alone it is not offered. Claims whose neighbour is
    unknown (generated text), itself dangling, no sentence (a photo credit
    such as "(State Department photo)") or a question (an interview's: "Did you
    expect this?" + "“No. Certainly not.”"), a pair that still speaks in the
    first person with no speaker named, or a pair over ``max_words``, stay as
    they are (selection penalises dangling claims). A claim that goes on with a
    quotation (:attr:`Claim.in_quotation`) leans on the sentence before it too,
    which is no context when it goes on with the quotation as well (``quoted``:
    ``(doc_id, start)`` of such sentences)."""
    if max_words <= 0:
        return list(claims)
    index = {
        (doc_id, s.start): (k, doc_sents)
        for doc_id, doc_sents in sentences.items()
        for k, s in enumerate(doc_sents)
    }
    out = []
    for c in claims:
        found = index.get((c.doc_id, c.spans[0].start)) if c.spans else None
        if c.generated or not found or not (c.in_quotation or is_dangling(c.text)) or not found[0]:
            out.append(c)
            continue
        k, doc_sents = found
        prev = doc_sents[k - 1]
        if (
            is_dangling(prev.text)
            or (c.doc_id, prev.start) in quoted  # the quotation's speaker is further back
            or is_fragment(prev.text)  # a photo credit names no one "it" or "he" can be
            or is_question(prev.text)  # an interviewer's question: the pair is a transcript
            or count_words(prev.text) + count_words(c.text) > max_words
            # the pair still speaks as "we" with no one named: a block quotation
            # ("The presenters were given the wrong envelope. We are investigating.")
            or speaks_unattributed(f"{prev.text} {c.text}")
        ):
            out.append(c)
            continue
        out.append(
            replace(
                c,
                text=f"{prev.text} {c.text}",
                spans=(prev.span, *c.spans),
                with_context=True,
                in_quotation=False,
            )
        )
    return out


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    w = [x.lower() for x in words(text)]
    return {tuple(w[i : i + n]) for i in range(max(len(w) - n + 1, 1))}


def source_groups(documents: Sequence[Document], threshold: float) -> dict[str, str]:
    """Map each document to a representative of its copies: near-identical
    syndicated versions of one wire story count as one source for salience.
    Overlap is the share of the shorter text's word 5-grams found in the other."""
    sh = {d.id: _shingles(" ".join(d.text[a:b] for a, b in d.body_spans())) for d in documents}
    group = {d.id: d.id for d in documents}
    posted: dict[tuple[str, ...], list[int]] = {}  # shingle -> the documents so far with it
    for i, a in enumerate(documents):
        # Over a positive threshold, only an earlier document sharing a shingle can
        # be a copy (an overlap of 0 is below it): no comparing every pair of a big cluster.
        earlier = (
            [documents[j] for j in sorted({j for s in sh[a.id] for j in posted.get(s, ())})]
            if threshold > 0
            else documents[:i]
        )
        for b in earlier:
            small = min(len(sh[a.id]), len(sh[b.id])) or 1
            if len(sh[a.id] & sh[b.id]) / small >= threshold:
                group[a.id] = group[b.id]
                break
        for s in sh[a.id]:
            posted.setdefault(s, []).append(i)
    return group


def off_topic(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    threshold: float,
) -> list[str]:
    """Articles about another event than the cluster's: their mean sentence
    embedding is far from the mean of the other articles' (below ``threshold``),
    or the article names nothing the others share: in English, where its opening
    names a subject of its own instead (:func:`_about_another`, which alone judges an
    article in another language than the English brief's, unlike any English text to the
    embedder), in another language, where it is less alike too (:func:`_named_apart`),
    or it is dated weeks from the others and tells little of what they tell
    (:func:`_other_days_news`).
    Needs three or more articles (with two, neither can be called the stray)."""
    import numpy as np

    ids = [d.id for d in documents if sentences.get(d.id)]
    if len(ids) < 3:
        return []
    vecs = []
    for i in ids:
        v = embedder.encode([s.text for s in sentences[i]]).mean(axis=0)
        vecs.append(v / (np.linalg.norm(v) or 1.0))
    mat = np.stack(vecs)
    total = mat.sum(axis=0, dtype=np.float64)  # not a copy of the matrix per article
    sims = {}
    for k, doc_id in enumerate(ids):
        rest = total - mat[k]  # the other articles' mean, times their number
        rest /= np.linalg.norm(rest) or 1.0
        sims[doc_id] = float(mat[k] @ rest)
    # The English embedding model finds any two texts in another language alike
    # (a flood and a football match in French: 0.82 against 0.89-0.93), so there
    # the names tell the stray; in English they tell one of the same kind (another
    # company's results: 0.70 against 0.77-0.86), which the threshold lets in.
    shares = cache(lambda: _event_shares(sentences, ids))  # counted once, and only if asked
    if lexical_language() == "en":
        heads = {
            d.id: f"{d.title or ''}\n{d.text[: spans[0][0]]}"
            for d in documents
            if (spans := d.body_spans())
        }
        # ... and an article in another language alike to none of the English ones
        # (an Italian report of the sinking: 0.16 against 0.72-0.83): there too the names
        # tell the stray
        brief = current_language()
        foreign = {d.id for d in documents if document_language(d, brief) not in (None, brief)}
        apart = _about_another(sentences, ids, heads, shares, foreign, sims)
    else:
        foreign = set()
        apart = _named_apart(sentences, sims)
    apart |= _other_days_news(ids, {d.id: d.date for d in documents}, shares)
    out = [i for i in ids if (sims[i] < threshold and i not in foreign) or i in apart]
    return out if len(out) < len(ids) / 2 else []  # no majority of strays: no clear event


STRAY_DAYS = 14  # an article dated this many days from every other dated one is other news
EARLIER_SHARE = 2 / 3  # ... and sharing less than this of the event's words any other shares


def _other_days_news(
    ids: Sequence[str],
    dates: Mapping[str, str | None],
    event_shares: Callable[[], Mapping[str, float]],
) -> set[str]:
    """Articles of another day's news on the same actors: dated :data:`STRAY_DAYS` or
    more from every other dated article, while those lie within fewer days of each
    other, and sharing less of the event's words (``event_shares``: :func:`_event_shares`)
    than :data:`EARLIER_SHARE` of what any other article shares. A company's job cuts reported
    three weeks before the blast at its plant names the company and its chief
    executive, which the names (:func:`_about_another`) and the embeddings take for
    the event's; what it tells (cuts, demand) shares little of what the blast's
    reports tell (explosion, killed, evacuated). A later report on the event (the
    inquest, the trial) still tells of it, and stays; so does any article where
    fewer than three are dated (of two dated weeks apart, either may be the event's
    and the other the later report or the older news: nothing tells which)."""
    days = {i: article_day(dates.get(i)) for i in ids}
    dated = {i: d for i, d in days.items() if d is not None}
    if len(dated) < 3:
        return set()
    # Only the earliest or the latest can be far from the others while they lie close.
    order = sorted(dated, key=dated.__getitem__)
    apart = []
    for doc_id, rest in ((order[0], order[1:]), (order[-1], order[:-1])):
        first, last = dated[rest[0]], dated[rest[-1]]
        far = min(abs((dated[doc_id] - d).days) for d in (first, last)) >= STRAY_DAYS
        if far and (last - first).days < STRAY_DAYS:
            apart.append(doc_id)
    if not apart:  # (most clusters: no word counting)
        return set()
    shares = event_shares()
    return {
        doc_id
        for doc_id in apart
        if shares[doc_id] < EARLIER_SHARE * min(v for i, v in shares.items() if i != doc_id)
    }


def _event_shares(
    sentences: Mapping[str, Sequence[Sentence]], ids: Sequence[str]
) -> dict[str, float]:
    """For each article, the share of the event's words it uses: the content words
    (stemmed, names left out: :func:`_article_names`) that at least half of the other
    articles use; 0 where they use none in common."""
    names = _article_names(sentences, ids)
    stems = {
        i: {w for s in sentences[i] for w in content_stems(s.text)}
        - set(stemmer().stemWords(sorted(names[i])))
        for i in ids
    }
    counts = Counter(w for i in ids for w in stems[i])
    half = (len(ids) // 2) or 1  # half the other articles, rounded up
    # A word used by more than half is the event's for every article; one used by exactly
    # half only for those that lack it (the others then count half): no set per article.
    more = sum(c > half for c in counts.values())
    exactly = sum(c == half for c in counts.values())
    out = {}
    for doc_id in ids:
        used = [counts[w] for w in stems[doc_id]]
        event = more + exactly - used.count(half)
        out[doc_id] = sum(c > half for c in used) / event if event else 0.0
    return out


OPENING_SENTENCES = 2  # an article's headline and lede, or its lede and the sentence after


def _about_another(
    sentences: Mapping[str, Sequence[Sentence]],
    ids: Sequence[str],
    heads: Mapping[str, str],
    event_shares: Callable[[], Mapping[str, float]] | None = None,
    foreign: Collection[str] = frozenset(),
    alike: Mapping[str, float] | None = None,
) -> set[str]:
    """English articles that name none of the names every other article names
    (the company, the storm, the defendant: :func:`_article_names`), and whose
    opening (:data:`OPENING_SENTENCES`) names someone or something no other
    article names: a report of the same kind on another subject (another
    company's quarterly results, a typhoon elsewhere, another court's
    sentence). An article on the same event from another angle (the
    reactions, the background) names the event's place or actors, or opens on
    nothing of its own (a doctor's advice in a heat wave, a quotation), and
    stays; so does every article of a roundup whose articles share no name,
    and one that names most of what the others give (:func:`_names_most_shared`).
    Where every article names the country, an article that names none of the event's
    particular names (:func:`_particular_names`; its ``heads``, the headline and
    dateline before the body, count there) and tells little of what the others tell
    (:func:`_tells_least`; ``event_shares``: :func:`_event_shares`, read only where the
    names leave a doubt; worked out here where not given) is another event's: a plan of the
    same country's government. An article in another language (``foreign``: its ids) uses
    none of the event's English words whatever it tells, so there the names alone judge: it
    is another event's where it names fewer than :data:`FOREIGN_SHARED` name words that two
    or more other articles give (a Spanish report of the government's dam plan shares only
    "Portugal" with the bridge collapse's, one of the island's other news "Indonesia" and
    "Sulawesi"), while an Italian report of the sinking that names the island, the port and
    the ferry, but not the minister the English reports quote, stays. A report that names
    the event's place in its own language ("Duero" for the Douro) counts fewer: the rule errs
    towards leaving a foreign report out, as a stray's figures in the brief mislead more
    than a report's left out. An English article that opens on nothing of its own is still
    another event's where it names none of the names every other article names, tells
    little of what they tell (:func:`_tells_least`), opens on no quotation and is less
    alike to the others than :data:`NAMELESS_ALIKE` (``alike``: each article's embedding
    similarity to the others'): the local page's other story ("The county board approved
    $4 million for a clinic", 0.3), where a tribute quoted alone, or a report of the same
    study in other words (0.8), stays."""
    names = _article_names(sentences, ids)
    event_shares = event_shares or cache(lambda: _event_shares(sentences, ids))
    counts = _name_counts(names)
    every = len(names) - 1  # every other article
    common = [w for w, c in counts.items() if c >= every]
    out = set()
    for doc_id in ids:
        own = names[doc_id]
        shared = _named_by_others(common, counts, own, every)
        said = _capitalised(s.text for s in sentences[doc_id]) | own  # "Ukrainian": ukraine
        opening = {w for s in sentences[doc_id][:OPENING_SENTENCES] for w in names_in(s.text)}
        named_elsewhere = _named_by_others(opening, counts, own, 1)
        if not shared or _names_most_shared(said, counts, own, every):
            continue
        if not opening - stop_words() - named_elsewhere:
            # opens on nothing of its own: another angle, unless it names none of the
            # event's names and tells little of it ("The city council approved ..."),
            # and is no quotation (a teacher's tribute to a pupil killed)
            if (
                not said & shared
                and not _OPENS_QUOTING.match(sentences[doc_id][0].text)
                and (alike or {}).get(doc_id, 1.0) < NAMELESS_ALIKE
                and doc_id not in foreign
                and _tells_least(event_shares(), doc_id, foreign)
            ):
                out.add(doc_id)
            continue
        if not said & shared:
            out.add(doc_id)
            continue
        if doc_id in foreign:
            shared_here = _named_by_others(said, counts, own, 2) - _NAME_PARTICLES
            if len(shared_here) < FOREIGN_SHARED:
                out.add(doc_id)
            continue
        particular = _particular_names(counts, own, every) - _NAME_PARTICLES
        if (
            particular
            and not (said | _capitalised([heads.get(doc_id, "")])) & particular
            and _tells_least(event_shares(), doc_id, foreign)
        ):
            out.add(doc_id)
    return out


# The embedding similarity to the other articles under which one that opens on nothing of
# its own and names none of theirs may be another event's (:func:`_about_another`).
NAMELESS_ALIKE = 0.5
_OPENS_QUOTING = re.compile(r"^\s*[\"“‘«„]")  # a sentence opening on a quotation mark

# The fewest of the event's name words (given by two or more other articles) a report in
# another language names where it is about the event (:func:`_about_another`): more than a
# country and its region.
FOREIGN_SHARED = 3

# A name's particles are no name's own ("Peso da Régua", "Maria da Graça", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    {
        "da",
        "de",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
    }
)


def _tells_least(
    shares: Mapping[str, float], doc_id: str, foreign: Collection[str] = frozenset()
) -> bool:
    """Does an article share less of the event's words (``shares``: :func:`_event_shares`)
    than :data:`EARLIER_SHARE` of what any other article sharing some shares? A report of
    the event in other words still tells its collapse, its dead and its missing; a plan
    to repair dams tells none of it. An article that shares none, or one in another
    language (``foreign``: its ids; a German report shares "FBI" or "Dollar" at most),
    sets no bar."""
    others = [v for i, v in shares.items() if i != doc_id and i not in foreign and v > 0]
    return bool(others) and shares[doc_id] < EARLIER_SHARE * min(others)


def _particular_names(counts: Counter[str], own: set[str], every: int) -> set[str]:
    """The names that all the other articles but one give and that not all of them give
    (:func:`_named_by_others`), where three or more others leave such a name a majority's:
    the event's place and actors, beyond the country every article names. A stray from
    the same country ("Portugal approves a plan to repair dams") names the country, which
    every report of a bridge's collapse there names too, and none of "Peso da Régua" or
    the Douro that the reports name; a report on the event names one of them or most of
    what the others give (:func:`_names_most_shared`), a dateline's capitals counted."""
    if every < 3:
        return set()
    return _named_by_others(counts, counts, own, every - 1) - _named_by_others(
        counts, counts, own, every
    )


def _names_most_shared(said: set[str], counts: Counter[str], own: set[str], every: int) -> bool:
    """Does an article (its names ``own``, its capitalised words and names ``said``) name more
    than half of the names that every other article but one gives, where three or more others
    leave such a name a majority's? A stray among the others leaves only what it shares with
    the event's articles as every other's name (the country: "Philippine"), which an article
    on the event from a dateline ("TUGUEGARAO, Philippines") may never repeat, while naming
    the storm, the province and the river the rest name."""
    if every < 3:
        return False
    most = _named_by_others(counts, counts, own, every - 1)
    return len(said & most) * 2 > len(most)


def _article_names(
    sentences: Mapping[str, Sequence[Sentence]], ids: Iterable[str]
) -> dict[str, set[str]]:
    """The words of the names (places, people, organisations) each article gives,
    words of the language's stop list left out ("de", "die": parts of names
    such as "Ministerio de Transportes")."""
    stop = stop_words()
    return {i: {w for s in sentences[i] for w in names_in(s.text)} - stop for i in ids}


def _name_counts(names: Mapping[str, set[str]]) -> Counter[str]:
    """How many articles give each name word (``names``: :func:`_article_names`)."""
    return Counter(w for n in names.values() for w in n)


def _named_by_others(
    candidates: Iterable[str], counts: Counter[str], own: set[str], least: int
) -> set[str]:
    """Those of the ``candidates`` that at least ``least`` articles other than one give,
    that article's ``own`` names taken off the counts of all (:func:`_name_counts`):
    counted once for the cluster instead of reading every other article again for
    each article, which grows with the square of their number.

    >>> names = {"a": {"oslo", "storm"}, "b": {"oslo"}, "c": {"bergen", "oslo"}}
    >>> sorted(_named_by_others(["bergen", "oslo", "storm"], _name_counts(names), names["c"], 1))
    ['oslo', 'storm']
    >>> sorted(_named_by_others(["bergen", "oslo", "storm"], _name_counts(names), names["c"], 2))
    ['oslo']
    """
    return {w for w in candidates if counts[w] - (w in own) >= least}


def _capitalised(texts: Iterable[str]) -> set[str]:
    """The capitalised words of an article's ``texts`` (its sentences), lowercased, a
    sentence's first too ("Renfe ha cancelado ..." names Renfe)."""
    return {w.lower() for t in texts for w in words(t) if w[:1].isupper()}


def _named_apart(
    sentences: Mapping[str, Sequence[Sentence]], sims: Mapping[str, float]
) -> set[str]:
    """Articles less similar to the rest than the others' median that name none
    of the names (words of places, people, organisations) at least half of the
    other articles name, where they share any. Articles on one event name its
    place or its actors whatever angle they take (the reactions, the background,
    the next day); a stray does not. An article's capitalised words count, a
    sentence's first too ("Renfe ha cancelado ..." names Renfe)."""
    names = _article_names(sentences, sims)
    counts = _name_counts(names)
    half = len(names) // 2  # half the other articles, rounded up
    frequent = [w for w, c in counts.items() if c >= half]
    order = sorted(sims.values())
    out = set()
    for doc_id, sim in sims.items():
        if sim >= _median_without(order, sim):
            continue
        shared = _named_by_others(frequent, counts, names[doc_id], half)
        if shared and not _capitalised(s.text for s in sentences[doc_id]) & shared:
            out.add(doc_id)
    return out


def _median_without(order: Sequence[float], value: float) -> float:
    """The median of the sorted values ``order`` with one ``value`` of them left out,
    as ``numpy.median`` of the rest gives it (the mean of the middle two of an even
    count), read off the sorted values instead of sorting the rest for each article.

    >>> _median_without([0.5, 0.7, 0.8, 0.9], 0.8), _median_without([0.5, 0.7, 0.9], 0.9)
    (0.7, 0.6)
    """
    import numpy as np

    k = bisect.bisect_left(order, value)
    rest = len(order) - 1
    middle = [rest // 2 - 1, rest // 2] if rest % 2 == 0 else [rest // 2]
    return float(np.median([order[j + (j >= k)] for j in middle]))


CITE_CANDIDATES = 3  # sentences per other source checked as a claim's citation


def score_claims(
    claims: Sequence[Claim],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    config: FusionConfig,
    groups: Mapping[str, str] | None = None,
    dates: Mapping[str, str | None] | None = None,
) -> tuple[list[ScoredClaim], object, object]:
    """Attach cross-source support to each claim and score its salience; also
    the claims' vectors and the sentences' (in the order of ``sentences``).
    ``dates``: each article's publication date, which works out its weekdays: a
    sentence that dates the claim's happening to another day is no support
    (as it is no citation, :func:`verified_support`)."""
    import numpy as np

    from summarizer.events import check_day

    groups = groups or {d: d for d in sentences}
    dates = dates or {}
    all_sents = [s for doc_sents in sentences.values() for s in doc_sents]
    n_docs = max(len(set(groups.values())), 1)
    claim_vecs = embedder.encode([c.text for c in claims])
    sent_vecs = embedder.encode([s.text for s in all_sents])
    centroid = sent_vecs.mean(axis=0) if len(all_sents) else np.zeros(claim_vecs.shape[1])
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    # Each other source's best-matching sentence for each claim, one source at
    # a time (no claims x sentences matrix: memory stays bounded on big clusters).
    n, doc_ids = len(claims), list(sentences)
    best_sent = np.zeros((n, len(doc_ids)), dtype=int)
    best_sim = np.full((n, len(doc_ids)), -1.0)
    start = 0
    for k, doc_id in enumerate(doc_ids):
        m = len(sentences[doc_id])
        if m:
            block = claim_vecs @ sent_vecs[start : start + m].T
            arg = block.argmax(axis=1)
            best_sent[:, k] = start + arg
            best_sim[:, k] = block[np.arange(n), arg]
        start += m
    # each claim's own source, compared as arrays (claims x sources: a million on a big cluster)
    own = (
        np.array([c.doc_id for c in claims], dtype=object)[:, None]
        == np.array(doc_ids, dtype=object)[None, :]
    )
    candidates = (best_sim >= config.support_threshold) & ~own
    if config.specific_support < config.support_threshold:
        _specific_support(claims, all_sents, claim_vecs, sent_vecs, doc_ids, own, config,
                          best_sent, best_sim, candidates)  # fmt: skip

    scored = []
    for i, claim in enumerate(claims):
        support = list(claim.spans)
        sources = {claim.doc_id}
        for k in np.flatnonzero(candidates[i]):
            sent = all_sents[best_sent[i, k]]
            if not numbers_agree(claim.text, sent.text):
                continue
            day = check_day(
                claim.text, [(sent.text, dates.get(sent.doc_id))], dates.get(claim.doc_id)
            )
            if not (day and day.verdict == "contradicted"):
                support.append(sent.span)
                sources.add(doc_ids[k])
        n_words = count_words(claim.text)
        independent = len({groups.get(d, d) for d in sources})
        score = (
            config.support_weight * independent / n_docs
            + config.centrality_weight * float(claim_vecs[i] @ centroid)
            + config.position_weight * (1.0 - claim.position)
        )
        if leans(claim):
            score -= config.dangling_penalty
        # (other sources' matches are listed only for a claim that forecasts)
        if _FORECAST_EN.search(claim.text) and foretold(claim, [
            all_sents[best_sent[i, k]]
            for k in np.flatnonzero((best_sim[i] >= config.support_threshold) & ~own[i])
        ] + _told_that_day(claim, all_sents, sent_vecs, claim_vecs[i])):  # fmt: skip
            score -= config.superseded_penalty
        if n_words < 6:
            score -= 0.5
        elif n_words > 55:
            score -= 0.15
        scored.append(ScoredClaim(claim, tuple(support), frozenset(sources), score))
    return scored, claim_vecs, sent_vecs


# A forecast of what a story reports: "is expected to raise", "are likely to
# approve", "is set to announce" (English; "will" also tells of a plan announced).
# A headline drops the verb: "Central bank expected to raise rates" (_FORECAST_TITLE).
_FORECASTS = r"(?:\w+ly\s+)?(?:expected|forecast|predicted|tipped|poised|likely|set)\s+to\s+[a-z]"
# A timetable, in a sentence only: "is due to start on Monday", "is scheduled to open";
# "due to" then a verb of one ("due to the storm", "due to heavy fog", "due to rising
# costs" give a cause; a headline's "Flights cancelled due to storm" too).
_SCHEDULED = (
    r"(?:scheduled|slated)\s+to\s+[a-z]"
    r"|due\s+to\s+(?:be|start|begin|open|close|resume|end|finish|arrive|land|leave|depart|meet"
    r"|vote|sign|launch|return|take|hold|hear|rule|appear|report|announce|release|visit|travel"
    r"|testify|face|decide|expire)\b"
)
_FORECAST_EN = re.compile(rf"\b(?:is|are)\s+(?:{_FORECASTS}|{_SCHEDULED})")
_FORECAST_TITLE = re.compile(rf"\b{_FORECASTS}", re.IGNORECASE)  # "Fed Set To Hike"


def _tells_done(text: str) -> bool:
    """Does an English ``text`` tell something as done: a verb in the past, and no future,
    plan or forecast ("will raise", "is expected to raise", "said it is likely to")?"""
    return bool(
        PAST_EN.search(text) and not future_re("en").search(text) and not _FORECAST_EN.search(text)
    )


# How alike (MiniLM cosine) another source's sentence that names the day a plan names
# must read to report it done: a plan and its report word the event apart ("A vaccination
# campaign is due to start on Monday" / "Health workers began vaccinating residents ... on
# Monday as the death toll rose to 41": 0.47), too far apart for support; the day and a
# content word they share tell the rest.
FORETOLD_LIKENESS = 0.4


def _told_that_day(claim: Claim, sents: Sequence[Sentence], vecs, vec) -> list[Sentence]:
    """Other sources' sentences of ``sents`` (``vecs``: their vectors, ``vec``: the claim's)
    that name the weekday ``claim`` names and share a content word with it besides, at
    least :data:`FORETOLD_LIKENESS` alike: where a report of the day a plan was set for
    would tell it (:func:`foretold` asks whether it tells it done). The likenesses are
    worked out only for a claim that names a weekday."""
    days = set(_WEEKDAY.findall(claim.text))
    if not days:
        return []
    sims = vecs @ vec
    words = content_stems(claim.text) - content_stems(" ".join(days))
    return [
        s
        for s, sim in zip(sents, sims, strict=True)
        if s.doc_id != claim.doc_id
        and sim >= FORETOLD_LIKENESS
        and days & set(_WEEKDAY.findall(s.text))
        and words & content_stems(s.text)
    ]


def foretold(claim: Claim, alike: Sequence[Sentence]) -> bool:
    """Does ``claim`` forecast what another source reports as done? A preview
    written the day before ("The bank is expected to raise its rate to 4.5% on
    Thursday") is no longer the news once a sentence as alike as support
    (``alike``: other sources' best matches) tells it in the past tense ("The bank
    raised its rate to 4.5%"), stating a figure the forecast states, if it states any.

    >>> s = Sentence("b", 0, 0, 40, "The bank raised its rate to 4.5% on Thursday.")
    >>> foretold(Claim("The bank is expected to raise its rate to 4.5%.", "a", (), 0.0), [s])
    True
    >>> foretold(Claim("The bank is expected to raise its rate to 5%.", "a", (), 0.0), [s])
    False
    """
    if not _FORECAST_EN.search(claim.text):
        return False
    figures = _numbers(claim.text)
    return any(_tells_done(s.text) and (not figures or figures & _numbers(s.text)) for s in alike)


def citation_candidates(
    claim: Claim,
    vec,
    sentences: Mapping[str, Sequence[Sentence]],
    sent_vecs,
    threshold: float,
) -> tuple[Span, ...]:
    """Other sources' sentences worth checking as the claim's citations: each
    source's :data:`CITE_CANDIDATES` most similar to it (cosine at least
    ``threshold``), most similar first. ``vec`` is the claim's vector,
    ``sent_vecs`` those of ``sentences`` in order (from :func:`score_claims`)."""
    import numpy as np

    sims = sent_vecs @ vec if len(sent_vecs) else np.zeros(0)
    found: list[tuple[float, Span]] = []
    start = 0
    for doc_id, doc_sents in sentences.items():
        block = sims[start : start + len(doc_sents)]
        if doc_id != claim.doc_id:
            for j in np.argsort(-block)[:CITE_CANDIDATES]:
                if block[j] >= threshold:
                    found.append((float(block[j]), doc_sents[j].span))
        start += len(doc_sents)
    return tuple(sp for _, sp in sorted(found, key=lambda f: -f[0]))


_SPECIFIC = re.compile(r"(?<![\w$€£.,])(?:[A-Z][\w’'-]+|[$€£]?\d[\d.,]*\d|[$€£]?\d)")


def specific_terms(text: str) -> set[str]:
    """Names and figures a sentence states ("Rubio", "9.2"), not its first word
    (capitalised only because it opens the sentence)."""
    out = set()
    for m in _SPECIFIC.finditer(text):
        if m.start() == len(text) - len(text.lstrip(" \"“‘'(")):
            continue
        out.add(m.group(0).strip("$€£").replace(",", "").lower())
    return out


RARE_SHARE = 0.03  # a name or figure in at most this share of a cluster's sentences is rare


def _specific_support(claims, all_sents, claim_vecs, sent_vecs, doc_ids, own, config,
                      best_sent, best_sim, candidates) -> None:  # fmt: skip
    """Another source reports a claim's fact in other words when one of its
    sentences names the same *rare* name or figure (in at most :data:`RARE_SHARE`
    of the cluster's sentences: "Rubio", "9.2 billion", not the story's protagonist)
    and is similar enough (cosine >= ``specific_support``). Embeddings alone
    miss these: "US media reported Trump might pick Marco Rubio" and "he has set
    his sights on Senator Marco Rubio" are 0.6 apart. Updates the arrays in place."""
    index: dict[str, list[int]] = {}
    for j, sent in enumerate(all_sents):
        for t in specific_terms(sent.text):
            index.setdefault(t, []).append(j)
    limit = max(2, int(len(all_sents) * RARE_SHARE))
    doc_col = {d: k for k, d in enumerate(doc_ids)}
    for i, claim in enumerate(claims):
        rows = {j for t in specific_terms(claim.text) if len(index.get(t, ())) <= limit
                for j in index.get(t, ())}  # fmt: skip
        for j in rows:
            k = doc_col[all_sents[j].doc_id]
            if own[i, k] or candidates[i, k]:
                continue
            sim = float(claim_vecs[i] @ sent_vecs[j])
            if sim >= config.specific_support:
                candidates[i, k] = True
                best_sent[i, k], best_sim[i, k] = j, sim


def concepts(text: str) -> frozenset[tuple[str, str]]:
    """Content bigrams (stemmed; bigrams of two stop words left out), the
    "concepts" of Gillick & Favre's (2009) ICSI summarizer, with the stemmer
    and stop words of the brief's language (memoised per text and language).

    >>> from summarizer.language import use_language
    >>> with use_language("es"):
    ...     sorted(concepts("Quedan los soldados"))
    [('los', 'sold'), ('qued', 'los')]
    """
    return _concepts(text, lexical_language())


@lru_cache(maxsize=65536)
def _concepts(text: str, language: str) -> frozenset[tuple[str, str]]:
    stop = stop_words(language)
    toks = [w.lower() for w in words(text)]
    stems = stemmer(language).stemWords(toks)
    return frozenset(
        (stems[i], stems[i + 1])
        for i in range(len(toks) - 1)
        if not (toks[i] in stop and toks[i + 1] in stop)
    )


def concept_bag(text: str, specific: bool) -> frozenset[tuple[str, str]]:
    """:func:`concepts`, plus with ``specific`` each name and figure the text
    states (:func:`specific_terms`) as a concept ``("", term)``."""
    return _concept_bag(text, specific, lexical_language())


@lru_cache(maxsize=65536)
def _concept_bag(text: str, specific: bool, language: str) -> frozenset[tuple[str, str]]:
    bag = _concepts(text, language)
    if specific:
        bag = bag | {("", t) for t in specific_terms(text)}
    return bag


@lru_cache(maxsize=16)
def _stop_stems(language: str = "en") -> frozenset[str]:
    return frozenset(stemmer(language).stemWords(sorted(stop_words(language))))


def concept_weights(
    sentences: Mapping[str, Sequence[Sentence]],
    groups: Mapping[str, str],
    specific: float = 0.0,
    function_bigrams: float = 1.0,
) -> dict[tuple[str, str], float]:
    """How many independent sources state each concept; only concepts that
    two or more sources share carry weight (what the sources agree is news).
    A bigram with a stop word in it weighs ``function_bigrams`` per source;
    names and figures count with weight ``specific`` per source (0: left out)."""
    by_group: dict[str, set] = {}
    for doc_id, sents in sentences.items():
        bag = by_group.setdefault(groups.get(doc_id, doc_id), set())
        for s in sents:
            bag |= concept_bag(s.text, specific > 0)
    counts: dict[tuple[str, str], int] = {}
    for bag in by_group.values():
        for c in bag:
            counts[c] = counts.get(c, 0) + 1
    stop = _stop_stems(lexical_language())

    def factor(c: tuple[str, str]) -> float:
        if c[0] == "":
            return specific
        return function_bigrams if c[0] in stop or c[1] in stop else 1.0

    return {c: n * factor(c) for c, n in counts.items() if n >= 2}


# Words that say who reported a fact, not what it is: "At least 12 people were killed,
# according to police." states nothing that "Storm Elin killed at least 12 people ...,
# police said." does not. Dropped as words before stemming, so that "the state" and "the
# report" still count.
_REPORTING = "said|says|say|told|tells|added|reported|stated|according"


@lru_cache(maxsize=1)
def _reporting_words() -> re.Pattern[str]:
    """:data:`_REPORTING` and every language's verbs of saying (:func:`saying_words`)."""
    alternation = "|".join([_REPORTING, *map(saying_words, SAYING)])
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w'’])", re.IGNORECASE)


def _content(text: str) -> frozenset[str]:
    """The stems of the content words and the figures ``text`` states (spelled out too:
    "two people"), and whether it negates, without the words that say who reported it."""
    stems = content_stems(_reporting_words().sub(" ", text))
    negated = {"#not"} if negates(text) else set()
    return frozenset(stems | _figure_tokens(text) | negated)


def _figure_tokens(text: str) -> frozenset[str]:
    """The figures ``text`` states as :func:`_content` holds them: the digit strings and
    ``#`` with the value of each quantity, spelled out too ("two people": ``#2``)."""
    return frozenset({f"#{f.value}" for f in numbers(text)} | _numbers(text))


# At most this many content words a claim may add to a chosen one that states all its
# figures and still be the same fact told again ("Transport Secretary Vince Dizon said
# the ferry's manifest listed 212 passengers and 18 crew" after "The ferry was carrying
# 212 passengers and 18 crew according to its manifest": "ferry", "listed").
_RESTATED_NEW_WORDS = 2


def _restates(text: str, chosen: str, chosen_content: frozenset[str]) -> bool:
    """Does the claim ``text`` tell again the figures a chosen claim (``chosen``, whose
    :func:`_content` is ``chosen_content``) states? So when it states a figure, each of
    its figures is one of the chosen claim's, of the same unit ("four states" is not
    "four days") and agreeing (:func:`agree`, :func:`numbers_agree`), and, who reported
    it aside (:func:`_unattributed`), it adds at most :data:`_RESTATED_NEW_WORDS`
    content words: a second source's wording of the same count reads as the same fact
    twice in one brief, while one that adds what was counted or who did it ("with three
    Republicans joining") tells more."""
    language = current_language()
    facts = _numeric_facts(text, language)
    told = _numeric_facts(chosen, language)
    if not facts or not numbers_agree(text, chosen):
        return False
    if not all(
        any(f.unit == g.unit and agree(f, g) and befell(f, text) == befell(g, chosen) for g in told)
        for f in facts
    ):
        return False  # "Three people were injured" tells another fact than "three killed"
    if _opposite_ways(text, chosen):
        return False  # "will cut 500 jobs" against "will add 500 jobs": another fact
    bare = _content(_unattributed(text))
    return len(bare - chosen_content - _figure_tokens(text)) <= _RESTATED_NEW_WORDS


# Which way an English sentence tells a figure moved: the verbs of a change conflicts reads
# for percentages (:data:`conflicts._UP`, :data:`conflicts._DOWN`) and those of jobs,
# places and votes ("add 500 jobs", "cut 500 jobs", "opened", "closed", "won", "lost").
_WAY_UP = re.compile(
    rf"\b(?:{_UP}|add(?:s|ed|ing)?|hir(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|open(?:s|ed|ing)?"
    r"|expand(?:s|ed|ing)?|rais(?:e|es|ed|ing)|w[io]ns?)\b",
    re.IGNORECASE,
)
_WAY_DOWN = re.compile(
    rf"\b(?:{_DOWN}|(?:lay|lays|laid|laying)\s+off|eliminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing)"
    r"|slash(?:es|ed|ing)?|clos(?:e|es|ed|ing)|scrap(?:s|ped|ping)?)\b",
    re.IGNORECASE,
)


def _ways(text: str) -> frozenset[str]:
    """The ways an English ``text`` tells something moved ("up", "down"; both, or none)."""
    return frozenset(
        way for way, pattern in (("up", _WAY_UP), ("down", _WAY_DOWN)) if pattern.search(text)
    )


def _opposite_ways(text: str, chosen: str) -> bool:
    """Does an English ``text`` tell its figures moved one way only, and ``chosen`` the
    other way only ("Globex will cut 500 jobs" against "Globex will add 500 jobs")?

    >>> _opposite_ways("The firm will cut 500 jobs.", "The firm will add 500 jobs.")
    True
    >>> _opposite_ways("The firm will hire 500 people.", "The firm will add 500 jobs.")
    False
    """
    if current_language() != "en":
        return False
    a, b = _ways(text), _ways(chosen)
    return len(a) == 1 and len(b) == 1 and a != b


def _unattributed(text: str) -> str:
    """``text`` without who said it, at its opening ("Transport Secretary Vince Dizon
    said ...": :data:`_NAME_SAYS`) or its end ("..., the coast guard said.")."""
    said = _NAME_SAYS.match(text)
    text = text[said.end() :] if said else text
    tail = _HEAD_SOURCE.search(text)
    return text[: tail.start()] if tail else text


def _anchors(text: str, language: str) -> frozenset[str]:
    """What ``text`` states that reads alike in any language, so that sentences in two
    languages can be compared without the (English) embedder: its figures (``#`` and the
    value, read as ``language`` writes figures), its dates and weekdays (``@`` and the
    value in English; a yearless form of a full date too) and its names (capitalised
    words but the first, bar ``language``'s stop words: "Halvard", "Corbel"; none in
    German, which capitalises every noun: "Aktie" is no name)."""
    with use_language(language):
        figures = {f"#{f.value}" for f in _numeric_facts(text, language)}
        days = {f.value for f in dates(text)}
        stop = stop_words(language)
    days |= {f"XXXX{d[4:]}" for d in days if re.match(r"\d{4}-", d)}
    names = (
        {w for w in words(text)[1:] if w[0].isupper() and w.lower() not in stop}
        if language != "de"
        else set()
    )
    return frozenset(figures | {f"@{d}" for d in days} | names)


def foreign_anchors(
    claims: Sequence[Claim], documents: Sequence[Document]
) -> list[frozenset[str] | None]:
    """For each claim from an article confidently in another language than the brief's,
    in a cluster with articles in the brief's language: its :func:`_anchors`, or an empty
    set where it states no figure or date those articles do not (the brief states their
    sentences; the English embedder cannot tell that a sentence in another language
    repeats one, and its names may be translations: "Duero" for "Douro"). None for the
    other claims, and for every claim of a cluster all in one language (as before)."""
    brief = current_language()
    language = {d.id: document_language(d, brief) for d in documents}
    own = [d for d in documents if language[d.id] == brief]
    if not own or all(language[c.doc_id] in (None, brief) for c in claims):
        return [None] * len(claims)
    stated = frozenset().union(*(_anchors(d.text, brief) for d in own))
    out: list[frozenset[str] | None] = []
    for c in claims:
        lang = language[c.doc_id]
        if lang in (None, brief):
            out.append(None)
            continue
        anchors = _anchors(c.text, lang)
        new = {a for a in anchors - stated if a[0] in "#@"}
        out.append(anchors if new else frozenset())
    return out


def select(
    scored: Sequence[ScoredClaim],
    vecs,
    budget: int,
    config: FusionConfig,
    costs: Sequence[int] | None = None,
    weights: Mapping[tuple[str, str], float] | None = None,
    foreign: Sequence[frozenset[str] | None] | None = None,
    updated: Sequence[frozenset[tuple[str, int]]] | None = None,
) -> list[int]:
    """Indices of the claims to keep, in selection (salience) order; ``costs``
    are their lengths in words as they will appear; ``updated``: for each claim, the
    sentences whose figures it updates (:func:`superseded`).

    Each step takes the claim with the best salience, minus its similarity to
    what is chosen (MMR), plus the weight of the shared concepts it adds that
    the chosen claims do not already state (``weights``, see
    :func:`concept_weights`), normalised by the best initial gain.
    A claim that states nothing a chosen one does not (its content words and
    figures, bar who reported it, all in that one: :func:`_content`) is left
    out, however it scores; so is one that tells a chosen one's figures again in other
    words, adding next to nothing (:func:`_restates`). Claims as alike as
    ``duplicate_threshold`` to a chosen one are out, or as
    ``sparse_duplicate_threshold`` while the claims under the first fill less than half
    the budget. A claim that updates a chosen one's
    figure ("rose to 6,500" after "about 4,000 people" evacuated) reads alike but tells
    the news: the chosen one does not count against it.
    A claim in another language than the brief's (``foreign``, see
    :func:`foreign_anchors`) is out where it states nothing the brief's-language
    articles do not (an empty set), or once the chosen claims state all its figures,
    dates and names.
    """
    import numpy as np

    n = len(scored)
    if n == 0:
        return []
    weights = weights or {}
    # generic background (:func:`is_generic`) words the topic, not the news: it neither
    # gains by the concepts the articles share nor covers them for the claims that tell it
    bags = [
        frozenset()
        if is_generic(sc.claim.text)
        else concept_bag(sc.claim.text, config.specific_concepts > 0)
        for sc in scored
    ]
    content = [_content(sc.claim.text) for sc in scored]
    cost = np.array(
        costs if costs is not None else [count_words(sc.claim.text) for sc in scored], dtype=float
    )
    base = np.array([sc.score for sc in scored])
    gain = np.array([sum(weights.get(c, 0) for c in bag) for bag in bags], dtype=float)
    scale = np.maximum(cost, 1.0) ** config.length_exponent
    gain0 = (gain / scale).max() or 1.0
    max_sim = np.zeros(n)  # similarity to the closest chosen claim
    foreign = foreign or [None] * n
    alive = np.array([a is None or bool(a) for a in foreign], dtype=bool)
    mixed = any(a is not None for a in foreign)
    stated: set[str] = set()  # the anchors the chosen claims state, in a mixed cluster
    covered: set = set()
    chosen: list[int] = []
    used = 0.0
    sparse = False
    while True:
        # a claim too long for what is left, or saying what is chosen, is out
        alive &= cost <= budget - used
        # Too few distinct claims to fill half the budget (a small cluster): one that
        # reads alike but may tell more ("The opposition welcomed the minister's
        # resignation" beside "The minister resigned ...") is taken, until half is used,
        # rather than leave the brief one sentence long.
        relaxed = sparse and used < budget / 2
        duplicate = config.duplicate_threshold
        if relaxed:  # (never stricter than the first, whatever the config sets)
            duplicate = max(duplicate, config.sparse_duplicate_threshold)
        fresh = alive & (max_sim < duplicate)
        if not fresh.any():
            if not sparse and used < budget / 2:
                sparse = True
                continue
            break
        val = (
            base - config.redundancy_weight * max_sim + config.concept_weight * gain / scale / gain0
        )
        best = int(np.argmax(np.where(fresh, val, -np.inf)))
        chosen.append(best)
        used += cost[best]
        alive[best] = False
        # the same source sentence is not stated twice (a claim, its shortened
        # variant, the pair it opens with a leaning sentence), nor what it states
        own = set(scored[best].claim.spans)
        for i in np.flatnonzero(alive):
            if (
                own.intersection(scored[i].claim.spans)
                or content[i] <= content[best]
                or _restates(scored[i].claim.text, scored[best].claim.text, content[best])
            ):
                alive[i] = False
        if mixed:
            stated |= foreign[best] or _anchors(scored[best].claim.text, current_language())
            for i in np.flatnonzero(alive):
                if foreign[i] is not None and foreign[i] <= stated:
                    alive[i] = False
        sims = vecs @ vecs[best]
        if updated:
            sims[[i for i in range(n) if _updates(updated[i], scored[best].claim.spans)]] = 0.0
        max_sim = np.maximum(max_sim, sims)
        new = bags[best] - covered
        covered |= new
        if new and weights:
            for i in np.flatnonzero(alive):
                if bags[i] & new:
                    gain[i] = sum(weights.get(c, 0) for c in bags[i] - covered)
    return chosen


def _updates(updated: frozenset[tuple[str, int]], spans: Sequence[Span]) -> bool:
    """Does a claim that updates the figures of the sentences ``updated`` (doc_id, start)
    update one a claim of ``spans`` states?"""
    return any(sp.doc_id == d and sp.start <= k < sp.end for d, k in updated for sp in spans)


# What follows a weekday that already has its date: "(2024-11-13)", "'s (2024-11-13)",
# ", April 11", " 11 April".
_DATED = re.compile(
    rf"(?:['’]s)?\s*\(?\d{{4}}-\d{{2}}-\d{{2}}|,?\s+{MONTH_RE}\s+\d{{1,2}}\b"
    rf"|,?\s+\d{{1,2}}\s+{MONTH_RE}(?!\w)"
)
# A possessive after a weekday ("Tuesday's collapse"): its date follows the "'s", which
# stays on its word ("Tuesday's (2026-03-03) collapse", not "Tuesday (2026-03-03)'s").
_POSSESSIVE = re.compile(r"['’]s\b")


def anchor_dates(text: str, article_date: str | None) -> str:
    """Anchor relative weekdays to the article's date: "warned Wednesday" in an
    article dated 2024-11-13 becomes "warned Wednesday (2024-11-13)". A bare
    weekday in news copy of the past means the most recent such day on or
    before the article's date. A sentence about the future ("will be held on
    Saturday", "talks are scheduled for Monday") keeps its weekdays as they
    are: which Saturday it means cannot be told from the tense of one clause. Nor
    can it for the end of a span or a deadline ("extended through Wednesday",
    "until Friday", "by Sunday": :func:`~summarizer.tense.ends_span`), unless it is
    the article's own day.

    >>> anchor_dates("A memorial will be held on Saturday.", "2025-03-05")
    'A memorial will be held on Saturday.'
    >>> anchor_dates("The advisory was extended through Wednesday.", "2025-08-12")
    'The advisory was extended through Wednesday.'

    In a brief in Spanish, French, German, Italian or Portuguese, their weekdays
    and future forms ("llegará", "va a", "wird", "prochain"):

    >>> from summarizer.language import use_language
    >>> with use_language("es"):
    ...     anchor_dates("Blinken advirtió el miércoles que ...", "2024-11-13")
    'Blinken advirtió el miércoles (2024-11-13) que ...'
    >>> with use_language("de"):
    ...     anchor_dates("Die Sitzung wird am Mittwoch stattfinden.", "2024-11-11")
    'Die Sitzung wird am Mittwoch stattfinden.'
    """
    from summarizer.facts import WEEKDAYS

    language = lexical_language()
    day = article_day(article_date)
    if day is None or future_re(language).search(text):
        return text
    out, last = [], 0
    facts = dates(text)
    for k, f in enumerate(facts):
        if f.kind != "weekday" or f.value not in WEEKDAYS:
            continue
        if _DATED.match(text[f.end :]) or re.search(
            r"\b(next|coming|this)\s*$", text[: f.start], re.IGNORECASE
        ):
            continue  # already anchored or dated ("Tuesday, April 11, 2017"), or not a past day
        if language != "en" and not foreign_past_weekday(
            text, f, next((g for g in facts[k + 1 :] if g.kind == "date"), None)
        ):
            continue
        when = last_weekday(day, f.value)
        if when is None:
            continue  # before the calendar's first day
        if when != day and ends_span(text, f.start):
            continue  # "extended through Wednesday": a day ahead as often as past
        possessive = _POSSESSIVE.match(text, f.end)
        end = possessive.end() if possessive else f.end
        out += [text[last:end], f" ({when.isoformat()})"]
        last = end
    return "".join(out) + text[last:]


_ANCHORED = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


def sentence_day(text: str, article_date: str | None, latest: str | None) -> str | None:
    """The day whose state a sentence reports (ISO): its article's date of publication;
    in an undated article, the latest past weekday it names, anchored to the cluster's
    latest date (``latest``: a wire copy without a dateline reports the days the others
    do); else None. A dated article's weekday may date the happening rather than the
    figure ("the fire that broke out Tuesday has burned 34,600 acres"): its date rules."""
    day = article_day(article_date)
    if day is not None:
        return day.isoformat()
    named = _ANCHORED.findall(anchor_dates(text, latest))
    return max(named) if named else None


def report_days(
    documents: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> dict[tuple[str, int], str | None] | None:
    """Each sentence's day (:func:`sentence_day`), by (doc_id, start); in an undated
    article, a sentence that names no day reports the latest its article names (a wire
    copy states the day once: "... doubled in size on Wednesday. Containment stood at
    5%."), a week later where that puts it nearer the cluster's dates (:func:`_week_later`).
    None for a cluster that reports fewer than two days (no date, or one day's reports):
    nothing in it is updated by a later report."""
    import datetime as dt

    dates = {d.id: d.date for d in documents}
    known = sorted(day.isoformat() for d in dates.values() if (day := article_day(d)))
    if not known:
        return None
    earliest, latest = known[0], known[-1]
    days: dict[tuple[str, int], str | None] = {}
    for doc_id, sents in sentences.items():
        own = [sentence_day(s.text, dates.get(doc_id), latest) for s in sents]
        later = _week_later([d for d in own if d], earliest, latest)
        if later is None:  # a week before as likely as after: its days are not known
            own = [None] * len(own)
        elif later:
            own = [d and (dt.date.fromisoformat(d) + dt.timedelta(days=7)).isoformat() for d in own]
        told = max((d for d in own if d), default=None)
        days.update({(s.doc_id, s.start): d or told for s, d in zip(sents, own, strict=True)})
    return days if len({d for d in days.values() if d}) >= 2 else None


def _week_later(named: Sequence[str], earliest: str, latest: str) -> bool | None:
    """Does an undated report whose sentences name the days ``named`` (ISO, each anchored on
    or before ``latest``) come a week later than so anchored? Yes where the latest of them
    lies before the cluster's dated days (``earliest`` to ``latest``) and that day a week
    later lies nearer them; None where both lie as near. A report is published on one day,
    after every day it names: "rose to 15 on Wednesday" beside a Tuesday's report is the
    next day sooner than six days before, while one that also names a day of the dated
    reports is of their week."""
    import datetime as dt

    last = max(named, default=None)
    if last is None or last >= earliest:
        return False
    before = (dt.date.fromisoformat(earliest) - dt.date.fromisoformat(last)).days
    later = (dt.date.fromisoformat(last) - dt.date.fromisoformat(latest)).days + 7
    return later < before if later != before else None


def cluster_changes(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    similarity: float,
) -> tuple[list[Update], list[Conflict]]:
    """The figures later reports update, as (older, newer) mentions, and the tolls they
    count lower (:func:`~summarizer.conflicts.figure_changes`, each sentence on its day,
    :func:`report_days`); none for a cluster that reports fewer than two days. Worked out
    once per brief: the updates for :func:`live_conflicts` and :func:`superseded` alike,
    the recounts for :func:`unlisted_recounts`."""
    days = report_days(documents, sentences)
    updates, recounts = (
        figure_changes(documents, sentences, embedder, days, similarity) if days else ([], [])
    )
    return updates + entry_updates(documents, sentences, embedder, similarity), recounts


def entry_updates(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    similarity: float,
) -> list[Update]:
    """The figures a dated live blog's newer entries update in its older ones: each entry
    read as a report of its own, of the blog's day at its place in time
    (:func:`~summarizer.clean.entry_order`), by :func:`~summarizer.conflicts.figure_changes`.
    The 13:48 entry's "140 people have been rescued so far" is a past state once the 17:40
    entry says "171 people have been rescued". Within one blog only: another
    report of its day may come before or after any of its entries. A later entry's lower
    toll is left as it is (no recount)."""
    out: list[Update] = []
    for doc in documents:
        day = article_day(doc.date)
        entries = entry_order(doc.text) if day else []
        if not entries:
            continue
        own = {
            (f"{doc.id}#{place}", s.start): s
            for s, place in _entry_sentences(sentences.get(doc.id, ()), entries)
        }
        entries_of: dict[str, list[Sentence]] = {}
        for (key, _), s in own.items():
            entries_of.setdefault(key, []).append(replace(s, doc_id=key))
        if len(entries_of) < 2:
            continue
        # the blog's day, then the entry's place: a later entry sorts later, and a weekday
        # an entry names is anchored to the day (conflicts read a day's first ten characters)
        days = {
            (key, start): f"{day.isoformat()}T{key.rsplit('#', 1)[1]:0>4}" for key, start in own
        }
        found = figure_changes(
            [replace(doc, id=key) for key in entries_of], entries_of, embedder, days, similarity
        )[0]
        out += [
            (
                replace(old, sentence=own[old.sentence.doc_id, old.sentence.start]),
                replace(new, sentence=own[new.sentence.doc_id, new.sentence.start]),
            )
            for old, new in found
        ]
    return out


def _entry_sentences(
    sents: Sequence[Sentence], entries: Sequence[tuple[int, int]]
) -> list[tuple[Sentence, int]]:
    """Each of a live blog's sentences that an entry holds, with the entry's place in time
    (``entries``: :func:`~summarizer.clean.entry_order`); a sentence before the first stamp
    (the blog's title, its summary of key events) is of no entry."""
    starts = [start for start, _ in entries]
    placed = [(s, bisect.bisect_right(starts, s.start) - 1) for s in sents]
    return [(s, entries[k][1]) for s, k in placed if k >= 0]


def unlisted_recounts(recounts: Sequence[Conflict], listed: Sequence[Conflict]) -> list[Conflict]:
    """The tolls a later report counts lower (``recounts``: :func:`cluster_changes`) that no
    one of ``listed`` already states (cites each of their sentences): Friday's "killing 137"
    disputes Thursday's "at least 138 killed" though the two are of different days."""
    cited = [_cited_spans(k) for k in listed]
    spans = [(k, _cited_spans(k)) for k in recounts]
    return [k for k, own in spans if not any(own <= s for s in cited)]


def _cited_spans(conflict: Conflict) -> set[tuple[str, int]]:
    """The (source, start) of each sentence ``conflict``'s sides cite: what tells two
    conflicts of the same sentences apart from their wording."""
    return {(c.source, c.start) for side in conflict.sides for c in side.citations}


def live_conflicts(conflicts: Sequence[Conflict], updates: Sequence[Update]) -> list[Conflict]:
    """``conflicts`` without the sides a later report updates: "46 structures" and "49
    structures" on Wednesday are no disagreement once Thursday's report says 52 (the brief
    states the latest figure, :func:`superseded`). A side goes when each sentence it cites
    states a figure of its value that is updated (``updates``: :func:`cluster_changes`); a
    conflict goes when fewer than two sides, or one source's, are left. Sides of one day, of
    the latest day, or of no known day stay: the sources still differ."""
    if not updates:
        return list(conflicts)
    old: dict[tuple[str, int], list[Fact]] = {}
    for m, _ in updates:
        old.setdefault((m.sentence.doc_id, m.sentence.start), []).append(m.fact)

    def updated(side: ConflictSide) -> bool:
        cited = [old.get((c.source, c.start), []) for c in side.citations]
        value = next((f for f in cited[0] if f.text == side.value), None) if cited else None
        return value is not None and all(any(agree(f, value) for f in fs) for fs in cited)

    out = []
    for k in conflicts:
        sides = tuple(side for side in k.sides if not updated(side))
        if conflict_about(k) != "figure" or len(sides) == len(k.sides):
            out.append(k)
        elif len(sides) >= 2 and len({c.source for side in sides for c in side.citations}) >= 2:
            out.append(replace(k, sides=sides))
    return out


def superseded(
    scored: Sequence[ScoredClaim], updates: Sequence[Update]
) -> tuple[list[bool], list[frozenset[tuple[str, int]]]]:
    """For each claim, whether it states a figure a later report updates (``updates``:
    :func:`cluster_changes`: "8,500 acres" on Tuesday, "34,600 acres" on Thursday) and
    none that is the latest of its measure; and the sentences (doc_id, start) whose figures
    it updates. An undated cluster has no later report: nothing changes."""
    if not updates:
        return [False] * len(scored), [frozenset()] * len(scored)
    key = _mention_key
    old = {key(m) for m, _ in updates}
    updated: dict[tuple[str, int, str], set[tuple[str, int]]] = {}
    for a, b in updates:
        updated.setdefault(key(b), set()).add((a.sentence.doc_id, a.sentence.start))

    def stated(sc: ScoredClaim, figures) -> list[tuple[str, int, str]]:
        return [
            (doc, start, value)
            for doc, start, value in figures
            if value in sc.claim.text
            and any(sp.doc_id == doc and sp.start <= start < sp.end for sp in sc.claim.spans)
        ]

    news = [stated(sc, updated) for sc in scored]
    stale = [not new and bool(stated(sc, old)) for sc, new in zip(scored, news, strict=True)]
    replaced = [frozenset().union(*(updated[k] for k in new)) for new in news]
    return stale, replaced


def _mention_key(m: Mention) -> tuple[str, int, str]:
    """A figure's mention as (doc_id, sentence start, the figure's words): what tells the
    claims stating it (those whose spans hold that sentence and whose text has the words)."""
    return (m.sentence.doc_id, m.sentence.start, m.fact.text)


def later_figures(
    scored: Sequence[ScoredClaim], updates: Sequence[Update]
) -> list[list[tuple[str, list[str]]]]:
    """For each claim, the figures it states that later reports update (``updates``:
    :func:`cluster_changes`), each as (its words, the latest figures that stand for it, in
    their reports' words, one per value): "at least three people" on Tuesday, "five" on
    Wednesday. An update of the update is followed to the latest ("three" -> "four" ->
    "five" names "five"). None where the claim states a later figure of it itself ("rose
    from three to five"): it tells the update. Never a recount or a dispute: those are no
    update (their notes and the conflicts tell them)."""
    newer: dict[tuple[str, int, str], list[Mention]] = {}
    for a, b in updates:
        newer.setdefault(_mention_key(a), []).append(b)

    def latest(k: tuple[str, int, str], seen: frozenset) -> list[Mention]:
        out = []
        for b in newer.get(k, ()):
            kb = _mention_key(b)
            go_on = kb in newer and kb not in seen
            out += latest(kb, seen | {kb}) if go_on else [b]
        return out

    def states(sc: ScoredClaim, k: tuple[str, int, str]) -> bool:
        doc, start, words = k
        return words in sc.claim.text and any(
            sp.doc_id == doc and sp.start <= start < sp.end for sp in sc.claim.spans
        )

    ends_of = {k: latest(k, frozenset({k})) for k in newer}
    out = []
    for sc in scored:
        mine = []
        for k, ends in ends_of.items():
            if not states(sc, k) or any(states(sc, _mention_key(b)) for b in ends):
                continue
            values: dict[str, str] = {}
            for b in ends:
                values.setdefault(b.fact.value, _count_words(b.fact))
            mine.append((k[2], [values[v] for v in sorted(values, key=_numeric_order)]))
        out.append(mine)
    return out


def _count_words(f: Fact) -> str:
    """A count's words without the noun it counts, which the noted sentence already gives:
    "at least four" of "At least four people" (the note reads "killing at least three
    people (later reports: at least four or five)"); money and bare figures as they are.

    >>> _count_words(Fact("quantity", "At least four people", 0, 20, "4", "people"))
    'At least four'
    """
    if f.kind != "quantity" or not f.unit or not f.text.lower().endswith(f.unit.lower()):
        return f.text
    return f.text[: -len(f.unit)].rstrip(" -") or f.text


def _numeric_order(value: str) -> tuple[int, Decimal | str]:
    """Where a figure's ``value`` ranks among others, lowest first (numbers before the rest)."""
    try:
        return (0, Decimal(value))
    except InvalidOperation:
        return (1, value)


def superseded_figures(updates: Sequence[Update]) -> list[tuple[Fact, str | None]]:
    """The figures later reports update (``updates``: :func:`cluster_changes`), each with
    what befell those it counts, as :func:`disputed_figures` gives a disputed one: what a
    headline no longer states."""
    return [
        (_as_stated(m.fact, m.sentence.text), befell(m.fact, m.sentence.text)) for m, _ in updates
    ]


def _as_stated(f: Fact, text: str) -> Fact:
    """``f`` as ``text`` states it where it was put in its measure's base unit
    (:func:`summarizer.facts.in_base_unit`: "one and a half minutes" is 90 seconds), so
    that a title's "1.5 minutes" states it; else ``f``."""
    stated = next((g for g in numbers(text) if g.start == f.start), f)
    return stated if in_base_unit(stated) else f


def belied(
    documents: Sequence[Document], sentences: Mapping[str, Sequence[Sentence]]
) -> list[tuple[str, int, int]]:
    """The sentences (doc_id, start, end) that report no one hurt ("There were no immediate
    reports of casualties": :func:`~summarizer.conflicts.reassured`) where a sentence of a
    later day (:func:`report_days`) tells of a death or an injury they deny
    (:func:`~summarizer.conflicts.casualties_told`): the early report is no longer true. A
    death told with an earlier year ("An eruption in 2024 killed nine people") is another
    event's."""
    calm = [(s, what) for sents in sentences.values() for s in sents if (what := reassured(s.text))]
    days = report_days(documents, sentences) if calm else None
    if days is None:
        return []
    told = [
        (day, hurt)
        for sents in sentences.values()
        for s in sents
        if (day := days.get((s.doc_id, s.start)))
        and (hurt := casualties_told(s.text))
        and all(y >= day[:4] for y in _YEAR.findall(s.text))
    ]
    return [
        (s.doc_id, s.start, s.end)
        for s, what in calm
        if (day := days.get((s.doc_id, s.start)))
        and any(later > day and what & hurt for later, hurt in told)
    ]


def _overlaps(spans: Sequence[Span], marks: Sequence[tuple[str, int, int]]) -> bool:
    return any(
        sp.doc_id == doc and sp.start < end and start < sp.end
        for sp in spans
        for doc, start, end in marks
    )


def verified_support(
    sc: ScoredClaim,
    documents: Mapping[str, Document],
    embedder: Embedder,
    candidates: Sequence[Span] = (),
) -> tuple[Span, ...]:
    """The claim's own spans, plus for each other source one span that on its
    own supports the claim (every fact agrees, words and meaning match): a
    citation that does not support its sentence never enters the brief.

    A source's span is sought among the sentences that gave the claim its
    support score, then among ``candidates`` (:func:`citation_candidates`,
    most similar first): a source that says the same in other words
    ("pledged a firm response" / "promised to respond firmly") is cited too.

    A span that dates the claim's happening to another day is no support
    ("resigned on Tuesday" for "resigned on Wednesday"); one that says nothing
    of the day may be. A bare weekday is worked out to a day from its
    article's date where known (each side its own article's), so "Tuesday" in
    an article of 2024-11-13 supports "12 November". A span that calls a
    person by the surname alone supports the claim's full name and title only
    where its article gives them ("Rutte stressed ..." for "NATO Secretary
    General Mark Rutte stressed ...": :func:`summarizer.faithfulness.by_surname`)."""
    from summarizer.faithfulness import supported_by

    own = [sp for sp in sc.support if sp.doc_id == sc.claim.doc_id]
    date = documents[sc.claim.doc_id].date if sc.claim.doc_id in documents else None
    extra: dict[str, Span] = {}
    for sp in dict.fromkeys((*sc.support, *candidates)):  # each span checked once
        if sp.doc_id == sc.claim.doc_id or sp.doc_id in extra:
            continue
        doc = documents[sp.doc_id]
        quote = doc.text[sp.start : sp.end]
        if supported_by(sc.claim.text, [quote], embedder, [doc.date], date, doc.text):
            extra[sp.doc_id] = sp
    return tuple(own + list(extra.values()))


def fuse_abstractive(
    picked: Sequence[tuple[str, tuple[Span, ...]]],
    generate: Callable[[list[str]], list[str]],
    documents: Mapping[str, Document],
    embedder: Embedder,
    prompt_name: str = "fuse_claims.v1",
    min_similarity: float = 0.75,
) -> tuple[list[tuple[str, tuple[Span, ...]]], dict[str, int]]:
    """Each selected claim that two or more sources state, rewritten by the
    seq2seq model as one sentence from all their wordings, then verified like
    any generated sentence; a rewrite that fails is dropped and the claim keeps
    its original words. ``picked``: (text, verified spans) per selected claim.

    Verified means: every fact and content word of the new sentence is found
    in the sources' spans read together (:func:`supported_by`, the harness's
    own check), it still says what the claim said (cosine >= ``min_similarity``),
    and it is not longer than the claim (the budget was spent on the claim).
    The new sentence cites the spans that support it on their own, or all of
    them when only their union does.
    """
    from summarizer.faithfulness import supported_by
    from summarizer.prompts import load_prompt

    prompt = load_prompt(prompt_name)
    todo = [
        i
        for i, (text, spans) in enumerate(picked)
        if len({sp.doc_id for sp in spans}) > 1 and not has_contested_note(text)
    ]  # a contested figure or date keeps its sources' words and its note
    stats = {"abstractive_tried": len(todo), "abstractive_kept": 0}
    if not todo:
        return list(picked), stats

    def quote(sp: Span) -> str:
        return documents[sp.doc_id].text[sp.start : sp.end]

    inputs = []
    for i in todo:
        text, spans = picked[i]
        lines = dict.fromkeys([text, *(" ".join(quote(sp).split()) for sp in spans)])
        inputs.append(prompt.render(text="\n".join(f"- {line}" for line in lines)))
    outputs = generate(inputs)
    out = list(picked)
    for i, new in zip(todo, outputs, strict=True):
        text, spans = picked[i]
        new = " ".join(new.split())
        if not new or count_words(new) > count_words(text) or count_words(new) < 4:
            continue
        vecs = embedder.encode([text, new])
        if float(vecs[0] @ vecs[1]) < min_similarity:
            continue
        evidence = [quote(sp) for sp in spans]
        # each source's date works out its weekdays; the sentence's own is its first source's
        dates = [documents[sp.doc_id].date for sp in spans]
        if not _facts_hold(new, evidence) or not supported_by(
            new, evidence, embedder, dates, dates[0] if dates else None
        ):
            continue
        alone = tuple(
            sp
            for sp, day in zip(spans, dates, strict=True)
            if supported_by(new, [quote(sp)], embedder, [day], dates[0])
        )
        out[i] = (new, alone or spans)
        stats["abstractive_kept"] += 1
    return out, stats


def _facts_hold(text: str, evidence: Sequence[str]) -> bool:
    """Every number, date and name of ``text`` is in the evidence (the check
    attribution applies to generated sentences)."""
    from summarizer.attribution import CHECKED_KINDS
    from summarizer.facts import compare_facts, extract_facts

    facts = [f for f in extract_facts(text, with_claims=False) if f.kind in CHECKED_KINDS]
    source = [f for e in evidence for f in extract_facts(e)]
    _, contradicted, unsupported = compare_facts(facts, source)
    return not contradicted and not unsupported


def citations_for(spans: Sequence[Span], documents: Mapping[str, Document]) -> tuple[Citation, ...]:
    out, seen = [], set()
    for sp in spans:
        if (sp.doc_id, sp.start, sp.end) in seen:
            continue
        seen.add((sp.doc_id, sp.start, sp.end))
        text = documents[sp.doc_id].text
        out.append(Citation(sp.doc_id, sp.start, sp.end, text[sp.start : sp.end]))
    return tuple(out)


HEADLINE_WORDS = (6, 20)  # a headline drawn from the claims is this long, in words
HEADLINE_SIMILARITY = 0.6  # ... and at least this similar to the top fact
# The brief's lead stands in for a top fact that cannot be the headline when it is
# at most this long (after cuts); a longer one reads as a paragraph, and only a
# last resort (on mds_dev: 22 and 23 words taken, 40 left to a shorter claim).
LEAD_HEADLINE_WORDS = 30
_INNER_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
_INTRODUCES = re.compile(r"\b(?:saying|says|said|wrote|adding|added)\b[^.!?]{0,40}[,:]?\W*$")


def _reads_as_headline(text: str) -> bool:
    """One sentence, not a bare quotation (its speaker would be missing), not a
    question, no first person outside quotation marks ("We apologise ..." has
    no "we" for the reader)."""
    t = text.strip()
    if not t or t[:1] in "\"“‘'" or is_question(t):
        return False
    return not _several_sentences(t) and not speaks_first_person(t)


def _several_sentences(text: str) -> bool:
    """Does a sentence end inside ``text``? A full stop after a title or an
    initial ("Sen. Bernie Sanders", "U.S. troops", "John F. Kennedy") ends none.

    >>> _several_sentences("Sen. Bernie Sanders met Gov. Jim Hunt in the U.S. Senate.")
    False
    >>> _several_sentences("The vote failed. Senators left.")
    True
    >>> _several_sentences("The treaty was signed by the EU. It takes effect in May.")
    True
    """
    for m in _INNER_END.finditer(text):
        before = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        word = before.lstrip("(\"“‘'")
        if word in _ABBREVIATIONS or "." in word or (len(word) == 1 and word.isupper()):
            continue
        return True
    return False


# Words that a full stop shortens rather than ends a sentence with: titles,
# months, US states as the wires write them, company forms.
_ABBREVIATIONS = frozenset(EN_TITLE_ABBREVIATIONS.split("|")) | frozenset(
    re.findall(
        r"\w+",
        "Hon Pres St Mt Ft Jr Sr No Nos vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
        "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo "
        "Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo Inc Corp Co Ltd Bros",
    )
)


# "The outcome of this case ...", "these measures", "such people": a
# demonstrative and a noun (not a time: "this week"; not "such as") point back
# at something another sentence named.
# After a preposition, "that" points back too (``_PREP_THAT``).
_DEMONSTRATIVE = re.compile(
    r"\b(?:(?:this|these|those|such)\s+(?!" + _TIME_NOUN + r"|as\b)|" + _PREP_THAT + r")[a-z]"
)
# A turn in a story's telling ("Now, ...", "So, ..."); spoken interjections
# ("Well, ...") already make a sentence dangling (is_dangling).
_INTERJECTION = re.compile(r"(?:Now|So),\s")
LEAD_RANKS = 3  # the brief's opening is the first lead-worthy claim of the top picks
LEDE_RANKS = 4  # ... unless an article's own opening sentence is among this many picks
LEDE_SENTENCES = 2  # an article's lede: its first sentences (a kicker may come first)


# A span of years before the news: "has grown rapidly in recent years", "over the past decade".
_RECENT_YEARS = re.compile(
    r"\b(?:in|over|during)\s+(?:recent|the\s+(?:past|last))\s+(?:[a-z]+\s+)?(?:years|decades?)\b"
)

_NAMED_YEAR = re.compile(r"\b\d{4}\s+(?=[A-Z])")
# A past year the news is measured against: "its worst result since 1998", "up from 58% in 2021".
_COMPARED_YEAR = re.compile(
    r"\b(?:[a-z]+est|worst|first|most|least)\b[^.;,]*?\bsince\b[^.;,]*"
    r"|\b(?:up|down)\s+from\b[^.;]*|\bcompared\s+(?:with|to)\b[^.;]*"
)


def is_background(text: str, year: str | None) -> bool:
    """Does an English claim tell background rather than the news: what stood
    before it ("The global cloud market was worth about $600 billion in 2024."
    in an article of 2025: every year it names is before its article's
    ``year``, and it dates nothing to a day; where the article's date is not
    known, a year it tells of as done: not a plan or a forecast "officials said" of it),
    or what went on over recent years
    ("Nimbus has grown rapidly in recent years")? Such a claim follows the news
    in a brief (the news is dated to a day, or to no time at all).

    >>> is_background("The market was worth $600 billion in 2024.", None)
    True
    >>> is_background("The bank raised rates on Thursday, its third rise since 2024.", "2025")
    False
    >>> is_background("Inflation is seen reaching the target in 2027.", None)
    False
    >>> is_background("Officials said the new terminal will open in 2027.", None)
    False
    >>> is_background("Obama, who gave her a medal in 2015, called her a treasure.", None)
    False
    >>> is_background("The president, speaking in 2019, promised reform.", "2025")
    False
    >>> is_background("The Union came second with 27%, its worst result since 1998.", "2025")
    False
    >>> is_background("The company has grown rapidly in recent years.", None)
    True
    """
    if lexical_language() != "en" or names_a_day(text):
        return False
    # not an aside, as compression reads them ("Obama, who gave her a medal in 2015,
    # called ...", ", passed by parliament in 2019,", "(built in 1932)"), a name ("the 1977
    # Act"), nor a year the news is measured against ("its worst result since 1998")
    told = _COMPARED_YEAR.sub(" ", text)
    told = PARENTHESIS.sub("", PARTICIPLE_ASIDE.sub(",", RELATIVE_ASIDE.sub(",", told)))
    told = _NAMED_YEAR.sub(" ", told)
    years = [f.value[:4] for f in dates(told) if f.value[:4].isdigit()]
    done = _tells_done(told) and not CONDITIONAL_EN.search(told)
    if years and (all(y < year for y in years) if year else done):
        return True
    return bool(_RECENT_YEARS.search(text))


# A general state of affairs rather than the event: a generic subject (a bare plural,
# "Kidnappings for ransom have", or an abstract noun, "Piracy has") that has become or
# long been something (not merely been: "Attempts to reach him have been unsuccessful"),
# not the first or biggest of anything ("have become the first ..."); a habit ("are
# common in", "is prone to", "often kidnap"); a running total ("have been abducted ...
# since 2014", "in recent years").
_GENERIC_STATE = re.compile(
    r"([A-Z][a-z]+)\b[^,;.]*?\b(has|have)\s+(?:(?:increasingly\s+|also\s+)?become|long\s+been)"
    r"\s+(?!the\b|one\b|\w+ed\b|\w+en\b)"
)
_GENERIC_NOUN = ("ing", "ion", "ism", "ence", "ance", "ity", "cy")  # "Kidnapping", "Piracy"
_DETERMINERS = ("The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their")
_GENERIC_HABIT = re.compile(
    r"\b(?:is|are)\s+(?:common|commonplace|frequent|rife|widespread|endemic|rampant|prone\s+to)\b"
    r"|\b(?:often|frequently|regularly|routinely|commonly|typically|usually)\s+(?!"
    + PAST_EN.pattern
    + r")[a-z]+\b"
)
_RUNNING_TOTAL = re.compile(
    r"\b(?:have|has)\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b[^;]*?\bsince\s+\d{4}\b"
)
# Told of the event itself: a finite past ("was", "said") or a comparison ("its worst since");
# not a bound ("at least 200 people have been killed since 2021" is a running total).
_EVENT_TOLD = re.compile(
    r"\b(?:was|were|had|did|said|told|first|only|record|(?<!\b[Aa]t )(?:most|least)|worst|best"
    r"|[a-z]+iest"
    r"|(?:larg|bigg|high|low|great|long|old|strong|wid)est)\b"
)


def _generic_state(text: str) -> bool:
    """Does ``text`` open on a generic subject that has become or long been something: a
    bare plural with "have" ("Kidnappings for ransom have become"), an abstract noun
    with "has" ("Piracy has long been"); not a name ("Siemens has become")?"""
    m = _GENERIC_STATE.match(text)
    if not m or m.group(1) in _DETERMINERS:
        return False
    word, verb = m.group(1), m.group(2)
    plural = word.endswith("s") and not word.endswith("ss")
    return verb == "have" if plural else verb == "has" and word.endswith(_GENERIC_NOUN)


def is_generic(text: str) -> bool:
    """Does an English claim state a general state of affairs, the background of
    the news rather than the news: a generic subject that has become something
    ("Kidnappings for ransom have become a lucrative business in the north."), a
    habit ("Earthquakes are common in the region."), a running total since a year
    ("More than 1,400 students have been abducted from schools since 2014.")? It
    dates nothing to a day and tells nothing done as a finite past or a record.
    Wire copy repeats such a paragraph, so several sources giving it does not make
    it the news; it neither opens a brief nor comes before the news.

    >>> is_generic("Kidnappings for ransom have become a lucrative business for gangs.")
    True
    >>> is_generic("More than 1,400 students have been abducted from schools since 2014.")
    True
    >>> is_generic("Gunmen freed 27 kidnapped schoolchildren on Sunday.")
    False
    >>> is_generic("Gunmen have released 27 of the pupils abducted last week.")
    False
    >>> is_generic("Nvidia has become the first company worth $5 trillion.")
    False
    """
    t = text.strip()
    if lexical_language() != "en" or not t or t[0] in "\"“‘'" or names_a_day(t):
        return False
    if _EVENT_TOLD.search(t) or future_re("en").search(t):
        return False
    # what the sentence itself tells, not an aside ("The party, which has governed since 2017, won")
    t = PARENTHESIS.sub("", PARTICIPLE_ASIDE.sub(",", RELATIVE_ASIDE.sub(",", t)))
    return bool(
        _generic_state(t)
        or _GENERIC_HABIT.search(t)
        or _RUNNING_TOTAL.search(t)
        or _RECENT_YEARS.search(t)
    )


# A subject that is a role, not a name: "The singer died ...", "The former president said ...";
# the capital after it, if any: "The actor Tom Reyes died ..." names him.
_ROLE_SUBJECT = re.compile(r"The((?:\s+[a-z][\w-]*){1,3})(\s+[A-Z])?")
_ROLE_NOUNS = _PERSON_NOUNS | _MALE_NOUNS | _FEMALE_NOUNS
# A name of two words or more in commas after the role, and what comes between: "The
# president, Emmanuel Macron, said", "The prime minister of Japan, Shigeru Ishiba, ...".
_APPOSED_NAME = re.compile(r"([^,.]{0,30}),\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)+,")


def names_no_one(text: str) -> bool:
    """Does the claim open on a person it calls only by a role ("The singer
    died at her home on Sunday."), whom other sentences name? An opening
    names whom it is about, as a name in commas after the role does ("The
    president, Emmanuel Macron, said"; not a place after a verb: "The singer
    died in Santa Fe, New Mexico, ...").

    >>> names_no_one("The singer died at her Nashville home on Sunday.")
    True
    >>> names_no_one("The former president said it.")
    True
    >>> names_no_one("Delia Marsh, the soul singer, has died."), names_no_one("The river rose.")
    (False, False)
    >>> names_no_one("The actor Tom Reyes died on Friday.")
    False
    >>> names_no_one("The prime minister of Japan, Shigeru Ishiba, resigned on Sunday.")
    False
    """
    t = text.strip()
    role = _ROLE_SUBJECT.match(t)
    if not role:
        return False
    words = role.group(1).split()
    head = next((k for k, w in enumerate(words) if w in _ROLE_NOUNS), None)
    if head is None:
        return False
    # the name follows the role, not a verb after it ("The singer died in Santa Fe, New Mexico")
    named = _APPOSED_NAME.match(t, role.end(1))
    if named and not PAST_EN.search(" ".join([*words[head + 1 :], named.group(1)])):
        return False
    # the role noun is the subject's head, not a title before a name
    return not (head == len(words) - 1 and role.group(2))


# An opening on some of those the event touched: "Among the dead were ...", "Of the 149 on
# board, ...", "Two of the injured ...", "Most of the dead ..."; not a class its subject
# belongs to ("One of the world's largest banks ...", "One of the most senior judges ..."),
# nor the place it struck ("Most of the country was without power ...": the whole event).
_PART_OPENING = re.compile(
    r"(?:among|of|(?:" + "|".join(NUMBER_WORDS) + r"|\d[\d,]*|some|many|most|several|half"
    r"|dozens|hundreds|thousands|both|none)\s+of)\s+(?:the|those)\s+"
    r"(?!\w+['’]s\b|(?:most|least|best|worst|first|last|top|leading|biggest|largest|oldest"
    r"|youngest|richest|highest|greatest|longest|deadliest|busiest"
    r"|country|nation|city|town|region|state|province|island|area|capital|coast|village"
    r"|county|district|territory|valley|world|continent)\b)",
    re.IGNORECASE,
)


def about_a_part(text: str) -> bool:
    """Does the claim open on some of those the event touched ("Among the 61
    German passengers were 14 members of a choir", "One of the victims was a
    teacher") rather than on the event itself? Such a sentence follows the news:
    it tells of a part of what an article's lede about the whole event tells.

    >>> about_a_part("Among the dead were 14 members of a youth choir.")
    True
    >>> about_a_part("Two of the injured were in critical condition on Friday.")
    True
    >>> about_a_part("One of the world's largest banks said it would cut 5,000 jobs.")
    False
    >>> about_a_part("A jet crashed near the airport on Thursday, killing 138 people.")
    False
    >>> about_a_part("Most of the country was without power on Tuesday after the storm.")
    False
    >>> about_a_part("Half of the 149 passengers were German.")
    True
    """
    return bool(_PART_OPENING.match(text.strip()))


def is_lede(claim: Claim, firsts: Mapping[str, set[int]]) -> bool:
    """Is the claim its article's lede, where a reporter puts the news? ``firsts``:
    the starts of each article's first sentences, by id."""
    return bool(claim.spans) and claim.spans[0].start in firsts.get(claim.doc_id, ())


def lead_worthy(text: str) -> bool:
    """Can this claim open a brief? It must stand on its own: not a quotation
    first (its speaker comes after it, if at all), not leaning on a neighbour,
    no "this case" or "these measures" naming what an earlier sentence said, no
    contrast with one (", however,"), no first person, not a fragment or a question.

    >>> lead_worthy("A court in Dublin struck down the drug law on Tuesday.")
    True
    >>> lead_worthy("The outcome of this case does not affect older laws.")
    False
    >>> lead_worthy("Obama, however, said the reason is the financial crisis.")
    False
    """
    t = text.strip()
    return not (
        not t
        or t[0] in "\"“‘'"
        or _INTERJECTION.match(t)
        or is_fragment(t)
        or is_question(t)
        or is_dangling(t)
        or speaks_first_person(t)
        or _DEMONSTRATIVE.search(t)
        or CONNECTIVE_ASIDE.search(t)
    )


def opens(text: str) -> bool:
    """Can this claim open a brief as its news: it stands on its own
    (:func:`lead_worthy`) and is not a general state of affairs (:func:`is_generic`:
    "Kidnappings for ransom have become a lucrative business" is the news's background).

    >>> opens("Gunmen freed 27 schoolchildren on Sunday."), opens("Floods are common there.")
    (True, False)
    """
    return lead_worthy(text) and not is_generic(text)


def headline_worthy(text: str) -> bool:
    """Can this claim stand as a one-line headline? Six to twenty words, reads as
    a headline (:func:`_reads_as_headline`), could open a brief
    (:func:`lead_worthy`), not ending on what introduces a quotation ("..., saying:").

    >>> headline_worthy("Flood waters cut off three villages in the north on Monday.")
    True
    >>> headline_worthy("“We will rebuild,” the mayor said.")
    False
    """
    lo, hi = HEADLINE_WORDS
    return (
        lo <= count_words(text) <= hi
        and _reads_as_headline(text)
        and not _INTRODUCES.search(text)
        and lead_worthy(text)
    )


def headline(
    top: ScoredClaim | None,
    documents: Sequence[Document],
    embedder: Embedder,
    min_similarity: float = 0.0,
    candidates: Sequence[tuple[str, float, object]] = (),
    top_vec: object = None,
    following: Sequence[str] = (),
    contested: Sequence[str] | None = None,
    lead: str | None = None,
    disputed: Sequence[tuple[Fact, str | None]] = (),
    superseded: Sequence[tuple[Fact, str | None]] = (),
) -> str:
    """The sources' own title closest to the top fact, else the top fact, unless
    it does not read as a headline (a bare quotation, first person, several
    sentences): then a headline-worthy claim that says nearly the same, if any.
    A top fact longer than a headline is cut by deletion (its opening scene,
    asides, a trailing clause: :func:`_shortened`).

    A title less similar to the top fact than ``min_similarity`` is not one:
    what a scraped page's first short line often is ("Story Continued Below",
    "2 years ago", "From Wikipedia, the free encyclopedia", a photo caption).
    ``candidates``: ``(text, salience, vector)`` of headline-worthy claims;
    of those at least :data:`HEADLINE_SIMILARITY` similar to the top fact
    (``top_vec``, its vector), the most similar is taken (a tenth of salience
    breaks near ties). Failing that, the first of ``following`` (the brief's
    next sentences, in salience order) that reads as a headline.
    ``contested``: the top fact states a figure the sources dispute (these are
    the disputed values), which a headline has no room to say: a title that
    states one of them is no headline, the figure's coordinated phrase is cut
    from the top fact (:func:`_without_figures`), or failing that the top fact
    is not the headline.
    ``lead``: the brief's opening sentence where the top fact could not open
    it (:func:`lead_worthy`); where no title is as similar to the top fact, the
    title most similar to the lead is taken (the headline tells the news the brief
    opens with, not a sentence from further in: "The union said 1.2 million
    marched"). Where the top fact cannot be the headline either,
    the lead is (cut to length if need be, at most :data:`LEAD_HEADLINE_WORDS`),
    before any claim merely similar to the top fact: the headline then tells
    the news the brief opens with.
    ``disputed``: every figure the brief's conflicts dispute (:func:`disputed_figures`).
    Whichever way it is drawn, the headline states none of them where it can: a
    title is cut to the phrases that state none ("Jet crashes near Halvard, 138 feared
    dead" -> "Jet crashes near Halvard", :func:`_undisputed_title`), or is no headline;
    so is the top fact or the lead (:func:`_undisputed_line`), or a claim that states
    one; only the last resort, the top fact, states one, with the note.
    ``superseded``: the figures later reports update (:func:`cluster_changes`, as
    :func:`disputed_figures` gives them); with the tolls a later title counts up
    (:func:`_outdated_tolls`), a title states none of them either, as it states no
    disputed one: "Blast kills at least 4" of Tuesday no longer tells Wednesday's news.
    """
    titles = [d.title for d in documents if d.title]
    if top is None:
        return titles[0] if titles else "No summary could be made"
    if contested:  # the top fact's own disputes, as before
        disputed = [*disputed, *_value_figures(contested)]
    # "Train derails, 8 injured" where sources say 8 and 11: each title as it may head the
    # brief, by its source's title (which tells whether it is one: a scraped "2 years ago")
    stale = [*superseded, *_outdated_tolls(documents)]
    # None: it states one
    lines = {t: _undisputed_title(t, [*disputed, *stale]) for t in titles}
    # the title that tells the news the brief opens with, where the top fact cannot head it
    news = lead if lead and not _may_head(top.claim.text) else top.claim.text
    if _tells_done(news):
        # a preview's title ("Bank expected to raise rates") is not the news a report tells
        titles = [t for t in titles if not _FORECAST_TITLE.search(t)]
    noted = None  # the title of the news that states a disputed figure, if no other heads it
    if titles:
        # the title of the top fact, else of the sentence the brief opens with: a source's
        # title that tells the opening news heads it better than a sentence from further in
        heads = [news] if not lead or lead == news else [news, lead]
        vecs = embedder.encode([*heads, *titles])
        sims = vecs[len(heads) :] @ vecs[: len(heads)].T
        for column in sims.T:
            # the most similar title that states no disputed figure, else one cut to state
            # none: a cut may take the news with it ("Soul singer Delia Marsh, voice of
            # 'Harbor Lights'" of "..., dies at 78"), where another source's title is whole
            ranked = sorted(range(len(titles)), key=lambda i: -column[i])
            fit = [i for i in ranked if column[i] >= min_similarity]
            whole = (titles[i] for i in fit if lines[titles[i]] == titles[i])
            cut = (lines[titles[i]] for i in fit if lines[titles[i]])
            line = next(whole, None) or next(cut, None)
            if line:
                return line
            # (a title of an outdated figure says no "sources differ")
            noted = noted or next(
                (titles[i] for i in fit if not _states_disputed(titles[i], stale)), None
            )
    text = top.claim.text
    own = text if contested is None else _without_figures(text, contested)
    # nor a figure a later report updates, where the top fact or the lead reads without it
    settled = [*disputed, *stale]
    line = _undisputed_line(own, settled) if own and _may_head(own) else None
    if line:
        return line
    line = _as_headline(lead, settled) if lead else None
    if line:
        return line
    # the top fact with the phrase that states a disputed figure cut, where it carries no
    # note (one that does was cut above, :func:`_without_figures`; a cut that leaves its
    # disputed date, "The ferry sank ... on Sunday", would state that as settled)
    cuttable = contested is None and _may_head(text)
    line = _undisputed_line(text, settled, cut=True) if cuttable else None
    if line:
        return line
    if candidates and top_vec is not None:
        best_text, best = None, float("-inf")
        for cand, score, vec in candidates:
            # nor does background head the news ("More than 1,400 students have been
            # abducted from schools since 2014" beside a release of 27: :func:`is_generic`)
            if _states_disputed(cand, settled) or is_generic(cand):
                continue
            sim = float(vec @ top_vec)
            if sim >= HEADLINE_SIMILARITY and sim + 0.1 * score > best:
                best_text, best = cand, sim + 0.1 * score
        if best_text:
            return best_text.rstrip(" .")
    # The title of the news, saying that sources differ on its figure, before a
    # sentence from further in ("Deutsche Bahn offered its condolences").
    if noted:
        return note_contested(noted, what="figure").rstrip(" .")
    # The next facts the brief states, in salience order: the first that reads
    # as a headline (cut to length if need be).
    for other in following:
        # no room in a headline to say sources differ; background is no headline
        if has_contested_note(other) or _states_disputed(other, settled) or is_generic(other):
            continue
        if headline_worthy(other):
            return other.rstrip(" .")
        short = _shortened(other) if _reads_as_headline(other) else None
        if short and headline_worthy(short + "."):
            return short
    # None fits in a line: a long one that can open a brief beats a top fact
    # that cannot (a quotation first, first person).
    if not _may_head(text):
        for other in following:
            if (
                not has_contested_note(other)
                and not _states_disputed(other, settled)
                and _may_head(other)
            ):
                return _shortened(other) or other.rstrip(" .")
    # Nothing else: the top fact, less a clause that states a figure a later report
    # updates, saying that sources differ if they do.
    text = _without_stale_clause(text, stale) or text
    if contested is None and _states_disputed(text, disputed):
        contested = [f.text for f, _ in disputed]
    return (
        text if contested is None else note_contested(text, what=contested_what(text, contested))
    ).rstrip(" .")


# A clause of a sentence after a comma that a participle opens: ", killing at least three
# people", ", leaving 11 missing".
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b[^,;:]*(?=[,;:]|[.!?]?[\"”’']?$)")


def _without_stale_clause(text: str, stale: Sequence[tuple[Fact, str | None]]) -> str | None:
    """``text`` less each participle clause that states one of the ``stale`` figures (those
    later reports update: "A bridge collapsed on Tuesday, killing at least three people,
    officials said" -> "A bridge collapsed on Tuesday, officials said"); None where it
    states none, or one is still there after the cut (it is not in such a clause).

    >>> three = Fact("quantity", "three people", 0, 12, "3", "people")
    >>> _without_stale_clause("A bridge collapsed, killing three people, police said.",
    ...                       [(three, "dead")])
    'A bridge collapsed, police said.'
    """
    if not _states_disputed(text, stale):
        return None
    cut = _PARTICIPLE_CLAUSE.sub(
        lambda m: "" if _states_disputed(m.group(), stale) else m.group(), text
    )
    return None if _states_disputed(cut, stale) else cut


def disputed_figures(conflicts: Sequence[Conflict]) -> list[tuple[Fact, str | None]]:
    """The figures the sides of ``conflicts`` give, each with what befell those it
    counts as its side's sentence says (:func:`summarizer.conflicts.befell`: "dead"
    for "at least 138 people" of "... and at least 138 people were killed"), so that
    "138 feared dead" states it; not the day of a disputed date ("12 November")."""
    out = []
    for k in conflicts:
        if conflict_about(k) != "figure":
            continue
        for side in k.sides:
            for f, _ in _value_figures([side.value]):
                facts = _numeric_facts(side.text, current_language())
                said = next((g for g in facts if g.value == f.value), None)
                out.append((f, befell(said, side.text) if said else None))
    return out


def _outdated_tolls(documents: Sequence[Document]) -> list[tuple[Fact, str | None]]:
    """The tolls an article's title gives that a later article's title counts up, each
    with what befell those it counts (:func:`summarizer.conflicts.befell`): Tuesday's
    "Blast kills at least 4" once Wednesday's "death toll rises to six". A toll is counted
    up as the news comes in; a later lower count disputes it (the conflicts say so)."""
    tolls = [
        (day, f, said)
        for d in documents
        if d.title and (day := article_day(d.date))
        for f in _numeric_facts(d.title, current_language())
        if (said := befell(f, d.title))
    ]
    return [
        (f, said)
        for day, f, said in tolls
        if any(later > day and what == said and exceeds(g, f) for later, g, what in tolls)
    ]


def _value_figures(values: Sequence[str]) -> list[tuple[Fact, str | None]]:
    """The figures ``values`` (conflicts' sides' values) state, not the day of a date,
    with nothing known of what befell those they count."""
    return [(f, None) for value in values for f in _numeric_facts(value, current_language())]


def _states_disputed(text: str, disputed: Sequence[tuple[Fact, str | None]]) -> bool:
    """Does ``text`` state one of the ``disputed`` figures (:func:`disputed_figures`)?
    The same value counting the same thing, or with no word for what either counts
    ("kills at least 4" states "4 people"), or the same casualties however named
    ("138 feared dead" states "at least 138 people" who "were killed"); not the day of a
    date ("March 11" states no toll of 11)."""
    return bool(_disputed_facts(text, disputed))


def _disputed_facts(text: str, disputed: Sequence[tuple[Fact, str | None]]) -> list[Fact]:
    """The figures of ``text`` that state one of the ``disputed`` figures, as
    :func:`_states_disputed` tells them (where each stands: what a cut may take out)."""
    if not disputed:
        return []
    return [
        f
        for f in _numeric_facts(text, current_language())
        if any(
            f.value == d.value
            and (
                f.unit == d.unit
                or None in (f.unit, d.unit)
                or (said is not None and befell(f, text) == said)
            )
            for d, said in disputed
        )
    ]


# Where a title's phrases part: "Jet crashes near Halvard, 138 feared dead".
_TITLE_PHRASE = re.compile(r"(,\s+|\s+[-–—]\s+|;\s+)")


def _undisputed_title(title: str, disputed: Sequence[tuple[Fact, str | None]]) -> str | None:
    """``title`` where it states none of the ``disputed`` figures; else the title less
    its phrases after the first that state one ("Jet crashes near Port Halvard, 138
    feared dead" -> "Jet crashes near Port Halvard"), where what is left still reads as
    a headline (:func:`headline_worthy`), each figure left taken out with the
    preposition that puts it (:func:`_without_figure_objects`: "Vance sentenced to 12
    years; judge cites losses" -> "Vance sentenced; judge cites losses"); else None (the
    figure is in its news: "Blast kills at least 4, hundreds evacuated")."""
    if not _states_disputed(title, disputed):
        return title
    first, *rest = _TITLE_PHRASE.split(title)  # each later phrase after what parts it
    kept = [
        sep + phrase
        for sep, phrase in zip(rest[::2], rest[1::2], strict=True)
        if not _states_disputed(phrase, disputed)
    ]
    cut = _without_figure_objects(first + "".join(kept), disputed)
    return cut if headline_worthy(cut) and not _states_disputed(cut, disputed) else None


# A figure a preposition puts as what a verb reached or gave ("sentenced to 12 years",
# "rises to 6", "cut by 5%"), where the phrase ends with it: a title reads whole without
# it ("sentenced to 12 years for fraud" -> "sentenced for fraud"; not "to 12 years in
# prison", whose "in prison" would be left hanging).
_FIGURE_PREP = re.compile(r"\s+(?:to|by|of)\s+$", re.IGNORECASE)
_FIGURE_OBJECT_END = re.compile(r"(?=$|[,;:.!?]|\s+[-–—]\s|\s+(?:for|as|after|amid)\b)")


def _without_figure_objects(text: str, disputed: Sequence[tuple[Fact, str | None]]) -> str:
    """``text`` less each of its ``disputed`` figures (:func:`_disputed_facts`) that a
    preposition puts and that ends its phrase (:data:`_FIGURE_PREP`), with the
    preposition; the others are left (what is left may still state one)."""
    for f in sorted(_disputed_facts(text, disputed), key=lambda f: -f.start):
        prep = _FIGURE_PREP.search(text, 0, f.start)
        if prep and _FIGURE_OBJECT_END.match(text, f.end):
            text = text[: prep.start()] + text[f.end :]
    return text


def _undisputed_line(
    text: str, disputed: Sequence[tuple[Fact, str | None]], cut: bool = False
) -> str | None:
    """``text`` as a headline line (:func:`_to_line`) where it states none of the
    ``disputed`` figures; else, if ``cut``, the longest headline-worthy cut of it by
    deletion that states none (a trailing clause: "..., killing 137 of the 149 people on
    board"); else None."""
    line = _to_line(text)
    if not _states_disputed(line, disputed):
        return line
    if not cut:
        return None
    from summarizer.compress import headline_variants

    return next(
        (
            v.rstrip(" .")
            for v in headline_variants(text)
            if headline_worthy(v) and not is_fragment(v) and not _states_disputed(v, disputed)
        ),
        None,
    )


def _as_headline(text: str, disputed: Sequence[tuple[Fact, str | None]] = ()) -> str | None:
    """``text`` as the headline, cut to a line if need be; None when it cannot
    be one, states one of the ``disputed`` figures (:func:`_undisputed_line`) or is
    still over :data:`LEAD_HEADLINE_WORDS` (a lede of 40 words is no headline)."""
    if has_contested_note(text) or not _may_head(text):
        return None
    line = _undisputed_line(text, disputed)
    return line if line and count_words(line) <= LEAD_HEADLINE_WORDS else None


def _to_line(text: str) -> str:
    """``text`` as a headline line, without its full stop: over
    :data:`HEADLINE_WORDS`, cut by deletion (:func:`_shortened`) where a cut
    reads as a headline."""
    short = _shortened(text) if count_words(text) > HEADLINE_WORDS[1] else None
    return (short or text).rstrip(" .")


def _may_head(text: str) -> bool:
    """Could ``text`` be a headline of any length: it reads as one and it
    could open a brief (:func:`headline_worthy` less the word count)."""
    return _reads_as_headline(text) and lead_worthy(text)


def _without_figures(text: str, values: Sequence[str]) -> str | None:
    """``text`` less the coordinated phrases that state any of ``values``
    ("... generated $3 million in sales and about $500,000 in taxes, ..." ->
    "... generated $3 million in sales, ..."); None when a value it states
    is not in such a phrase, it states none of them (the figure is there in
    other words), or a disputed figure is still there after the cut.

    >>> _without_figures("Sales reached $3 million and about $500,000 in taxes.", ["$500,000"])
    'Sales reached $3 million.'
    >>> _without_figures("Sales reached $3 million and $500,000 in U.S. taxes.", ["$500,000"])
    'Sales reached $3 million.'
    >>> _without_figures("Taxes reached $500,000 in the first week.", ["$500,000"]) is None
    True
    """
    out, found = text, False
    for value in values:
        if value not in out:
            continue
        m = re.search(
            r" and (?:[^,;:]{0,30}? )?" + re.escape(value) + r"[^,;:]*?(?=[,;:]|[.!?]?[\"”’']?$)",
            out,
        )
        if not m:
            return None
        out, found = out[: m.start()] + out[m.end() :], True
    disputed = set().union(*(_numbers(v) for v in values))
    return out if found and not (_numbers(out) & disputed) else None


def _shortened(text: str) -> str | None:
    """A top fact too long for a headline, cut by deletion
    (:func:`summarizer.compress.headline_variants`): the longest cut that fits
    :data:`HEADLINE_WORDS`, else the shortest that still reads as a headline;
    None when no cut reads as one."""
    from summarizer.compress import headline_variants

    cuts = [v for v in headline_variants(text) if _reads_as_headline(v) and not is_fragment(v)]
    fits = [v for v in cuts if headline_worthy(v)]
    if fits:
        return fits[0].rstrip(" .")
    return cuts[-1].rstrip(" .") if cuts else None


def fuse(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    config: FusionConfig,
    conflicts: Sequence[Conflict] = (),
    exclude: Sequence[str] = (),
    generate: Callable[[list[str]], list[str]] | None = None,
    updates: Sequence[Update] | None = None,
) -> tuple[str, tuple[BriefSentence, ...], tuple[BriefSentence, ...], dict]:
    """Headline, summary sentences and key points, each sentence cited.

    ``exclude``: ids of off-topic articles (see :func:`off_topic`), left out.
    ``updates``: the figures later reports update (:func:`cluster_changes` of the
    articles not excluded), where the caller has worked them out already.
    ``conflicts``: where sources differ; sentences stating a contested figure say so.
    ``generate``: a seq2seq model's ``generate_texts``; with it, claims that
    several sources state are fused into one sentence (:func:`fuse_abstractive`).
    """
    by_id = {d.id: d for d in documents}
    strays = list(exclude)
    sentences = {k: v for k, v in sentences.items() if k not in strays}
    on_topic = [d for d in documents if d.id not in strays]
    groups = source_groups(on_topic, config.syndication_threshold)
    unique: dict[tuple, Claim] = {}
    for c in claims:  # overlapping chunks can yield the same claim twice
        if c.doc_id not in strays:
            unique.setdefault((c.doc_id, c.text, c.spans), c)
    # A fragment (", according to the Pentagon." left by a stray full stop in
    # the source, a lower-case continuation) is not a claim a brief can state,
    # nor is a question ("What was your reaction?" in an interview, a rhetorical one)
    # or an imperative to the reader ("Find yourself a bank that ...").
    claims = [
        c
        for c in unique.values()
        if not (is_fragment(c.text) or is_question(c.text) or addresses_reader(c.text))
    ]
    # A print layout's lead-in in capitals ("THE DÁIL IS to sit ...") is written
    # as the articles write those words elsewhere.
    forms = word_forms(d.text for d in on_topic)
    claims = [replace(c, text=caps_lead_in(c.text, forms)) for c in claims]
    # An interviewer's question and its framing ("You will play the Spirit again
    # in four days.") are not what the article reports; they still count as support.
    asked = {d.id: interviewer_spans(d.text) for d in on_topic}
    claims = [c for c in claims if not _asked(c, asked.get(c.doc_id, ()))] or claims
    if config.compress:
        from summarizer.compress import variants

        claims += [replace(c, text=v) for c in claims for v in variants(c.text)]
    # A sentence that goes on with a quotation opened before it speaks for the
    # speaker named there: it comes with that sentence, or leans.
    quotes = {d.id: quotations(d.text) for d in on_topic}
    quoted = frozenset(
        (doc_id, s.start)
        for doc_id, sents in sentences.items()
        for s in sents
        if continues_quotation(s, quotes.get(doc_id, ()))
    )
    claims = [
        replace(c, in_quotation=True)
        if c.spans and not c.generated and (c.doc_id, c.spans[0].start) in quoted
        else c
        for c in claims
    ]
    claims = with_context(claims, sentences, config.context_words, quoted)
    if config.drop_dangling:
        claims = [c for c in claims if not leans(c)] or claims
    # An early "no immediate reports of casualties" that a later day's death tells untrue.
    untrue = belied(on_topic, sentences)
    claims = [c for c in claims if not _overlaps(c.spans, untrue)] or claims
    base_stats = {
        "off_topic": strays,
        "syndicated_copies": sorted(k for k, v in groups.items() if k != v),
    }
    if not claims:
        stats = {"claims": 0, "selected": 0, **base_stats}
        return headline(None, on_topic, embedder), (), (), stats
    dates = {d.id: d.date for d in on_topic}
    scored, vecs, sent_vecs = score_claims(claims, sentences, embedder, config, groups, dates)
    # A figure a later report updates is no longer the news: the claim stating it gives way.
    # The claim stating the latest figure gains the support of the sources it updates
    # (they reported that measure: its latest value is what they would say now).
    if updates is None:
        updates = cluster_changes(on_topic, sentences, embedder, config.conflict_similarity)[0]
    stale, replaced = superseded(scored, updates)
    if any(stale) or any(replaced):  # a story told over days (most clusters are not)
        n_groups = max(len(set(groups.values())), 1)
        scored = [
            replace(
                sc,
                score=sc.score
                - config.superseded_penalty * old
                + config.support_weight
                * len({groups.get(d, d) for d, _ in gone} - {groups.get(d, d) for d in sc.sources})
                / n_groups,
            )
            for sc, old, gone in zip(scored, stale, replaced, strict=True)
        ]
    # A claim stating a contested figure, date or speaker says so, and the note
    # counts against the budget.
    about = [conflict_about(k) for k in conflicts]
    contested, contested_dates, contested_quotes = (
        [(c.source, c.start, c.end) for k, a in zip(conflicts, about, strict=True) if a == what
         for side in k.sides for c in side.citations]
        for what in ("figure", "date", "attribution")
    )  # fmt: skip
    # A quotation that runs on into the article's next sentence is closed where the claim ends.
    texts = [
        close_quotation(anchor_dates(sc.claim.text, by_id[sc.claim.doc_id].date)) for sc in scored
    ]
    # Contested: the claim is one side's sentence or a side's sentence supports it,
    # and it states a disputed figure; or, for a date, it is one side's sentence, or it
    # names a day and a side's sentence supports it (not merely a day-less sentence
    # beside one). A figure's note, a date's, or one for both.
    # The figure it states must be a disputed one: "The party took 41% of the vote" is
    # not contested because its source's sentence also gives a disputed count of seats.
    # Values as read, so that "8 people" states the disputed "eight people" and "the 61
    # German passengers" the disputed "61 Germans"; the day of a date is none ("March 11"
    # states no toll of 11).
    figures = disputed_figures(conflicts)
    disputed = {f.value for f, _ in figures}
    # Either way the claim states a disputed figure: a side's sentence shortened to a
    # clause without it ("At least 11 people were injured" of "..., including nine
    # officers") disputes nothing.
    figure_noted = [
        (_overlaps(sc.claim.spans, contested) or _overlaps(sc.support, contested))
        and any(f.value in disputed for f in _numeric_facts(sc.claim.text, current_language()))
        for sc in scored
    ]
    date_noted = [
        _overlaps(sc.claim.spans, contested_dates)
        or (names_a_day(sc.claim.text) and _overlaps(sc.support, contested_dates))
        for sc in scored
    ]
    # A quotation sources put in different mouths: the claim is a side's
    # sentence or a side's sentence supports it, and it quotes those words.
    speaker_noted = [
        bool(contested_quotes)
        and (_overlaps(sc.claim.spans, contested_quotes) or _overlaps(sc.support, contested_quotes))
        and states_contested_quote(sc.claim.text, conflicts)
        for sc in scored
    ]
    notes = [
        note_what(f, d, q) for f, d, q in zip(figure_noted, date_noted, speaker_noted, strict=True)
    ]
    texts = [note_contested(t, what=w) if w else t for t, w in zip(texts, notes, strict=True)]
    # A figure a later report updates reads as the news no longer: it names the later one.
    for i, figures_later in enumerate(later_figures(scored, updates)):
        for figure, later in figures_later:
            texts[i] = note_update(texts[i], figure, later)
    weights = (
        concept_weights(sentences, groups, config.specific_concepts, config.function_bigrams)
        if config.concept_weight
        else None
    )
    # A sentence in another language adds only what the brief's-language articles do not say.
    foreign = foreign_anchors([sc.claim for sc in scored], on_topic)
    costs = [count_words(t) for t in texts]
    order = select(scored, vecs, config.words, config, costs, weights, foreign, replaced)
    # The opening states the news on its own: an article's lede among the top
    # picks, else the first of them that can (:func:`lead_worthy`), goes first;
    # the others keep their order. A lede also gives the headline its news.
    # Of the brief's language: the headline and the opening read in it.
    top_pick = next((i for i in order if foreign[i] is None), order[0] if order else None)
    firsts = {d: {x.start for x in sents[:LEDE_SENTENCES]} for d, sents in sentences.items()}
    ledes = [
        k
        for k, i in enumerate(order[:LEDE_RANKS])
        if foreign[i] is None and is_lede(scored[i].claim, firsts) and opens(scored[i].claim.text)
    ]
    # Of several ledes, the news: one about the whole event, not some of those it touched
    # ("Among the dead were ..."); one stating no figure a later report updates (the
    # newest lede, where the story's measure changed); one that names whom it is about,
    # not only their role ("The singer died ..."); one that dates what it reports to a
    # day ("jailed for seven years on Friday"), not background ("convicted in January") or
    # a feature's opening ("Trump is learning a painful lesson"); then an article's very
    # first sentence, not one after a kicker; then the first picked.
    first = {d: min(starts) for d, starts in firsts.items() if starts}

    def news_first(k: int) -> tuple[bool, bool, bool, bool, bool, int]:
        claim = scored[order[k]].claim
        return (
            about_a_part(claim.text),  # the whole event, not some of those it touched
            stale[order[k]],  # the latest report, not one it updates
            names_no_one(claim.text),
            not names_a_day(claim.text),
            claim.spans[0].start != first[claim.doc_id],
            k,
        )

    lead = min(ledes, key=news_first, default=None)
    # A picked article's opening sentence that updates another article's opening
    # sentence's figure (the story's main measure: "grew to 34,600 acres" after
    # "burning about 8,500 acres") is the news.
    lead = next(
        (
            k
            for k, i in enumerate(order)
            if foreign[i] is None
            and any(start == first.get(d) for d, start in replaced[i])
            and scored[i].claim.spans[0].start == first.get(scored[i].claim.doc_id)
            and opens(scored[i].claim.text)
        ),
        lead,
    )
    if lead is not None:
        # a lede that states a disputed figure still tells the news (the headline
        # then says it without the figure, or takes a title that does not state it)
        if _as_headline(without_contested_note(texts[order[lead]])):
            top_pick = order[lead]
    else:
        lead = next(
            (
                k
                for k, i in enumerate(order[:LEAD_RANKS])
                if foreign[i] is None and opens(scored[i].claim.text)
            ),
            0,
        )
    if order:
        order.insert(0, order.pop(lead))
    # Background one source gives (what stood before the news, :func:`is_background`),
    # or any number give (a general state of affairs, :func:`is_generic`), follows the
    # news rather than interrupt it in the opening paragraph.
    background = {
        i
        for i in order[1:]
        if is_generic(scored[i].claim.text)
        or (
            len({groups.get(d, d) for d in scored[i].sources}) == 1
            and is_background(scored[i].claim.text, (by_id[scored[i].claim.doc_id].date or "")[:4])
        )
    }
    order = [i for i in order if i not in background] + [i for i in order if i in background]
    # What a sentence in another language adds follows what the brief's-language ones say:
    # the opening paragraph reads in the brief's language.
    order = [i for i in order if foreign[i] is None] + [i for i in order if foreign[i] is not None]
    summary_budget = config.words * config.summary_share
    picked = [
        (
            texts[i],
            verified_support(
                scored[i],
                by_id,
                embedder,
                citation_candidates(
                    scored[i].claim, vecs[i], sentences, sent_vecs, config.citation_similarity
                ),
            ),
        )
        for i in order
    ]
    fusion_stats: dict[str, int] = {}
    if generate is not None:
        picked, fusion_stats = fuse_abstractive(picked, generate, by_id, embedder)
    summary, points, used = [], [], 0
    for rank, (text, spans) in enumerate(picked):
        sent = BriefSentence(text, citations_for(spans, by_id))
        n = count_words(text)
        if rank == 0 or (not points and used + n <= summary_budget):
            summary.append(sent)
            used += n
        else:
            points.append(sent)
    # The headline is drawn from the most salient claim, as picked (it may be
    # shortened or replaced by a headline-worthy claim saying the same).
    top = scored[top_pick] if top_pick is not None else None
    stats = {
        **base_stats,
        "claims": len(claims),
        "selected": len(order),
        # independent sources: a sentence found only in syndicated copies of
        # one story is cited to each copy but is not multi-source
        "multi_source_sentences": sum(
            1 for _, spans in picked if len({groups.get(sp.doc_id, sp.doc_id) for sp in spans}) > 1
        ),
        **fusion_stats,
    }
    # Headline candidates: claims short enough for one line, stating no contested
    # figure (a headline has no room to say that sources differ).
    candidates = [
        (t, sc.score, vecs[i])
        for i, (t, sc) in enumerate(zip(texts, scored, strict=True))
        if not has_contested_note(t) and headline_worthy(t)
    ]
    top_vec = vecs[top_pick] if top_pick is not None else None
    title = headline(
        top,
        on_topic,
        embedder,
        config.headline_similarity,
        candidates,
        top_vec,
        [texts[i] for i in order[:4] if i != top_pick][:3],
        # the values of the disagreements the top fact states
        # (an update note, "(later reports: five)", says no source differs)
        contested=[
            side.value
            for k in conflicts
            if any(side.value in without_update_note(texts[top_pick]) for side in k.sides)
            for side in k.sides
        ]
        if top_pick is not None and has_contested_note(without_update_note(texts[top_pick]))
        else None,
        lead=texts[order[0]] if order and order[0] != top_pick else None,
        disputed=figures,
        superseded=superseded_figures(updates),
    )
    return title, tuple(summary), tuple(points), stats
