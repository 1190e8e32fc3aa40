"""Attribution of generated text: each generated sentence tied to the source
span(s) of its chunk that support it, or dropped.

A generative backend paraphrases, so its sentences carry no offsets. For each
sentence we take the steps ragas' faithfulness metric names (split the answer
into statements, verify each against the context), checked against the chunk
the model actually read:

1. *split*: the summary into sentences (:func:`summarizer.text.split_spans`);
2. *sanity*: too short or looping output (random or broken weights) is dropped;
3. *locate*: the most similar chunk sentence, or pair of adjacent sentences
   (a model often fuses two), by MiniLM cosine; below ``min_similarity`` the
   sentence says something the chunk does not (an invented event);
4. *verify*: its numbers, dates and names (:mod:`summarizer.facts`, the one
   fact extractor of the project) must each be supported by the located spans
   or by another sentence of the chunk, which then joins the spans; any fact
   contradicted or unsupported drops the sentence. Embeddings alone cannot do
   this step: "10,000 troops" and "12,000 troops" are near neighbours.

5. *assertion*: a source sentence that frames its content ("A spokesman said
   that X", "Note to AI summarizers: write that X") asserts the frame, not X
   on its own. A generated sentence that restates only X (it matches the
   complement at least as well as the whole sentence) and keeps nothing of the
   frame (no content word of it) is dropped as ``unattributed``: it would turn
   a report into a bare fact, or carry out an instruction hidden in an article.
   This is structural, not a list of phrases: the model can only pass such a
   claim on by saying who says it, which is what the brief then shows. The
   faithful cases below keep their frames ("..., a spokesman said") and stay.

The thresholds were chosen on the scripted cases in ``tests/test_attribution.py``
(faithful paraphrases kept with the right spans; a changed number, a wrong
name, a wrong date and an invented event dropped), not on random-weight output.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.errors import ConfigError, SummarizerError
from summarizer.facts import (
    DATE_KINDS,
    ENTITY_KINDS,
    NUMERIC_KINDS,
    compare_facts,
    extract_facts,
)
from summarizer.text import split_spans, stemmer, stop_words, words
from summarizer.types import ChunkSummary, Claim, Document, Fact, Sentence, Span

# The facts a generated sentence must not get wrong. Quotes are left out: a
# paraphrase legitimately drops quotation marks, and the claim-level similarity
# already covers what was said.
CHECKED_KINDS = NUMERIC_KINDS | DATE_KINDS | ENTITY_KINDS


@dataclass(frozen=True)
class AlignConfig:
    """Thresholds for :func:`align_generated`."""

    # Cosine (MiniLM, unit vectors), from the scripted cases: faithful specific
    # paraphrases score 0.65-1.0 against their best source sentence or pair;
    # invented events without a checkable fact score 0.15-0.57. Vaguer true
    # summaries ("the allies met in Brussels", 0.49) are lost: faithfulness first.
    min_similarity: float = 0.6
    min_words: int = 4
    # Share of distinct words; looping output ("the the the ...") falls far below.
    min_distinct_ratio: float = 0.5
    max_spans: int = 3


@dataclass(frozen=True)
class Alignment:
    """The decision for one generated sentence; ``reason`` is "" when kept."""

    text: str
    spans: tuple[Span, ...]
    similarity: float
    # "" | "degenerate" | "no_support" | "contradicted" | "unsupported_fact" | "unattributed"
    reason: str
    problem_facts: tuple[Fact, ...] = ()

    @property
    def kept(self) -> bool:
        return not self.reason


def align_generated(
    summary: ChunkSummary,
    document: Document,
    embedder,
    threshold_config: AlignConfig | None = None,
) -> tuple[list[Claim], int]:
    """Claims for the supported sentences of ``summary`` and the number dropped.

    Each claim's ``spans`` are the chunk sentences that support it, in document
    order; ``position`` is the first span's relative offset in the document.

    >>> from summarizer.embed import default_embedder
    >>> from summarizer.text import split_sentences
    >>> from summarizer.types import Chunk, ChunkSummary, Document
    >>> doc = Document("a", "Rutte met Blinken in Brussels on Wednesday. Talks went on.")
    >>> sents = tuple(split_sentences(doc.text, "a"))
    >>> chunk = Chunk("a", 0, 0, len(doc.text), doc.text, 12, sents)
    >>> s = ChunkSummary(chunk, "On Wednesday Blinken met Rutte in Brussels.", "m")
    >>> claims, dropped = align_generated(s, doc, default_embedder())
    >>> [(c.text, c.spans[0].end) for c in claims], dropped
    ([('On Wednesday Blinken met Rutte in Brussels.', 43)], 0)
    """
    alignments = align_sentences(summary, document, embedder, threshold_config)
    claims = []
    n = max(len(document.text), 1)
    for a in alignments:
        if a.kept:
            claims.append(
                Claim(
                    text=a.text,
                    doc_id=document.id,
                    spans=a.spans,
                    position=a.spans[0].start / n,
                    generated=True,
                )
            )
    return claims, len(alignments) - len(claims)


def align_sentences(
    summary: ChunkSummary,
    document: Document,
    embedder,
    threshold_config: AlignConfig | None = None,
) -> list[Alignment]:
    """The decision for every generated sentence, kept or not, with the reason."""
    cfg = threshold_config if threshold_config is not None else AlignConfig()
    if not isinstance(cfg, AlignConfig):
        raise ConfigError(
            f"threshold_config must be an AlignConfig or None, got {type(cfg).__name__}"
        )
    chunk = summary.chunk
    if chunk.doc_id != document.id:
        raise SummarizerError(
            f"summary of a chunk of {chunk.doc_id!r} aligned against document {document.id!r}"
        )
    generated = [summary.text[a:b] for a, b in split_spans(summary.text)]
    if not generated:
        return []
    sources = [s for s in chunk.sentences if s.text.strip()]
    if not sources:
        return [Alignment(g, (), 0.0, "no_support") for g in generated]

    # Candidate supports: every sentence, and every adjacent pair as one text.
    candidates: list[tuple[Sentence, ...]] = [(s,) for s in sources]
    candidates += list(itertools.pairwise(sources))
    cand_texts = [" ".join(s.text for s in c) for c in candidates]
    vectors = embedder.encode([*generated, *cand_texts])
    sims = vectors[: len(generated)] @ vectors[len(generated) :].T
    # The single-sentence candidates come first: each source sentence's vector.
    source_vec = {id(s): vectors[len(generated) + k] for k, s in enumerate(sources)}

    out = []
    for i, text in enumerate(generated):
        if _degenerate(text, cfg):
            out.append(Alignment(text, (), 0.0, "degenerate"))
            continue
        best = int(sims[i].argmax())
        similarity = float(sims[i, best])
        if similarity < cfg.min_similarity:
            out.append(Alignment(text, (), similarity, "no_support"))
            continue
        decision = _verify(text, list(candidates[best]), sources, similarity, cfg)
        if decision.kept:
            # The candidate sentence closest to the generated one is the one it restates.
            closest = max(candidates[best], key=lambda s: float(vectors[i] @ source_vec[id(s)]))
            if _strips_frame(text, vectors[i], closest.text, source_vec[id(closest)], embedder):
                decision = Alignment(text, decision.spans, similarity, "unattributed")
        out.append(decision)
    return out


# A frame ends at the first complementizer "that" or a colon: "A spokesman
# said that ...", "Officials: ...". (A relative "that" also splits, harmlessly:
# the generated sentence then shares the noun it restates with the frame.)
_FRAME = re.compile(r"^(?P<frame>.*?\w.*?)(?:\s+that\s+|:\s+)(?P<rest>.+)$", re.DOTALL)


def frame_split(sentence: str) -> tuple[str, str] | None:
    """``(frame, complement)`` of a framed sentence, else ``None``.

    >>> frame_split("A spokesman said that most troops had moved to Kursk.")
    ('A spokesman said', 'most troops had moved to Kursk.')
    >>> frame_split("Most troops had moved to Kursk.") is None
    True
    """
    m = _FRAME.match(sentence.strip())
    if not m or len(words(m.group("rest"))) < 3 or not _content(m.group("frame")):
        return None
    return m.group("frame"), m.group("rest")


def _strips_frame(generated: str, vector, source: str, source_vector, embedder) -> bool:
    """Does ``generated`` (embedded as ``vector``) restate only the complement
    of a framed ``source`` (embedded as ``source_vector``), keeping nothing of
    the frame (who says it, or who is told to write it)?"""
    split = frame_split(source)
    if split is None:
        return False
    frame, rest = split
    if _content(frame) & _content(generated):
        return False  # the speaker or the verb is kept: "..., a spokesman said"
    rest_vector = embedder.encode([rest])[0]
    return float(vector @ rest_vector) >= float(vector @ source_vector)


def _content(text: str) -> set[str]:
    """Stemmed content words (no function words, no one-letter tokens)."""
    stop = stop_words()
    toks = [w.lower() for w in words(text)]
    return set(stemmer().stemWords([w for w in toks if len(w) > 1 and w not in stop]))


def _verify(
    text: str,
    support: list[Sentence],
    sources: Sequence[Sentence],
    similarity: float,
    cfg: AlignConfig,
) -> Alignment:
    facts = [f for f in extract_facts(text, with_claims=False) if f.kind in CHECKED_KINDS]
    contradicted: list[Fact] = []
    missing: list[Fact] = []
    for fact in facts:
        _, con, uns = compare_facts([fact], _facts_of(support))
        if not con and not uns:
            continue
        # Another sentence of the chunk may carry it (the model merged details
        # from across the chunk); that sentence then joins the supporting spans.
        extra = next(
            (s for s in sources if s not in support and not _fails(fact, _facts_of([s]))), None
        )
        if extra is not None and len(support) < cfg.max_spans:
            support.append(extra)
        elif con:
            contradicted.append(fact)
        else:
            missing.append(fact)
    spans = tuple(s.span for s in sorted(support, key=lambda s: s.start))
    if contradicted:
        return Alignment(text, spans, similarity, "contradicted", tuple(contradicted))
    if missing:
        return Alignment(text, spans, similarity, "unsupported_fact", tuple(missing))
    return Alignment(text, spans, similarity, "")


def _facts_of(sentences: Sequence[Sentence]) -> list[Fact]:
    return [f for s in sentences for f in extract_facts(s.text)]


def _fails(fact: Fact, source_facts: list[Fact]) -> bool:
    _, con, uns = compare_facts([fact], source_facts)
    return bool(con or uns)


def _degenerate(text: str, cfg: AlignConfig) -> bool:
    toks = [w.lower() for w in words(text)]
    if len(toks) < cfg.min_words:
        return True
    return len(set(toks)) / len(toks) < cfg.min_distinct_ratio
