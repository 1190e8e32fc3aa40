"""Metrics: ROUGE, correlation with human labels, citation precision/recall, coverage.

Argument order follows rouge_score everywhere: ``(target, prediction)``, reference first.
Empty inputs have defined results, documented per function.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarizer.embed import Embedder
from summarizer.facts import (
    DE_WEEKDAY_PARTS,
    ENTITY_KINDS,
    FOREIGN_WEEKDAYS,
    NUMERIC_KINDS,
    PT_SHORT_WEEKDAYS,
    WEEKDAY_RE,
    WEEKDAYS,
    compare_facts,
    extract_facts,
    normalise_unit,
)
from summarizer.faithfulness import supported_by
from summarizer.text import split_spans
from summarizer.types import BriefSentence, Document, Fact

# ---------------------------------------------------------------------------------------------
# ROUGE
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RougeScores:
    """F-measures in [0, 1]."""

    rouge1: float
    rouge2: float
    rougeLsum: float  # the name rouge_score and the literature use

    def to_dict(self) -> dict[str, float]:
        return {"rouge1": self.rouge1, "rouge2": self.rouge2, "rougeLsum": self.rougeLsum}


@lru_cache(maxsize=1)
def _rouge_scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


def _sentences_per_line(text: str) -> str:
    # rougeLsum treats newlines as sentence boundaries (as in the rouge_score README).
    return "\n".join(text[a:b] for a, b in split_spans(text))


def rouge(target: str, prediction: str) -> RougeScores:
    """ROUGE-1/2/Lsum F-measures with the Porter stemmer (google-research rouge_score).

    Either text empty gives 0.0 for every score.

    >>> r = rouge("The cat sat on the mat.", "The cat sat on the mat.")
    >>> (r.rouge1, r.rouge2, r.rougeLsum)
    (1.0, 1.0, 1.0)
    >>> rouge("", "anything").rouge1
    0.0
    """
    if not target.strip() or not prediction.strip():
        return RougeScores(0.0, 0.0, 0.0)
    s = _rouge_scorer().score(_sentences_per_line(target), _sentences_per_line(prediction))
    return RougeScores(s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure)


# ---------------------------------------------------------------------------------------------
# Correlation
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Correlation:
    """Pearson and Spearman between a metric and human labels; ``None`` where undefined (fewer
    than three pairs, or a constant input)."""

    pearson: float | None
    spearman: float | None
    n: int

    def to_dict(self) -> dict[str, Any]:
        r = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {"spearman": r(self.spearman), "pearson": r(self.pearson), "n": self.n}


def correlation(metric: Sequence[float | None], human: Sequence[float | None]) -> Correlation:
    """Correlation over the pairs where both values are present and finite.

    >>> c = correlation([1, 2, 3, 4], [10, 20, 30, 45])
    >>> round(c.spearman, 3), round(c.pearson, 3), c.n
    (1.0, 0.994, 4)
    >>> correlation([1, 1, 1], [1, 2, 3]).spearman is None
    True
    """
    pairs = [
        (float(x), float(y))
        for x, y in zip(metric, human, strict=True)
        if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)
    ]
    n = len(pairs)
    if n < 3:
        return Correlation(None, None, n)
    xs, ys = zip(*pairs, strict=True)
    if len(set(xs)) < 2 or len(set(ys)) < 2:
        return Correlation(None, None, n)
    from scipy.stats import pearsonr, spearmanr

    return Correlation(float(pearsonr(xs, ys)[0]), float(spearmanr(xs, ys)[0]), n)


# ---------------------------------------------------------------------------------------------
# Citations (in the spirit of ALCE, Gao et al. 2023, with our support check in place of NLI)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CitationScores:
    """``recall``: share of sentences fully supported by their citations together.
    ``precision``: share of citations that are needed: the sentence is supported by its
    citations together and this one either supports it alone or cannot be dropped.
    A brief with no sentences scores 1.0 on both (nothing uncited, nothing cited wrongly);
    a sentence with no citation counts as unsupported."""

    precision: float
    recall: float
    n_sentences: int
    n_citations: int
    per_sentence: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "n_sentences": self.n_sentences,
            "n_citations": self.n_citations,
            "per_sentence": list(self.per_sentence),
        }


def claim_text(text: str) -> str:
    """A brief sentence without the brief's own notes that sources differ (on a
    figure, a date, who said it; in any of the brief languages): they are no claim.

    >>> claim_text("Unos 11.000 soldados fueron enviados (las fuentes difieren sobre esta cifra).")
    'Unos 11.000 soldados fueron enviados.'
    """
    from summarizer.notes import without_contested_note

    return without_contested_note(text)


# An English weekday's anchor, after its possessive where it has one: "Tuesday's (2024-11-12)".
_ANCHOR = re.compile(rf"\b({WEEKDAY_RE})((?:['’]s)?)\s+\((\d{{4}}-\d{{2}}-\d{{2}})\)")
# The other languages' weekdays, as the pipeline anchors them (summarizer.fusion.anchor_dates,
# in a brief of that language): "el miércoles (2024-11-13)", "Mittwochabend (...)",
# "na quarta-feira (...)", "na quarta (...)"; read whatever the current language.
_FOREIGN_WEEKDAY_NAMES = {
    name.lower(): i
    for days in (*FOREIGN_WEEKDAYS.values(), PT_SHORT_WEEKDAYS)
    for i, names in enumerate(days)
    for name in names.split("|")
}
_FOREIGN_ANCHOR = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted(map(re.escape, _FOREIGN_WEEKDAY_NAMES), key=len, reverse=True))
    + rf")((?:{DE_WEEKDAY_PARTS})?)\s+\((\d{{4}}-\d{{2}}-\d{{2}})\)",
    re.IGNORECASE,
)


def without_anchors(text: str, article_dates: Iterable[str | None]) -> str:
    """A brief sentence without the brief's own weekday anchors ("Tuesday
    (2024-11-12)" -> "Tuesday") where they are right: the date falls on that
    weekday, and one of ``article_dates`` (the dates of the articles the
    sentence cites) is that day or at most six days later. The anchor is
    then derived from the source (its weekday and its date), not a new fact;
    a wrong anchor stays in the text and is scored like any other date.

    >>> without_anchors("Talks ended Tuesday (2024-11-12).", ["2024-11-13"])
    'Talks ended Tuesday.'
    >>> without_anchors("Talks ended Tuesday (2024-11-05).", ["2024-11-13"])
    'Talks ended Tuesday (2024-11-05).'

    Also the anchors of a brief in another language:

    >>> without_anchors("Blinken advirtió el miércoles (2024-11-13) en Bruselas.", ["2024-11-13"])
    'Blinken advirtió el miércoles en Bruselas.'
    """
    import datetime as dt

    days = []
    for d in article_dates:
        try:
            days.append(dt.date.fromisoformat((d or "")[:10]))
        except ValueError:
            continue

    def right(weekday: int, iso: str) -> bool:
        try:
            when = dt.date.fromisoformat(iso)
        except ValueError:
            return False
        return when.weekday() == weekday and any(0 <= (day - when).days <= 6 for day in days)

    def drop(m: re.Match[str]) -> str:
        if right(WEEKDAYS.index(m.group(1).lower()), m.group(3)):
            return m.group(1) + m.group(2)
        return m.group(0)

    def drop_foreign(m: re.Match[str]) -> str:
        if right(_FOREIGN_WEEKDAY_NAMES[m.group(1).lower()], m.group(3)):
            return m.group(1) + m.group(2)
        return m.group(0)

    return _FOREIGN_ANCHOR.sub(drop_foreign, _ANCHOR.sub(drop, text))


def citation_scores(
    sentences: Sequence[BriefSentence],
    embedder: Embedder | None = None,
    article_dates: Mapping[str, str | None] | None = None,
) -> CitationScores:
    """Citation precision and recall of a brief's sentences.

    >>> from summarizer.types import Citation
    >>> good = Citation("a", 0, 26, "Blinken spoke in Brussels.")
    >>> idle = Citation("b", 0, 14, "Rutte was ill.")
    >>> s = BriefSentence("Blinken spoke in Brussels.", (good, idle))
    >>> cs = citation_scores([s])
    >>> cs.recall, cs.precision
    (1.0, 0.5)
    """
    if not sentences:
        return CitationScores(1.0, 1.0, 0, 0)
    n_supported = 0
    n_precise = 0
    n_cites = 0
    rows: list[dict[str, Any]] = []
    dates = article_dates or {}
    for s in sentences:
        quotes = [c.quote for c in s.citations]
        n_cites += len(quotes)
        cited_dates = [dates.get(c.source) for c in s.citations]
        text = without_anchors(claim_text(s.text), cited_dates)
        joint = supported_by(text, quotes, embedder, cited_dates)
        precise = 0
        if joint:
            n_supported += 1
            if len(quotes) == 1:
                precise = 1
            else:
                for i, q in enumerate(quotes):
                    alone = supported_by(text, [q], embedder, [cited_dates[i]])
                    rest = quotes[:i] + quotes[i + 1 :]
                    rest_dates = cited_dates[:i] + cited_dates[i + 1 :]
                    if alone or not supported_by(text, rest, embedder, rest_dates):
                        precise += 1
        n_precise += precise
        rows.append(
            {"text": s.text, "citations": len(quotes), "supported": joint, "precise": precise}
        )
    return CitationScores(
        precision=n_precise / n_cites if n_cites else 0.0,
        recall=n_supported / len(sentences),
        n_sentences=len(sentences),
        n_citations=n_cites,
        per_sentence=tuple(rows),
    )


# ---------------------------------------------------------------------------------------------
# Coverage of consensus facts
# ---------------------------------------------------------------------------------------------

# Kinds worth counting: what happened, to how many, when, who and where. Weekdays, quotes and
# bare capitalised words ("entity") are left out: they make noisy consensus.
CONSENSUS_KINDS = NUMERIC_KINDS | frozenset({"date", "person", "place", "org"})


@dataclass(frozen=True)
class ConsensusFact:
    kind: str
    value: str
    unit: str | None
    text: str  # one surface form, from the first source that reports it
    sources: tuple[str, ...]

    def as_fact(self) -> Fact:
        return Fact(self.kind, self.text, 0, len(self.text), self.value, self.unit)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "text": self.text,
            "sources": list(self.sources),
        }


def _key(f: Fact) -> tuple[str, str, str | None]:
    kind = "entity" if f.kind in ENTITY_KINDS else f.kind
    return (kind, f.value, normalise_unit(f.unit) if f.kind in NUMERIC_KINDS else None)


def consensus_facts(documents: Sequence[Document], min_sources: int = 2) -> list[ConsensusFact]:
    """Facts that at least ``min_sources`` different sources report, most widely reported first.

    >>> docs = [Document("a", "Blinken met Rutte in Brussels."),
    ...         Document("b", "In Brussels, Blinken and Rutte talked."),
    ...         Document("c", "Nothing to see in Paris.")]
    >>> [(c.value, len(c.sources)) for c in consensus_facts(docs)]
    [('brussels', 2)]
    """
    seen: dict[tuple[str, str, str | None], tuple[Fact, list[str]]] = {}
    for d in documents:
        for f in extract_facts(d.text, with_claims=False):
            if f.kind not in CONSENSUS_KINDS:
                continue
            k = _key(f)
            if k not in seen:
                seen[k] = (f, [])
            if d.id not in seen[k][1]:
                seen[k][1].append(d.id)
    out = [
        ConsensusFact(f.kind, f.value, f.unit, f.text, tuple(ids))
        for f, ids in seen.values()
        if len(ids) >= min_sources
    ]
    out.sort(key=lambda c: -len(c.sources))
    return out


@dataclass(frozen=True)
class Coverage:
    """Share of consensus facts the text states; 1.0 when there are none (nothing to miss)."""

    share: float
    covered: tuple[ConsensusFact, ...]
    missed: tuple[ConsensusFact, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "coverage": round(self.share, 4),
            "covered": [c.to_dict() for c in self.covered],
            "missed": [c.to_dict() for c in self.missed],
        }


def coverage(text: str, consensus: Sequence[ConsensusFact]) -> Coverage:
    """Which consensus facts ``text`` states (same value; numbers allow rounding and hedges).

    >>> docs = [Document("a", "11,000 troops reached Kursk."), Document("b", "11,000 troops.")]
    >>> coverage("About 11,000 soldiers arrived.", consensus_facts(docs)).share
    1.0
    >>> coverage("", consensus_facts(docs)).share
    0.0
    """
    if not consensus:
        return Coverage(1.0, (), ())
    facts = extract_facts(text)
    covered, missed = [], []
    for c in consensus:
        sup, _con, _uns = compare_facts([c.as_fact()], facts)
        (covered if sup else missed).append(c)
    return Coverage(len(covered) / len(consensus), tuple(covered), tuple(missed))


# ---------------------------------------------------------------------------------------------
# Hand-written gold facts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldFact:
    """A fact a good brief of one cluster states, written by a person reading the sources.

    ``match`` lists alternative phrasings; each alternative is a list of regular expressions
    that must all match (case-insensitive) inside one sentence of the brief.
    """

    id: str
    statement: str
    match: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...] = ()
    kind: str = "claim"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GoldFact:
        return cls(
            id=str(d["id"]),
            statement=str(d["statement"]),
            match=tuple(tuple(alt) for alt in d["match"]),
            sources=tuple(d.get("sources", ())),
            kind=str(d.get("kind", "claim")),
        )

    def stated_in(self, sentences: Iterable[str]) -> bool:
        """
        >>> g = GoldFact("g1", "Troops in Kursk", ((r"troops|soldiers", r"Kursk"),))
        >>> g.stated_in(["Soldiers fight in Kursk."]), g.stated_in(["Troops.", "Kursk."])
        (True, False)
        """
        sents = list(sentences)
        return any(
            all(re.search(p, s, re.IGNORECASE) for p in alt) for alt in self.match for s in sents
        )


def load_gold_facts(path: str) -> list[GoldFact]:
    """Gold facts from a JSON file ``{"facts": [{id, statement, match, sources, kind}]}``."""
    return read_gold_file(path)[1]


def read_gold_file(path: str) -> tuple[str | None, list[GoldFact]]:
    """The cluster id a gold-facts file names (``"cluster"``, or None) and its facts."""
    import json
    from pathlib import Path

    from summarizer.errors import InputError
    from summarizer.load import given_id

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        facts = [GoldFact.from_dict(d) for d in data["facts"]]
        cluster = data.get("cluster")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not a gold-facts file ({exc})") from None
    cid, error = given_id(cluster, str(path), "'cluster'")  # as the clusters' ids are read
    if error:
        raise InputError(error)
    return cid, facts


def gold_coverage(text: str, gold: Sequence[GoldFact]) -> tuple[float, list[str]]:
    """Share of gold facts stated in ``text`` and the ids of those stated; 1.0 with no gold.

    >>> g = [GoldFact("a", "x", ((r"Kursk",),)), GoldFact("b", "y", ((r"Rutte",),))]
    >>> gold_coverage("Troops are in Kursk.", g)
    (0.5, ['a'])
    """
    if not gold:
        return 1.0, []
    sents = [text[a:b] for a, b in split_spans(text)]
    hit = [g.id for g in gold if g.stated_in(sents)]
    return len(hit) / len(gold), hit
