"""summarize(): load -> clean -> sentences -> chunk -> summarize chunks -> fuse -> brief.

The work is split in three stages so that many clusters can share the model:
:func:`prepare` (load, whole-brief cache lookup, sentences, chunks),
:func:`summarize_chunks` (one backend call for the chunks of many clusters,
so they fill the same length-sorted generate batches) and :func:`finish`
(attribution, conflicts, fusion, validation, cache). :func:`summarize` runs
them for one cluster, :func:`summarize_many` for many.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer import __version__
from summarizer.backends.base import ChunkSummarizer
from summarizer.cache import Cache, brief_cache_key
from summarizer.config import Config, load_config, override, to_dict
from summarizer.embed import Embedder, default_embedder
from summarizer.errors import ConfigError, InputError, ModelError
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
        from summarizer.backends.seq2seq import (
            make_seq2seq,
            missing_model_message,
            model_available_locally,
        )
    except ImportError as exc:  # the seq2seq module itself failed to import
        if m.backend == "seq2seq":
            raise ModelError(f"the seq2seq backend is unavailable: {exc}") from None
        return extractive(), f"seq2seq backend unavailable ({exc}); using the offline backend"
    if m.backend == "seq2seq" or model_available_locally(m.model, m.revision):
        return make_seq2seq(m), None
    # the same reason and fix as the error `--backend seq2seq` would give
    why = missing_model_message(m.model, m.revision, allow_pickle=m.allow_pickle)
    return extractive(), f"{why}; using the offline extractive backend"


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
    if model is not None and backend == "extractive":
        raise ConfigError(
            f"model {model!r} given with the extractive backend, which uses no model "
            "(drop one of them)"
        )
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
    strings, a list of :class:`Document`, or article dicts (``{"text": ...}``).
    ``config``: a :class:`Config` or a TOML file merged over
    ``configs/default.toml``. ``words``: budget for the summary and key points
    together. ``model``: a seq2seq model id or local
    folder (selects the seq2seq backend). ``backend``: ``"auto"``,
    ``"extractive"``, ``"seq2seq"`` or a ready :class:`ChunkSummarizer`.
    ``config`` may also name a preset in ``configs/`` (``"flan-t5-base"``).
    ``cache``: a :class:`summarizer.cache.Cache` (or its path); briefs, chunk summaries and
    embeddings are read from it and stored in it (models load only on a miss).

    >>> brief = summarize("seeds/")                      # doctest: +SKIP
    >>> print(brief.to_markdown())                       # doctest: +SKIP
    """
    t0 = time.perf_counter()
    cache = _as_cache(cache)
    cfg, backend_obj, embedder, notices = _collaborators(
        config, words, model, backend, embedder, cache
    )
    return complete(_prepare(inputs, cfg, backend_obj, embedder, cache, notices, t0))


def complete(prepared: Prepared) -> Any:
    """The rest of :func:`summarize` after :func:`prepare`: the cached brief, or the
    cluster's chunks summarized by its backend and the brief made of them."""
    if prepared.brief is not None:
        return prepared.brief
    t = time.perf_counter()
    summaries = prepared.backend.summarize(prepared.chunks, prepared.by_id)
    prepared.timings["summarize"] = time.perf_counter() - t
    return finish(prepared, summaries)


def _as_cache(cache: Any) -> Cache | None:
    """``cache`` as a :class:`Cache`: one, ``None``, or the path of one."""
    if cache is None or hasattr(cache, "get_many"):
        return cache
    if isinstance(cache, (str, Path)):
        return Cache(cache)
    raise InputError(
        f"cache must be a summarizer.cache.Cache or a path, not {type(cache).__name__}"
    )


