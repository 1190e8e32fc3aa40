"""Atomic facts from any text, with character offsets: one extractor for attribution,
conflict detection and evaluation.

Pure regular expressions and small word lists, no models and no downloads, because it runs on
every sentence of every article. Each kind has its own typed step function:

* :func:`numbers`   quantities with what they count, money (normalised to a currency code),
                    percentages;
* :func:`dates`     ISO dates, "November 5", "Aug. 6, 2024", "5 November", "November 2024",
                    years, weekdays;
* :func:`entities`  people, places, organisations (capitalised spans classified with titles,
                    a small gazetteer, demonyms and organisation suffixes);
* :func:`quotes`    quotations with their speaker;
* :func:`claims`    sentence-level claims.

:func:`extract_facts` runs them all; :func:`compare_facts` checks a text's facts against a
source's facts (supported / contradicted / unsupported), tolerant of rounding and hedges such as
"more than $9 billion" against "$9.2 billion".

>>> [(f.kind, f.value, f.unit) for f in numbers("more than 10,000 North Korean soldiers")]
[('quantity', '10000', 'soldiers')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple, Protocol

from summarizer.language import current_language, lexical_language
from summarizer.saying import speech_forms
from summarizer.types import Fact

__all__ = [
    "FactExtractor",
    "RegexFactExtractor",
    "claims",
    "compare_facts",
    "dates",
    "entities",
    "extract_facts",
    "fact_supported",
    "nationality",
    "normalise_unit",
    "numbers",
    "quotes",
]

ENTITY_KINDS = frozenset({"person", "place", "org", "entity"})
NUMERIC_KINDS = frozenset({"quantity", "money"})
DATE_KINDS = frozenset({"date", "weekday"})


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


class FactExtractor(Protocol):
    """Anything that turns a text into facts (the regex extractor here; a model-based one later)."""

    def __call__(self, text: str) -> list[Fact]: ...


# ---------------------------------------------------------------------------------------------
# Numbers, money, percentages
# ---------------------------------------------------------------------------------------------

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
# The English words a count may be spelled in ("eight people", "twenty-five houses").
NUMBER_WORDS = tuple(_SMALL)
_SCALE = {
    "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12,
    # Indian English: "2.5 lakh people" are 250,000, "Rs 1,200 crore" 12 billion rupees
    "lakh crore": Decimal(10) ** 12, "lakh crores": Decimal(10) ** 12,  # "Rs 2.5 lakh crore"
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
}  # fmt: skip
_CURRENCY_SYMBOL = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD",
                    "a$": "AUD", "rs": "INR", "rs.": "INR", "₹": "INR"}  # fmt: skip
_CURRENCY_WORD = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR", "yen": "JPY",
    "yuan": "CNY", "rupees": "INR", "rubles": "RUB", "roubles": "RUB",
}  # fmt: skip
# Hedges change what a number claims: "more than 10,000" is not contradicted by "11,000".
_QUALIFIERS = {
    "more than": "gt", "over": "gt", "at least": "gt", "upwards of": "gt", "in excess of": "gt",
    "nearly": "lt", "almost": "lt", "less than": "lt", "fewer than": "lt", "under": "lt",
    "up to": "lt", "just under": "lt", "about": "approx", "around": "approx", "some": "approx",
    "roughly": "approx", "approximately": "approx", "an estimated": "approx", "estimated": "approx",
    "close to": "approx", "nearly all": "approx", "just over": "gt", "as many as": "lt",
}  # fmt: skip

_SCALE_WORDS = r"thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?|bn|mn|tn|m|b|k"
# A count spelled out the way English builds it: "twenty-one", "a hundred and twenty",
# "two dozen", "one thousand", "two thousand and five hundred" (the last scale word is
# left to the scale group of _NUMBER_RE; a bare "one" or "a" is read in numbers()).
_ONES = "|".join(w for w, n in _SMALL.items() if n < 10)
_TEENS = "|".join(w for w, n in _SMALL.items() if 10 <= n < 20 and w != "dozen")
_TENS = "|".join(w for w, n in _SMALL.items() if 20 <= n < 100)
_BIG_SCALES = "|".join(w for w in _SCALE if len(w) > 2)  # thousand, million, ... spelled
_BELOW_100 = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?|{_TEENS}|{_ONES})\b"
_BELOW_1000 = (
    rf"(?:(?:(?:{_BELOW_100}|a)\s+)?hundred(?:\s+(?:and\s+)?{_BELOW_100})?"
    rf"|(?:(?:{_BELOW_100}|a)\s+)?dozen|{_BELOW_100}|a(?=\s+(?:{_BIG_SCALES})\b))"
)
_SPELLED = rf"{_BELOW_1000}(?:\s+(?:{_BIG_SCALES})\s+(?:and\s+)?{_BELOW_1000})*"
_QUAL_WORDS = "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True))

_NUMBER_RE = re.compile(
    rf"""
    (?:(?P<qual>{_QUAL_WORDS})\s+)?
    (?:(?P<cur>US\$|C\$|A\$|Â£|[$£€¥₹]|\b(?-i:Rs)\.?(?=\s?\d))\s?)?
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
      | (?P<words>{_SPELLED})\b
    )
    (?:\s?(?P<scale>{_SCALE_WORDS})\b)?
    (?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?
    (?:-(?P<suffix>strong|year-old|years-old|[a-z]+))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_GLUED_UNIT = re.compile(
    r"(a\.m\.?|p\.m\.?|am|pm|km|kg|mm|cm|mph|kmh|ft|lbs?|mg|ml|gb|mb|tb|mw|gw|kw|kwh)\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)(?![\d:])")
_TIME_AFTER = re.compile(r"\s?([ap])\.?m\b\.?", re.IGNORECASE)
# "hundreds of" (read as 100) means at least 100 and fewer than 1,000.
VAGUE_SPAN = 10
# The widest range read as one figure: "5 to 6 million people" is no range of 5 to 6,000,000.
RANGE_SPAN = 10
# The dash between a range's bounds ("5,000-6,000", "20–25%"); what may follow its upper
# bound for the pair to be no code or label ("1-800-555-0199", "10-11am").
_RANGE_DASH = re.compile(r"-|\s?[–—]\s?")
_AFTER_RANGE = re.compile(r"\w|[-–—/.]\d")
_ARTICLES = frozenset({"a", "an", "the"})
# Verbs a score or a vote's tally follows, with no noun after it: "lost 98-105 to Boston",
# "beat them 3-1", "voted 48-52." (not "fell 5-10 degrees", "won 20-25 seats").
_RESULT_VERBS = _wordset(
    """
    won win wins winning lost lose loses losing beat beats beaten defeated edged routed drew
    tied trailed trailing led fell falls voted votes passed finished ended
    """
)
_VAGUE_RE = re.compile(r"\b(?P<w>dozens|hundreds|thousands|millions|billions)\s+of\b", re.I)

# Other languages (summarizer.language.LEXICAL): their hedges, scale words,
# currency words and "per cent", and their number format: "10.000" and "10 000"
# are ten thousand, "1,5 millones" one and a half million (English keeps its
# own: "10.5" is ten and a half there).
# fmt: off
_FOREIGN_QUALIFIERS = {
    "es": {
        "más de": "gt", "mas de": "gt", "al menos": "gt", "por lo menos": "gt",
        "poco más de": "gt", "no menos de": "gt", "unos": "approx", "unas": "approx",
        "alrededor de": "approx", "cerca de": "approx", "aproximadamente": "approx",
        "en torno a": "approx", "aproximadamente unos": "approx", "casi": "lt",
        "menos de": "lt", "hasta": "lt", "poco menos de": "lt", "un estimado de": "approx",
    },
    "fr": {
        "plus de": "gt", "au moins": "gt", "pas moins de": "gt", "un peu plus de": "gt",
        "environ": "approx", "près de": "approx", "quelque": "approx", "autour de": "approx",
        "approximativement": "approx", "aux alentours de": "approx", "presque": "lt",
        "moins de": "lt", "jusqu'à": "lt", "jusqu’à": "lt", "un peu moins de": "lt",
    },
    "de": {
        "mehr als": "gt", "über": "gt", "mindestens": "gt", "gut": "gt", "etwa": "approx",
        "rund": "approx", "ungefähr": "approx", "circa": "approx", "ca.": "approx",
        "zirka": "approx", "annähernd": "approx", "schätzungsweise": "approx", "fast": "lt",
        "knapp": "lt", "beinahe": "lt", "nahezu": "lt", "weniger als": "lt", "bis zu": "lt",
    },
    "it": {
        "più di": "gt", "oltre": "gt", "almeno": "gt", "poco più di": "gt", "circa": "approx",
        "intorno a": "approx", "intorno ai": "approx", "attorno a": "approx",
        "attorno ai": "approx", "all'incirca": "approx", "quasi": "lt", "meno di": "lt",
        "fino a": "lt", "poco meno di": "lt",
    },
    "pt": {
        "mais de": "gt", "pelo menos": "gt", "no mínimo": "gt", "cerca de": "approx",
        "aproximadamente": "approx", "em torno de": "approx", "por volta de": "approx",
        "perto de": "approx", "uns": "approx", "umas": "approx", "quase": "lt",
        "menos de": "lt", "até": "lt",
    },
}
_THOUSAND, _MILLION, _BILLION, _TRILLION = (Decimal(10) ** k for k in (3, 6, 9, 12))
_FOREIGN_SCALE = {
    "es": {"mil": _THOUSAND, "millón": _MILLION, "millones": _MILLION,
           "mil millones": _BILLION, "millardo": _BILLION, "millardos": _BILLION,
           "billón": _TRILLION, "billones": _TRILLION},
    "fr": {"mille": _THOUSAND, "million": _MILLION, "millions": _MILLION,
           "milliard": _BILLION, "milliards": _BILLION, "billion": _TRILLION,
           "billions": _TRILLION},
    "de": {"tausend": _THOUSAND, "Tsd": _THOUSAND, "Million": _MILLION,
           "Millionen": _MILLION, "Mio": _MILLION, "Milliarde": _BILLION,
           "Milliarden": _BILLION, "Mrd": _BILLION, "Billion": _TRILLION,
           "Billionen": _TRILLION},
    "it": {"mila": _THOUSAND, "milione": _MILLION, "milioni": _MILLION, "mln": _MILLION,
           "miliardo": _BILLION, "miliardi": _BILLION, "mld": _BILLION, "mrd": _BILLION},
    "pt": {"mil": _THOUSAND, "milhão": _MILLION, "milhões": _MILLION,
           "mil milhões": _BILLION, "bilhão": _BILLION, "bilhões": _BILLION,
           "bilião": _TRILLION, "biliões": _TRILLION},
}
_FOREIGN_PERCENT = {"es": "por ciento", "fr": "pour cent", "de": "Prozent",
                    "it": "per cento", "pt": "por cento"}
_FOREIGN_CURRENCY = {
    "es": {"dólar": "USD", "dólares": "USD", "euro": "EUR", "euros": "EUR", "libra": "GBP",
           "libras": "GBP", "yen": "JPY", "yenes": "JPY", "yuan": "CNY", "yuanes": "CNY",
           "rublo": "RUB", "rublos": "RUB"},
    "fr": {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "livre": "GBP",
           "livres": "GBP", "yen": "JPY", "yens": "JPY", "yuan": "CNY", "yuans": "CNY",
           "rouble": "RUB", "roubles": "RUB"},
    "de": {"dollar": "USD", "us-dollar": "USD", "euro": "EUR", "pfund": "GBP", "yen": "JPY",
           "yuan": "CNY", "rubel": "RUB"},
    "it": {"dollaro": "USD", "dollari": "USD", "euro": "EUR", "sterlina": "GBP",
           "sterline": "GBP", "yen": "JPY", "yuan": "CNY", "rublo": "RUB", "rubli": "RUB"},
    "pt": {"dólar": "USD", "dólares": "USD", "euro": "EUR", "euros": "EUR", "libra": "GBP",
           "libras": "GBP", "iene": "JPY", "ienes": "JPY", "iuane": "CNY", "yuan": "CNY",
           "rublo": "RUB", "rublos": "RUB", "real": "BRL", "reais": "BRL"},
}
# The preposition between a figure and its currency: "9.200 millones de dólares".
_OF = frozenset({"de", "d", "di", "del", "dei", "des", "do", "da"})
# How a finite verb of the third person plural ends ("resultaron", "siguen", "ficaram",
# "restent", "rimangono"): after a count it says what the counted did, and is no noun of
# it ("14 ficaram feridas"). Plural nouns in these languages end otherwise ("-s", "-i").
_VERB_PLURAL = {
    "es": re.compile(r"\w{2,}(?:ron|an|en)"),
    "pt": re.compile(r"\w{2,}(?:am|em)"),
    "fr": re.compile(r"\w{2,}ent"),
    "it": re.compile(r"\w{2,}(?:ano|ono)"),
}
# Small counts spelled out ("drei Menschen", "subió a once"): one to twenty and the
# tens. The words for one are articles too ("un", "eine"): they count only before a
# scale word ("un millón"), as English "a" and "one" do.
_FOREIGN_WORDS = {
    "es": "uno|un|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
          "quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta "
          "sesenta setenta ochenta noventa",
    "fr": "un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
          "quinze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante soixante "
          "soixante-dix quatre-vingts|quatre-vingt quatre-vingt-dix",
    "de": "ein|eine|eins zwei|zwo drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
          "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig "
          "fünfzig sechzig siebzig achtzig neunzig",
    "it": "uno|un|una due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
          "quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta "
          "cinquanta sessanta settanta ottanta novanta",
    "pt": "um|uma dois|duas três quatro cinco seis sete oito nove dez onze doze treze catorze|"
          "quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove "
          "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
}
_FOREIGN_TENS = (30, 40, 50, 60, 70, 80, 90)
# Words that are a count only before what they count, and not after the words
# that make them another word: Italian "sei" is also "you are" ("tu sei", "non sei
# stato"), French "neuf" also "new" ("un immeuble neuf", "flambant neuf").
_NEEDS_NOUN = {
    "sei": _wordset("tu non ci lo la li le ne se che chi mi ti gli dove come"),
    "neuf": _wordset("flambant tout comme"),
}
# fmt: on


def _not_a_spelled_count(
    word: str, scale: str, fmt: NumberFormat, text: str, m: re.Match[str]
) -> bool:
    """Is a spelled count of another language than English no count: a word for
    one alone ("un", "eine": an article, as English "a"), one right after a figure
    ("le 3 sept.": a month), or one capitalised inside a sentence ("Otto", "die
    Acht": a name or a noun)?"""
    if fmt.words.get(word.lower()) == 1 and not scale:
        return True
    start = m.start("words")
    if re.search(r"\d[ \t\u00a0]*\Z", text[max(0, start - 8) : start]):  # not across a line
        return True
    return word[0].isupper() and not _is_sentence_start(text, start)


def _other_word_here(word: str, unit: str | None, text: str, start: int) -> bool:
    """Is a spelled count that is also another word (:data:`_NEEDS_NOUN`) that
    other word here: with no noun after it, or after a word that makes it one?"""
    after_words = _NEEDS_NOUN.get(word.lower())
    if after_words is None:
        return False
    before = re.search(r"(\w+)[^\w.!?]*$", text[max(0, start - 30) : start])
    return unit is None or (before is not None and before.group(1).lower() in after_words)


def _spelled(language: str) -> dict[str, int]:
    """Value by lower-cased spelled count of ``language`` (:data:`_FOREIGN_WORDS`;
    words split by "|" are spellings of one count)."""
    counts = [*range(1, 21), *_FOREIGN_TENS]
    return {
        word: n
        for n, spellings in zip(counts, _FOREIGN_WORDS[language].split(), strict=True)
        for word in spellings.split("|")
    }


def spelled_counts(language: str) -> dict[str, int]:
    """Value by lower-cased word of the counts ``language`` spells in one word ("three": 3).

    >>> spelled_counts("en")["three"], spelled_counts("fr")["trois"]
    (3, 3)
    """
    if language == "en":
        return dict(_SMALL)
    return _spelled(language) if language in _FOREIGN_WORDS else {}


class NumberFormat(NamedTuple):
    """How a language writes figures, for :func:`numbers`."""

    language: str
    regex: re.Pattern[str]
    qualifiers: dict[str, str]
    scales: dict[str, Decimal]  # lower-cased scale word -> factor
    currency: dict[str, str]  # lower-cased currency word -> code
    words: dict[str, int]  # lower-cased spelled count -> value (English reads _SPELLED)


@lru_cache(maxsize=16)
def number_format(language: str) -> NumberFormat:
    """The :class:`NumberFormat` of ``language`` (one of
    :data:`summarizer.language.LEXICAL`; English for any other)."""
    if language not in _FOREIGN_QUALIFIERS:
        return NumberFormat("en", _NUMBER_RE, _QUALIFIERS, _SCALE, _CURRENCY_WORD, {})
    qualifiers = _FOREIGN_QUALIFIERS[language]
    scales = {k.lower(): v for k, v in _FOREIGN_SCALE[language].items()}
    quals = "|".join(sorted(map(re.escape, qualifiers), key=len, reverse=True))
    scale_words = "|".join(sorted(map(re.escape, scales), key=len, reverse=True))
    percent = re.escape(_FOREIGN_PERCENT[language])
    words = _spelled(language)
    spelled = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    regex = re.compile(
        rf"""
        (?:\b(?P<qual>{quals})\s+)?
        (?:(?P<cur>US\$|C\$|A\$|R\$|Â£|[$£€¥])\s?)?
        (?:
            (?P<digits>\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d+)?
                     |\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:,\d+)?
                     |\d+(?:[.,]\d+)?)
          | (?<![\w-])(?P<words>{spelled})(?![\w'’-])
        )
        (?:\s?(?P<scale>{scale_words})(?!\w)(?:(?<=\bMrd|\bMio|\bTsd|\bmln|\bmld|\bmrd)\.)?)?
        (?P<pct>\s?%|\s+{percent}\b)?
        (?:-(?P<suffix>[^\W\d_]+))?
        """,
        re.IGNORECASE | re.VERBOSE,
    )
    return NumberFormat(language, regex, qualifiers, scales, _FOREIGN_CURRENCY[language], words)


def read_number(digits: str, language: str = "en") -> Decimal | None:
    """The value of a figure written in digits the way ``language`` writes
    them: English "10,000.5"; elsewhere "10.000", "10 000" and "10,000" are ten
    thousand and "1,5" or "1.5" one and a half (a separator before exactly three
    digits groups thousands; with both, the last is the decimal mark).

    >>> read_number("10.5"), read_number("10.000", "es"), read_number("10 000", "fr")
    (Decimal('10.5'), Decimal('10000'), Decimal('10000'))
    >>> read_number("9.200", "es"), read_number("1,5", "es"), read_number("2,1", "de")
    (Decimal('9200'), Decimal('1.5'), Decimal('2.1'))
    >>> read_number("1.234.567,89", "de"), read_number("0,125", "it")
    (Decimal('1234567.89'), Decimal('0.125'))
    """
    if language not in _FOREIGN_QUALIFIERS:
        try:
            return Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
    text = re.sub(r"[\s\u00a0\u202f]", "", digits)
    marks = [c for c in text if c in ".,"]
    if len(set(marks)) > 1:
        decimal = marks[-1]
        whole, _, frac = text.rpartition(decimal)
        text = whole.replace("." if decimal == "," else ",", "") + "." + frac
    elif marks:
        parts = text.split(marks[0])
        if len(parts) > 2 or (len(parts[1]) == 3 and parts[0] != "0"):
            text = "".join(parts)  # thousands
        else:
            text = ".".join(parts)
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


# Words skipped when looking for what a number counts ("10,000 North Korean soldiers").
_UNIT_SKIP = _wordset(
    """
    more additional extra new other young old armed active elite special former further total
    registered confirmed reported estimated different separate small large major minor foreign
    local regular civilian military senior junior full extra-judicial suspected alleged
    injured wounded dead unarmed combat ground ready trained square cubic remaining
    """
)
_UNIT_STOP = _wordset(
    """
    of and or the a an to in on at by for from with as than that this these those was were is
    are be been has have had will would could should may might can did do does it its his her
    their our we they he she i you who which what when where while after before since until
    per each more less so not but if about around over under remain remains remained
    """
)
# A verb in the past right after a count, then its object or where it went: what the count
# did, no noun of it ("61,482 watched the final", "300 attended a vigil", "5,000 marched
# through the city", "61,000 included 20,000 fans"). A participle that befell the count
# takes no object ("12 killed in").
_COUNT_DID = re.compile(
    r"\s+(?:[a-z]{2,}ed|saw|took|fled|left|met|held|made|won|lost|gave|sent|ran|went|came)"
    r"\s+(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|through|across|along"
    r"|into|onto|outside|towards?|past)\b|\d)"
)
# The noun a count of no noun is "of" ("A crowd of 61,482 watched"), unless it says how the
# figure was reckoned ("a total of 300 attended").
_COUNT_OF = re.compile(r"\b(?:a|an|the)\s+([a-z]+)\s+of\s+$", re.IGNORECASE)
_RECKONED = _wordset("total number average maximum minimum record peak sum")
_UNIT_SYNONYMS = {
    "troop": "soldier", "force": "soldier", "fighter": "soldier", "serviceman": "soldier",
    "servicemen": "soldier", "personnel": "soldier", "men": "person", "man": "person",
    "people": "person", "individual": "person", "resident": "person", "persons": "person",
    "yr": "year", "percent": "%", "pct": "%", "km": "kilometre", "kilometer": "kilometre",
    "mile": "mile", "kg": "kilogram", "ton": "tonne", "child": "child", "children": "child",
    "women": "woman", "police": "officer", "policeman": "officer", "policemen": "officer",
    "policewoman": "officer", "policewomen": "officer", "pupil": "student", "sec": "second",
    "min": "minute", "hr": "hour", "percentage": "percentage point",
    "percentage-point": "percentage point",
}  # fmt: skip
# Units of one measure, each as so many of its base unit: a duration in seconds ("90
# seconds" is "1.5 minutes"), a change of a rate in percentage points ("25 basis points"
# is "0.25 percentage points"); keyed by normalised unit (:func:`normalise_unit`).
_MEASURES = {
    "second": ("second", Decimal(1)), "minute": ("second", Decimal(60)),
    "percentage point": ("percentage point", Decimal(1)),
    "basis point": ("percentage point", Decimal("0.01")),
}  # fmt: skip
_YEAR_CONTEXT = _wordset(
    """
    in since by of until from between and to before after during through early late mid
    """
)


def _to_decimal(digits: str | None, words: str | None) -> Decimal | None:
    if digits:
        try:
            return Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
    if not words:
        return None
    # "two thousand and five hundred": each scale word closes the group before it.
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p and p != "and"]
    total = Decimal(0)
    current = Decimal(0)
    for p in parts:
        if p == "a":
            current = Decimal(1) if current == 0 else current
        elif p in ("hundred", "dozen"):
            current = (current or Decimal(1)) * _SMALL[p]
        elif p in _SMALL:
            current += _SMALL[p]
        elif p in _SCALE:
            total += (current or Decimal(1)) * _SCALE[p]
            current = Decimal(0)
        else:
            return None
    return total + current


