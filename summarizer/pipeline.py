"""summarize(): load -> clean -> sentences -> chunk -> summarize chunks -> fuse -> brief."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer import __version__
from summarizer.backends.base import ChunkSummarizer
from summarizer.cache import Cache, brief_cache_key
from summarizer.config import Config, load_config, override, to_dict
from summarizer.embed import Embedder, default_embedder
from summarizer.errors import ModelError
from summarizer.types import Chunk, ChunkSummary, Claim, Document, Sentence

log = logging.getLogger("summarizer")


def resolve_backend(
    config: Config, embedder: Embedder | None = None
) -> tuple[ChunkSummarizer, str | None]:
    """The backend the config asks for, and a notice when ``auto`` falls back.

    Only ``auto`` falls back to the offline backend; ``seq2seq`` with a model
    that cannot be loaded is a :class:`ModelError`.
    """
    from summarizer.backends.extractive import ExtractiveSummarizer

    m = config.model

    def extractive() -> ExtractiveSummarizer:
        return ExtractiveSummarizer(
            embedder, config.extractive.sentences_per_chunk, config.chunk.max_tokens
        )

    if m.backend == "extractive":
        return extractive(), None
    try:
        from summarizer.backends.seq2seq import Seq2SeqSummarizer, model_available_locally
    except ImportError as exc:  # the seq2seq module itself failed to import
        if m.backend == "seq2seq":
            raise ModelError(f"the seq2seq backend is unavailable: {exc}") from None
        return extractive(), f"seq2seq backend unavailable ({exc}); using the offline backend"
    if m.backend == "seq2seq" or model_available_locally(m.model, m.revision):
        return Seq2SeqSummarizer(m), None
    return extractive(), (
        f"model {m.model} is not available locally; using the offline extractive backend "
        f"(run `summarizer models pull {m.model}` or pass --model PATH to use a seq2seq model)"
    )


def make_config(
    config: Config | str | Path | None = None,
    *,
    words: int | None = None,
    model: str | None = None,
    backend: str | None = None,
) -> Config:
    """A validated config: the defaults, a config file over them, then flags.

    An explicit ``model`` selects the seq2seq backend unless ``backend`` says otherwise.
    """
    if isinstance(config, Config):
        cfg = config
    elif config is None:
        cfg = load_config()
    else:
        from summarizer.models import preset_path

        cfg = load_config(preset_path(str(config)))  # a file, or a preset name in configs/
    if model is not None and backend is None:
        backend = "seq2seq"
    return override(cfg, **{"fusion.words": words, "model.model": model, "model.backend": backend})


def split_documents(documents: Sequence[Document]) -> dict[str, list[Sentence]]:
    from summarizer.text import split_sentences

    return {d.id: split_sentences(d.text, d.id, d.body_spans()) for d in documents}


def make_chunks(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    backend: ChunkSummarizer,
    config: Config,
) -> list[Chunk]:
    from summarizer.chunking import chunk_document

    count, max_tokens = backend.chunk_budget()
    overlap = config.chunk.overlap_tokens
    return [
        c for d in documents for c in chunk_document(d, sentences[d.id], count, max_tokens, overlap)
    ]


def extracted_claims(summary: ChunkSummary, doc: Document) -> list[Claim]:
    n = max(len(doc.text), 1)
    return [Claim(s.text, s.doc_id, (s.span,), s.start / n) for s in (summary.extracted or ())]


def claims_from_summaries(
    summaries: Sequence[ChunkSummary],
    documents: Mapping[str, Document],
    embedder: Embedder,
) -> tuple[list[Claim], dict[str, int]]:
    """Claims with their supporting spans; generated sentences are aligned to
    the source and dropped when nothing supports them."""
    claims: list[Claim] = []
    stats = {"generated_sentences": 0, "kept": 0, "unsupported_dropped": 0}
    for s in summaries:
        doc = documents[s.chunk.doc_id]
        if s.extracted is not None:
            claims.extend(extracted_claims(s, doc))
            continue
        from summarizer.attribution import align_generated

        kept, dropped = align_generated(s, doc, embedder)
        claims.extend(kept)
        stats["generated_sentences"] += len(kept) + dropped
        stats["kept"] += len(kept)
        stats["unsupported_dropped"] += dropped
    return claims, stats


def summarize(
    inputs: Any,
    *,
    config: Config | str | Path | None = None,
    words: int | None = None,
    model: str | None = None,
    backend: ChunkSummarizer | str | None = None,
    embedder: Embedder | None = None,
    cache: Cache | None = None,
) -> Any:
    """Summarize one cluster of articles into a validated :class:`EventBrief`.

    ``inputs``: a folder or file path (or a list of them), a list of article
    strings, or a list of :class:`Document`. ``config``: a :class:`Config` or
    a TOML file merged over ``configs/default.toml``. ``words``: budget for the
    summary and key points together. ``model``: a seq2seq model id or local
    folder (selects the seq2seq backend). ``backend``: ``"auto"``,
    ``"extractive"``, ``"seq2seq"`` or a ready :class:`ChunkSummarizer`.
    ``config`` may also name a preset in ``configs/`` (``"flan-t5-base"``).
    ``cache``: a :class:`summarizer.cache.Cache`; briefs, chunk summaries and
    embeddings are read from it and stored in it (models load only on a miss).

    >>> brief = summarize("seeds/")                      # doctest: +SKIP
    >>> print(brief.to_markdown())                       # doctest: +SKIP
    """
    from summarizer.brief import EventBrief
    from summarizer.conflicts import detect_conflicts
    from summarizer.fusion import fuse, off_topic
    from summarizer.load import load_cluster

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    cfg = make_config(
        config, words=words, model=model, backend=backend if isinstance(backend, str) else None
    )
    documents = load_cluster(inputs)
    timings["load"] = time.perf_counter() - t0

    embedder = embedder or default_embedder()
    if cache is not None:
        from summarizer.cache import CachedEmbedder

        if not isinstance(embedder, CachedEmbedder):
            embedder = CachedEmbedder(embedder, cache)
    notices: list[str] = []
    if backend is None or isinstance(backend, str):
        backend_obj, notice = resolve_backend(cfg, embedder)
        if notice:
            notices.append(notice)
            log.warning(notice)
    else:
        backend_obj = backend
    brief_key = None
    if cache is not None:
        from summarizer.backends.cached import CachedSummarizer

        if not isinstance(backend_obj, CachedSummarizer):  # batch passes its wrapped one
            backend_obj = CachedSummarizer(backend_obj, cache)
        # The whole brief, keyed on everything that makes it (code included):
        # a repeated run is a lookup, with no sentence splitting or fusion either.
        brief_key = brief_cache_key(documents, cfg, backend_obj.fingerprint, embedder.name)
        hit = cache.get("brief", brief_key)
        if hit is not None:
            from summarizer.brief import EventBrief

            data = json.loads(hit)
            timings["total"] = time.perf_counter() - t0
            data["meta"].update(cache="hit", timings={k: round(v, 4) for k, v in timings.items()})
            return EventBrief.from_dict(data)

    t = time.perf_counter()
    sentences = split_documents(documents)
    chunks = make_chunks(documents, sentences, backend_obj, cfg)
    timings["chunk"] = time.perf_counter() - t

    t = time.perf_counter()
    by_id = {d.id: d for d in documents}
    summaries = backend_obj.summarize(chunks, by_id)
    timings["summarize"] = time.perf_counter() - t

    t = time.perf_counter()
    claims, stats = claims_from_summaries(summaries, by_id, embedder)
    fallback = False
    if not claims and chunks:
        # Nothing generated survived attribution: cite source sentences instead.
        from summarizer.backends.extractive import ExtractiveSummarizer

        offline = ExtractiveSummarizer(embedder, cfg.extractive.sentences_per_chunk)
        for s in offline.summarize(chunks, by_id):
            claims.extend(extracted_claims(s, by_id[s.chunk.doc_id]))
        fallback = True
        notices.append(
            "no generated sentence was supported by the sources; "
            "the brief cites source sentences instead"
        )
    timings["attribute"] = time.perf_counter() - t

    t = time.perf_counter()
    strays = off_topic(documents, sentences, embedder, cfg.fusion.off_topic_threshold)
    conflicts = detect_conflicts(
        [d for d in documents if d.id not in strays],
        {k: v for k, v in sentences.items() if k not in strays},
        embedder,
    )
    headline, summary, key_points, fusion_stats = fuse(
        claims, documents, sentences, embedder, cfg.fusion, conflicts, strays
    )
    timings["fuse"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0

    meta = {
        "package_version": __version__,
        **backend_obj.describe(),
        "config": to_dict(cfg),
        "documents": len(documents),
        "sentences": sum(len(v) for v in sentences.values()),
        "chunks": len(chunks),
        **stats,
        "fallback_to_extractive": fallback,
        **fusion_stats,
        "notices": notices,
        **({"cache": "miss"} if cache is not None else {}),
        "timings": {k: round(v, 4) for k, v in timings.items()},
    }
    brief = EventBrief(
        headline=headline,
        summary=summary,
        key_points=key_points,
        conflicts=tuple(conflicts),
        sources=tuple(documents),
        meta=meta,
    )
    brief.validate()
    if brief_key is not None:
        cache.put_many("brief", {brief_key: brief.to_json(indent=None).encode("utf-8")})
    return brief
