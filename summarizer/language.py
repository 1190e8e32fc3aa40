"""Which language each article is in, what to do with the ones not in the
expected language (``[input] language`` / ``other_languages`` in the config),
and which language a brief is made in.

The embedder (all-MiniLM-L6-v2) is an English model. The lexical tools (the
sentence splitter's rules, the stemmer and stop words of redundancy and
cross-source support, hedges and number formats of the fact extractor,
datelines, the note on contested figures) know the languages in
:data:`LEXICAL`. Each brief is made in one language (:func:`decide_languages`):
the configured one, or, when the config keeps the default ``"en"``, the
language most articles are confidently in when that is one of
:data:`SUPPORTED`. The pipeline sets it for the duration of the brief
(:func:`use_language`); the lexical tools read it (:func:`current_language`).
An article in another language is still summarized by default
(``other_languages = "process"``), but the user is told, because its sentences
are split and compared less well. With ``"skip"`` such articles are left out of
the brief (listed in ``meta.skipped_language``).

Detection: py3langid (a fork of langid.py, Lui & Baldwin 2012): a naive Bayes
model over byte n-grams, offline, deterministic, numpy only, its model stored
as npz (no pickle); about 0.1 s to import and well under a second to load.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from summarizer.errors import InputError
from summarizer.types import Document

log = logging.getLogger("summarizer")

# Below this many letters a language guess is noise (a headline, a caption).
MIN_LETTERS = 80
# Only a confident guess leads to a notice or a skip (probabilities from
# py3langid's length-calibrated normalisation).
MIN_PROBABILITY = 0.9
SAMPLE_CHARS = 4000

# Languages with their own lexical tools (stemmer, stop words, hedges, number
# format, datelines' months, sentence-splitter rules, the contested note).
LEXICAL = ("en", "es", "fr", "de", "it", "pt")
# Languages a brief is made in without being configured (see decide_languages):
# those above, and Chinese and Japanese (their own sentence ends, datelines and
# word counts; the contested note in their language).
SUPPORTED = (*LEXICAL, "zh", "ja")
DEFAULT = "en"

_LANGUAGE: ContextVar[str] = ContextVar("summarizer_language", default=DEFAULT)


def current_language() -> str:
    """The language of the brief being made (ISO 639-1), ``"en"`` outside one."""
    return _LANGUAGE.get()


def lexical_language(language: str | None = None) -> str:
    """``language`` (else the current one) when it has its own lexical tools,
    else ``"en"`` (Chinese, Japanese and languages the tools do not know use the
    English stemmer and stop words, which leave their words as they are).

    >>> lexical_language("es"), lexical_language("zh"), lexical_language("ru")
    ('es', 'en', 'en')
    """
    language = language or current_language()
    return language if language in LEXICAL else DEFAULT


@contextmanager
def use_language(language: str) -> Iterator[str]:
    """Make ``language`` the current language until the block ends (in this
    thread or task only; reset afterwards, also on an error).

    >>> with use_language("es"):
    ...     current_language()
    'es'
    >>> current_language()
    'en'
    """
    token = _LANGUAGE.set(language or DEFAULT)
    try:
        yield language
    finally:
        _LANGUAGE.reset(token)


@dataclass(frozen=True)
class Guess:
    language: str  # ISO 639-1 code, or "und" when the text is too short to tell
    probability: float


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def body_sample(doc: Document) -> str:
    """The article's prose (its body spans), up to :data:`SAMPLE_CHARS`."""
    parts: list[str] = []
    size = 0
    for a, b in doc.body_spans():
        parts.append(doc.text[a:b])
        size += b - a
        if size >= SAMPLE_CHARS:
            break
    return "\n".join(parts)[:SAMPLE_CHARS]


# English function words that are not also common words of the languages
# py3langid most often confuses with English ("a", "in", "die", "was" in Dutch
# and German are left out). In English news prose they are about a quarter of
# the words; in other languages next to none.
# fmt: off
_ENGLISH = frozenset({
    "the", "of", "and", "to", "that", "for", "with", "said", "he", "his", "it", "be", "by",
    "this", "are", "from", "have", "has", "were", "which", "would", "they", "their", "not",
    "been", "will", "she", "her", "who", "its", "about", "after", "but",
})
# fmt: on
ENGLISH_SHARE = 0.15


