"""Faithfulness of a summary against its source(s), as named steps (in the spirit of ragas'
faithfulness metric: break the answer into statements, verify each, take the ratio).

1. :func:`split_summary`   the summary into sentences with offsets;
2. :func:`index_sources`   source sentences, their content words, bigrams and facts, once per
                           source set;
3. :func:`locate`          for each summary sentence, the evidence: the window of up to three
                           consecutive source sentences that holds most of its content words,
                           re-ranked by MiniLM cosine among the lexical candidates, those
                           that say the opposite (a negation or an opposite word on one side
                           only: :func:`disagrees`) passed over;
4. :func:`check_facts`     its atomic facts (numbers, money, dates, names, quotes) against the
                           sources: supported / unsupported / contradicted;
5. :func:`sentence_support` one support score per sentence: the *least* of local lexical
                           support, bigram support and fact support (every check must pass),
                           zero when a fact is contradicted or the evidence says the opposite;
6. :func:`score_summary`   verdicts and scores for the whole summary.

Two figures come out. ``faithfulness`` is the ratio ragas reports: supported facts over all facts
(the atomic facts plus one claim per sentence, a claim being supported when its sentence is).
``score`` is the mean sentence support, a graded figure that ranks summaries; FRANK's human
label is likewise the share of correct sentences.

Why lexical *locality*: summarisers that misattribute mostly recombine words that all occur in
the article, but not together (a name from one paragraph with an action from another). Asking
that a sentence's content words sit in one short stretch of the source, and that its word pairs
occur in the source, catches that without an NLI model (none can be downloaded here).

The same check serves the pipeline and the evaluation harness: fusion keeps a citation only
when the cited span supports its sentence (:func:`supported_by`), and the harness
(:mod:`summarizer.evaluation`) scores summaries and citations with it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from summarizer.embed import Embedder
from summarizer.events import (
    SAME_VERB,
    DayCheck,
    check_day,
    check_until,
    dated_happening,
    names_in,
    until_day,
)
from summarizer.facts import (
    DATE_KINDS,
    ENTITY_KINDS,
    NUMERIC_KINDS,
    TITLE_RUN_WORDS,
    TITLES,
    compare_facts,
    extract_facts,
    spelled_counts,
)
from summarizer.language import current_language, lexical_language
from summarizer.tense import PAST_EN
from summarizer.text import split_spans, stemmer, stop_words, words
from summarizer.types import Citation, Document, Fact, Sentence

# Facts a summary sentence is checked on. Weekdays are left out on purpose: "on Wednesday" in a
# summary written days later is about the same event as "yesterday" in the article, so a weekday
# need not be found in the sources. Evidence that dates the same happening to another day still
# contradicts it (:func:`summarizer.events.check_day`).
CHECKED_KINDS = NUMERIC_KINDS | ENTITY_KINDS | frozenset({"date", "quote"})
WINDOW = 3  # source sentences per evidence window: the sentence and its neighbours
CANDIDATES = 3  # lexical candidate windows re-ranked by embedding

# Function words carry no claim; everything else is a content word.
_STOP_TEXT = """
    a an the of to in on at by for from with about as into onto over under after before and or
    but nor so yet if than then that this these those there here is are was were be been being
    am has have had having do does did will would shall should can could may might must it its
    it's he she they them his her hers their theirs him we us our you your i me my who whom
    whose which what when where why how not no also just only very said says say told according
    s t
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _porter().stemWord(word.lower())


@lru_cache(maxsize=1)
def _porter():
    # snowballstemmer's Porter: the same algorithm as nltk's, without the
    # seconds that importing nltk costs every process that verifies a citation.
    import snowballstemmer

    return snowballstemmer.stemmer("porter")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; apostrophe and backslash artefacts split off.

    >>> tokens("McLaren\\\\'s 5-3 win")
    ['mclaren', 's', '5-3', 'win']
    """
    # "unk" is a summariser's out-of-vocabulary marker: no claim, so no evidence needed.
    return [t for t in (w.lower() for w in words(re.sub(r"[\\’'`]", " ", text))) if t != "unk"]


def content_stems(text: str) -> list[str]:
    """Stemmed content words (function words dropped).

    >>> content_stems("The troops were deployed to Kursk")
    ['troop', 'deploi', 'kursk']
    """
    return [_stem(t) for t in tokens(text) if t not in STOP_WORDS]


@lru_cache(maxsize=16)
def _figures(language: str) -> dict[str, str]:
    """Each count ``language`` spells in one word, as its figure ("three": "3")."""
    return {w: str(n) for w, n in spelled_counts(language).items()}


def support_stems(text: str, stop: frozenset[str] = STOP_WORDS) -> list[str]:
    """:func:`content_stems`, a count spelled in words as its figure: "killed three people"
    and "killed 3 people" share their words when a sentence is located in its evidence.
    ``stop``: the words left out (English stop words unless told).

    >>> support_stems("Three troops were deployed")
    ['3', 'troop', 'deploi']
    """
    figures = _figures(lexical_language())
    return [figures.get(t) or _stem(t) for t in tokens(text) if t not in stop]


# ---------------------------------------------------------------------------------------------
# Polarity: a negation or an opposite word on one side only
# ---------------------------------------------------------------------------------------------

# Words that negate the next content word of their clause ("was not deliberate", "no injuries",
# "n't"), with the cheap equivalents of es/fr/de/it/pt ("no", "nicht", "kein", "non", "não");
# French "ne"/"n'" counts where a "pas", "plus", "jamais" ... follows it (:func:`_negators`).
_NEGATOR_TEXT = """
    not no never none nobody nothing neither nor without cannot nunca nada nadie ni
    nicht nie niemals kein keine keinen keinem keiner keines non não nao jamais
"""
_NEGATORS = frozenset(_NEGATOR_TEXT.split())
_FRENCH_NE = frozenset({"ne", "n"})
_FRENCH_PAS_TEXT = "pas plus jamais rien personne guère point aucun aucune"
_FRENCH_PAS = frozenset(_FRENCH_PAS_TEXT.split())
# Words a negation reaches over to the word it negates: "no one was hurt", "no longer works",
# "did not immediately respond", "n'a pas été", "nicht mehr", "non ancora".
_REACHED_OVER_TEXT = """
    one longer immediately yet ever even always currently publicly officially formally
    directly fully necessarily entirely previously still really actually clearly
    mehr ancora più todavía aún más ainda mais
"""
_REACHED_OVER = frozenset(_REACHED_OVER_TEXT.split()) | _FRENCH_PAS
# Verbs that negate what follows them ("denied that the city had ignored warnings", "refused
# to", "failed to"). When both sides have one, they are left out: "X denied the claims" and
# "the claims were denied by X" word one denial in two orders.
_DENY = frozenset({"deny", "denied", "denies", "denying"})
_NOT_DOING = frozenset({"refuse", "refused", "refuses", "fail", "failed", "fails"})
# The auxiliaries an elliptic negation repeats in place of its predicate ("but the second is
# not", "but she has not"): :func:`_predicate`.
_AUXILIARY_TEXT = """
    is are was were be been am has have had do does did will would shall should can could may
    might must
