"""Extractive baselines, run on the same clusters and word budget as our pipeline.

* ``lead``     the first sentences of each article, round robin (article 1 sentence 1, article 2
               sentence 1, ..., article 1 sentence 2, ...): the classic news baseline;
* ``lexrank``  LexRank (Erkan and Radev 2004) as sumy ships it, with its English stemmer and
               stop words; sentences taken in score order;
* ``textrank`` TextRank (Mihalcea and Tarau 2004) as sumy ships it, same order rule;
* ``random``   sentences in a seeded random order.

Every baseline fills the budget the same way (:func:`fill_budget`): sentences in the baseline's
order, skipping fragments of fewer than ``MIN_WORDS`` words and repeats, until the next sentence
would overflow the budget. sumy gets a tokenizer built on :mod:`summarizer.text` (pysbd and our
word regex), so no nltk data is ever needed.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import Protocol

from summarizer.text import count_words, split_sentences, words
from summarizer.types import Document, Sentence

MIN_WORDS = 5  # shorter "sentences" are datelines, bylines and headline fragments


class Baseline(Protocol):
    name: str

    def __call__(self, documents: Sequence[Document], budget: int) -> list[Sentence]:
        """Sentences (with offsets into their documents) within ``budget`` words."""
        ...


def document_sentences(documents: Sequence[Document]) -> list[list[Sentence]]:
    """Per document, its sentences (cleaned body only), with offsets.

    >>> [[s.text for s in d] for d in document_sentences([Document("a", "One two. Three.")])]
    [['One two.', 'Three.']]
    """
    return [split_sentences(d.text, d.id, d.body_spans()) for d in documents]


def fill_budget(ordered: Iterable[Sentence], budget: int) -> list[Sentence]:
    """Sentences in the given order until the next would overflow ``budget`` words.

    >>> s = [Sentence("a", i, 0, 0, t) for i, t in enumerate(
    ...     ["one two three four five", "six seven eight nine ten eleven", "a b c d e"])]
    >>> [x.index for x in fill_budget(s, 11)]
    [0, 1]
    """
    out: list[Sentence] = []
    seen: set[str] = set()
    used = 0
    for s in ordered:
        n = count_words(s.text)
        key = " ".join(w.lower() for w in words(s.text))
        if n < MIN_WORDS or key in seen:
            continue
        if used + n > budget:
            if out:
                break
            continue  # a single sentence longer than the budget: try the next one
        out.append(s)
        seen.add(key)
        used += n
    return out


class LeadBaseline:
    """First sentences of each article, round robin.

    >>> docs = [Document("a", "A one two three four. A five six seven eight."),
    ...         Document("b", "B one two three four. B five six seven eight.")]
    >>> [s.text for s in LeadBaseline()(docs, 10)]
    ['A one two three four.', 'B one two three four.']
    """

    name = "lead"

    def __call__(self, documents: Sequence[Document], budget: int) -> list[Sentence]:
        per_doc = document_sentences(documents)
        depth = max((len(d) for d in per_doc), default=0)
        order = [d[i] for i in range(depth) for d in per_doc if i < len(d)]
        return fill_budget(order, budget)


class RandomBaseline:
    """Sentences in a seeded random order (the same seed gives the same summary).

    >>> docs = [Document("a", "One two three four five. Six seven eight nine ten.")]
    >>> RandomBaseline(1)(docs, 5) == RandomBaseline(1)(docs, 5)
    True
    """

    name = "random"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def __call__(self, documents: Sequence[Document], budget: int) -> list[Sentence]:
        pool = [s for d in document_sentences(documents) for s in d]
        rng = random.Random(f"{self.seed}:{'|'.join(d.id for d in documents)}")
        rng.shuffle(pool)
        return fill_budget(pool, budget)


class _SumyTokenizer:
    """The tokenizer interface sumy expects, on our own splitter: no nltk data needed."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def _sumy_document(sentences: Sequence[Sentence]):
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tok = _SumyTokenizer()
    return ObjectDocumentModel([Paragraph([SumySentence(s.text, tok) for s in sentences])])


class _SumyBaseline:
    name = "sumy"

    def _ratings(self, document) -> dict:
        raise NotImplementedError

    def __call__(self, documents: Sequence[Document], budget: int) -> list[Sentence]:
        pool = [s for d in document_sentences(documents) for s in d]
        if not pool:
            return []
        doc = _sumy_document(pool)
        ratings = self._ratings(doc)
        # sumy keys ratings by sentence text; ties keep document order (stable sort).
        scores = [ratings.get(ss, 0.0) for ss in doc.sentences]
        order = sorted(range(len(pool)), key=lambda i: -scores[i])
        return fill_budget([pool[i] for i in order], budget)


class LexRankBaseline(_SumyBaseline):
    """LexRank from sumy with its English stemmer and stop words.

    >>> docs = [Document("a", "The weather was mild that day. Troops moved to Kursk today. "
    ...                       "Troops in Kursk moved on.")]
    >>> out = LexRankBaseline()(docs, 12)
    >>> len(out), sum(len(s.text.split()) for s in out) <= 12
    (2, True)
    """

    name = "lexrank"

    def _ratings(self, document) -> dict:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        class Rated(LexRankSummarizer):
            # sumy returns the best sentences in document order; we want its scores.
            def _get_best_sentences(self, sentences, count, rating, *args, **kwargs):
                self.rating = rating
                return ()

        summarizer = Rated(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        summarizer(document, 1)
        return getattr(summarizer, "rating", {})


class TextRankBaseline(_SumyBaseline):
    """TextRank from sumy with its English stemmer and stop words."""

    name = "textrank"

    def _ratings(self, document) -> dict:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        summarizer = TextRankSummarizer(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        return summarizer.rate_sentences(document)


BASELINES: dict[str, type] = {
    "lead": LeadBaseline,
    "lexrank": LexRankBaseline,
    "textrank": TextRankBaseline,
    "random": RandomBaseline,
}


def make_baseline(name: str, seed: int = 0) -> Baseline:
    """A baseline by name.

    >>> make_baseline("lead").name
    'lead'
    """
    from summarizer.errors import ConfigError

    if name not in BASELINES:
        raise ConfigError(f"unknown baseline {name!r}; choose from {', '.join(BASELINES)}")
    return RandomBaseline(seed) if name == "random" else BASELINES[name]()