def clearly_english(text: str) -> bool:
    """A fast test that spares loading the model for plain English prose: at
    least :data:`ENGLISH_SHARE` of the (at least 50) words are English
    function words.

    >>> clearly_english("The minister said on Monday that the talks with the unions "
    ...                 "had failed and that he would not resign from his post. " * 4)
    True
    >>> clearly_english("Der Minister sagte am Montag, dass die Gespräche mit den "
    ...                 "Gewerkschaften gescheitert seien und er nicht zurücktrete. " * 4)
    False
    """
    tokens = [t.strip('.,;:!?"“”‘’()[]').lower() for t in text.split()]
    tokens = [t for t in tokens if t]
    if len(tokens) < 50:
        return False
    return sum(t in _ENGLISH for t in tokens) / len(tokens) >= ENGLISH_SHARE


def detect(text: str) -> Guess:
    """The language of ``text``.

    >>> detect("Der Bundestag hat am Montag ein neues Gesetz zur Energiepolitik beschlossen, "
    ...        "das ab Januar gilt.").language
    'de'
    >>> detect("Hi.").language
    'und'
    """
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return Guess("und", 0.0)
    lang, prob = _identifier().classify(text)
    return Guess(lang, round(float(prob), 3))


def confident_language(sample: str, expected: str) -> str | None:
    """The language ``sample`` is confidently in, or None: plain English prose
    is taken as English without the model when English is expected (the
    common case; the model takes 0.8 s to load), else the model's guess when
    its probability is at least :data:`MIN_PROBABILITY`.

    >>> confident_language("The council met on Monday and said that it would vote on the "
    ...                    "new budget for the schools and the roads of the town in May.", "en")
    'en'
    >>> confident_language("Der Bundestag hat am Montag ein neues Gesetz zur Energiepolitik "
    ...                    "beschlossen, das ab Januar gilt.", "en")
    'de'
    >>> confident_language("Hi.", "en") is None
    True
    """
    if expected == "en" and clearly_english(sample):
        return "en"
    guess = detect(sample)
    if guess.language != "und" and guess.probability >= MIN_PROBABILITY:
        return guess.language
    return None


def brief_language(expected: str, detected: Sequence[str | None], other: str = "process") -> str:
    """The language a brief is made in: ``expected`` when it is configured to
    something other than the default ``"en"``, or when articles not in it are
    skipped; else the supported language of more than half of the articles
    whose language is known (``detected``, one item per article, None where
    unsure), else ``"en"``.

    >>> brief_language("en", ["es", "es", None]), brief_language("en", ["es", "en", "de"])
    ('es', 'en')
    >>> brief_language("fr", ["es", "es"]), brief_language("en", ["es", "es"], "skip")
    ('fr', 'en')
    """
    known = [lang for lang in detected if lang is not None]
    if expected != DEFAULT or other == "skip" or not known:
        return expected
    language, n = Counter(known).most_common(1)[0]
    return language if language in SUPPORTED and n * 2 > len(known) else expected


# Of an article's Chinese and Japanese characters, at least this share kana: Japanese.
KANA_SHARE = 0.1


def script_language(sample: str) -> str | None:
    """``"zh"`` or ``"ja"`` for text mostly in Chinese or Japanese characters
    (kana: Japanese), which the model is often unsure of in short articles;
    else None.

    >>> script_language("连日暴雨导致南方多条河流漫堤。"), script_language("停電が続いた。")
    ('zh', 'ja')
    >>> script_language("Rivers rose.") is None
    True
    """
    from summarizer.embed import mostly_cjk
    from summarizer.text import KANA, is_cjk, words

    if not mostly_cjk(sample):
        return None
    cjk = sum(map(is_cjk, words(sample)))
    kana = len(re.findall(f"[{KANA}]", sample))
    return "ja" if kana >= KANA_SHARE * cjk else "zh"


# The share of a text's letters that may be other than Chinese or Japanese
# characters ("GDP", "5G") for its script alone to tell its language.
OTHER_LETTERS_SHARE = 0.05


def script_alone(sample: str) -> str | None:
    """:func:`script_language` where the model's confident guess could only be the
    same, so that it need not be loaded (0.8 s) for a cluster in Chinese or Japanese:
    text in Chinese or Japanese characters but for a few other letters, with no kana
    ("zh") or with kana enough for :func:`script_language` to read it as Japanese.
    Kanji-heavy Japanese (some kana, under :data:`KANA_SHARE`) and Korean written
    with Hanja are left to the model. Else None.

    >>> script_alone("连日暴雨导致南方多条河流漫堤。"), script_alone("停電が続いた。")
    ('zh', 'ja')
    >>> script_alone("大統領은 月曜日 國會에서 새 豫算案을 發表했다.") is None
    True
    """
    from summarizer.text import CJK, KANA

    letters = [ch for ch in sample if ch.isalpha()]
    others = len(re.findall(f"[^{CJK}]", "".join(letters)))
    if not letters or others > OTHER_LETTERS_SHARE * len(letters):
        return None
    script = script_language(sample)
    return script if script == "ja" or not re.search(f"[{KANA}]", sample) else None