def format_value(value: Decimal) -> str:
    """Canonical decimal string: ``9.2e9 -> '9200000000'``, ``3.50 -> '3.5'``."""
    if value == value.to_integral_value():  # every digit, however many ("1111...1 dollars")
        return format(value.to_integral_value(), "f")
    return format(value.normalize(), "f")


def normalise_unit(unit: str | None) -> str | None:
    """A comparable form of what a number counts: lower case, singular, synonyms merged.

    >>> normalise_unit("Troops"), normalise_unit("soldiers"), normalise_unit("casualties")
    ('soldier', 'soldier', 'casualty')
    """
    if not unit:
        return None
    return _unit_form(unit, lexical_language())


@lru_cache(maxsize=4096)
def _unit_form(unit: str, language: str) -> str:
    """:func:`normalise_unit` in ``language``, memoised: every pair of facts
    compared (:func:`fact_supported`) normalises both units."""
    u = unit.lower().strip()
    if language != "en":  # "soldados"/"soldado", "Soldaten"/"Soldat" stem alike
        from summarizer.text import stemmer

        return stemmer(language).stemWord(u)
    if u in _UNIT_SYNONYMS:
        return _UNIT_SYNONYMS[u]
    if u.endswith("ies") and len(u) > 4:
        u = u[:-3] + "y"
    elif u.endswith(("ches", "shes", "sses", "xes")):
        u = u[:-2]
    elif u.endswith("s") and not u.endswith(("ss", "us", "is")) and len(u) > 3:
        u = u[:-1]
    return _UNIT_SYNONYMS.get(u, u)


def in_base_unit(f: Fact) -> tuple[Fact, str] | None:
    """``f`` with its value (and a range's upper bound) in its measure's base unit
    (:data:`_MEASURES`), and that unit; None for a figure of no such unit or an ordinal ("the
    88th minute" is no duration). Figures given in two units of one measure are compared so:
    "90 seconds" and "one and a half minutes" agree, "90 seconds" and "3 minutes" do not.

    >>> [(g.value, base) for g, base in map(in_base_unit, numbers("It lasted two minutes."))]
    [('120', 'second')]
    """
    measure = _MEASURES.get(normalise_unit(f.unit) or "")
    if measure is None or f.kind != "quantity" or f.extra.get("ordinal"):
        return None
    base, factor = measure
    try:
        value = format_value(Decimal(f.value) * factor)
        extra = {**f.extra}
        if "upto" in extra:
            extra["upto"] = format_value(Decimal(extra["upto"]) * factor)
    except InvalidOperation:
        return None
    return Fact(f.kind, f.text, f.start, f.end, value, f.unit, extra), base