def summarize_many(
    clusters: Iterable[Any],
    *,
    config: Config | str | Path | None = None,
    words: int | None = None,
    model: str | None = None,
    backend: ChunkSummarizer | str | None = None,
    embedder: Embedder | None = None,
    cache: Cache | None = None,
) -> list[Any]:
    """Summarize many clusters, their chunks generated together: one backend
    call for all of them, so a seq2seq model fills its length-sorted batches
    with chunks of every cluster instead of one small cluster at a time.

    Takes what :func:`summarize` takes, with ``clusters`` a list of its
    ``inputs``. Returns one item per cluster, in order: the
    :class:`EventBrief`, or the exception that cluster raised (a cluster that
    fails never fails the others). For a deterministic backend each brief is
    the one :func:`summarize` makes for that cluster alone (timings aside).

    >>> briefs = summarize_many(["a/", "b/"], config="flan-t5-base")  # doctest: +SKIP
    """
    if isinstance(clusters, (str, Path)):
        raise InputError(
            "summarize_many takes a list of clusters (each what summarize() takes), "
            f"not one path: summarize_many([{str(clusters)!r}]) or summarize({str(clusters)!r})"
        )
    t0 = time.perf_counter()
    cache = _as_cache(cache)
    cfg, backend_obj, embedder, notices = _collaborators(
        config, words, model, backend, embedder, cache
    )
    results: list[Any] = []
    for inputs in clusters:
        try:
            results.append(_prepare(inputs, cfg, backend_obj, embedder, cache, notices, t0))
        except Exception as exc:  # this cluster only
            results.append(exc)
        t0 = time.perf_counter()
    pending = [r for r in results if isinstance(r, Prepared) and r.brief is None]
    for prepared, summaries in zip(pending, summarize_chunks(pending), strict=True):
        prepared.summaries = summaries
    out: list[Any] = []
    for r in results:
        if not isinstance(r, Prepared):
            out.append(r)
        elif r.brief is not None:
            out.append(r.brief)
        elif isinstance(r.summaries, BaseException):
            out.append(r.summaries)
        else:
            try:
                out.append(finish(r, r.summaries))
            except Exception as exc:
                out.append(exc)
    return out


@dataclass
class Prepared:
    """One cluster up to its chunks: what :func:`finish` needs, or the cached brief."""

    config: Config
    backend: ChunkSummarizer
    embedder: Embedder
    cache: Cache | None
    documents: list[Document]
    by_id: dict[str, Document]
    notices: list[str]
    timings: dict[str, float]
    started: float  # perf_counter() when the cluster's work began
    brief_key: str | None = None
    brief: Any = None  # the EventBrief, when the whole brief came from the cache
    sentences: dict[str, list[Sentence]] = field(default_factory=dict)
    chunks: list[Chunk] = field(default_factory=list)
    # Set by summarize_chunks: the chunk summaries (or why they failed) and, for
    # a caching backend, how many came from the cache.
    summaries: list[ChunkSummary] | BaseException | None = None
    summary_cache: dict[str, int] | None = None
    shared: bool = False  # summarized by summarize_chunks, in turns with other clusters
    skipped_language: dict[str, str] = field(default_factory=dict)  # id -> detected language
    # The language the brief is made in (summarizer.language.decide_languages):
    # the lexical tools use it while this cluster's sentences are split and fused.
    language: str = "en"


def prepare(
    inputs: Any,
    *,
    config: Config | str | Path | None = None,
    words: int | None = None,
    model: str | None = None,
    backend: ChunkSummarizer | str | None = None,
    embedder: Embedder | None = None,
    cache: Cache | None = None,
) -> Prepared:
    """The first stage of :func:`summarize`: load the cluster, look the whole
    brief up in the cache (``.brief`` is set on a hit), split sentences and
    cut chunks. Pass a ready backend and embedder (as ``summarize`` wraps
    them) to share them between clusters."""
    t0 = time.perf_counter()
    cfg, backend_obj, embedder, notices = _collaborators(
        config, words, model, backend, embedder, cache
    )
    return _prepare(inputs, cfg, backend_obj, embedder, cache, notices, t0)


def summarize_chunks(prepared: Sequence[Prepared]) -> list[list[ChunkSummary] | BaseException]:
    """The chunk summaries of each prepared cluster (or the exception its chunks
    raised), made by one backend call over all their chunks when the backend
    summarizes each chunk on its own (``independent_chunks``), else one call
    per cluster. Also sets each cluster's ``summaries``, ``summary_cache`` and
    ``timings["summarize"]`` (its share of a shared call, by chunk count)."""
    out: list[list[ChunkSummary] | BaseException] = [[] for _ in prepared]
    for group in _share_groups(prepared):
        backend = prepared[group[0]].backend
        if len(group) > 1 and getattr(backend, "independent_chunks", False):
            try:
                _summarize_group(prepared, group, out)
                continue
            except Exception:  # redone one cluster at a time below, to find which
                pass
        for i in group:
            try:
                _summarize_group(prepared, [i], out)
            except Exception as exc:  # this cluster only
                out[i] = exc
    for p, result in zip(prepared, out, strict=True):
        p.summaries = result
        p.shared = True
    return out