# Very common characters whose Traditional and Simplified forms differ, as pairs
# (這/这, 說/说, 國/国, ...): each form is written in one script only, so their
# counts tell the script of a Chinese text. ("爲" is Hong Kong's form of "為".)
# fmt: off
_TRADITIONAL = (
    "這說國來會們為對時個後發與東經過還進開關學長問間體實現從動種點業當錢員機門區處無義樣"
    "產電華讓話見議總結條報導記聯軍選變際萬億災傷醫亞歐戰線書車頭應將據稱則該團認灣專務兩"
    "價達邊氣漢爲"
)
_SIMPLIFIED = (
    "这说国来会们为对时个后发与东经过还进开关学长问间体实现从动种点业当钱员机门区处无义样"
    "产电华让话见议总结条报导记联军选变际万亿灾伤医亚欧战线书车头应将据称则该团认湾专务两"
    "价达边气汉"
)
# fmt: on
_TRADITIONAL_RE = re.compile(f"[{_TRADITIONAL}]")
_SIMPLIFIED_RE = re.compile(f"[{_SIMPLIFIED}]")


def chinese_script(text: str) -> str | None:
    """``"Hant"`` when ``text`` has more characters written only in Traditional
    Chinese (這, 說, 國, 來, ...: :data:`_TRADITIONAL`) than ones written only in
    Simplified Chinese (这, 说, 国, 来, ...), ``"Hans"`` for the reverse, None when
    neither kind outnumbers the other (no Chinese, or none of those characters).

    >>> chinese_script("連日暴雨導致南方多條河流漫堤，約三千名居民被緊急轉移。官方說有十二人受傷。")
    'Hant'
    >>> chinese_script("连日暴雨导致南方多条河流漫堤，约三千名居民被紧急转移。官方说有十二人受伤。")
    'Hans'
    >>> chinese_script("暴雨不止。") is None, chinese_script("Rivers rose.") is None
    (True, True)

    Japanese shares many of the Traditional forms (電, 時, 東): this is for Chinese text.
    """
    traditional = len(_TRADITIONAL_RE.findall(text))
    simplified = len(_SIMPLIFIED_RE.findall(text))
    if traditional > simplified:
        return "Hant"
    if simplified > traditional:
        return "Hans"
    return None


def document_language(doc: Document, expected: str) -> str | None:
    """The language ``doc`` is confidently in (:func:`confident_language` of its
    :func:`body_sample`), or None. A short article in Chinese or Japanese characters,
    which the model is often unsure of, is told by its script, so that a cluster of
    such articles gets a brief in their language (not an English one)."""
    sample = body_sample(doc)
    return script_alone(sample) or confident_language(sample, expected) or script_language(sample)


def decide_languages(
    documents: Sequence[Document],
    expected: str,
    other: str,
    notices: list[str],
) -> tuple[list[Document], dict[str, str], str]:
    """The documents to summarize, ``{id: language}`` of those skipped, and the
    language the brief is made in (:func:`brief_language`).

    Each article confidently detected in another language than ``expected``
    gets a notice; with ``other == "skip"`` it is also left out. When that
    leaves nothing, an :class:`InputError` says so and how to proceed.
    """
    detected = [document_language(doc, expected) for doc in documents]
    foreign = {
        doc.id: language
        for doc, language in zip(documents, detected, strict=True)
        if language not in (None, expected)
    }
    if not foreign:
        return list(documents), {}, expected
    listed = ", ".join(f"{i} ({lang})" for i, lang in list(foreign.items())[:5])
    more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
    if other != "skip":
        language = brief_language(expected, detected, other)
        if language != expected:
            _notice(
                f"not in the expected language '{expected}': {listed}{more}; summarized as "
                f"'{language}', the language of most articles (set [input] language to choose "
                'the language; other_languages = "skip" to leave out articles not in it)',
                notices,
            )
        else:
            _notice(
                f"not in the expected language '{expected}': {listed}{more}; summarized anyway "
                f"(sentence splitting and matching are tuned for '{expected}'; "
                'set [input] other_languages = "skip" to leave such articles out)',
                notices,
            )
        return list(documents), {}, language
    kept = [d for d in documents if d.id not in foreign]
    if not kept:
        raise InputError(
            f"no article is in the expected language '{expected}' (found: {listed}{more}); "
            'set [input] language, or other_languages = "process" to summarize them anyway'
        )
    _notice(f"left out, not in the expected language '{expected}': {listed}{more}", notices)
    return kept, foreign, expected


def _notice(message: str, notices: list[str]) -> None:
    # Into the brief's meta (the CLI prints those) and the log (batch prints that).
    notices.append(message)
    log.warning(message)