def _unit_after(text: str, pos: int, allow_of: bool = False) -> tuple[str | None, int]:
    """What the number ending at ``pos`` counts: the first plain noun within four words.

    Nationality words and compass points are skipped ("10,000 North Korean soldiers"); a
    capitalised plural is the noun itself when a verb follows ("four Americans cited").
    """
    seen_of = False
    cap_plural: tuple[str, int] | None = None
    for i, m in enumerate(re.finditer(r"[^\W\d_][\w'’-]*|[^\s\w]", text[pos : pos + 80])):
        if i >= 5:
            break
        w = m.group()
        if not w[0].isalpha():
            if i == 0 and w == "-" and text[pos + 1 : pos + 2].isalpha():
                continue  # "an 88th-minute winner", "a 10-point lead": the compound's noun
            break
        lw = w.lower()
        if lw == "of" and allow_of and not seen_of:
            seen_of = True
            continue
        if lw in _CURRENCY_WORD:
            return lw, pos + m.end()
        if lw in _UNIT_STOP:
            break
        if w[0].isupper():
            if cap_plural is None and lw.endswith("s") and not lw.endswith(("ss", "'s", "’s")):
                cap_plural = (lw, pos + m.end())
            continue
        if lw in _UNIT_SKIP:
            continue  # "additional troops"
        if cap_plural is not None and lw.endswith(("ed", "ing")):
            return cap_plural
        return lw, pos + m.end() + _same_noun_after(text[pos + m.end() :], lw)
    return cap_plural or (None, pos)


def _same_noun_after(text: str, unit: str) -> int:
    """How far the next word of ``text`` runs where it names what ``unit`` names: the
    head of a compound read whole ("seven police officers", not "seven police")."""
    m = re.match(r"\s+([a-z]+)\b", text)
    return m.end() if m and normalise_unit(m.group(1)) == normalise_unit(unit) else 0


def _foreign_unit_after(
    text: str, pos: int, fmt: NumberFormat, scaled: bool = False
) -> tuple[str | None, int]:
    """:func:`_unit_after` in another language than English: the first word
    within four that is no function word (:func:`summarizer.text.function_words`):
    "10.000 soldados norcoreanos", "11 000 soldats"; a currency after "de"/"di"
    ("9.200 millones de dólares"), and after a scale word what follows "de"
    ("1,5 millones de personas"). In German, where nouns are capitalised, the
    first capitalised word, adjectives before it skipped ("10.000
    nordkoreanische Soldaten"); elsewhere a capitalised word is a name and is
    skipped, as in English, and a verb ends the search: "14 ficaram feridas"
    counts no "ficaram" (:data:`_VERB_PLURAL`).

    >>> from summarizer.language import use_language
    >>> with use_language("de"):
    ...     [(f.value, f.unit) for f in numbers("rund 11.000 nordkoreanische Soldaten")]
    [('11000', 'soldaten')]
    """
    from summarizer.text import function_words

    stop, verb = function_words(fmt.language), _VERB_PLURAL.get(fmt.language)
    tokens = list(re.finditer(r"[^\W\d_][\w'’-]*|[^\s\w]", text[pos : pos + 80]))
    for i, m in enumerate(tokens[:5]):
        w = m.group()
        if not w[0].isalpha():
            break
        lw = w.lower()
        if lw in fmt.currency:
            return lw, pos + m.end()
        if lw in _OF or lw.rstrip("'’") in _OF:
            nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            if nxt in fmt.currency:
                return nxt, pos + tokens[i + 1].end()
            if scaled and i == 0 and nxt[:1].isalpha() and nxt not in stop:
                return nxt, pos + tokens[i + 1].end()
            break
        if lw in stop or (verb is not None and verb.fullmatch(lw)):
            break  # "14 ficaram feridas": what the count did, not what it counts
        if fmt.language == "de":
            if w[0].isupper():
                return lw, pos + m.end()
            continue  # an adjective before its noun
        if w[0].isupper():
            continue
        return lw, pos + m.end()
    return None, pos


def _scale_of(scale: str | None, cur: str | None, fmt: NumberFormat) -> Decimal | None:
    """What a scale word multiplies by (1 for none); None for an English one-letter
    scale without money ("5m" may be metres), which :func:`numbers` does not read."""
    scale = (scale or "").lower()
    if not scale:
        return Decimal(1)
    if scale in ("m", "b", "k") and not cur and fmt.language == "en":
        return None
    return fmt.scales[" ".join(scale.rstrip(".").split())]


def _dash_range(
    text: str, m: re.Match[str], fmt: NumberFormat
) -> tuple[re.Match[str], Decimal] | None:
    """The upper bound of a range that ``m``'s figure opens with a dash, and its value:
    "5,000-6,000 people", "$5-6 billion", "20–25%" are one figure each, as "between 5,000
    and 6,000" is (the bounds share the scale, currency and per cent either gives). No range:
    a second figure lower than the first or over :data:`RANGE_SPAN` times it ("won 3-1",
    "2023-24"), one of a code ("1-800-555-0199", "2024-11-13", "10-11am"), hours ("9-11
    p.m."), and a bare pair of counts after an article, a name or another figure, or beside a
    month, which is a label or a date ("a 1-3 defeat", "the 9-11 attacks", "Boeing 737-800",
    "ordered 20 737-800 jets", "13-15 November"), or after a verb of a result and before no
    noun, which is a score or a tally ("lost 98-105 to Boston"), whose upper bound is a run of four
    digits or more, which a count in English is not ("555-1234"), or a model number: a lower bound
    of three digits not rounded beside an upper one in whole hundreds ("flies 737-800 jets";
    a range's bounds are rounded alike, "300-400", "175-200")."""
    dash = _RANGE_DASH.match(text, m.end())
    if dash is None or not m.group("digits") or m.group("suffix"):
        return None
    hi = fmt.regex.match(text, dash.end())
    if (
        hi is None
        or not hi.group("digits")
        or hi.group("digits").startswith("0")
        or hi.group("qual")
        or hi.group("suffix")
        or hi.group("cur") not in (None, m.group("cur"))
        or _AFTER_RANGE.match(text, hi.end())
        or _TIME_AFTER.match(text, hi.end())
    ):
        return None
    cur = m.group("cur") or hi.group("cur")
    lo_scale = _scale_of(m.group("scale") or hi.group("scale"), cur, fmt)
    hi_scale = _scale_of(hi.group("scale") or m.group("scale"), cur, fmt)
    lo_value, hi_value = (
        read_number(m.group("digits"), fmt.language),
        read_number(hi.group("digits"), fmt.language),
    )
    if lo_scale is None or hi_scale is None or lo_value is None or hi_value is None:
        return None
    lo_value, hi_value = lo_value * lo_scale, hi_value * hi_scale
    if not 0 < lo_value < hi_value <= lo_value * RANGE_SPAN:
        return None
    bare = not (cur or m.group("scale") or hi.group("scale") or m.group("pct") or hi.group("pct"))
    before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30) : m.start()])
    label = before is not None and (
        before.group(1).lower() in _ARTICLES
        or (before.group(1)[0].isupper() and not _is_sentence_start(text, m.start()))
        or before.group(1)[-1].isdigit()
        or (before.group(1).lower() in _RESULT_VERBS and _unit_after(text, hi.end())[0] is None)
    )
    dated = re.match(rf"\s+{ANY_MONTH_RE}", text[hi.end() :]) or re.search(
        rf"{ANY_MONTH_RE}\s+$", text[max(0, m.start() - 20) : m.start()]
    )
    # A bare upper bound of four digits or more without a separator is no count: "555-1234".
    code = fmt.language == "en" and re.fullmatch(r"\d{4,}", hi.group("digits"))
    model = re.fullmatch(r"\d{3}", m.group("digits")) and lo_value % 5 and not hi_value % 100
    if bare and (label or dated or code or model):
        return None
    return hi, hi_value


def numbers(text: str, _skip: Sequence[tuple[int, int]] = ()) -> list[Fact]:
    """Quantities, money and percentages, each with a normalised value and a unit.

    Money is normalised to a currency code and whole units ("$9.2 billion" and "9.2 billion
    dollars" both give value ``9200000000``, unit ``USD``); percentages get unit ``%``; other
    numbers get the noun they count. Hedges ("more than", "about") go to ``extra["qualifier"]``.

    >>> [(f.kind, f.value, f.unit) for f in numbers("Trump scoffed at the $175 billion sent.")]
    [('money', '175000000000', 'USD')]
    >>> [(f.value, f.unit) for f in numbers("a 50,000-strong army and 12.5% of voters")]
    [('50000', 'army'), ('12.5', '%')]
    >>> [(f.text, f.value, f.unit) for f in numbers("It fell around 10:30 a.m. on Monday.")]
    [('10:30 a.m.', '10:30', 'am')]
    """
    out: list[Fact] = []
    # Clock times ("10:30 a.m.") first: one fact each, not "around 10" and "30 a.m.".
    for m in _CLOCK.finditer(text):
        if int(m.group(1)) > 24 or any(s < m.end() and m.start() < e for s, e in _skip):
            continue
        end, unit = m.end(), None
        if (time := _TIME_AFTER.match(text, end)) is not None:
            end, unit = time.end(), time.group(1).lower() + "m"
        hour = int(m.group(1))
        value = str(hour) if m.group(2) == "00" else f"{hour}:{m.group(2)}"  # "7:00 pm" = "7pm"
        out.append(Fact("quantity", text[m.start() : end], m.start(), end, value, unit,
                        {"clock": True}))  # fmt: skip
    _skip = (*_skip, *((f.start, f.end) for f in out))
    fmt = number_format(lexical_language())
    range_end = 0  # where the last range read ends: its upper bound is no figure of its own
    for m in fmt.regex.finditer(text):
        digits, wordnum = m.group("digits"), m.group("words")
        if (not digits and not wordnum) or m.start() < range_end:
            continue
        upper = _dash_range(text, m, fmt)
        tail = upper[0] if upper else m  # where the scale, per cent and end are read
        a, b = m.start(), tail.end()
        if wordnum and not digits:
            # "a" alone is an article; bare "one" is mostly a pronoun ("one of them"),
            # but "a thousand" and "one million" are counts.
            scale_word = (m.group("scale") or "").lower()
            half = fmt.language == "en" and _AND_A_HALF.match(text, m.end())
            if wordnum.lower() in ("a", "one") and scale_word in ("", "m", "b", "k") and not half:
                continue
            if fmt.language != "en" and _not_a_spelled_count(wordnum, scale_word, fmt, text, m):
                continue
        # Word boundaries: "A380" or "COVID-19" are names, not quantities.
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "-/"):
            continue
        num_start = m.start("digits") if digits else m.start("words")
        if num_start > 0 and (text[num_start - 1].isalpha()):
            continue
        if any(s < b and a < e for s, e in _skip):
            continue
        num_end = m.end("digits") if digits else m.end("words")
        glued = ordinal = None
        if not m.group("scale") and text[num_end : num_end + 1].isalpha():
            # A unit glued to the number ("7pm", "10km") is kept, and so is an ordinal with
            # what it ranks ("70th anniversary"); decades ("1980s") are not quantities.
            glued = _GLUED_UNIT.match(text, num_end)
            ordinal = None if glued else _ORDINAL.match(text, num_end)
            if glued is None and ordinal is None:
                continue
            if ordinal is not None:
                b = ordinal.end()
        if fmt.language == "en":
            value = _to_decimal(digits, wordnum)
        elif wordnum and not digits:
            value = Decimal(fmt.words[wordnum.lower()])
        else:
            value = read_number(digits, fmt.language)
        if value is None:
            continue
        scale = (m.group("scale") or tail.group("scale") or "").lower()
        # One-letter scales only count after money or right after digits ("$5m", "5bn").
        if scale in ("m", "b", "k") and not m.group("cur") and fmt.language == "en":
            scale = ""
            b = m.end("digits") if digits else m.end("words")
        if scale:
            value *= fmt.scales[" ".join(scale.rstrip(".").split())]
        half = fmt.language == "en" and not scale and not upper and _AND_A_HALF.match(text, b)
        if half:
            value, b = value + Decimal("0.5"), half.end()  # "one and a half minutes"
        qual = " ".join((m.group("qual") or "").lower().split()) or None
        cur = m.group("cur") or tail.group("cur")
        suffix = (m.group("suffix") or "").lower()
        kind, unit = "quantity", None
        unit_end = b
        if glued is not None:
            unit, b = glued.group(1).lower().replace(".", ""), glued.end(1)
            unit_end = b
        elif (time := _TIME_AFTER.match(text, b)) is not None:
            unit, b = time.group(1).lower() + "m", time.end()
            unit_end = b
        extra: dict = {}
        if unit in ("am", "pm"):
            extra["clock"] = True  # "7pm", "10 a.m.": a time of day, like "10:30 a.m."
        elif glued is not None:
            pass
        elif ordinal is not None:
            unit, unit_end = _unit_after(text, b)
            extra["ordinal"] = True
        elif cur:
            kind, unit = "money", _CURRENCY_SYMBOL.get(cur.lower().replace("â", ""), "USD")
        elif m.group("pct") or tail.group("pct"):
            unit = "%"
        elif suffix in ("year-old", "years-old"):
            unit = "years old"
        else:
            if suffix and suffix != "strong":
                unit = suffix
            else:
                if fmt.language == "en":
                    if _COUNT_DID.match(text, b) and (noun := _count_of(text, a)):
                        unit, end = noun, b  # "A crowd of 61,482 watched the final"
                    else:
                        unit, end = _unit_after(text, b)
                        if unit is None and not scale and _is_age(text, a, b):
                            unit = "years old"  # "died aged 79": as "the 79-year-old" is
                else:
                    unit, end = _foreign_unit_after(text, b, fmt, bool(scale))
                if unit in fmt.currency:
                    kind, unit = "money", fmt.currency[unit]
                unit_end = end
                if wordnum and not digits and _other_word_here(wordnum, unit, text, num_start):
                    continue  # "tu sei", "un immeuble neuf"
            # A bare four-digit number in year position is a date, handled by dates(); so is
            # one before a singular noun ("the 2014 election"), unlike "2000 troops".
            if (
                digits
                and not scale
                and re.fullmatch(r"1[89]\d\d|20\d\d", digits)
                and (
                    unit is None or _word_before(text, a) in _YEAR_CONTEXT or not unit.endswith("s")
                )
            ):
                continue
        if qual:
            extra["qualifier"] = fmt.qualifiers[qual]
        if upper:
            extra["upto"] = format_value(upper[1])
            range_end = tail.end()
        # The span runs to the counted noun so that evidence reads "10,000 ... soldiers".
        b = max(b, unit_end)
        if fmt.language == "en" and kind == "quantity":
            unit, b = _rate_points(text, a, b, unit)
        out.append(Fact(kind, text[a:b], a, b, format_value(value), unit, extra))
    for m in _HALF_POINT.finditer(text):  # "a half-percentage-point rise": 0.5 of them
        if not any(s < m.end() and m.start() < e for s, e in _skip):
            out.append(Fact("quantity", m.group(), m.start(), m.end(), "0.5", _POINTS, {}))
    if fmt.language == "en":
        out.extend(_spoken_halves(text, [*_skip, *((f.start, f.end) for f in out)]))
    for m in _VAGUE_RE.finditer(text):
        a = m.start()
        if any(s < m.end() and a < e for s, e in _skip) or any(
            f.start < m.end() and a < f.end for f in out
        ):
            continue
        unit, end = _unit_after(text, m.end())
        base = {"dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10**6,
                "billions": 10**9}[m.group("w").lower()]  # fmt: skip
        b = end if unit else m.end("w")
        # "hundreds of" is at least 100 and under 1,000: vague, not a figure of 100.
        extra = {"qualifier": "gt", "vague": True}
        out.append(Fact("quantity", text[a:b], a, b, str(base), unit, extra))
    out.sort(key=lambda f: f.start)
    return out