def _summarize_group(prepared: Sequence[Prepared], group: Sequence[int], out: list[Any]) -> None:
    backend = prepared[group[0]].backend
    chunks = [c for i in group for c in prepared[i].chunks]
    documents = {k: v for i in group for k, v in prepared[i].by_id.items()}
    t = time.perf_counter()
    summaries = backend.summarize(chunks, documents)
    seconds = time.perf_counter() - t
    statuses = getattr(backend, "last_statuses", None)
    if statuses is not None and len(statuses) != len(chunks):
        statuses = None
    at = 0
    for i in group:
        n = len(prepared[i].chunks)
        out[i] = summaries[at : at + n]
        prepared[i].timings["summarize"] = seconds * n / max(len(chunks), 1)
        if statuses is not None:
            mine = statuses[at : at + n]
            prepared[i].summary_cache = {
                "hits": mine.count("hit"),
                "misses": mine.count("miss"),
            }
        at += n


def _share_groups(prepared: Sequence[Prepared]) -> list[list[int]]:
    """Clusters that can go into one backend call: same backend, and no document
    id that means different documents in two of them (the backend looks the
    document up by id to render its prompt)."""
    groups: list[tuple[list[int], dict[str, Document]]] = []
    for i, p in enumerate(prepared):
        for members, docs in groups:
            if prepared[members[0]].backend is p.backend and all(
                docs.get(k, d) == d for k, d in p.by_id.items()
            ):
                members.append(i)
                docs.update(p.by_id)
                break
        else:
            groups.append(([i], dict(p.by_id)))
    return [members for members, _ in groups]


# The backend fallback notices already logged: a loop over 1,000 clusters shows one.
_LOGGED_NOTICES: set[str] = set()


def _collaborators(
    config: Config | str | Path | None,
    words: int | None,
    model: str | None,
    backend: ChunkSummarizer | str | None,
    embedder: Embedder | None,
    cache: Cache | None,
) -> tuple[Config, ChunkSummarizer, Embedder, list[str]]:
    """The config, the backend and embedder (wrapped with the cache) and any notice."""
    cfg = make_config(
        config, words=words, model=model, backend=backend if isinstance(backend, str) else None
    )
    embedder = embedder or default_embedder()
    if cache is not None:
        from summarizer.cache import CachedEmbedder

        if not isinstance(embedder, CachedEmbedder):
            embedder = CachedEmbedder(embedder, cache)
    notices: list[str] = []
    if backend is None or isinstance(backend, str):
        backend_obj, notice = resolve_backend(cfg, embedder)
        if notice:
            notices.append(notice)  # every brief's meta carries it
            if notice not in _LOGGED_NOTICES and log.isEnabledFor(logging.WARNING):
                _LOGGED_NOTICES.add(notice)  # logged once a process, not once a cluster
                log.warning(notice)
    else:
        backend_obj = backend
    if cache is not None:
        from summarizer.backends.cached import CachedSummarizer

        if not isinstance(backend_obj, CachedSummarizer):  # batch passes its wrapped one
            backend_obj = CachedSummarizer(backend_obj, cache)
    return cfg, backend_obj, embedder, notices


def _prepare(
    inputs: Any,
    cfg: Config,
    backend_obj: ChunkSummarizer,
    embedder: Embedder,
    cache: Cache | None,
    notices: Sequence[str],
    t0: float,
) -> Prepared:
    from summarizer.load import check_length, load_cluster

    notices = list(notices)
    documents = load_cluster(inputs, notices)  # notices: a legacy encoding, an empty article
    check_length(documents, cfg.input.max_article_chars)
    timings = {"load": time.perf_counter() - t0}
    prepared = Prepared(
        config=cfg,
        backend=backend_obj,
        embedder=embedder,
        cache=cache,
        documents=documents,
        by_id={d.id: d for d in documents},
        notices=notices,
        timings=timings,
        started=t0,
    )
    if cache is not None:
        # The whole brief, keyed on everything that makes it (code included):
        # a repeated run is a lookup, with no sentence splitting or fusion either.
        prepared.brief_key = brief_cache_key(documents, cfg, backend_obj.fingerprint, embedder.name)
        hit = cache.get("brief", prepared.brief_key)
        if hit is not None:
            from summarizer.brief import EventBrief

            data = json.loads(hit)
            timings["total"] = time.perf_counter() - t0
            data["meta"].update(cache="hit", timings={k: round(v, 4) for k, v in timings.items()})
            prepared.brief = EventBrief.from_dict(data)
            return prepared

    t = time.perf_counter()
    from summarizer.language import decide_languages, use_language

    # After the cache lookup: deterministic given the documents and the config,
    # which the brief key holds, so a hit needs no language model.
    documents, skipped, prepared.language = decide_languages(
        documents, cfg.input.language, cfg.input.other_languages, notices
    )
    if skipped:
        prepared.documents, prepared.by_id = documents, {d.id: d for d in documents}
        prepared.skipped_language = skipped
    timings["language"] = time.perf_counter() - t

    t = time.perf_counter()
    with use_language(prepared.language):  # the splitter's rules
        prepared.sentences = split_documents(documents)
        prepared.chunks = make_chunks(documents, prepared.sentences, backend_obj, cfg)
    timings["chunk"] = time.perf_counter() - t
    return prepared


