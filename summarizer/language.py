"""Which language each article is in, and what to do with the ones not in the
expected language (``[input] language`` / ``other_languages`` in the config).

The embedder (all-MiniLM-L6-v2), the sentence splitter (pysbd, English rules)
and the fact extractor are English tools: an article in another language is
still summarized by default (``other_languages = "process"``), but the user is
told, because its sentences are split and compared less well. With ``"skip"``
such articles are left out of the brief (listed in ``meta.skipped_language``).

Detection: py3langid (a fork of langid.py, Lui & Baldwin 2012): a naive Bayes
model over byte n-grams, offline, deterministic, numpy only, its model stored
as npz (no pickle); about 0.1 s to import and well under a second to load.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
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


def check_languages(
    documents: Sequence[Document],
    expected: str,
    other: str,
    notices: list[str],
) -> tuple[list[Document], dict[str, str]]:
    """The documents to summarize and ``{id: language}`` of those skipped.

    Each article confidently detected in another language than ``expected``
    gets a notice; with ``other == "skip"`` it is also left out. When that
    leaves nothing, an :class:`InputError` says so and how to proceed.
    """
    foreign: dict[str, str] = {}
    for doc in documents:
        language = confident_language(body_sample(doc), expected)
        if language not in (None, expected):
            foreign[doc.id] = language
    if not foreign:
        return list(documents), {}
    listed = ", ".join(f"{i} ({lang})" for i, lang in list(foreign.items())[:5])
    more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
    if other != "skip":
        _notice(
            f"not in the expected language '{expected}': {listed}{more}; summarized anyway "
            f"(sentence splitting and matching are tuned for '{expected}'; "
            'set [input] other_languages = "skip" to leave such articles out)',
            notices,
        )
        return list(documents), {}
    kept = [d for d in documents if d.id not in foreign]
    if not kept:
        raise InputError(
            f"no article is in the expected language '{expected}' (found: {listed}{more}); "
            'set [input] language, or other_languages = "process" to summarize them anyway'
        )
    _notice(f"left out, not in the expected language '{expected}': {listed}{more}", notices)
    return kept, foreign


def _notice(message: str, notices: list[str]) -> None:
    # Into the brief's meta (the CLI prints those) and the log (batch prints that).
    notices.append(message)
    log.warning(message)