# "two and a half" (not "two and a half million", whose scale the number pattern misses).
_AND_A_HALF = re.compile(rf"\s+and\s+a\s+half\b(?!\s+(?:{_BIG_SCALES})\b)", re.IGNORECASE)
# A change of a rate in hundredths ("0.5 percentage points", "a 0.5 percentage-point rise",
# "0.5 pct points", "25 basis points"), or in bare points after a rate ("cut its rate by 0.5
# points", unlike "80 points behind"): read as percentage points (or basis points).
_POINTS = "percentage points"
_POINTS_AFTER = re.compile(r"[\s-]points?\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\brates?\b", re.IGNORECASE)
_HALF_POINT = re.compile(r"\b(?:a\s+)?half[\s-](?:a\s+)?percentage[\s-]points?\b", re.IGNORECASE)
# A duration spoken with a half, its hedge before it: "about a minute and a half", "an hour
# and a half", "half a minute", "half an hour" (English; "two and a half minutes" is read as
# a number).
_SPOKEN_HALF = re.compile(
    rf"(?:\b(?P<qual>{_QUAL_WORDS})\s+)?\b(?:(?P<one>an?|one)\s+(?P<unit>second|minute|hour)"
    r"\s+and\s+a\s+half|half\s+an?\s+(?P<half>second|minute|hour))\b",
    re.IGNORECASE,
)


def _spoken_halves(text: str, taken: Sequence[tuple[int, int]]) -> list[Fact]:
    """The durations the English ``text`` speaks with a half (:data:`_SPOKEN_HALF`), outside
    the spans ``taken``: "a minute and a half" is 1.5 minutes, so that it is compared with "90
    seconds" or "about two minutes" (in seconds: :func:`in_base_unit`) as "1.5 minutes" is.

    >>> [(f.value, f.unit) for f in _spoken_halves("It shook for a minute and a half.", [])]
    [('1.5', 'minutes')]
    """
    out = []
    for m in _SPOKEN_HALF.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value, unit = ("1.5", m.group("unit")) if m.group("one") else ("0.5", m.group("half"))
        qual = " ".join((m.group("qual") or "").lower().split())
        extra = {"qualifier": _QUALIFIERS[qual]} if qual else {}
        out.append(
            Fact("quantity", m.group(), m.start(), m.end(), value, f"{unit.lower()}s", extra)
        )
    return out


def _rate_points(text: str, start: int, end: int, unit: str | None) -> tuple[str | None, int]:
    """The unit of the English figure ``text[start:end]`` and where it ends, a change of a rate
    in points read whole (:data:`_POINTS`): "0.5 percentage points", "0.5 pct points", "25
    basis points", and "0.5 points" a few words after a rate ("raised the rate by 0.5 points").

    >>> [(f.value, f.unit) for f in numbers("Rates rose 0.5 points, a 0.5 pct-point rise.")]
    [('0.5', 'percentage points'), ('0.5', 'percentage points')]
    """
    word = (unit or "").lower()
    after = _POINTS_AFTER.match(text, end)
    if re.fullmatch(r"%|(?:percentage|pct)(?:-points?)?", word):
        if "-" in word or word == "percentage" or after:
            return _POINTS, after.end() if after else end
    elif word == "basis" and after:
        return "basis points", after.end()
    elif word in ("point", "points") and _RATE_BEFORE.search(text, max(0, start - 60), start):
        return _POINTS, end
    return unit, end


# A bare number that is someone's age: "died aged 79", "at the age of 42", "died at
# 78", or a clause that ends "She was 78." or ", who was 79," (obituaries give an age so);
# or a person's name set off by commas before it ("John Mercer, 78, died", "Mercer, 78.").
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|age\s+of|(?:died|dies|dead)\b[^,;.\d]{0,40}\bat)\s+$", re.IGNORECASE
)
_AGE_WAS = re.compile(r"\b(?:he|she|who)\s+(?:was|is)\s+$", re.IGNORECASE)
_AGE_NAMED = re.compile(r"\b[A-Z][a-z][\w'’-]*,\s+$")
# A locative word before such a name: a place's count ("In Kharkiv, 12, ... died").
_AGE_PLACE = re.compile(r"\b(?:in|at|near|across|outside|inside|around|throughout)\s+$", re.I)


def _is_age(text: str, start: int, end: int) -> bool:
    """Is the bare number ``text[start:end]`` an age (:data:`_AGE_BEFORE`; or "he was",
    "she was", "who was" or a name and a comma (:data:`_AGE_NAMED`) before it and the
    clause's end after it), not a count ("died at 78" is no toll of 78)? A name's number is
    a person's age only where the word names no place, day or month ("Paris, 3,", "On
    Sunday, 12, ...", :data:`_NOT_NAMES`), no locative word stands before it ("In Kharkiv,
    12, ...": :data:`_AGE_PLACE`) and the number is one of up to 120.

    >>> [f.unit for f in numbers("She died aged 79. She was 78. He was 80 points behind.")]
    ['years old', 'years old', 'points']
    >>> [f.unit for f in numbers("Mercer, 78, and his wife, who was 74, died. Paris, 3, won.")]
    ['years old', 'years old', None]
    """
    before = text[max(0, start - 60) : start]
    if _AGE_BEFORE.search(before):
        return True
    named = _AGE_NAMED.search(before)
    word = named.group().rstrip(", ").lower() if named else ""
    person = named and word not in _NOT_NAMES and not _AGE_PLACE.search(before, 0, named.start())
    young = re.fullmatch(r"\d{1,3}", text[start:end]) and int(text[start:end]) <= 120
    said = _AGE_WAS.search(before) or (person and young)
    return bool(said) and re.match(r"\s*(?:[.;,]|$)", text[end:]) is not None


def _count_of(text: str, start: int) -> str | None:
    """The noun that a figure starting at ``start`` is a count "of" (:data:`_COUNT_OF`), for a
    figure whose verb follows it: the subject is "A crowd of 61,482", and counts the crowd."""
    m = _COUNT_OF.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() in _RECKONED | _UNIT_SKIP | _UNIT_STOP:
        return None
    return m.group(1).lower()


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)[^\w]*$", text[max(0, pos - 20) : pos])
    return m.group(1).lower() if m else ""


# ---------------------------------------------------------------------------------------------
# Dates and weekdays
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# In date.weekday() order (Monday is 0).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The written forms, for other modules' patterns: "Monday", "Nov.", "September".
WEEKDAY_RE = "(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + ")"
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# Month names and abbreviations of the other languages (summarizer.language.LEXICAL):
# datelines ("BRUSELAS, 13 nov (Reuters) -", "BERLIN, 13. November (dpa) -").
# fmt: off
FOREIGN_MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
          "noviembre diciembre ene feb mar abr may jun jul ago sep sept set oct nov dic",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre janv févr fév avr juil sept oct nov déc",
    "de": "Januar Jänner Februar März April Mai Juni Juli August September Oktober November "
          "Dezember Jan Feb Mär Mrz Apr Jun Jul Aug Sep Sept Okt Nov Dez",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
          "novembre dicembre gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro jan fev mar abr mai jun jul ago set out nov dez",
}
# fmt: on
# Any month, English or of those languages, any case, its abbreviation perhaps
# with a full stop: "Nov.", "nov", "noviembre", "13. November".
ANY_MONTH_RE = (
    "(?i:(?:"
    + "|".join(
        sorted(
            {m.lower() for m in _MONTHS}
            | {m.lower() for v in FOREIGN_MONTHS.values() for m in v.split()},
            key=len,
            reverse=True,
        )
    )
    + r")(?!\w)\.?)"
)
_DATE_RES = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(
            rf"\b(?P<mon>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
            re.IGNORECASE,  # lower-cased text ("april 3"); a month before a day is a date
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
        ),
    ),
    ("my", re.compile(rf"\b(?P<mon>{MONTH_RE})(?:,)?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)),
    (
        "m",
        re.compile(
            r"\b(?:in|since|by|until|early|late|mid|last|next|this)[\s-]+"
            rf"(?P<mon>{MONTH_RE})\b(?!\s+\d)"
        ),
    ),
    # "March" and "May" alone are too often a verb; they need a preposition (above) or a day.
    ("m", re.compile(r"\b(?P<mon>January|February|April|June|July|August|September|October"
                     r"|November|December)\b")),
    ("y", re.compile(r"\b(?P<y>1[89]\d\d|20\d\d)\b(?!\s*(?:%|,\d))")),
]  # fmt: skip
_WEEKDAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)

# The other languages' dates ("13 de noviembre de 2024", "le 20 janvier", "am 20. Januar",
# "13 novembre 2024", "1º de janeiro") and weekdays, read in a brief of that language
# only (summarizer.language.lexical_language): an English brief's facts are as they were.
# Month names in order, a "|" between spellings of one month; FOREIGN_MONTHS's
# abbreviations are read as the month whose name they begin ("févr", "Okt"; "Mrz").
# fmt: off
FOREIGN_MONTH_NAMES = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre "
          "noviembre diciembre",
    "fr": "janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre "
          "novembre décembre|decembre",
    "de": "Januar|Jänner Februar März|Maerz April Mai Juni Juli August September Oktober "
          "November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
          "novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro "
          "novembro dezembro",
}
# Weekdays in date.weekday() order. Spanish, French, Italian and Portuguese write
# them in lower case (a capitalised one counts only where a sentence opens: "Domingo"
# is also a name); German ones are capitalised nouns, also as the first part of
# "Mittwochabend" (not the adverb "mittwochs"). Portuguese news often drops "-feira"
# ("na quarta"), but "segunda" ... "sexta" alone are also ordinals ("a quarta vez"):
# see _PT_SHORT_WEEKDAY below.
FOREIGN_WEEKDAYS = {
    "es": ("lunes", "martes", "miércoles|miercoles", "jueves", "viernes", "sábado|sabado",
           "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag|Sonnabend",
           "Sonntag"),
    "it": ("lunedì|lunedi", "martedì|martedi", "mercoledì|mercoledi", "giovedì|giovedi",
           "venerdì|venerdi", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira|terca-feira", "quarta-feira", "quinta-feira",
           "sexta-feira", "sábado|sabado", "domingo"),
}
# What may open a month named alone for it to be a date ("en noviembre", "fin
# novembre", "im November", "a fine novembre", "em novembro"): a month needs a day,
# a year or one of these (as "in", "since" ... in English).
_FOREIGN_MONTH_ALONE = {
    "es": r"en|desde|hasta|para|finales\s+de|principios\s+de|mediados\s+de",
    "fr": r"en|depuis|jusqu['’]en|fin|début|mi-",
    "de": r"im|seit|bis|ab|Anfang|Ende|Mitte",
    "it": r"a|in|da|dal|fino\s+a|entro|fine|inizio|metà",
    "pt": r"em|desde|até|final\s+de|início\s+de|meados\s+de",
}
# fmt: on
_YEAR = r"(?P<y>(?:19|20)\d\d)\b"