def finish(prepared: Prepared, summaries: Sequence[ChunkSummary]) -> Any:
    """The last stage of :func:`summarize`: attribution, conflicts, fusion, the
    validated :class:`EventBrief`, stored in the cache; made with the lexical
    tools of the cluster's language (``meta["language"]``)."""
    from summarizer.language import use_language

    with use_language(prepared.language):
        return _finish(prepared, summaries)


def _finish(prepared: Prepared, summaries: Sequence[ChunkSummary]) -> Any:
    from summarizer.brief import EventBrief
    from summarizer.conflicts import detect_conflicts
    from summarizer.fusion import (
        cluster_changes,
        fuse,
        live_conflicts,
        off_topic,
        unlisted_recounts,
    )

    cfg, embedder, documents = prepared.config, prepared.embedder, prepared.documents
    sentences, chunks, by_id = prepared.sentences, prepared.chunks, prepared.by_id
    timings, notices = prepared.timings, prepared.notices
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
    on_topic = [d for d in documents if d.id not in strays]
    on_sentences = {k: v for k, v in sentences.items() if k not in strays}
    # A story told over days: a disagreement a later report's figure settles is none, and
    # a claim stating an updated figure gives way (fusion.superseded).
    updates, recounts = cluster_changes(
        on_topic, on_sentences, embedder, cfg.fusion.conflict_similarity
    )
    conflicts = live_conflicts(
        detect_conflicts(on_topic, on_sentences, embedder, cfg.fusion.conflict_similarity),
        updates,
    )
    # ... and a toll a later report counts lower is disputed, though the two are of two days.
    conflicts += unlisted_recounts(recounts, conflicts)
    # Abstractive fusion of shared facts, when a seq2seq model made the claims.
    generate = None if fallback or not cfg.fusion.abstractive else _generator(prepared.backend)
    headline, summary, key_points, fusion_stats = fuse(
        claims, documents, sentences, embedder, cfg.fusion, conflicts, strays, generate, updates
    )
    timings["fuse"] = time.perf_counter() - t
    # Why a brief is empty: said once, in the error of EventBrief.require_sentences.
    empty: dict[str, str] = {}
    if not summary and not key_points:
        empty["empty_reason"] = _empty_reason(claims, cfg.fusion.words)
    if prepared.shared:
        # Clusters were worked on in turns: the wall clock since this one began
        # counts the others too. Its own stages plus its share of the generate call.
        timings["total"] = sum(v for k, v in timings.items() if k != "total")
    else:
        timings["total"] = time.perf_counter() - prepared.started

    meta = {
        "package_version": __version__,
        **prepared.backend.describe(),
        "config": to_dict(cfg),
        "language": prepared.language,
        "documents": len(documents),
        "sentences": sum(len(v) for v in sentences.values()),
        "chunks": len(chunks),
        **stats,
        "fallback_to_extractive": fallback,
        **fusion_stats,
        "notices": notices,
        **empty,
        **({"skipped_language": prepared.skipped_language} if prepared.skipped_language else {}),
        **({"cache": "miss"} if prepared.cache is not None else {}),
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
    if prepared.brief_key is not None and prepared.cache is not None:
        prepared.cache.put_many(
            "brief", {prepared.brief_key: brief.to_json(indent=None).encode("utf-8")}
        )
    return brief


def _empty_reason(claims: Sequence[Claim], words: int) -> str:
    """Why a brief has no sentence, for the user (within the words of
    :meth:`EventBrief.require_sentences`)."""
    from summarizer.fusion import is_fragment
    from summarizer.text import count_words, number_of

    whole = [count_words(c.text) for c in claims if not is_fragment(c.text)]
    if not claims:
        return "the articles have no sentence a brief could cite"
    if not whole:
        return "none can stand on its own"
    if min(whole) > words:
        return f"the shortest has {number_of(min(whole), 'word')}; raise --words"
    return "none fits with its context; raise --words"


def _generator(backend: Any) -> Any:
    """The ``generate_texts`` of a seq2seq backend (under any cache wrapper), else None."""
    while backend is not None:
        if callable(getattr(backend, "generate_texts", None)):
            return backend.generate_texts
        backend = getattr(backend, "inner", None)
    return None
