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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarizer.config import FusionConfig
from summarizer.embed import Embedder
from summarizer.text import count_words, words
from summarizer.types import BriefSentence, Citation, Claim, Document, Sentence, Span

# A sentence that opens by leaning on its neighbour ("He added...", "The
# latter...") cannot stand alone in a brief.
_DANGLING = re.compile(
    r"^[\"“‘']?\s*(he|she|they|it|this|that|these|those|his|her|their|its|the latter|the former|"
    r"but|and|or|so|also|however|meanwhile|moreover|still|yet|then|there|here|such)\b",
    re.IGNORECASE,
)
_QUOTE_ONLY = re.compile(r"^\s*[\"“‘'].*[\"”’'](.*)$", re.DOTALL)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class ScoredClaim:
    claim: Claim
    support: tuple[Span, ...]  # the claim's own spans first, then other sources'
    sources: frozenset[str]
    score: float


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def numbers_agree(claim: str, evidence: str) -> bool:
    """Every number the claim states also appears in the evidence."""
    return _numbers(claim) <= _numbers(evidence)


_PRONOUN = re.compile(r"^(he|she|they|him|her|his|their|them|it|its)$", re.IGNORECASE)
_CALENDAR = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|on|in|at|last|earlier|later)$",
    re.IGNORECASE,
)


def is_dangling(text: str) -> bool:
    """Does the sentence lean on a neighbour for its subject?

    True when it opens with a connective or pronoun ("He added...", "But..."),
    or when a personal pronoun comes in its first words before any name
    ("On Tuesday, he said...").
    """
    if _DANGLING.match(text):
        return True
    quoted = _QUOTE_ONLY.match(text)
    if quoted and len(words(quoted.group(1))) < 2:
        return True  # a bare quotation whose speaker is in another sentence
    for i, w in enumerate(words(text)[:6]):
        if _PRONOUN.match(w):
            return True
        if i > 0 and w[:1].isupper() and not _CALENDAR.match(w):
            return False
    return False


def score_claims(
    claims: Sequence[Claim],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    config: FusionConfig,
) -> tuple[list[ScoredClaim], object]:
    """Attach cross-source support to each claim and score its salience."""
    import numpy as np

    all_sents = [s for doc_sents in sentences.values() for s in doc_sents]
    n_docs = max(len(sentences), 1)
    claim_vecs = embedder.encode([c.text for c in claims])
    sent_vecs = embedder.encode([s.text for s in all_sents])
    centroid = sent_vecs.mean(axis=0) if len(all_sents) else np.zeros(claim_vecs.shape[1])
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    sims = claim_vecs @ sent_vecs.T if len(all_sents) else np.zeros((len(claims), 0))
    doc_of = np.array([s.doc_id for s in all_sents])

    scored = []
    for i, claim in enumerate(claims):
        support = list(claim.spans)
        sources = {claim.doc_id}
        for doc_id in sentences:
            if doc_id == claim.doc_id:
                continue
            idx = np.flatnonzero(doc_of == doc_id)
            if not len(idx):
                continue
            best = idx[np.argmax(sims[i, idx])]
            if sims[i, best] >= config.support_threshold and numbers_agree(
                claim.text, all_sents[best].text
            ):
                support.append(all_sents[best].span)
                sources.add(doc_id)
        n_words = count_words(claim.text)
        score = (
            len(sources) / n_docs
            + 0.5 * float(claim_vecs[i] @ centroid)
            + 0.2 * (1.0 - claim.position)
        )
        if is_dangling(claim.text):
            score -= 0.4
        if n_words < 6:
            score -= 0.5
        elif n_words > 55:
            score -= 0.15
        scored.append(ScoredClaim(claim, tuple(support), frozenset(sources), score))
    return scored, claim_vecs


def select(scored: Sequence[ScoredClaim], vecs, budget: int, config: FusionConfig) -> list[int]:
    """Indices of the claims to keep, in selection (salience) order."""
    import numpy as np

    chosen: list[int] = []
    used = 0
    remaining = set(range(len(scored)))
    while remaining:
        best, best_val = None, -np.inf
        for i in remaining:
            redundancy = max((float(vecs[i] @ vecs[j]) for j in chosen), default=0.0)
            if redundancy >= config.duplicate_threshold:
                continue
            val = scored[i].score - config.redundancy_weight * redundancy
            if val > best_val:
                best, best_val = i, val
        if best is None:
            break
        remaining.discard(best)
        n = count_words(scored[best].claim.text)
        if used + n > budget:
            continue  # too long for what is left; a shorter one may still fit
        chosen.append(best)
        used += n
    return chosen


def citations_for(spans: Sequence[Span], documents: Mapping[str, Document]) -> tuple[Citation, ...]:
    out, seen = [], set()
    for sp in spans:
        if (sp.doc_id, sp.start, sp.end) in seen:
            continue
        seen.add((sp.doc_id, sp.start, sp.end))
        text = documents[sp.doc_id].text
        out.append(Citation(sp.doc_id, sp.start, sp.end, text[sp.start : sp.end]))
    return tuple(out)


def headline(top: ScoredClaim | None, documents: Sequence[Document], embedder: Embedder) -> str:
    """The sources' own title closest to the top fact, else the top fact itself."""
    titles = [d.title for d in documents if d.title]
    if top is None:
        return titles[0] if titles else "No summary could be made"
    if titles:
        vecs = embedder.encode([top.claim.text, *titles])
        best = int((vecs[1:] @ vecs[0]).argmax())
        return titles[best]
    return top.claim.text.rstrip(" .")


def fuse(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    embedder: Embedder,
    config: FusionConfig,
) -> tuple[str, tuple[BriefSentence, ...], tuple[BriefSentence, ...], dict]:
    """Headline, summary sentences and key points, each sentence cited."""
    by_id = {d.id: d for d in documents}
    unique: dict[tuple, Claim] = {}
    for c in claims:  # overlapping chunks can yield the same claim twice
        unique.setdefault((c.doc_id, c.text, c.spans), c)
    claims = list(unique.values())
    if not claims:
        return headline(None, documents, embedder), (), (), {"claims": 0, "selected": 0}
    scored, vecs = score_claims(claims, sentences, embedder, config)
    order = select(scored, vecs, config.words, config)
    summary_budget = config.words * config.summary_share
    summary, points, used = [], [], 0
    for rank, i in enumerate(order):
        sc = scored[i]
        sent = BriefSentence(sc.claim.text, citations_for(sc.support, by_id))
        n = count_words(sc.claim.text)
        if rank == 0 or (not points and used + n <= summary_budget):
            summary.append(sent)
            used += n
        else:
            points.append(sent)
    top = scored[order[0]] if order else None
    stats = {
        "claims": len(claims),
        "selected": len(order),
        "multi_source_sentences": sum(1 for i in order if len(scored[i].sources) > 1),
    }
    return headline(top, documents, embedder), tuple(summary), tuple(points), stats