@lru_cache(maxsize=8)
def foreign_months(language: str) -> dict[str, int]:
    """Month number by lower-cased name or abbreviation in ``language`` (empty for
    English and languages without a table).

    >>> m = foreign_months("fr"); m["février"], m["févr"], foreign_months("de")["mrz"]
    (2, 2, 3)
    """
    if language not in FOREIGN_MONTH_NAMES:
        return {}
    out: dict[str, int] = {"mrz": 3} if language == "de" else {}
    for i, names in enumerate(FOREIGN_MONTH_NAMES[language].split(), 1):
        out.update((n.lower(), i) for n in names.split("|"))
    for abbr in FOREIGN_MONTHS[language].lower().split():
        if abbr not in out:
            (i,) = {n for name, n in list(out.items()) if name.startswith(abbr)}
            out[abbr] = i
    return out


class _ForeignDateRes(NamedTuple):
    """:data:`_DATE_RES`'s forms in another language (groups ``d``, ``m``, ``mon``, ``y``)."""

    numeric: re.Pattern[str]  # "13/11/2024", "13.11.2024"
    day_month: re.Pattern[str]  # "13 de noviembre [de 2024]", "13. November [2024]"
    month_year: re.Pattern[str]  # "noviembre de 2024"
    month_alone: re.Pattern[str]  # "en noviembre", "im November"

    def forms(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """Each pattern with the form :func:`dates` reads it as, in the order tried."""
        return (
            ("dmy", self.numeric),
            ("dmy", self.day_month),
            ("my", self.month_year),
            ("m", self.month_alone),
        )


@lru_cache(maxsize=8)
def _foreign_date_res(language: str) -> _ForeignDateRes | None:
    """:data:`_DATE_RES`'s forms in ``language``, tried before the English ones;
    None for English and a language without its month names."""
    if language not in FOREIGN_MONTH_NAMES:
        return None
    names = set(FOREIGN_MONTH_NAMES[language].lower().replace("|", " ").split())
    full = "|".join(sorted(names, key=len, reverse=True))
    short = "|".join(sorted(set(foreign_months(language)) - names, key=len, reverse=True))
    of = r"\s+(?:de|del)\s+" if language in ("es", "pt") else r",?\s+"
    # An abbreviation ("13 nov", "13. Nov.") is a month only before a year.
    mon = rf"(?P<mon>(?:{full})(?!\w)|(?:{short})(?!\w)\.?(?={of}(?:19|20)\d\d\b))"
    day = {
        "es": r"(?P<d>[0-3]?\d)(?:\.?[ºª°])?\s+de\s+",
        "pt": r"(?P<d>[0-3]?\d)(?:\.?[ºª°])?\s+de\s+",
        "fr": r"(?P<d>[0-3]?\d)(?:er)?\s+",
        "it": r"(?P<d>[0-3]?\d)[º°]?\s+",
        "de": r"(?P<d>[0-3]?\d)\.\s*",
    }[language]
    flags = re.IGNORECASE
    sep = r"\." if language == "de" else "/"  # "13.11.2024", "13/11/2024"
    return _ForeignDateRes(
        numeric=re.compile(rf"\b(?P<d>[0-3]?\d){sep}(?P<m>0?[1-9]|1[0-2]){sep}{_YEAR}"),
        day_month=re.compile(rf"\b{day}{mon}(?:{of}{_YEAR})?", flags),
        month_year=re.compile(rf"\b(?P<mon>{full})(?!\w){of}{_YEAR}", flags),
        month_alone=re.compile(
            rf"(?<!\w)(?:{_FOREIGN_MONTH_ALONE[language]})(?:\s+|(?<=-))(?P<mon>{full})"
            r"(?!\w)(?!\s+\d)",
            flags,
        ),
    )


def foreign_day_month_res() -> tuple[re.Pattern[str], ...]:
    """Each other language's "day month [year]" pattern (groups ``d``, ``mon``,
    ``y``): "13 de noviembre de 2024", "1er mars 2024", "13. November 2024".
    Articles are read before their language is known, so the publication date
    (:func:`summarizer.load.find_date`) tries them all; :func:`foreign_month`
    gives the month's number.

    >>> [m.group("d", "mon", "y") for rx in foreign_day_month_res()
    ...  for m in rx.finditer("Veröffentlicht am 13. November 2024")]
    [('13', 'November', '2024')]
    """
    return tuple(res.day_month for lang in FOREIGN_MONTH_NAMES if (res := _foreign_date_res(lang)))


def foreign_month(name: str) -> int | None:
    """The number of a month named in any of the other languages ("noviembre",
    "févr.", "März"), None for another word.

    >>> foreign_month("noviembre"), foreign_month("févr."), foreign_month("November")
    (11, 2, 11)
    """
    key = name.lower().rstrip(".")
    return next((n for lang in FOREIGN_MONTH_NAMES if (n := foreign_months(lang).get(key))), None)


# The times of day a German weekday opens ("Mittwochabend").
DE_WEEKDAY_PARTS = "abend|morgen|nachmittag|vormittag|mittag|nacht|früh"


@lru_cache(maxsize=8)
def _foreign_weekday_re(language: str) -> re.Pattern[str] | None:
    if language not in FOREIGN_WEEKDAYS:
        return None
    groups = "|".join(f"(?P<d{i}>{names})" for i, names in enumerate(FOREIGN_WEEKDAYS[language]))
    if language == "de":
        return re.compile(rf"\b(?:{groups})(?:{DE_WEEKDAY_PARTS})?\b")
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])", re.IGNORECASE)


# Portuguese weekdays without "-feira" ("na quarta", "nesta segunda", "na noite de
# sexta", "até sexta"), in date.weekday() order. "segunda", "terça", "quarta",
# "quinta" and "sexta" are also ordinals ("na quarta vez", "na segunda maior cidade",
# "nesta segunda fase", "na segunda e última"), so a short form is a weekday only
# after one of these words and before what cannot follow an ordinal (_PT_AFTER_WEEKDAY):
# punctuation or the sentence's end ("na quarta (13)", "na quarta, o ministro"), or
# a function word ("na quarta em Bruxelas", "na quarta que ..."), a verb in the past
# ("na quarta anunciou") or a time of day.
PT_SHORT_WEEKDAYS = ("segunda", "terça|terca", "quarta", "quinta", "sexta")
_PT_SHORT_NAMES = (
    "(?:" + "|".join(f"(?P<d{i}>{d})" for i, d in enumerate(PT_SHORT_WEEKDAYS)) + r")(?![\w-])"
)
# fmt: off
_PT_SHORT_WEEKDAY = re.compile(
    r"(?:(?<![\w-])(?i:na|nesta|nessa|desta|dessa|naquela)\s+(?:(?:última|próxima|passada)\s+)?"
    r"|(?<![\w-])(?:manhã|tarde|noite|madrugada)\s+de\s+"
    r"|(?<![\w-])(?i:desde|até)\s+)"
    + _PT_SHORT_NAMES
)
# The next short weekday of a list: "na segunda e terça", "na segunda, terça e quarta".
_PT_NEXT_SHORT_WEEKDAY = re.compile(r"(?:\s*,\s*|\s+(?:e|ou)\s+)" + _PT_SHORT_NAMES)
# A verb of finishing or ranking before "na": "terminou na quinta" is "finished
# fifth", "ficou na segunda" "came second" (not "on Thursday", "on Monday").
_PT_RANKED_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:se\s+)?(?:terminou|terminaram|ficou|ficaram|acabou|acabaram|classificou"
    r"|classificaram|largou|largaram)(?:-se)?)\s+na\s+$"
)
_PT_DAY_IN_BRACKETS = re.compile(r"\s*\(\d{1,2}\)")
_PT_AFTER_WEEKDAY = re.compile(
    r"\s*(?:$|[,.;:!?()\[\]«»“”\"—–]"
    r"|(?:o|os|as|à|às|ao|aos|em|no|nos|nas|num|numa|com|que|para|por|pelo|pela|pelos|pelas"
    r"|após|quando|se|foi|foram|era|eram|houve|há|um|uma|ele|ela|eles|elas|não|também|já|mas"
    r"|passad[oa]|anterior|disse|disseram|fez|fizeram|teve|tiveram|esteve|estiveram|deu|deram"
    r"|veio|vieram|vai|vão|deve|devem|será|serão)(?![\w-])"
    # a verb in the past ("na quarta deixaram", "na segunda anunciou")
    r"|[a-záéíóúâêôãõç]{2,}(?:ou|aram|eram|iram|iu|eu)(?![\w-])"
    r"|a\s+(?!\w+[aeiô]r\b)"  # not "na segunda a chegar" (the second to arrive)
    r"|(?:e|ou)\s+(?!(?:primeir|terceir|sétim|oitav|non|décim|últim|penúltim)[oa]s?\b)"
    r"|d[eo]\s+(?:manhã|tarde|noite|madrugada)\b)",
    re.IGNORECASE,
)
# fmt: on
# An ordinal earlier in the sentence makes a bare "segunda" one too: "Na primeira
# partida venceu; na segunda, empatou." (not "pela primeira vez", "a primeira-dama").
_PT_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?i:na|a|da|numa)\s+primeira(?![\w-])[^.!?\n]*$")


def _pt_short_weekdays(text: str) -> list[Fact]:
    """Portuguese weekdays written without "-feira" (:data:`_PT_SHORT_WEEKDAY`),
    and those of a list after one ("na segunda e terça"); none after a verb of
    finishing or ranking ("terminou na quinta": fifth), nor in a list of
    ordinals ("na segunda e quarta colocações").

    >>> [(f.text, f.value) for f in _pt_short_weekdays("Ele chegou na quarta (13) e saiu "
    ...  "na noite de sexta, na segunda vez que veio; na quarta tentativa falhou.")]
    [('quarta', 'wednesday'), ('sexta', 'friday')]
    >>> [f.value for f in _pt_short_weekdays("Houve greves na segunda e terça; ela terminou "
    ...  "na quinta.")]
    ['monday', 'tuesday']
    """
    out = []
    for m in _PT_SHORT_WEEKDAY.finditer(text):
        a = m.start(f"d{_weekday_index(m)}")
        if _PT_ORDINAL_BEFORE.search(text[max(0, a - 200) : a]):
            continue
        if _PT_RANKED_BEFORE.search(text[max(0, a - 40) : a]) and not _PT_DAY_IN_BRACKETS.match(
            text, m.end()
        ):
            continue  # "terminou na quinta", not "terminou na quinta (13)"
        listed = [m]
        while nxt := _PT_NEXT_SHORT_WEEKDAY.match(text, listed[-1].end()):
            listed.append(nxt)
        if all(_PT_AFTER_WEEKDAY.match(text, x.end()) for x in listed):
            for x in listed:
                i = _weekday_index(x)
                out.append(Fact("weekday", x.group(f"d{i}"), *x.span(f"d{i}"), WEEKDAYS[i]))
    return out


def _weekday_index(m: re.Match[str]) -> int:
    """Which weekday (0 for Monday) a match of groups ``d0`` ... ``d6`` names."""
    return next(int(k[1:]) for k, v in m.groupdict().items() if v)


def _foreign_weekdays(text: str, language: str) -> list[Fact]:
    """Weekday facts in ``language``; values are English names ("wednesday")."""
    rx = _foreign_weekday_re(language)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        i = _weekday_index(m)
        word = m.group(f"d{i}")
        if language != "de" and not word.islower():
            # "Domingo", "Santo Domingo": a name, unless it opens a sentence
            # and no capitalised word follows.
            if not (
                _is_sentence_start(text, m.start()) or re.search(r"[¡¿«]\s*$", text[: m.start()])
            ):
                continue
            if not word[1:].islower() or re.match(r"\s+[A-ZÀ-ÖØ-Þ]", text[m.end() :]):
                continue  # "Domingo Bravo": a name
        out.append(Fact("weekday", m.group(), m.start(), m.end(), WEEKDAYS[i]))
    if language == "pt":
        out = sorted(out + _pt_short_weekdays(text), key=lambda f: f.start)
    return out