"""
_AUXILIARIES = frozenset(_AUXILIARY_TEXT.split())
# Word groups that look like a negation and are none: "not only", "no less than", "No. 10".
_NOT_NEGATION = re.compile(
    r"\b(?:not\s+(?:only|just|least|to\s+mention)|no\s+(?:doubt|less|more|fewer)(?:\s+than)?"
    r"|or\s+not|nothing\s+but)\b|\bno\.?\s*(?=\d)",
    re.IGNORECASE,
)
# Where a negation's reach ends: punctuation and the conjunctions that join clauses.
_CLAUSE_END = re.compile(
    r"[,;:!?()\[\]{}\"“”—–]|\.(?=\s|$)|\s-\s|\b(?:and|but|or|while|whereas|although|though|because)\b",
    re.IGNORECASE,
)
# "added" as a verb of saying, and "close to", are not the opposites of "cut" and "open".
_NOT_OPPOSITE = re.compile(
    r"\b(?:(?:he|she|they|it|we|i)\s+add(?:s|ed)?|add(?:s|ed)?(?=\s*(?:that\b|[,.;:!?\"”]|$)))"
    r"|\bclose(?:r|st)?\s+to\b",
    re.IGNORECASE,
)
# Opposites of each language the lexical tools know (:data:`summarizer.language.LEXICAL`), each
# side with the forms its stem does not cover ("rose", "fell", "won", "left"). English words are
# stemmed by Porter, as everywhere in this module; the others by their language's Snowball
# stemmer, its stop words left out (:func:`_stemming`).
_OPPOSITE_TEXT = {
    "en": """
    rise rose risen increase climb jump soar gain | fall fell fallen decrease drop decline plunge
    raise hike | lower cut reduce
    add hire create | cut slash shed eliminate
    win won | lose lost
    open reopen | close shut
    acquit acquittal | convict guilty
    leave left evacuate | stay
    join | leave left quit
    approve approval accept | reject veto
    allow permit legalise legalize | ban forbid forbade prohibit outlaw
    support | oppose
    buy bought | sell sold
    import | export
    arrive | depart
    resume | suspend halt
    survive survived survivor alive | die died dead dying kill
    succeed succeeded success | fail failure
    strengthen | weaken
    higher | lower
    confirm confirmation | deny denied denial
    welcome hail praise applaud | condemn denounce
    lift | impose
""",
    "es": """
    subir alza | bajar caer cae caen caído cayó cayeron
    aumentar crecer | disminuir reducir redujo redujeron reducción
    confirmar | negar niega desmentir desmiente desmintió
    ganar | perder pierde
    aprobar aprueba | rechazar
""",
    "fr": """
    augmenter augmentent hausse grimper | baisser baissent diminuer chuter
    confirmer confirment | démentir démentent nier nie nient nié
    gagner remporter | perdre perd perdent perdu
    approuver | rejeter rejettent
""",
    "de": """
    steigen steigt stieg gestiegen anstieg | sinken sinkt sank gesunken rückgang
    erhöhen erhöht | senken senkt gesenkt senkung
    bestätigen bestätigt | dementieren dementiert
    gewinnen gewinnt gewann gewonnen | verlieren verliert verlor
""",
    "it": """
    aumentare crescere crebbe | diminuire calare
    confermare | smentire negare
    vincere vinto vinse | perdere perso
    approvare | respingere respinto respinse bocciare
""",
    "pt": """
    subir sobe | cair cai caiu caíram queda baixar
    aumentar crescer crescimento | diminuir diminuíram
    confirmar | negar desmentir
    ganhar vencer | perder
    aprovar | rejeitar
""",
}


@lru_cache(maxsize=8)
def opposites(language: str = "en") -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """:data:`_OPPOSITE_TEXT` of ``language`` as pairs of stem sets (stemmed on first use, not
    on import)."""
    stem = _stemming(language)[0]
    return tuple(
        (frozenset(map(stem, a.split())), frozenset(map(stem, b.split())))
        for a, b in (line.split("|") for line in _OPPOSITE_TEXT[language].strip().splitlines())
    )


@lru_cache(maxsize=8)
def _stemming(language: str) -> tuple[Callable[[str], str], frozenset[str]]:
    """The stemmer and the function words of ``language``'s opposites: Porter and
    :data:`STOP_WORDS` for English; for another language its Snowball stemmer and its stop words
    as well (Spanish "bajo", "under", would otherwise have the stem of "bajar")."""
    if language == "en":
        return _stem, STOP_WORDS
    return stemmer(language).stemWord, STOP_WORDS | stop_words(language)


def _negators(toks: Sequence[str], verbs: bool) -> set[int]:
    """Positions in one clause's tokens of the words that negate; ``verbs``: "denied", "refused
    to" and "failed to" among them."""
    found = set()
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if (
            t in _NEGATORS
            or (nxt == "t" and t.endswith("n"))  # "didn't", split by :func:`tokens`
            or (t in _FRENCH_NE and _FRENCH_PAS.intersection(toks[i + 1 : i + 5]))
            or (verbs and (t in _DENY or (nxt == "to" and t in _NOT_DOING)))
        ):
            found.add(i)
    return found


@lru_cache(maxsize=65536)
def polarity_marks(
    text: str, verbs: bool = True, language: str = "en"
) -> frozenset[tuple[str, bool]]:
    """Each content stem of ``text`` with whether a negation of its clause reaches it (the
    first content word after the negation); a verb that negates ("denied") is a content word
    too. A negation that ends its clause ("but the second is not") reaches the predicate of the
    clause before (:func:`_predicate`). Stems and function words of ``language``
    (:func:`_stemming`).

    >>> sorted(polarity_marks("The fire was not deliberate, police said."))
    [('deliber', True), ('fire', False), ('polic', False)]
    >>> sorted(polarity_marks("He is in custody, but his brother is not."))
    [('brother', False), ('custodi', False), ('custodi', True)]
    """
    stem, stop = _stemming(language)
    marks = set()
    before: list[str] = []
    for clause in _CLAUSE_END.split(_NOT_NEGATION.sub(" ", text)):
        toks = tokens(clause)
        negators = _negators(toks, verbs)
        pending = False
        for i, t in enumerate(toks):
            if i in negators or t == "t" or (negators and t in _FRENCH_PAS):
                if t in _DENY or t in _NOT_DOING:
                    marks.add((stem(t), pending))
                pending = pending or i in negators
            elif t not in stop and not (pending and t in _REACHED_OVER):
                marks.add((stem(t), pending))
                pending = False
        if pending and _elliptic(toks):
            marks.update((stem(t), True) for t in _predicate(before, stop))
        if any(t not in stop for t in toks):
            before = toks
    return frozenset(marks)