def dates(text: str) -> list[Fact]:
    """Dates and weekdays. Values are ISO-like, ``XXXX`` where the year is not given.

    >>> [(f.kind, f.value) for f in dates("On Wednesday, Nov. 13, 2024, after Aug. 6 and 2022")]
    [('weekday', 'wednesday'), ('date', '2024-11-13'), ('date', 'XXXX-08-06'), ('date', '2022')]

    In a brief in Spanish, French, German, Italian or Portuguese, also that
    language's dates and weekdays (values as in English):

    >>> from summarizer.language import use_language
    >>> with use_language("es"):
    ...     [(f.kind, f.value) for f in dates("el miércoles 13 de noviembre o el 20 de enero")]
    [('weekday', 'wednesday'), ('date', 'XXXX-11-13'), ('date', 'XXXX-01-20')]
    >>> with use_language("de"):
    ...     [(f.kind, f.value) for f in dates("am Mittwoch, 13. November 2024")]
    [('weekday', 'wednesday'), ('date', '2024-11-13')]
    """
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    language = lexical_language()
    months = foreign_months(language)
    foreign = _foreign_date_res(language)
    for form, rx in (*(foreign.forms() if foreign else ()), *_DATE_RES):
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if form == "m" and "mon" in m.groupdict():
                a = m.start("mon")
            if any(s < b and a < e for s, e in taken):
                continue
            gd = m.groupdict()
            y = gd.get("y")
            mon = gd.get("mon")
            key = mon.lower().rstrip(".") if mon else ""
            mnum = (months.get(key) or _MONTHS[key]) if mon else None
            d = int(gd["d"]) if gd.get("d") else None
            if gd.get("m"):  # "2024-11-13", "13/11/2024"
                mnum = int(gd["m"])
            if d is not None and not 1 <= d <= 31:
                continue
            if form == "y":
                value = y
            elif d is None:
                value = f"{y or 'XXXX'}-{mnum:02d}"
            else:
                value = f"{y or 'XXXX'}-{mnum:02d}-{d:02d}"
            if form == "y" and _word_before(text, a) not in _YEAR_CONTEXT:
                # A bare year needs a year-like context or nothing counted after it.
                nxt = re.match(r"\s+([a-z]+)", text[b : b + 20])
                if nxt and nxt.group(1) not in _UNIT_STOP:
                    continue
            out.append(Fact("date", text[a:b], a, b, value))
            taken.append((a, b))
    for m in _WEEKDAY_RE.finditer(text):
        out.append(Fact("weekday", m.group(), m.start(), m.end(), m.group().lower()))
    out += _foreign_weekdays(text, language)
    out.sort(key=lambda f: f.start)
    return out


def dates_compatible(a: str, b: str) -> bool:
    """Two normalised date values agree wherever both say something.

    >>> dates_compatible("XXXX-11-13", "2024-11-13"), dates_compatible("2024-11", "2024-10-02")
    (True, False)
    """
    pa, pb = a.split("-"), b.split("-")
    for x, y in zip(pa, pb, strict=False):
        if "X" in x or "X" in y:
            continue
        if x != y:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Named entities
# ---------------------------------------------------------------------------------------------

# English titles shortened with a full stop before a name ("Sgt. John Smith",
# "Insp. Jane Roe"): the one list that the sentence splitter
# (summarizer.text.TITLE_ABBREVIATIONS), fusion's sentence-end test and TITLES read.
EN_TITLE_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Brig|Sgt|Cpl|Pte|Pvt"
    "|Spc|Det|Insp|Supt|Const|Ofc|Cllr|Atty"
)
# Words (lower case) that title a person before a name: the abbreviations and words in full.
TITLES = _wordset(EN_TITLE_ABBREVIATIONS.lower().replace("|", " ")) | _wordset(
    """
    miss president vice prime minister secretary senator representative governor general
    colonel major captain admiral sergeant chancellor king queen prince princess pope judge
    justice chief officer ambassador mayor sheriff detective inspector coach sir dame lord lady
    reverend sheikh ayatollah commissioner president-elect spokesman spokeswoman spokesperson
    minister deputy director chairman chairwoman ceo founder
    """
)
_ORG_WORDS = _wordset(
    """
    council party ministry department agency bank university college institute association
    union organization organisation company corp corporation inc ltd llc plc group committee
    commission court congress parliament senate house post times news police army navy forces
    force office foundation fund club fc united church school hospital airlines airways
    administration board bureau service services guard command authority network channel
    federation league assembly cabinet government journal tribune herald press agency nato un
    eu kremlin pentagon fbi cia who imf
    """
)
_PLACE_WORDS = _wordset(
    """
    city county oblast province region state states street river island islands mountains
    valley sea ocean bay gulf strait peninsula district territory airport square park avenue
    road bridge coast lake desert strip cape heights basin plateau highlands
    """
)
_COUNTRIES = _wordset(
    """
    afghanistan albania algeria america argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia canada chile
    china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england estonia
    ethiopia europe africa asia finland france georgia germany ghana greece guatemala haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
    jordan kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania luxembourg
    malaysia mali mexico moldova mongolia morocco myanmar nepal netherlands nicaragua niger
    nigeria norway pakistan palestine panama peru philippines poland portugal qatar romania
    russia rwanda scotland serbia singapore slovakia slovenia somalia spain sudan sweden
    switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay
    uzbekistan venezuela vietnam wales yemen zambia zimbabwe us usa uk zealand arabia saudi
    emirates
    """
)
# Places inside a country (cities, states, regions): :func:`is_country` tells them apart.
_PLACES_WITHIN = _wordset(
    """
    gaza crimea kursk donbas donetsk luhansk kyiv kiev moscow washington london paris berlin
    brussels beijing tokyo seoul
    pyongyang taipei tehran jerusalem cairo rome madrid delhi mumbai sydney toronto chicago
    boston houston dallas miami atlanta seattle denver detroit california texas florida york
    ohio michigan virginia carolina arizona oregon nevada utah iowa kansas kentucky tennessee
    alabama louisiana missouri indiana illinois wisconsin minnesota massachusetts pennsylvania
    jersey maryland colorado hawaii alaska montana idaho wyoming dakota nebraska oklahoma
    arkansas mississippi maine vermont connecticut delaware manchester liverpool glasgow
    edinburgh birmingham leeds dublin belfast cardiff bristol munich cologne milan barcelona
    amsterdam vienna warsaw prague budapest athens istanbul ankara dubai riyadh baghdad
    damascus kabul islamabad karachi lagos nairobi johannesburg hollywood manhattan brooklyn
    """
)
_DEMONYMS = {
    "american": "america", "british": "britain", "russian": "russia", "ukrainian": "ukraine",
    "chinese": "china", "french": "france", "german": "germany", "korean": "korea",
    "north korean": "north korea", "south korean": "south korea", "iranian": "iran",
    "iraqi": "iraq", "israeli": "israel", "palestinian": "palestine", "syrian": "syria",
    "japanese": "japan", "indian": "india", "pakistani": "pakistan", "afghan": "afghanistan",
    "turkish": "turkey", "italian": "italy", "spanish": "spain", "polish": "poland",
    "european": "europe", "african": "africa", "asian": "asia", "canadian": "canada",
    "mexican": "mexico", "brazilian": "brazil", "australian": "australia", "irish": "ireland",
    "scottish": "scotland", "welsh": "wales", "english": "england", "dutch": "netherlands",
    "belgian": "belgium", "swedish": "sweden", "norwegian": "norway", "greek": "greece",
    "egyptian": "egypt", "saudi": "saudi arabia", "taiwanese": "taiwan", "bosnian": "bosnia",
    "nigerian": "nigeria", "kenyan": "kenya", "venezuelan": "venezuela", "cuban": "cuba",
    "lebanese": "lebanon", "yemeni": "yemen", "libyan": "libya", "austrian": "austria",
    "swiss": "switzerland", "danish": "denmark", "finnish": "finland", "hungarian": "hungary",
    "czech": "czechia", "romanian": "romania", "serbian": "serbia", "croatian": "croatia",
    "portuguese": "portugal", "argentine": "argentina", "colombian": "colombia",
    "chilean": "chile", "peruvian": "peru", "thai": "thailand", "vietnamese": "vietnam",
    "filipino": "philippines", "indonesian": "indonesia", "malaysian": "malaysia",
}  # fmt: skip
_ALIASES = {
    "u.s.": "us", "u.s": "us", "united states": "us", "usa": "us", "america": "us",
    "u.k.": "uk", "united kingdom": "uk", "britain": "uk", "great britain": "uk",
    "kiev": "kyiv", "north atlantic treaty organization": "nato", "european union": "eu",
    "united nations": "un", "american": "us", "british": "uk", "west bank": "west bank",
}  # fmt: skip
_PLACES = _COUNTRIES | _PLACES_WITHIN
# Entity values of countries: the names and the demonyms' ("north korea", "saudi arabia").
_COUNTRY_VALUES = _COUNTRIES | set(_DEMONYMS.values())
# Capitalised words that begin sentences or headlines without naming anything.
COMMON_WORDS = _wordset(
    """
    a an the this that these those there their they then than he she it its his her him we our
    you your i my me in on at by for from with without into onto over under after before
    during since until as if when where while why how what which who whom whose but and or nor
    so yet also still just only even both either neither each every all any some many much
    more most other another such no not yes one two three four five six seven eight nine ten
    first second third last next new old former latest meanwhile however although though
    because despite according earlier later today yesterday tomorrow now here once twice among
    between about above below around against along across behind beyond near amid some several
    few less least own same is are was were be been being has have had do does did will would
    can could shall should may might must let lets mr mrs ms dr read watch click photo video
    image related more share follow sign subscribe advertisement whatever whoever whenever
    wherever perhaps please thanks
    """
)
# Capitalised words before a number that name no one whose age it is (:func:`_is_age`).
_NOT_NAMES = COMMON_WORDS | _PLACES | frozenset(_MONTHS) | frozenset(WEEKDAYS)
# A capitalised token: a word, an initialism ("U.S."), an initial ("J.") or "Mr."-style title.
_CAP_TOKEN = (
    r"(?:[A-Z]\.(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof)\."
    r"|[A-Z]\.(?=[ \t]+[A-Z])|[A-Z][\w’'&-]*)"
)
# Tokens are joined by spaces only: a line break or full stop always ends a name.
_ENTITY_RE = re.compile(
    rf"{_CAP_TOKEN}(?:(?:[ \t]+(?:of|the|de|del|da|di|du|van|von|al|bin|la|le|for)(?=[ \t]+[A-Z]))*"
    rf"[ \t]+{_CAP_TOKEN})*"
)
# What comes before a sentence's first word (or a quotation's, in any language's marks).
_SENT_START_RE = re.compile(r"(?:^|[.!?…:;]['\"”’»)]*\s+|\n\s*|[\"“‘„«(]\s*|[–—•]\s*)$")
# Words that extend a title ("Secretary of State", "Foreign Minister", "Secretary General").
_TITLE_MODS = _wordset(
    """
    foreign state general defense defence interior finance national security advisor adviser
    attorney health affairs home justice economy trade energy of the deputy acting president-
    elect elect executive house speaker majority minority leader
    """
)
# Words (lower case) a person's title before the name is made of ("NATO Secretary General").
TITLE_RUN_WORDS = TITLES | _TITLE_MODS
# Capitalised words that make a two-word run something other than a person's name.
_NOT_NAME = _wordset(
    """
    war studies affairs act day cup league award prize games olympics street center centre
    studies project program programme plan bill law summit treaty island news times
    """
)
_OOV_MARKERS = frozenset({"UNK", "<unk>", "[UNK]", "<UNK>"})
# A currency's or a clock's abbreviation is no name, though capitalised: "a Rs 1,200 crore
# package", "USD 5 million", "at 2 pm IST", "14:32 GMT" name no one; as names, the same
# rupees or time zone would tie a state's other news to its flood.
_NOT_NAME_CODES = frozenset(
    {"Rs", "Rs.", "INR", "USD", "EUR", "GBP", "JPY", "CNY", "AUD", "CAD"}
    | {"GMT", "UTC", "IST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "CET", "CEST"}
)
_COMPASS = _wordset(
    """
    north south east west northern southern eastern western central
    """
)
_POSSESSIVE = re.compile(r"[’']s$")


def _is_sentence_start(text: str, pos: int) -> bool:
    return bool(_SENT_START_RE.search(text[max(0, pos - 6) : pos]))


def _entity_value(name: str) -> str:
    v = _POSSESSIVE.sub("", name.strip()).lower()
    v = re.sub(r"^the\s+", "", v)
    if v.endswith("s") and v[:-1] in _DEMONYMS:  # "North Koreans" -> north korea
        v = v[:-1]
    return _ALIASES.get(v, _DEMONYMS.get(v, v))


def is_country(value: str) -> bool:
    """Is an entity's ``value`` (:func:`entities`) a country or continent the gazetteer knows
    ("norway", "us", "europe"), not a city or region that may lie inside one ("istanbul",
    "texas")?

    >>> is_country("norway"), is_country("us"), is_country("texas"), is_country("nato")
    (True, True, False, False)
    """
    return value in _COUNTRY_VALUES


# A country's people named by a noun that is not its adjective plus "s" ("38 Poles").
_DEMONYM_NOUNS = {
    "pole": "poland", "briton": "britain", "brit": "britain", "swede": "sweden",
    "dane": "denmark", "finn": "finland", "turk": "turkey", "spaniard": "spain",
    "scot": "scotland",
}  # fmt: skip
# What else a count of one country's people calls them: "62 German citizens" are 62 Germans.
_PEOPLE_OF_A_COUNTRY = frozenset(
    {"citizen", "national", "passenger", "people", "person", "tourist", "resident", "visitor"}
)


def nationality(f: Fact) -> str | None:
    """The country whose people an English count counts, however it names them, so that
    two sources' counts compare: "61 Germans", "61 German passengers" and "62 German
    citizens" all count Germany's; "38 Poles" Poland's. None for any other count ("300
    German soldiers" are soldiers).

    >>> [nationality(f) for f in numbers("61 Germans, 62 German citizens and 38 Poles")]
    ['germany', 'germany', 'poland']
    >>> [nationality(f) for f in numbers("300 German soldiers and 12 people")]
    [None, None]
    >>> [nationality(f) for f in numbers("40 North Koreans, 41 South Koreans, 10 Israelis")]
    ['north korea', 'south korea', 'israel']
    """
    if f.kind != "quantity" or not f.unit or lexical_language() != "en":
        return None
    unit = normalise_unit(f.unit)
    if unit in _DEMONYM_NOUNS:
        return _DEMONYM_NOUNS[unit]
    words = re.findall(r"[a-z]+", f.text.lower())
    if unit in _PEOPLE_OF_A_COUNTRY:
        words = words[:-1]  # the words before the noun: "62 (North) Korean citizens"
    elif words and _demonym_country(words[-1]):
        words = words[-2:]  # the demonym itself: "40 (North) Koreans", "10 Israelis"
    else:
        return None
    pairs = [" ".join(words[k : k + 2]) for k in range(len(words) - 1)]
    return next((c for w in (*pairs, *words) if (c := _demonym_country(w))), None)


def _demonym_country(words: str) -> str | None:
    """The country a demonym names, singular or plural ("north koreans", "israeli"), as
    :func:`_entity_value` reads it; None for other words."""
    if words.endswith("s") and words[:-1] in _DEMONYMS:
        words = words[:-1]
    return _DEMONYMS.get(words)


def _is_place(lows: list[str]) -> bool:
    joined = " ".join(lows)
    if joined in _PLACES or joined in _DEMONYMS or joined.rstrip("s") in _DEMONYMS:
        return True
    if len(lows) > 1 and lows[-1] in ("east", "west"):  # "Middle East", "Far East"
        return True
    rest = [t for t in lows if t not in _COMPASS]
    if len(rest) < len(lows) and (not rest or " ".join(rest) in _PLACES or rest[-1] in _PLACES):
        return True
    return lows[-1] in _PLACE_WORDS


def _classify(tokens: list[str], titled: bool) -> str:
    lows = [t.lower().rstrip(".") for t in tokens]
    joined = " ".join(lows)
    if joined in _ALIASES:
        return "org" if _ALIASES[joined] in ("nato", "eu", "un") else "place"
    if lows[-1] in _ORG_WORDS or lows[0] in _ORG_WORDS:
        return "org"
    if _is_place(lows):
        return "place"
    if titled:
        return "person"
    if len(tokens) == 1 and re.fullmatch(r"[A-Z]{2,6}", tokens[0]):
        return "org"
    if (
        2 <= len(tokens) <= 4
        and all(re.fullmatch(r"[A-Z][a-z’'-]+\.?|[A-Z]\.", t) for t in tokens)
        and not any(
            t in COMMON_WORDS or t in _PLACES or t in _DEMONYMS or t in _NOT_NAME for t in lows
        )
    ):
        return "person"
    return "entity"


def _split_name_run(
    toks: list[tuple[str, int]], in_date: Callable[[int], bool] = lambda _: False
) -> list[tuple[list[tuple[str, int]], bool]]:
    """Split a capitalised run at titles, possessives and date words (``in_date``:
    is the word at this offset part of a date, e.g. German "Mittwochabend").

    "Russian President Vladimir Putin" -> ("Russian", untitled), ("Vladimir Putin", titled);
    "Ukraine’s Foreign Minister Andriy Sybiga" -> ("Ukraine’s", ...), ("Andriy Sybiga", titled).
    """
    parts: list[tuple[list[tuple[str, int]], bool]] = []
    cur: list[tuple[str, int]] = []
    titled = False
    i = 0
    while i < len(toks):
        w, p = toks[i]
        lw = w.lower().rstrip(".")
        if lw in _MONTHS or lw in WEEKDAYS or in_date(p):
            # "Wednesday Antony Blinken": a date word separates names.
            if cur:
                parts.append((cur, titled))
            cur, titled = [], False
            i += 1
            continue
        if lw in TITLES and not (cur and cur[-1][0].lower() in TITLES):
            # A title: what came before is its own name; the title words are dropped
            # ("Ukraine’s Foreign Minister" keeps "Ukraine").
            while cur and cur[-1][0].lower() in _TITLE_MODS:
                cur = cur[:-1]
            if cur:
                parts.append((cur, titled))
            cur, titled = [], True
            i += 1
            while i < len(toks) and toks[i][0].lower().rstrip(".") in TITLE_RUN_WORDS:
                i += 1
            continue
        cur.append(toks[i])
        if re.search(r"[’'](?:s)?$", w) and i < len(toks) - 1:
            parts.append((cur, titled))
            cur, titled = [], False
        i += 1
    if cur:
        parts.append((cur, titled))
    # Organisation names that contain a title word ("Justice Department") stay whole.
    if (
        len(parts) == 1
        and parts[0][1]
        and parts[0][0]
        and (parts[0][0][-1][0].lower() in _ORG_WORDS)
    ):
        return [(toks, False)]
    return parts


_JOINERS = ("of", "the", "for", "de")
_LEADING = COMMON_WORDS | set(_JOINERS)


def entities(text: str) -> list[Fact]:
    """Named entities: capitalised spans classified as person / place / org / entity.

    Titles split a run and are dropped ("NATO Secretary General Mark Rutte" gives the org NATO
    and the person Mark Rutte); demonyms map to their country, so "Ukrainian" and "Ukraine"
    share the value ``ukraine``.

    >>> text = "NATO Secretary General Mark Rutte met Ukrainian officials."
    >>> [(f.kind, f.value) for f in entities(text)]
    [('org', 'nato'), ('person', 'mark rutte'), ('place', 'ukraine')]
    """
    out: list[Fact] = []
    date_spans = [(f.start, f.end) for f in dates(text)] if lexical_language() != "en" else []

    def in_date(pos: int) -> bool:  # another language's date word ("Mittwoch", "März")
        return any(s <= pos < e for s, e in date_spans)

    for m in _ENTITY_RE.finditer(text):
        a = m.start()
        toks = [(t.group(), a + t.start()) for t in re.finditer(r"\S+", m.group())]
        titled_before = _word_before(text, a) in TITLES
        # Leading sentence-initial common words ("The", "In") are not part of a name.
        # (An index, not repeated slicing: a run of thousands of such words is linear.)
        lead = 0
        while lead < len(toks) and toks[lead][0].lower().rstrip(".’'") in _LEADING:
            if toks[lead][0] == "New" and lead < len(toks) - 1:  # "New York", "New Zealand"
                break
            lead += 1
        toks = toks[lead:]
        # "UNK" is a summariser's out-of-vocabulary marker, not a name; nor is "Rs" or "GMT",
        # but before a capitalised word it is part of a name ("IST Austria", "CAD Systems")
        toks = [
            t
            for k, t in enumerate(toks)
            if t[0] not in _OOV_MARKERS
            and (
                t[0] not in _NOT_NAME_CODES
                or (
                    k + 1 < len(toks)
                    and toks[k + 1][0][:1].isupper()
                    and toks[k + 1][0] not in _NOT_NAME_CODES
                )
            )
        ]
        if not toks:
            continue
        for run, titled in _split_name_run(toks, in_date):
            lo, hi = 0, len(run)
            while hi > lo and run[hi - 1][0].lower() in _JOINERS:
                hi -= 1
            while lo < hi and run[lo][0].lower() in _JOINERS:
                lo += 1
            part = run[lo:hi]
            if not part:
                continue
            start = part[0][1]
            end = part[-1][1] + len(part[-1][0])
            surface = _POSSESSIVE.sub("", text[start:end]).rstrip("’'-")
            end = start + len(surface)
            words_ = surface.split()
            if not words_ or not surface[0].isupper():
                continue
            lw0 = words_[0].lower().rstrip(".")
            if all(w.lower().rstrip(".") in _MONTHS or w.lower() in WEEKDAYS for w in words_):
                continue
            if (
                len(words_) == 1
                and _is_sentence_start(text, start)
                and not titled
                and lw0 not in _PLACES
                and lw0 not in _DEMONYMS
                and not re.fullmatch(r"[A-Z][A-Z.]+", words_[0])
            ):
                # A lone capitalised word opening a sentence is usually an ordinary word; names
                # that open sentences are caught where they recur mid-sentence.
                continue
            kind = _classify(words_, titled or (titled_before and start == toks[0][1]))
            out.append(Fact(kind, surface, start, end, _entity_value(surface)))
    return out


# ---------------------------------------------------------------------------------------------
# Quotations and claims
# ---------------------------------------------------------------------------------------------

_QUOTE_RE = re.compile(
    r"“([^”“\n]{3,1200})[”“]|\"([^\"\n]{3,1200})\"|(?<![\w])‘([^’\n]{12,600})’(?![\w])"
)
# What quotes(all_marks=True) reads too: the quotation marks of French, Spanish,
# Italian ("« … »", "‹ … ›") and German ("„ … “").
_ANY_QUOTE_RE = re.compile(
    _QUOTE_RE.pattern + r"|«[ \t\u00a0\u202f]?([^»«\n]{3,1200}?)[ \t\u00a0\u202f]?»"
    r"|„([^“”„\n]{3,1200})[“”]"
    r"|‹[ \t\u00a0\u202f]?([^›‹\n]{3,1200}?)[ \t\u00a0\u202f]?›"
)
# fmt: off
_SPEECH = (
    r"(?:said|says|told|added|stated|warned|insisted|stressed|wrote|explained|argued|declared"
    r"|noted|tweeted|announced|asked|replied|continued|promised"
    rf"|{speech_forms()})"  # es, fr, de, it, pt
)
# A title in lower case between a verb of saying and the name, in es, fr, it,
# pt: "dijo la ministra de Defensa, Jane Roe", "a déclaré le Premier ministre John Doe".
_FOREIGN_TITLE = (
    r"(?:(?:el|la|le|l[’']|il|lo|o|a)[ \t]*)?"
    r"(?:(?:primer|primera|primo|prima|primeiro|primeira|premier|Premier)[ \t-]+)?"
    r"(?:ministr[oae]|presidente|presidenta|président|présidente|portavoz|porte-parole"
    r"|portavoce|porta-voz|secretari[oa]|secrétaire|segretari[oa]|secretári[oa]|canciller"
    r"|chancelier|cancelliere|alcalde|alcaldesa|maire|sindac[oa]|prefeit[oa]|general"
    r"|comandante|commandant|senador[a]?|sénat(?:eur|rice)|senatore|diputad[oa]|député[e]?"
    r"|deputat[oa]|gobernador[a]?|gouverneur|governatore|governador[a]?|embajador[a]?"
    r"|ambassadeur|ambasciatore|embaixador[a]?|fiscal|procureur|juez|juge|giudice|juiz)"
    rf"(?:[ \t]+(?:de|del|de[ \t]+la|de[ \t]+l[’']|di|della|dello|du|des|da|do|dos|das)[ \t]*"
    rf"{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})*)?[ \t]*,?[ \t]+"
)
# fmt: on
_NAME = rf"(?:{_CAP_TOKEN}(?:[ \t]+(?:of[ \t]+)?{_CAP_TOKEN}){{0,6}}|he|she|they|it|we|I)"
_SPEAKER_AFTER = re.compile(
    rf"^[ \t,.;:—–-]*(?:{_SPEECH}[ \t]+(?:{_FOREIGN_TITLE})?(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})[ \t]+{_SPEECH})"
)
_SPEAKER_BEFORE = re.compile(
    rf"(?:(?P<a>{_NAME})[ \t]+{_SPEECH}|(?:according[ \t]+to|según|selon|laut|secondo|segundo)"
    rf"[ \t]+(?P<b>{_NAME}))[^.“«„\"\n]{{0,40}}[:,]?\s*$"
)


def speaker_name(raw: str | None) -> str | None:
    """The name in a speaker phrase, titles dropped ("US Secretary of State Antony Blinken")."""
    if not raw:
        return None
    toks = [(t.group(), t.start()) for t in re.finditer(r"\S+", raw)]
    parts = _split_name_run(toks)
    if not parts or not parts[-1][0]:
        return raw
    part = parts[-1][0]
    return _POSSESSIVE.sub("", raw[part[0][1] : part[-1][1] + len(part[-1][0])])


def _norm_words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def quotes(text: str, all_marks: bool = False) -> list[Fact]:
    """Quotations of at least three words, with the speaker in ``extra["speaker"]`` when found
    (verbs of saying of en, es, fr, de, it, pt). ``all_marks``: in « », ‹ › and „ “ too.

    >>> f = quotes('“We will respond firmly,” Blinken said.')[0]
    >>> f.value, f.extra["speaker"]
    ('we will respond firmly', 'Blinken')
    >>> [f.extra["speaker"] for f in quotes("« Nous ne reculerons pas », a déclaré la "
    ...  "ministre de la Défense, Jane Roe.", all_marks=True)]
    ['Jane Roe']
    """
    out: list[Fact] = []
    for m in (_ANY_QUOTE_RE if all_marks else _QUOTE_RE).finditer(text):
        gi = next(i for i in range(1, m.re.groups + 1) if m.group(i) is not None)
        inner = m.group(gi)
        if len(inner.split()) < 3:
            continue
        a, b = m.start(gi), m.end(gi)
        speaker = None
        after = _SPEAKER_AFTER.match(text[m.end() : m.end() + 80])
        if after:
            speaker = speaker_name(after.group("a") or after.group("b"))
        else:
            before = _SPEAKER_BEFORE.search(text[max(0, m.start() - 120) : m.start()])
            if before:
                speaker = speaker_name(before.group("a") or before.group("b"))
        out.append(Fact("quote", inner, a, b, _norm_words(inner), None, {"speaker": speaker}))
    return out


def claims(text: str) -> list[Fact]:
    """Sentence-level claims (one per sentence), value = normalised words.

    >>> [f.text for f in claims("Blinken spoke. Rutte listened.")]
    ['Blinken spoke.', 'Rutte listened.']
    """
    from summarizer.text import split_spans

    return [
        Fact("claim", text[a:b], a, b, _norm_words(text[a:b]))
        for a, b in split_spans(text)
        if re.search(r"\w", text[a:b])
    ]


def extract_facts(text: str, with_claims: bool = True) -> list[Fact]:
    """Every kind of fact in ``text``, sorted by start offset.

    Numbers inside dates are not reported twice ("November 5, 2024" is one date).

    >>> t = "On Wednesday Antony Blinken said 11,000 troops were deployed."
    >>> [(f.kind, f.value) for f in extract_facts(t, with_claims=False)]
    [('weekday', 'wednesday'), ('person', 'antony blinken'), ('quantity', '11000')]
    """
    if not text:
        return []
    if len(text) <= MEMO_CHARS:
        return list(_memo_facts(text, with_claims, current_language()))
    return _extract(text, with_claims)


# Texts up to this long have their facts memoised (:func:`extract_facts`): sentences
# and claims, extracted again each time one is checked against another source.
# Whole articles are not kept, to bound the memory.
MEMO_CHARS = 5000


@lru_cache(maxsize=8192)
def _memo_facts(text: str, with_claims: bool, _language: str) -> tuple[Fact, ...]:
    """:func:`extract_facts` memoised per text and language (the current one, as the
    lexical tools it uses read it)."""
    return tuple(_extract(text, with_claims))


def _extract(text: str, with_claims: bool) -> list[Fact]:
    """:func:`extract_facts`, not memoised."""
    ds = dates(text)
    spans = [(f.start, f.end) for f in ds]
    # Every language's quotation marks: a summary's misquote in « » or „ “ is checked too.
    facts = ds + numbers(text, spans) + entities(text) + quotes(text, all_marks=True)
    if with_claims:
        facts += claims(text)
    # Entities that are really dates or inside numbers ("$" names) are dropped.
    facts.sort(key=lambda f: (f.start, -f.end, f.kind))
    return facts


class RegexFactExtractor:
    """The default :class:`FactExtractor`: :func:`extract_facts` as an object to pass around."""

    name = "regex-v1"

    def __init__(self, with_claims: bool = True) -> None:
        self.with_claims = with_claims

    def __call__(self, text: str) -> list[Fact]:
        return extract_facts(text, with_claims=self.with_claims)


# ---------------------------------------------------------------------------------------------
# Agreement
# ---------------------------------------------------------------------------------------------


def _numbers_agree(claim: Fact, source: Fact) -> bool:
    """Same number allowing for the claim's hedge or rounding ("more than $9 billion").

    >>> def q(v, **extra): return Fact("quantity", v, 0, len(v), v, None, extra)
    >>> _numbers_agree(q("20"), q("19")), _numbers_agree(q("20"), q("19.6"))
    (False, True)
    >>> _numbers_agree(q("1600"), q("1597")), _numbers_agree(q("20", qualifier="approx"), q("19"))
    (True, True)
    """
    try:
        c, s = Decimal(claim.value), Decimal(source.value)
    except InvalidOperation:
        return claim.value == source.value
    if c == s:
        return True
    qual = claim.extra.get("qualifier")
    squal = source.extra.get("qualifier")
    if qual == "gt":
        if claim.extra.get("vague") and s >= c * VAGUE_SPAN:
            return False  # "hundreds of people" is not the source's 5,000
        return s >= c and (squal in (None, "gt", "approx") or s > c)
    if qual == "lt":
        return s <= c and s >= c * Decimal("0.5")
    if qual == "approx" or squal == "approx":
        return abs(c - s) <= Decimal("0.15") * max(abs(s), abs(c))
    if squal == "gt" and c > s:
        return False  # the source only gives a floor; the exact figure is not supported
    # Rounding: the claim equals the source rounded to the claim's own precision.
    if s == 0:
        return False
    if c < 100 and c == c.to_integral_value() and s == s.to_integral_value():
        # Not between two whole numbers under 100: "20 people died" is not
        # "19 people died" rounded (nor is "budget number 20" number 19), while
        # "20%" may round "19.6%" and "1,600 points" "1,597 points".
        return False
    digits = c.normalize().as_tuple()
    exp = digits.exponent if isinstance(digits.exponent, int) else 0
    rounded = s.quantize(Decimal(1).scaleb(exp)) if exp < 0 else round(s, -exp)
    return Decimal(rounded) == c and abs(c - s) <= Decimal("0.1") * abs(s)


def _units_match(a: Fact, b: Fact) -> bool:
    ua, ub = normalise_unit(a.unit), normalise_unit(b.unit)
    # "the 3rd quarter" and "5 quarters" count different things.
    same_sort = bool(a.extra.get("ordinal")) == bool(b.extra.get("ordinal"))
    return ua is not None and ua == ub and same_sort


def _tokens(text: str) -> set[str]:
    if lexical_language() != "en":  # "Behörden" is one word, not "beh" and "rden"
        return set(re.findall(r"[^\W_]+", text.lower()))
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def _name_tokens(value: str) -> set[str]:
    """The words of a name that a source must contain for it to be supported: its
    content words. In English "the", "of" and "and" are dropped; in another language
    its function words (:func:`summarizer.text.function_words`), since a German noun
    is capitalised and read as a name with its article ("Die Behörden" is supported by
    "den Behörden"). A name of function words alone keeps them.

    >>> from summarizer.language import use_language
    >>> sorted(_name_tokens("the bank of england"))
    ['bank', 'england']
    >>> with use_language("de"):
    ...     sorted(_name_tokens("die behörden")), sorted(_name_tokens("sie"))
    (['behörden'], ['sie'])
    """
    toks = _tokens(value)
    language = lexical_language()
    if language == "en":
        return toks - {"the", "of", "and"}
    from summarizer.text import function_words

    return (toks - function_words(language)) or toks


_STOP = _UNIT_STOP | COMMON_WORDS


def _upper_bound(f: Fact) -> Fact:
    """A range's upper bound as a figure of its own ("5,000-9,000 people" -> 9,000 people),
    its hedge kept."""
    extra = {k: v for k, v in f.extra.items() if k != "upto"}
    return Fact(f.kind, f.text, f.start, f.end, f.extra["upto"], f.unit, extra)


def _figure_supported(fact: Fact, source_facts: Sequence[Fact]) -> bool:
    """Whether a number or sum the source facts give, the same or rounded or hedged alike,
    supports ``fact`` (its lower bound alone, for a range)."""
    if any(s.kind in NUMERIC_KINDS and s.value == fact.value for s in source_facts):
        return True
    return any(
        s.kind == fact.kind
        and (_units_match(fact, s) or not fact.unit or not s.unit)
        and _numbers_agree(fact, s)
        for s in source_facts
    )


def fact_supported(fact: Fact, source_facts: Sequence[Fact], source_tokens: set[str]) -> bool:
    """Whether one fact is supported by the source facts (see :func:`compare_facts`)."""
    k = fact.kind
    if k in NUMERIC_KINDS:
        if "upto" in fact.extra:  # "5,000-9,000 people" needs its 9,000 too, not 5,000 alone
            bounds = [*source_facts, *(_upper_bound(s) for s in source_facts if "upto" in s.extra)]
            if not _figure_supported(_upper_bound(fact), bounds):
                return False
        return _figure_supported(fact, source_facts)
    if k == "date":
        return any(s.kind == "date" and dates_compatible(fact.value, s.value) for s in source_facts)
    if k == "weekday":
        return any(s.kind == "weekday" and s.value == fact.value for s in source_facts)
    if k in ENTITY_KINDS:
        if any(s.kind in ENTITY_KINDS and s.value == fact.value for s in source_facts):
            return True
        toks = _name_tokens(fact.value)
        return bool(toks) and toks <= source_tokens
    if k == "quote":
        return (
            any(
                s.kind in ("quote", "claim") and fact.value and fact.value in s.value
                for s in source_facts
            )
            or _recall(fact.value, source_facts) >= 0.85
        )
    if k == "claim":
        return _recall(fact.value, source_facts) >= 0.75
    return any(s.kind == k and s.value == fact.value for s in source_facts)


def _recall(value: str, source_facts: Sequence[Fact]) -> float:
    """Best share of the content words of ``value`` found in one source quote or claim."""
    want = {w for w in value.split() if w not in _STOP}
    if not want:
        return 1.0
    best = 0.0
    for s in source_facts:
        if s.kind in ("quote", "claim"):
            best = max(best, len(want & set(s.value.split())) / len(want))
    return best


def compare_facts(
    claim_facts: Iterable[Fact], source_facts: Sequence[Fact]
) -> tuple[list[Fact], list[tuple[Fact, Fact]], list[Fact]]:
    """Check each claim fact against the source facts.

    Returns ``(supported, contradicted, unsupported)``; ``contradicted`` pairs the claim fact with
    the source fact it disagrees with. A number contradicts the source when the source counts the
    same thing (same normalised unit, or the same currency) with a value that neither equals it
    nor rounds to it, and the claim's value appears nowhere in the source. Dates, entities,
    quotes and claims are supported or unsupported, never contradicted: absence is not
    disagreement.

    >>> src = numbers("more than $9.2 billion in aid and 11,000 troops")
    >>> sup, con, uns = compare_facts(numbers("more than $9 billion and 8,000 soldiers"), src)
    >>> [f.text for f in sup], [(a.text, b.text) for a, b in con], uns
    (['more than $9 billion'], [('8,000 soldiers', '11,000 troops')], [])
    """
    source_facts = list(source_facts)
    source_tokens: set[str] = set()
    for s in source_facts:
        source_tokens |= _tokens(s.text)
    supported: list[Fact] = []
    contradicted: list[tuple[Fact, Fact]] = []
    unsupported: list[Fact] = []
    for f in claim_facts:
        if fact_supported(f, source_facts, source_tokens):
            supported.append(f)
            continue
        rival = None
        if f.kind in NUMERIC_KINDS and f.unit:
            rivals = [s for s in source_facts if s.kind == f.kind and _units_match(f, s)]
            if rivals:
                try:
                    v = Decimal(f.value)
                    rival = min(rivals, key=lambda s: abs(Decimal(s.value) - v))
                except InvalidOperation:
                    rival = rivals[0]
        if rival is not None:
            contradicted.append((f, rival))
        else:
            unsupported.append(f)
    return supported, contradicted, unsupported