def _elliptic(toks: Sequence[str]) -> bool:
    """Does a clause end in a negation that stands for the clause before's predicate: an
    auxiliary and "not", or "n't" ("but the second is not", "though she didn't")? Not a
    negating word that ends its clause on its own ("but found nothing", "said none")."""
    return bool(toks) and (
        toks[-1] == "t" or (toks[-1] == "not" and len(toks) > 1 and toks[-2] in _AUXILIARIES)
    )


def _predicate(toks: Sequence[str], stop: frozenset[str]) -> list[str]:
    """The words of a clause that an elliptic negation of the next one denies ("..., but the
    second is not"): the first content word after its first auxiliary ("is in custody", "was
    arrested on Monday"), the word the negation written out would reach; with no auxiliary (a
    "did not" standing for "raised prices"), all of its content words."""
    start = next((i + 1 for i, t in enumerate(toks) if t in _AUXILIARIES), None)
    content = [t for t in toks[start or 0 :] if t not in stop]
    return content if start is None else content[:1]


def negates(text: str) -> bool:
    """Does ``text`` negate one of its content words ("not", "no", "never", "n't" ...; not
    "not only")?

    >>> negates("No one was hurt."), negates("Not only the bridge collapsed.")
    (True, False)
    """
    return any(negated for _, negated in polarity_marks(text, verbs=False))


@lru_cache(maxsize=65536)
def _denies(text: str) -> bool:
    """Does ``text`` have a verb that negates ("denied", "refused to")?"""
    return polarity_marks(text) != polarity_marks(text, verbs=False)


@lru_cache(maxsize=65536)
def _opposite_marks(text: str, language: str) -> frozenset[tuple[str, bool]]:
    """:func:`polarity_marks` of ``text`` in ``language`` without the words that only look like
    an opposite."""
    return polarity_marks(_NOT_OPPOSITE.sub(" ", text), language=language)


def disagrees(sentence: str, evidence: Sequence[str]) -> bool:
    """Does the evidence say the opposite of what the sentence says with the same words: a word
    negated on one side only, or an opposite word in place of the sentence's?

    A sentence word is judged where the evidence has it at all; a negation elsewhere in the
    evidence (another clause, another sentence) does not reach it.

    >>> disagrees("The fire was not deliberate.", ["The fire was deliberate."])
    True
    >>> disagrees("Prices rose.", ["Nobody was hurt. Prices fell."])
    True
    >>> disagrees("Prices rose.", ["Nobody was hurt. Prices rose sharply."])
    False
    """
    language = lexical_language()  # "no ha confirmado": the negation reaches the verb
    verbs = not (_denies(sentence) and any(map(_denies, evidence)))
    said = polarity_marks(sentence, verbs, language)
    seen = frozenset().union(*(polarity_marks(e, verbs, language) for e in evidence))
    seen_stems = {s for s, _ in seen}
    if any(s in seen_stems and (s, p) not in seen for s, p in said):
        return True
    opposed = frozenset().union(*(_opposite_marks(e, language) for e in evidence))
    return _opposed(_opposite_marks(sentence, language), opposed, language)


def _opposed(
    said: frozenset[tuple[str, bool]], seen: frozenset[tuple[str, bool]], language: str
) -> bool:
    """The sentence has a word of one side of ``language``'s :func:`opposites`, the evidence
    none of that side but one of the other, negated alike ("will cut jobs" against "will add
    jobs")."""
    seen_stems = {s for s, _ in seen}
    said_stems = {s for s, _ in said}
    for one, other in opposites(language):
        for a, b in ((one, other), (other, one)):
            if seen_stems & a or not said_stems & a:  # a side the sentence has, the evidence not
                continue
            if any(s in a and (o, p) in seen for s, p in said for o in b):
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


# A span of a source that a summary sentence is checked against: the same
# shape as a brief's citation, so it is one.
Evidence = Citation


@dataclass(frozen=True)
class FactCheck:
    fact: Fact
    verdict: str  # "supported" | "unsupported" | "contradicted"
    against: Fact | None = None  # the disagreeing source fact, for a contradiction

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.fact.kind,
            "text": self.fact.text,
            "value": self.fact.value,
            "unit": self.fact.unit,
            "verdict": self.verdict,
        }
        if self.against is not None:
            d["source_text"] = self.against.text
            d["source_value"] = self.against.value
        return d


@dataclass(frozen=True)
class SentenceVerdict:
    text: str
    start: int
    end: int
    verdict: str  # "supported" | "unsupported" | "contradicted"
    support: float  # min(lexical, bigram, facts), 0 when contradicted or the evidence disagrees
    lexical: float  # share of content words found in the evidence window
    bigram: float  # share of word pairs found anywhere in the sources
    # MiniLM cosine with the best candidate source sentence; computed only where the words
    # alone do not settle the verdict (None elsewhere).
    similarity: float | None
    fact_support: float  # share of checked facts supported (1.0 when there are none)
    evidence: Evidence | None
    facts: tuple[FactCheck, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "verdict": self.verdict,
            "support": round(self.support, 4),
            "lexical": round(self.lexical, 4),
            "bigram": round(self.bigram, 4),
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "fact_support": round(self.fact_support, 4),
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "facts": [f.to_dict() for f in self.facts],
        }


@dataclass(frozen=True)
class FaithfulnessReport:
    """Verdicts for one summary. ``faithfulness`` = supported facts / all facts; ``score`` = mean
    sentence support. An empty summary states nothing false: both are 1.0 with no facts."""

    faithfulness: float
    score: float
    sentences: tuple[SentenceVerdict, ...]
    n_facts: int
    n_supported: int
    n_unsupported: int
    n_contradicted: int
    hallucinated_entities: tuple[str, ...] = ()
    hallucinated_numbers: tuple[str, ...] = ()
    contradictions: tuple[tuple[str, str], ...] = ()  # (summary text, source text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "faithfulness": round(self.faithfulness, 4),
            "score": round(self.score, 4),
            "n_facts": self.n_facts,
            "n_supported": self.n_supported,
            "n_unsupported": self.n_unsupported,
            "n_contradicted": self.n_contradicted,
            "hallucinated_entities": list(self.hallucinated_entities),
            "hallucinated_numbers": list(self.hallucinated_numbers),
            "contradictions": [list(c) for c in self.contradictions],
            "sentences": [s.to_dict() for s in self.sentences],
        }


@dataclass(frozen=True)
class SupportThresholds:
    """When a sentence counts as supported.

    A sentence is supported when none of its facts is unsupported or contradicted, its evidence
    does not say the opposite (:func:`disagrees`) and either most of its content words sit in
    one evidence window or its meaning is close to a source sentence that words more than half
    of it (a paraphrase). Values are round numbers, not fitted to any dataset.
    """

    min_lexical: float = 0.75
    min_bigram: float = 0.5
    min_similarity: float = 0.75
    # A paraphrase's evidence still has more than half of the sentence's content words other
    # than its names, a verb another one words as well counted as that one
    # (:func:`paraphrase_share`): a close cosine alone accepts evidence that says nothing of half
    # the sentence ("The opposition welcomed the resignation of Jane Roe." from "Health minister
    # Jane Roe resigned.").
    paraphrase_share_over: float = 0.5


@dataclass(frozen=True)
class SourceIndex:
    """Everything about a set of sources that every summary sentence is checked against."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    stems: tuple[frozenset[str], ...]
    windows: tuple[tuple[int, int], ...]  # [first, last) sentence indices, within one document
    window_stems: tuple[frozenset[str], ...]
    bigrams: frozenset[tuple[str, str]]
    facts: tuple[Fact, ...]
    # Embeddings of source sentences, filled lazily: most sentences never need one.
    _vectors: dict[int, np.ndarray] = field(default_factory=dict, compare=False, repr=False)
    # The publication date of each sentence's article (ISO or None), which works a bare
    # weekday out to a day (:func:`summarizer.events.check_day`); empty: none known.
    dates: tuple[str | None, ...] = ()

    def vectors(self, embedder: Embedder, idx: Sequence[int]) -> np.ndarray:
        """Unit vectors of the source sentences ``idx``, encoded once per index."""
        missing = [i for i in idx if i not in self._vectors]
        if missing:
            vecs = embedder.encode([self.sentences[i].text for i in missing])
            self._vectors.update(zip(missing, vecs, strict=True))
        return np.stack([self._vectors[i] for i in idx]) if idx else np.zeros((0, 384))


# ---------------------------------------------------------------------------------------------
# Steps
# ---------------------------------------------------------------------------------------------


def split_summary(summary: str) -> list[Sentence]:
    """Step 1: the summary's sentences, with offsets into ``summary``.

    >>> [s.text for s in split_summary("Troops moved. Blinken spoke.")]
    ['Troops moved.', 'Blinken spoke.']
    """
    return [
        Sentence("summary", i, a, b, summary[a:b])
        for i, (a, b) in enumerate(split_spans(summary))
        if re.search(r"\w", summary[a:b])
    ]


def _bigrams(toks: Sequence[str]) -> set[tuple[str, str]]:
    """Word pairs of ``toks``, a count spelled in words as its figure ("three" as "3")."""
    figures = _figures(lexical_language())
    return set(itertools.pairwise(figures.get(t, t) for t in toks))


# Where a sentence's clauses part: the word pairs across them say nothing of its wording, as a
# source may give the same clauses in another order ("In Sweden, the storm killed ...").
_CLAUSE_BREAK = re.compile(r"[,;:](?!\S)|[()\[\]—–]|\s-\s")  # not "10,000" nor "10:30"


def index_sources(documents: Sequence[Document]) -> SourceIndex:
    """Step 2: sentences, windows, bigrams and facts of the sources.

    >>> ix = index_sources([Document("a", "Troops moved. Blinken spoke. Rutte agreed.")])
    >>> len(ix.sentences), ix.windows[0]
    (3, (0, 2))
    """
    from summarizer.text import split_sentences

    sentences: list[Sentence] = []
    windows: list[tuple[int, int]] = []
    bigrams: set[tuple[str, str]] = set()
    facts: list[Fact] = []
    for doc in documents:
        first = len(sentences)
        sents = split_sentences(doc.text, doc.id, doc.body_spans(), first_index=first)
        sentences.extend(sents)
        for k in range(len(sents)):
            # The window centred on sentence k, clipped to the document.
            windows.append((first + max(0, k - 1), first + min(len(sents), k + WINDOW - 1)))
        bigrams |= _bigrams(tokens(doc.text))
        facts.extend(extract_facts(doc.text, with_claims=False))
        # Sentences as claims: quotes and lower-cased names are looked up in them.
        facts.extend(Fact("claim", s.text, s.start, s.end, " ".join(tokens(s.text))) for s in sents)
    stems = tuple(frozenset(support_stems(s.text)) for s in sentences)
    window_stems = tuple(frozenset().union(*stems[a:b]) for a, b in windows)
    date_of = {d.id: d.date for d in documents}
    return SourceIndex(
        tuple(documents),
        tuple(sentences),
        stems,
        tuple(windows),
        window_stems,
        frozenset(bigrams),
        tuple(facts),
        dates=tuple(date_of.get(s.doc_id) for s in sentences),
    )


@dataclass(frozen=True)
class Located:
    window: int | None  # index into SourceIndex.windows
    lexical: float
    similarity: float
    # Every candidate window says the opposite of the sentence (:func:`disagrees`).
    disagrees: bool = False


def locate(
    sentence: str, index: SourceIndex, embedder: Embedder | None, vector: np.ndarray | None = None
) -> Located:
    """Step 3: the evidence window for one summary sentence.

    Lexical retrieval first (share of the sentence's content words inside each window); the
    best ``CANDIDATES`` windows are re-ranked by MiniLM cosine of their centre sentence, so that
    a paraphrase finds its source. ``lexical`` is the best window's word share. Windows that
    say the opposite of the sentence (:func:`disagrees`) are passed over while another
    candidate does not: sources may differ, and one that agrees is the evidence.

    >>> ix = index_sources([Document("a", "Troops moved to Kursk. Blinken spoke in Brussels.")])
    >>> loc = locate("Blinken spoke in Brussels.", ix, None)
    >>> loc.lexical
    1.0
    """
    if not index.windows:
        return Located(None, 0.0, 0.0)
    shares, order = _candidates(sentence, index)
    if not shares:
        return Located(0, 1.0, 0.0)
    agree = [i for i in order if not _window_disagrees(sentence, index, i)]
    order = agree or order
    lexical = shares[order[0]]
    if embedder is None:
        return Located(order[0], lexical, 0.0, not agree)
    # Every sentence of the candidate windows counts: the best single-sentence cosine.
    sent_ids = sorted({j for i in order for j in range(*index.windows[i])})
    vecs = index.vectors(embedder, sent_ids)
    v = vector if vector is not None else embedder.encode([sentence])[0]
    sims = dict(zip(sent_ids, (vecs @ v).tolist(), strict=True))
    best = max(order, key=lambda i: shares[i] + max(sims[j] for j in range(*index.windows[i])))
    return Located(best, lexical, float(max(sims.values())), not agree)


def _window_disagrees(sentence: str, index: SourceIndex, window: int) -> bool:
    """:func:`disagrees` for one evidence window of ``index``."""
    return disagrees(sentence, [index.sentences[j].text for j in range(*index.windows[window])])


def _window_text(index: SourceIndex, window: int) -> str:
    """The text of one evidence window of ``index``, its sentences joined."""
    return " ".join(index.sentences[j].text for j in range(*index.windows[window]))


@lru_cache(maxsize=1)
def _same_verb_stems() -> dict[tuple[str, ...], str]:
    """:data:`summarizer.events.SAME_VERB` in stems, every language's entries together: the
    stems of a wording ("step", "down") to those of the verb it means ("resign")."""
    return {
        tuple(content_stems(k)): _stem(v) for table in SAME_VERB.values() for k, v in table.items()
    }


def _canonical_stems(text: str) -> set[str]:
    """Content stems of ``text``, a wording of :func:`_same_verb_stems` as its verb's stem and
    a spelled count as its figure (:func:`support_stems`); the function words of the brief's
    language left out too ("de", "la" are no content)."""
    stems = support_stems(text, _stemming(lexical_language())[1])
    same = _same_verb_stems()
    out: set[str] = set()
    i = 0
    while i < len(stems):
        pair = tuple(stems[i : i + 2])
        if len(pair) == 2 and pair in same:
            out.add(same[pair])
            i += 2
        else:
            out.add(same.get((stems[i],), stems[i]))
            i += 1
    return out


def _opening_name(sentence: str, evidence: str) -> set[str]:
    """The word opening ``sentence`` as a name the evidence words too: written as a name's
    possessive ("Kellner's replacement ...") or one the evidence names
    (:func:`summarizer.events.names_in`). A lone capitalised word opening a sentence is not
    read as a name (:func:`summarizer.facts.entities`); empty where it is none or the evidence
    lacks it (a name the evidence lacks stays a word it does not have).

    >>> _opening_name("Hale's deputy spoke.", "Hale's deputy spoke on Monday.")
    {'hale'}
    >>> _opening_name("Police spoke.", "Police spoke.")
    set()
    >>> _opening_name("Hale's deputy spoke.", "A deputy spoke.")  # a name the evidence lacks
    set()
    """
    m = re.match(r"\W*([A-Z][^\W\d_]*)([’']s\b)?", sentence)
    if not m or m.group(1).lower() in STOP_WORDS:
        return set()
    word = m.group(1).lower()
    named = m.group(2) is not None or word in {w.lower() for w in names_in(evidence)}
    return {word} if named and word in tokens(evidence) else set()


def _without_names(text: str, names: set[str]) -> set[str]:
    """:func:`_canonical_stems` of ``text``, the words ``names`` left out."""
    return _canonical_stems(" ".join(t for t in tokens(text) if t not in names))


def paraphrase_share(sentence: str, evidence: str) -> float:
    """Share of the sentence's content stems the evidence has, its names left out and verbs
    that mean the same (:data:`summarizer.events.SAME_VERB`: "stepped down", "resigned")
    counted as one. Names are left out because the fact check verifies them already
    (:func:`check_facts`), and a sentence full of names would reach any share on them alone;
    so is a name opening the sentence that the evidence words (:func:`_opening_name`).

    >>> paraphrase_share("Minister Jo Hale stepped down.", "Jo Hale, the minister, resigned.")
    1.0
    >>> paraphrase_share("Critics praised the arrest of Jo Hale.", "Jo Hale was arrested.")
    0.3333333333333333
    >>> paraphrase_share("Hale's deputy is popular with staff.", "Ann Roe, deputy, replaced Hale.")
    0.3333333333333333
    """
    names = {w.lower() for w in names_in(sentence)} | _opening_name(sentence, evidence)
    want = _without_names(sentence, names)
    return len(want & _canonical_stems(evidence)) / len(want) if want else 1.0


# A second deed coordinated with a first: "and" (or ", and"), an adverb perhaps, then a verb in
# a past tense ("accepted the resignation and named Ovis", "and later resigned").
_AND_DEED = re.compile(rf",?\s+and\s+(?:(?:[a-z]+ly|later|then|also)\s+)?(?={PAST_EN.pattern})")


def deeds(sentence: str) -> list[str]:
    """The deeds of an English sentence whose predicate coordinates two or more with "and",
    each from its verb in a past tense to the next "and" (the subject belongs to them all);
    empty where it coordinates none.

    >>> deeds("Dosa accepted the resignation and named Ovis as his replacement.")
    ['accepted the resignation', 'named Ovis as his replacement.']
    >>> deeds("Dosa named Ovis and Kellner."), deeds("Talks and votes continued.")
    ([], [])
    """
    if lexical_language() != "en":
        return []
    out, end = [], len(sentence)
    for m in reversed(list(_AND_DEED.finditer(sentence))):
        if PAST_EN.search(sentence[: m.start()]):  # a deed before the "and" as well
            out[:0] = [sentence[m.end() : end]]
            end = m.start()
    if not out:
        return []
    first = list(PAST_EN.finditer(sentence[:end]))[-1]
    return [sentence[first.start() : end], *out]


def every_deed_worded(sentence: str, evidence: str) -> bool:
    """Does the evidence word something of each deed the sentence coordinates (:func:`deeds`),
    names left out? Evidence that words one deed in full and nothing of the other supports half
    the sentence however close its meaning ("Dosa named Ovis to replace Kellner" for "Dosa
    accepted the resignation and named Ovis as his replacement").

    >>> every_deed_worded("Roe accepted the resignation and named Ovis.", "Roe named Ovis.")
    False
    >>> every_deed_worded("Police arrested two men and charged them.", "Two men were charged.")
    True
    """
    coordinated = deeds(sentence)
    if not coordinated:  # most sentences: no stems to work out
        return True
    names = {w.lower() for w in names_in(sentence)}
    have = _canonical_stems(evidence)
    return all(not (want := _without_names(deed, names)) or want & have for deed in coordinated)


def _candidates(sentence: str, index: SourceIndex) -> tuple[list[float], list[int]]:
    """Share of the sentence's content words in each window, and the best windows."""
    want = set(support_stems(sentence))
    if not want:
        return [], []
    shares = [len(want & ws) / len(want) for ws in index.window_stems]
    order = sorted(range(len(shares)), key=lambda i: -shares[i])[:CANDIDATES]
    return shares, order


def check_facts(facts: Sequence[Fact], source_facts: Sequence[Fact]) -> tuple[FactCheck, ...]:
    """Step 4: each checked fact of a sentence against the source facts.

    >>> src = extract_facts("About 11,000 North Korean troops were sent.")
    >>> [c.verdict for c in check_facts(extract_facts("8,000 troops were sent."), src)]
    ['contradicted']
    """
    todo = [f for f in facts if f.kind in CHECKED_KINDS]
    if not todo:
        return ()
    sup, con, uns = compare_facts(todo, source_facts)
    verdict: dict[int, FactCheck] = {}
    for f in sup:
        verdict[id(f)] = FactCheck(f, "supported")
    for f, s in con:
        verdict[id(f)] = FactCheck(f, "contradicted", s)
    for f in uns:
        verdict[id(f)] = FactCheck(f, "unsupported")
    return tuple(verdict[id(f)] for f in todo)


def _same_date(day: DayCheck | None) -> bool:
    """The evidence gives the sentence's day of the month, whatever its words ("Tuesday" in an
    article of 13 November 2024 for "12 November")."""
    if day is None or day.verdict != "supported" or not day.when.day:
        return False
    w, a = day.when, day.against
    return a.day == w.day and (not w.year or not a.year or a.year == w.year)


def _with_day(
    checks: tuple[FactCheck, ...], facts: Sequence[Fact], day: DayCheck | None
) -> tuple[FactCheck, ...]:
    """``checks`` with what the evidence says of the sentence's day: the day's facts contradicted
    (a weekday, which is not checked otherwise, added as one), or a date the evidence gives as a
    weekday of that day supported."""
    if day is None:
        return checks
    w = day.when
    inside = [f for f in facts if f.kind in DATE_KINDS and w.start <= f.start < w.end]
    if day.verdict == "supported":
        if not _same_date(day):
            return checks  # "Tuesday" supports "Tuesday, 12 November" only as a weekday
        return tuple(
            FactCheck(c.fact, "supported")
            if c.verdict == "unsupported" and c.fact.kind == "date" and c.fact in inside
            else c
            for c in checks
        )
    a = day.against
    against = Fact(
        "date" if a.day and not a.resolved else "weekday",
        a.shown,
        a.start,
        a.end,
        f"{a.year or 'XXXX'}-{a.day}" if a.day else a.weekday or "",
    )
    dated = [c for c in checks if c.fact in inside]
    if dated:
        return tuple(
            FactCheck(c.fact, "contradicted", against) if c.fact in inside else c for c in checks
        )
    said = inside[0] if inside else Fact("weekday", w.text, w.start, w.end, w.weekday or "")
    return (*checks, FactCheck(said, "contradicted", against))


def sentence_support(
    lexical: float, bigram: float, fact_support: float, contradicted: bool
) -> float:
    """Step 5: a sentence is as well supported as its weakest check.

    >>> sentence_support(0.9, 0.8, 1.0, False), sentence_support(1.0, 1.0, 1.0, True)
    (0.8, 0.0)
    """
    return 0.0 if contradicted else min(lexical, bigram, fact_support)


def _bigram_share(sentence: str, bigrams: frozenset[tuple[str, str]]) -> float:
    """Share of the sentence's word pairs the sources have, pairs across a clause break
    (:data:`_CLAUSE_BREAK`) left out: "In Sweden, the storm killed three people, police
    said" keeps its pairs when a source says "Storm Elin killed 3 people in Sweden, police
    said".

    >>> round(_bigram_share("In Sweden, the storm killed three people, police said.",
    ...     _bigrams(tokens("The storm killed 3 people in Sweden, police said."))), 2)
    1.0
    >>> _bigram_share("It cost 10,000 euros.", _bigrams(tokens("It cost 10,000 euros.")))
    1.0
    """
    pairs = set().union(*(_bigrams(tokens(c)) for c in _CLAUSE_BREAK.split(sentence)))
    if not pairs:
        return 1.0
    return len(pairs & bigrams) / len(pairs)


def score_summary(
    summary: str,
    sources: Sequence[Document] | SourceIndex,
    embedder: Embedder | None = None,
    thresholds: SupportThresholds = SupportThresholds(),
    cited: Sequence[Sequence[Document]] | None = None,
) -> FaithfulnessReport:
    """Step 6: verdicts and scores for a summary against its sources.

    ``embedder`` (MiniLM) adds the paraphrase check and picks evidence among lexical
    candidates; without it the scorer is purely lexical and fact based. ``cited``, for a brief,
    gives per sentence the cited spans as documents, each with its article's date: a fact must
    then also be supported there.

    >>> src = [Document("a", "More than 10,000 North Korean troops were sent to Kursk.")]
    >>> r = score_summary("About 8,000 North Korean troops were sent to Kursk.", src)
    >>> r.sentences[0].verdict, r.hallucinated_numbers
    ('contradicted', ('About 8,000 North Korean troops',))
    """
    return score_sentences(split_summary(summary), sources, embedder, thresholds, cited)


def _day_evidence(
    k: int, index: SourceIndex, cited: Sequence[Sequence[Document]] | None
) -> list[tuple[str, str | None]]:
    """The sentences a summary sentence's day is checked against, each with its article's
    date: those of the spans it cites, else all the sources'."""
    if cited is not None and k < len(cited) and cited[k]:
        return [(d.text[a:b], d.date) for d in cited[k] for a, b in split_spans(d.text)]
    dates = index.dates or (None,) * len(index.sentences)
    return [(s.text, d) for s, d in zip(index.sentences, dates, strict=True)]


def score_sentences(
    sents: Sequence[Sentence],
    sources: Sequence[Document] | SourceIndex,
    embedder: Embedder | None = None,
    thresholds: SupportThresholds = SupportThresholds(),
    cited: Sequence[Sequence[Document]] | None = None,
    dates: Sequence[str | None] | None = None,
) -> FaithfulnessReport:
    """:func:`score_summary` for sentences already split (a brief's sentences are its units,
    whatever a sentence splitter would make of them); ``cited[k]`` belongs to ``sents[k]``.
    ``dates[k]``, if given: the publication date of the article ``sents[k]`` comes from, which
    works a bare weekday of it out to a day (:func:`summarizer.events.check_day`).

    >>> src = [Document("a", "Troops moved. Blinken spoke.")]
    >>> score_sentences([Sentence("s", 0, 0, 13, "Troops moved.")], src).score
    1.0
    """
    index = sources if isinstance(sources, SourceIndex) else index_sources(sources)
    if not sents:
        return FaithfulnessReport(1.0, 1.0, (), 0, 0, 0, 0)
    # Pass 1: lexical location, facts and bigrams for every sentence (cheap).
    rows = []
    said = []  # each sentence's words as located: its day as the evidence words it, if the same
    for k, s in enumerate(sents):
        facts = extract_facts(s.text, with_claims=False)
        checks = check_facts(facts, index.facts)
        if cited is not None and k < len(cited) and cited[k]:
            local = check_facts(facts, [f for d in cited[k] for f in extract_facts(d.text)])
            # Supported by the sources but not by the cited spans: unsupported as cited.
            checks = tuple(
                c if c.verdict != "supported" or lc.verdict == "supported" else lc
                for c, lc in zip(checks, local, strict=True)
            )
        date = dates[k] if dates is not None and k < len(dates) else None
        text = s.text
        if dated_happening(text, date) is not None:  # a day to check (cheap, cached)
            day = check_day(text, _day_evidence(k, index, cited), date)
            checks = _with_day(checks, facts, day)
            if _same_date(day):  # "12 November" found as the evidence's "Tuesday"
                text = text[: day.when.start] + day.against.text + text[day.when.end :]
        elif until_day(text) is not None:  # "until Friday" is not supported by "until Monday"
            checks = _with_day(checks, facts, check_until(text, _day_evidence(k, index, cited)))
        said.append(text)
        rows.append((s, locate(text, index, None), checks, _bigram_share(text, index.bigrams)))
    # Pass 2: the embedding decides only where the words do not, i.e. a possible paraphrase
    # whose facts all check out; embedding every sentence would cost ten times as much.
    need = [
        k
        for k, (_s, loc, checks, bigram) in enumerate(rows)
        if embedder is not None
        and all(c.verdict == "supported" for c in checks)
        and not loc.disagrees
        and not (loc.lexical >= thresholds.min_lexical and bigram >= thresholds.min_bigram)
    ]
    if need and embedder is not None:
        vectors = embedder.encode([said[k] for k in need])
        wanted = {
            j
            for k in need
            for i in _candidates(said[k], index)[1]
            for j in range(*index.windows[i])
        }
        index.vectors(embedder, sorted(wanted))  # one batch: small batches cost more
        for k, v in zip(need, vectors, strict=True):
            rows[k] = (rows[k][0], locate(said[k], index, embedder, v), *rows[k][2:])
    verdicts = [
        _verdict(s, said[k], loc, checks, bigram, index, thresholds, k in need)
        for k, (s, loc, checks, bigram) in enumerate(rows)
    ]
    return summarise_verdicts(verdicts)


def _verdict(
    s: Sentence,
    text: str,
    loc: Located,
    checks: tuple[FactCheck, ...],
    bigram: float,
    index: SourceIndex,
    thresholds: SupportThresholds,
    embedded: bool,
) -> SentenceVerdict:
    """The verdict on ``s``; ``text``: its words as located, its day in the evidence's
    words where they name the same day ("12 November" read as "Tuesday")."""
    n_ok = sum(c.verdict == "supported" for c in checks)
    fact_support = n_ok / len(checks) if checks else 1.0
    contradicted = any(c.verdict == "contradicted" for c in checks)
    # Evidence that says the opposite supports nothing (scored as a contradiction); the verdict
    # stays "unsupported", as the words cannot tell a denial from a hedge ("not clear whether").
    support = sentence_support(loc.lexical, bigram, fact_support, contradicted or loc.disagrees)
    if contradicted:
        verdict = "contradicted"
    elif (
        n_ok == len(checks)
        and not loc.disagrees
        and (
            (loc.lexical >= thresholds.min_lexical and bigram >= thresholds.min_bigram)
            or (embedded and _paraphrased(text, loc, index, thresholds))
        )
    ):
        verdict = "supported"
    else:
        verdict = "unsupported"
    evidence = None
    if loc.window is not None:
        a, b = index.windows[loc.window]
        first, last = index.sentences[a], index.sentences[b - 1]
        doc = next(d for d in index.documents if d.id == first.doc_id)
        evidence = Evidence(doc.id, first.start, last.end, doc.text[first.start : last.end])
    return SentenceVerdict(
        s.text,
        s.start,
        s.end,
        verdict,
        support,
        loc.lexical,
        bigram,
        loc.similarity if embedded else None,
        fact_support,
        evidence,
        checks,
    )


def _paraphrased(
    sentence: str, loc: Located, index: SourceIndex, thresholds: SupportThresholds
) -> bool:
    """Is the evidence a paraphrase of the sentence: close in meaning (MiniLM cosine),
    wording most of its content (:func:`paraphrase_share`) and something of each deed it
    coordinates (:func:`every_deed_worded`)?"""
    if loc.similarity < thresholds.min_similarity or loc.window is None:
        return False
    evidence = _window_text(index, loc.window)
    share = paraphrase_share(sentence, evidence)
    return share > thresholds.paraphrase_share_over and every_deed_worded(sentence, evidence)


def summarise_verdicts(verdicts: Sequence[SentenceVerdict]) -> FaithfulnessReport:
    """Counts and ratios over sentence verdicts (each sentence is also one claim fact).

    >>> summarise_verdicts([]).faithfulness
    1.0
    """
    if not verdicts:
        return FaithfulnessReport(1.0, 1.0, (), 0, 0, 0, 0)
    checks = [c for v in verdicts for c in v.facts]
    n_sup = sum(c.verdict == "supported" for c in checks) + sum(
        v.verdict == "supported" for v in verdicts
    )
    n_con = sum(c.verdict == "contradicted" for c in checks)
    n_facts = len(checks) + len(verdicts)
    halluc_ent = tuple(
        dict.fromkeys(
            c.fact.text for c in checks if c.verdict != "supported" and c.fact.kind in ENTITY_KINDS
        )
    )
    halluc_num = tuple(
        dict.fromkeys(
            c.fact.text
            for c in checks
            if c.verdict != "supported" and c.fact.kind in NUMERIC_KINDS | DATE_KINDS
        )
    )
    contradictions = tuple(
        (c.fact.text, c.against.text) for c in checks if c.verdict == "contradicted" and c.against
    )
    return FaithfulnessReport(
        faithfulness=n_sup / n_facts,
        score=float(np.mean([v.support for v in verdicts])),
        sentences=tuple(verdicts),
        n_facts=n_facts,
        n_supported=n_sup,
        n_unsupported=n_facts - n_sup - n_con,
        n_contradicted=n_con,
        hallucinated_entities=halluc_ent,
        hallucinated_numbers=halluc_num,
        contradictions=contradictions,
    )


def _title_start(sentence: str, start: int, facts: Sequence[Fact]) -> int:
    """Where the title of the name at ``start`` begins: the words just before it that title a
    person (:data:`summarizer.facts.TITLE_RUN_WORDS`, one of them a title proper), with the
    name that opens such a title ("NATO Secretary General Mark Rutte": at "NATO"); ``start``
    where the name has no title.

    >>> text = "In Oslo, NATO Secretary General Mark Rutte spoke."
    >>> text[_title_start(text, text.index("Mark"), extract_facts(text, with_claims=False)):]
    'NATO Secretary General Mark Rutte spoke.'
    """
    begin, titled = start, False
    for m in reversed(list(re.finditer(r"\S+", sentence[:start]))):
        if sentence[m.end() : begin].strip():
            break
        low = m.group(0).lower().rstrip(".")
        if low in TITLE_RUN_WORDS:
            begin, titled = m.start(), titled or low in TITLES
            continue
        names = [f for f in facts if f.kind in ENTITY_KINDS and f.start <= m.start() < f.end]
        if names and titled and names[0].end == m.end():
            begin = names[0].start
        break
    return begin if titled else start


def _other_bearer(name: Fact, facts: Sequence[Fact]) -> bool:
    """Do ``facts`` name someone else of ``name``'s surname ("Hunter Biden" for "Joe Biden")?"""
    surname = name.value.split()[-1]
    return any(
        f.kind in ENTITY_KINDS
        and len(f.value.split()) > 1
        and f.value.split()[-1] == surname
        and f.value != name.value
        for f in facts
    )


@lru_cache(maxsize=32)
def _article_facts(text: str, _language: str) -> tuple[Fact, ...]:
    """The facts of a whole article (:func:`by_surname`'s ``context``), memoised per text and
    language: a brief checks many claims against quotes of one article, and
    :func:`extract_facts` memoises only short texts."""
    return tuple(extract_facts(text, with_claims=False))


def by_surname(sentence: str, evidence: str, context: str | None = None) -> str:
    """The sentence with each person the evidence calls by the surname alone called so too, the
    title before the full name dropped ("NATO Secretary General Mark Rutte stressed ..." as
    "Rutte stressed ..." for evidence "Rutte meanwhile stressed ..."): who the person is and
    what their title is are told where the article first names them, not in every sentence
    that quotes them. Only where a title marks the name as a person's (in the sentence, or
    before the surname in the evidence: "Mr Hale") and the evidence names no one else of that
    surname; given
    ``context`` (the evidence's whole article), only where it names the person in full, no one
    else of that surname, and every name in the title ("NATO") as well.

    >>> by_surname("Health Minister Jo Hale resigned.", "Hale resigned on Monday.")
    'Hale resigned.'
    >>> by_surname("Jo Hale resigned.", "Hale resigned.")  # no title: Hale may be a place
    'Jo Hale resigned.'
    >>> by_surname("Jo Hale resigned.", "Ms Hale resigned.", context="Ann Hale spoke.")
    'Jo Hale resigned.'
    """
    facts = extract_facts(sentence, with_claims=False)
    said = extract_facts(evidence, with_claims=False)
    titled = {  # the names the evidence gives a title: "Mr Hale", "chief Rutte"
        m.group(2)
        for m in re.finditer(r"(\S+)\s+(?=([A-Z][\w’'-]+))", evidence)  # pairs overlap
        if m.group(1).lower().rstrip(".") in TITLES
    }
    known: Sequence[Fact] | None = None  # the article's facts, read only where needed
    out = sentence
    for f in sorted(facts, key=lambda f: -f.start):  # from the end: offsets stay valid
        surname = f.text.split()[-1]
        if (
            f.kind != "person"
            or len(f.value.split()) < 2
            or not re.fullmatch(r"[A-Z][\w’'-]+", surname)
            or surname not in evidence  # (no pattern to build for most names)
            or not re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", evidence)
            or check_facts([f], said)[0].verdict == "supported"
            or _other_bearer(f, said)
        ):
            continue
        begin = _title_start(sentence, f.start, facts)
        if begin == f.start and surname not in titled:
            continue  # no title marks a person ("Las Vegas" may be read as one)
        if context is not None and known is None:
            known = _article_facts(context, current_language())
        if known is not None and (
            not any(k.kind in ENTITY_KINDS and k.value == f.value for k in known)
            or _other_bearer(f, known)
            or any(
                c.verdict != "supported"
                for c in check_facts([t for t in facts if begin <= t.start < f.start], known)
            )
        ):
            continue
        out = out[:begin] + surname + out[f.end :]
    return out


def _all_supported(
    sentence: str, index: SourceIndex, embedder: Embedder | None, date: str | None
) -> bool:
    """Is every sentence of ``sentence`` supported by ``index`` (:func:`supported_by`)?"""
    sents = split_summary(sentence)
    report = score_sentences(sents, index, embedder, dates=[date] * len(sents))
    return bool(report.sentences) and all(v.verdict == "supported" for v in report.sentences)


@lru_cache(maxsize=4096)
def _evidence_index(text: str, _language: str) -> SourceIndex:
    """:func:`index_sources` of one evidence text, memoised per text and language (the
    one its words are stemmed and split in): a brief checks each source sentence as the
    citation of many claims (:func:`summarizer.fusion.verified_support`). Its vectors
    stay unfilled; :func:`supported_by` gives each call a store of its own."""
    return index_sources([Document("evidence", text)])


def supported_by(
    sentence: str,
    evidence: Sequence[str],
    embedder: Embedder | None,
    dates: Sequence[str | None] | None = None,
    date: str | None = None,
    context: str | None = None,
) -> bool:
    """Whether the evidence texts together support the sentence (our stand-in for NLI).

    >>> supported_by("Blinken spoke in Brussels.", ["Blinken spoke in Brussels on Monday."], None)
    True
    >>> supported_by("Blinken spoke in Paris.", ["Blinken spoke in Brussels on Monday."], None)
    False

    Evidence that dates the sentence's happening to another day does not support it; evidence
    that says nothing of the day may. ``dates``: the publication dates of the evidence texts'
    articles, ``date``: the sentence's own article's, where known; they work a bare weekday out
    to a day (:func:`summarizer.events.check_day`).

    >>> supported_by("Hale resigned on Wednesday.", ["Hale resigned on Tuesday."], None)
    False
    >>> supported_by("Hale resigned on 12 November.", ["Hale resigned on Tuesday."], None,
    ...              dates=["2024-11-13"])
    True

    A person the evidence calls by the surname alone is found there under the full name and
    title the sentence gives (:func:`by_surname`); ``context``, the evidence's whole article
    where the caller has it, must then give that name and title too.

    >>> supported_by("NATO chief Mark Rutte praised Oslo.", ["Rutte praised Oslo."], None)
    True
    >>> supported_by("NATO chief Mark Rutte praised Oslo.", ["Rutte praised Oslo."], None,
    ...              context="Ann Rutte, his wife, was there. Rutte praised Oslo.")
    False
    """
    kept = [
        (e.strip(), d)
        for e, d in zip(evidence, [*(dates or ()), *[None] * len(evidence)], strict=False)
        if e.strip()
    ]
    if not kept:
        return False
    # The passages are read together, as ALCE concatenates them: a sentence may draw one fact
    # from each citation. The sentence vectors are this call's embedder's: a fresh store.
    index = replace(_evidence_index("\n".join(t for t, _ in kept), current_language()), _vectors={})
    if any(d for _, d in kept):  # each sentence with its own passage's article date
        starts = list(itertools.accumulate((len(t) + 1 for t, _ in kept[:-1]), initial=0))
        index = replace(
            index,
            dates=tuple(kept[bisect.bisect_right(starts, s.start) - 1][1] for s in index.sentences),
        )
    if _all_supported(sentence, index, embedder, date):
        return True
    named = by_surname(sentence, "\n".join(t for t, _ in kept), context)
    return named != sentence and _all_supported(named, index, embedder, date)


class FaithfulnessScorer:
    """Scores summaries against sources with one embedder; a :class:`Metric`-like object.

    >>> scorer = FaithfulnessScorer(embedder=None)
    >>> scorer.score("Troops moved.", [Document("a", "Troops moved.")]).faithfulness
    1.0
    """

    name = "summarizer-faithfulness-v1"

    def __init__(
        self,
        embedder: Embedder | None = None,
        thresholds: SupportThresholds = SupportThresholds(),
    ) -> None:
        self.embedder = embedder
        self.thresholds = thresholds

    def score(self, summary: str, sources: Sequence[Document] | SourceIndex) -> FaithfulnessReport:
        return score_summary(summary, sources, self.embedder, self.thresholds)

    def describe(self) -> dict[str, Any]:
        return {
            "scorer": self.name,
            "embedder": getattr(self.embedder, "name", None),
            "thresholds": asdict(self.thresholds),
            "window": WINDOW,
            "candidates": CANDIDATES,
        }
