"""``summarizer batch``: one brief per cluster, for a folder of cluster folders
or a JSONL file of clusters, with a manifest, a shared cache and resume.

Input: a folder whose sub-folders are clusters (each read like ``summarizer
brief FOLDER``; the cluster id is the folder name), or a JSONL file with one
cluster per line: ``{"id": ..., "documents": [{"id"?, "text", "title"?,
"url"?, "date"?, "outlet"?}, ...]}``. The JSONL file is UTF-8, or UTF-16
with a byte-order mark (read line by line in that encoding, never whole); a
binary file is refused as a whole, as ``summarizer brief`` refuses it.

Output folder: ``<name>.md`` / ``.json`` / ``.html`` per cluster (``name`` is the id
made safe for a file name: no separators, no leading dots, unique even on a
case-insensitive file system) and ``manifest.jsonl``, one row per cluster with
its status (``ok``/``failed``), timings and error message. Each brief is
written whole or not at all, and a row is appended (flushed and fsynced) only
after its briefs are on disk, so a batch killed at any point and run again
with the same command redoes only the clusters without an ``ok`` row and
their files. A row also records the configuration and a digest of the
cluster's input (a JSONL line's bytes; a folder's article file names, sizes
and modification times), so a cluster whose input or configuration changed
since is redone too, never served its old brief.

A file or folder name that is not valid UTF-8 works: documents and the
manifest show its undecodable bytes as ``\\udcXX`` escapes (as Python's own
error messages do), and the manifest reads them back exactly.

The model and embedder load once per process and serve every cluster; with
``jobs > 1`` each worker process loads its own (in its initializer) and the
main process only reads input and writes the manifest.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from summarizer.backends.base import ChunkSummarizer
from summarizer.brief import FORMATS
from summarizer.cache import Cache, digest, open_cache
from summarizer.config import Config, to_dict
from summarizer.embed import Embedder
from summarizer.errors import InputError, ModelError, SummarizerError
from summarizer.io import notice_handler, prepare_out_dir, progress_bar, write_atomic

log = logging.getLogger("summarizer")

MANIFEST = "manifest.jsonl"
ENGINES = ("local", "ray")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in range(10)
}
_MAX_NAME = 80
# News clusters of 5-10 articles make ~5-20 chunks each: 8 clusters fill several
# generate batches of the default size (8) and keep a killed run's loss small.
CLUSTERS_PER_CALL = 8
# A JSONL file's first bytes, which tell its encoding and whether it is text at all.
_SNIFF_BYTES = 65536
# The encoding of a JSONL file that starts with a UTF-16 byte-order mark.
_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_BOM_OF = {codec: bom for bom, codec in _UTF16_BOMS.items()}
_READ_CHUNK = 1 << 20


# -- input ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClusterJob:
    """One cluster to summarize: where it comes from and the file name stem of its briefs."""

    id: str
    name: str
    folder: str | None = None  # a cluster folder
    path: str | None = None  # a JSONL file ...
    line: int | None = None  # ... and the line the cluster is on (1-based)
    offset: int | None = None  # byte offset of that line
    error: str | None = None  # an input problem found while listing
    line_digest: str | None = None  # SHA-256 of the JSONL line, taken while listing
    encoding: str | None = None  # the JSONL file's "utf-16-le"/"-be"; None: UTF-8

    @property
    def where(self) -> str:
        return self.folder or f"{self.path}:{self.line}"


def safe_name(cluster_id: str, taken: set[str]) -> str:
    """A file name stem for ``cluster_id``: ``[A-Za-z0-9._-]`` only, no leading
    dot, at most 80 characters. An id that had to change, or that would collide
    with one already ``taken`` (compared case-insensitively), gets a short hash
    of the id appended, so different ids never share a file.

    >>> taken = set()
    >>> safe_name("multinews-0101", taken), safe_name("../../etc/passwd", taken)
    ('multinews-0101', 'etc_passwd-5d4cd256a3')
    """
    base = _UNSAFE.sub("_", cluster_id).strip("._-")[:_MAX_NAME] or "cluster"
    if (
        base != cluster_id
        or base.lower() in taken
        or base.split(".")[0].upper() in _WINDOWS_RESERVED
    ):
        base = f"{base}-{digest(cluster_id)[:10]}"
    taken.add(base.lower())
    return base


def list_jobs(source: str | Path, *, outdir: str | Path | None = None) -> list[ClusterJob]:
    """The clusters in a folder of cluster folders or a JSONL file.

    A folder's sub-folders that hold a batch's output are not clusters: the
    output folder ``outdir`` (``summarizer batch in -o in/briefs``, run twice)
    and any folder with a batch ``manifest.jsonl`` are left out.

    Raises :class:`InputError` when the input as a whole cannot be used; a bad
    line of a JSONL file is a job that carries its ``error`` instead.
    """
    src = Path(source)
    if not src.exists():
        raise InputError(f"{src}: no such file or folder")
    if src.is_dir():
        jobs = _folder_jobs(src, None if outdir is None else Path(outdir))
    elif src.suffix.lower() == ".jsonl":
        jobs = _jsonl_jobs(src)
    else:
        raise InputError(
            f"{src}: give a folder of cluster folders or a .jsonl file of clusters "
            f"(for one cluster use `summarizer brief`)"
        )
    if not jobs:
        raise InputError(f"{src}: no clusters found")
    return jobs


def _folder_jobs(folder: Path, outdir: Path | None = None) -> list[ClusterJob]:
    subs = sorted(
        p
        for p in folder.iterdir()
        if p.is_dir() and not p.name.startswith(".") and not _is_batch_output(p, outdir)
    )
    if outdir is not None:
        _check_outdir_is_no_cluster(folder, outdir)
    if not subs:
        from summarizer.load import article_files

        hint = " (it holds articles: for one cluster use `summarizer brief`)"
        raise InputError(
            f"{folder}: no cluster folders found{hint if article_files(folder) else ''}"
        )
    taken: set[str] = set()
    return [ClusterJob(p.name, safe_name(p.name, taken), folder=str(p)) for p in subs]


def _check_outdir_is_no_cluster(folder: Path, outdir: Path) -> None:
    """An output folder that is one of the input's cluster folders (it holds
    articles) would be left out as a cluster: its articles silently never
    summarized, and briefs written among them. Refused instead."""
    from summarizer.load import article_files, written_brief

    try:
        if not outdir.is_dir() or not outdir.absolute().parent.samefile(folder):
            return
    except OSError:
        return
    if any(f.name != MANIFEST and not written_brief(f) for f in article_files(outdir)):
        raise InputError(
            f"{outdir}: is a cluster folder of {folder} (it holds articles); "
            "give an output folder that holds no articles"
        )


def _is_batch_output(folder: Path, outdir: Path | None) -> bool:
    """True for the output folder ``outdir`` and for a folder holding a batch
    manifest (empty, or a first row with the ``id`` and ``status`` a batch
    writes; an article file that happens to be named ``manifest.jsonl`` has
    neither)."""
    try:
        if outdir is not None and outdir.exists() and folder.samefile(outdir):
            return True
        with (folder / MANIFEST).open("rb") as fh:
            first = fh.readline()
    except OSError:  # no manifest (or an unreadable one: then it is not ours to judge)
        return False
    if not first.strip():
        return True  # a batch killed before its first row
    try:
        row = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return isinstance(row, dict) and "id" in row and row.get("status") in ("ok", "failed")


def _jsonl_jobs(path: Path) -> list[ClusterJob]:
    rows = []  # (lineno, offset, id it gives or None, error, digest)
    if not path.is_file():  # a FIFO would block, and each cluster's line is read again by offset
        raise InputError(f"{path}: not a regular file")
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror})") from None
    with fh:
        try:
            encoding = _jsonl_encoding(path, fh)
            for lineno, (here, raw) in enumerate(_raw_lines(fh, encoding), 1):
                if encoding is None:
                    key = raw.strip()  # as before: digests in existing manifests stay valid
                else:
                    key = raw.decode(encoding, "replace").strip().encode("utf-8")
                if key:
                    cid, error = _peek_cluster(raw, lineno, encoding)
                    rows.append((lineno, here, cid, error, hashlib.sha256(key).hexdigest()))
        except OSError as exc:
            raise InputError(f"{path}: cannot read file ({exc.strerror})") from None
    # Ids made up here (a line without one, a broken line, a duplicate) never
    # take an id another line gives: "line-1" for a broken first line would
    # otherwise fail a later line whose id is "line-1".
    given = {cid for _, _, cid, _, _ in rows if cid is not None}
    jobs: list[ClusterJob] = []
    taken: set[str] = set()
    first_line: dict[str, int] = {}
    used: set[str] = set()

    def made_up(base: str) -> str:
        cid = base
        while cid in given or cid in used:
            cid += "~"
        return cid

    for lineno, here, cid, error, line_digest in rows:
        if cid is None:
            cid = made_up(f"line-{lineno}")
        elif cid in first_line:
            error = f"line {lineno}: duplicate cluster id {cid!r} (first on line {first_line[cid]})"
            cid = made_up(f"{cid}~{lineno}")
        else:
            first_line[cid] = lineno
        used.add(cid)
        jobs.append(
            ClusterJob(
                cid,
                safe_name(cid, taken),
                path=str(path),
                line=lineno,
                offset=here,
                error=error,
                line_digest=line_digest,
                encoding=encoding,
            )
        )
    return jobs


def _jsonl_encoding(path: Path, fh: IO[bytes]) -> str | None:
    """The encoding of a JSONL file's lines, told by its first bytes: ``utf-16-le``
    or ``utf-16-be`` after a UTF-16 byte-order mark, else ``None`` (UTF-8, each
    line's bytes given to ``json`` as before). Raises :class:`InputError` for a
    file that is not text, judged on those bytes by the decoder ``summarizer
    brief`` uses (:func:`summarizer.decoding.decode`), so a binary file fails as a
    whole, before any work, instead of as one failed cluster per "line".
    Leaves ``fh`` at its start."""
    from summarizer.decoding import decode

    head = fh.read(_SNIFF_BYTES)
    whole = len(head) < _SNIFF_BYTES or not fh.read(1)
    fh.seek(0)
    encoding = _UTF16_BOMS.get(head[:2])
    if not whole:  # a character cut at the end is no sign of binary content
        head = _whole_characters(head, encoding)
    # Raises for binary content; a notice (a legacy encoding) is the lines' to give.
    decode(head, str(path), [])
    return encoding


def _whole_characters(head: bytes, encoding: str | None) -> bytes:
    """``head`` (the start of a longer file) without a character cut at its end."""
    if encoding is not None:
        head = head[: len(head) - len(head) % 2]
        last = head[-2:] if encoding == "utf-16-le" else head[-2:][::-1]
        if len(last) == 2 and 0xD8 <= last[1] <= 0xDB:  # the first half of a surrogate pair
            head = head[:-2]
        return head
    for back in range(1, min(4, len(head)) + 1):
        byte = head[-back]
        if byte < 0x80:  # ASCII: nothing cut
            break
        if byte >= 0xC0:  # the lead byte of a (possibly cut) sequence
            need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return head[:-back] if need > back else head
    return head


def _raw_lines(fh: IO[bytes], encoding: str | None) -> Iterator[tuple[int, bytes]]:
    """``(byte offset, bytes)`` of each line of ``fh``, its line end included.
    UTF-8: as the file object splits them. UTF-16: after the byte-order mark, cut
    only at a whole newline character (a 0x0A byte is also half of other
    characters), read in chunks, so a file of any size is never held whole."""
    if encoding is None:
        offset = 0
        for raw in fh:
            yield offset, raw
            offset += len(raw)
        return
    yield from _utf16_lines(fh, encoding, 2)


def _utf16_lines(fh: IO[bytes], encoding: str, offset: int) -> Iterator[tuple[int, bytes]]:
    """The lines of a UTF-16 ``fh`` from byte ``offset`` (a line's start) on."""
    newline = "\n".encode(encoding)
    fh.seek(offset)
    buf = bytearray()
    scan = 0  # where in buf the next newline search starts
    while True:
        chunk = fh.read(_READ_CHUNK)
        buf += chunk
        start = 0  # where in buf the current line starts
        while (i := buf.find(newline, scan)) >= 0:
            if (i - start) % 2:  # the two bytes straddle two characters
                scan = i + 1
                continue
            end = i + 2
            yield offset, bytes(buf[start:end])
            offset += end - start
            start = scan = end
        if not chunk:
            break
        scan = max(scan, len(buf) - 1) - start  # a newline may be cut between chunks
        del buf[:start]
    if start < len(buf):
        yield offset, bytes(buf[start:])


def _line_data(raw: bytes, lineno: int, encoding: str | None) -> bytes | str:
    """A JSONL line for ``json.loads``: UTF-8 bytes as they are; a UTF-16 line
    decoded (by :func:`summarizer.decoding.decode`, given the file's byte-order mark)."""
    if encoding is None:
        return raw
    from summarizer.decoding import decode

    return decode(_BOM_OF[encoding] + raw, f"line {lineno}")


def _parse_line(raw: bytes | str, lineno: int) -> dict[str, Any]:
    from summarizer.decoding import json_problem

    try:
        obj = json.loads(raw)
    except UnicodeDecodeError:
        raise InputError(f"line {lineno}: invalid JSON (not UTF-8)") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(f"line {lineno}: invalid JSON ({json_problem(exc)})") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("documents"), list):
        raise InputError(f"line {lineno}: a cluster must be an object with a 'documents' list")
    return obj


def _peek_cluster(
    raw: bytes, lineno: int, encoding: str | None = None
) -> tuple[str | None, str | None]:
    """The id the line gives (``None``: none, or not readable) and its error.
    A line that is a JSON object with an id but no usable ``documents`` fails
    under that id, so the manifest names the cluster the user wrote."""
    from summarizer.decoding import given_id

    try:
        data = _line_data(raw, lineno, encoding)
    except InputError as exc:  # broken UTF-16: no id to give
        return None, str(exc)
    try:
        obj = _parse_line(data, lineno)
    except InputError as exc:
        try:
            obj = json.loads(data)
        except (ValueError, RecursionError):  # not JSON at all: no id to give
            return None, str(exc)
        if not isinstance(obj, dict):
            return None, str(exc)
        cid, id_error = given_id(obj.get("id"), f"line {lineno}")
        return cid, id_error or str(exc)
    return given_id(obj.get("id"), f"line {lineno}")


def read_line(job: ClusterJob) -> bytes:
    """A JSONL cluster's line as its file holds it (its encoding's bytes, line
    end included), found at its byte offset."""
    with open(job.path, "rb") as fh:  # type: ignore[arg-type]
        if job.encoding is not None:  # cut only at a whole UTF-16 newline
            return next(_utf16_lines(fh, job.encoding, job.offset or 0), (0, b""))[1]
        fh.seek(job.offset or 0)
        return fh.readline()


def load_job(job: ClusterJob, notices: list[str] | None = None) -> list:
    """The cluster's documents (:class:`InputError` when they cannot be used); the
    warnings reading them gives go into ``notices`` where given, else to the log."""
    from summarizer.load import finalize, from_object, load_paths

    if job.error:
        raise InputError(job.error)
    if job.folder is not None:
        return load_paths([job.folder])
    raw = read_line(job)
    obj = _parse_line(_line_data(raw, job.line or 0, job.encoding), job.line or 0)
    docs = [
        from_object(d, f"{job.id}-d{i}", f"line {job.line}: document {i + 1}")
        for i, d in enumerate(obj["documents"])
    ]
    if not docs:
        raise InputError(f"line {job.line}: cluster {job.id!r} has no documents")
    return finalize(docs, notices)


def input_digest(job: ClusterJob) -> str | None:
    """A digest of what the cluster is made of, recorded in its manifest row:
    resume skips a finished cluster only while this is unchanged.

    A JSONL cluster: its line's bytes (hashed while listing, which reads them
    anyway). A folder: its article files' names, sizes and modification times,
    from ``stat`` alone, so resuming thousands of finished clusters reads no
    article (like ``make`` and ``rsync``, an edit that keeps a file's size and
    time, e.g. ``touch -r``, goes unseen). ``None`` when the folder cannot be
    listed: the cluster is then never taken as done.
    """
    if job.folder is None:
        return job.line_digest
    from summarizer.load import article_files

    try:
        files = [(p.name, p.stat()) for p in article_files(Path(job.folder))]
    except OSError:
        return None
    return digest("folder", [(name, st.st_size, st.st_mtime_ns) for name, st in files])


# -- one process's models ------------------------------------------------------------------


@dataclass(frozen=True)
class BatchOptions:
    """Everything a worker needs to set itself up (picklable for ``jobs > 1``).

    ``backend_factory(config, embedder)`` and ``embedder_factory()`` replace
    the configured backend and the bundled embedder (tests, custom models);
    they must be module-level functions when ``jobs > 1``.
    """

    config: Config
    formats: tuple[str, ...] = ("md",)
    cache_path: str | None = None  # None: the default cache path
    use_cache: bool = True
    backend_factory: Callable[[Config, Embedder], ChunkSummarizer] | None = None
    embedder_factory: Callable[[], Embedder] | None = None
    # Clusters whose chunks share one generate call (Worker.run_many); their
    # rows reach the manifest together. Not part of run_id: it changes no brief.
    clusters_per_call: int = CLUSTERS_PER_CALL
    # Worker processes show their notices (a legacy encoding, another language)
    # on stderr as the main process does, or not at all (`-q`).
    notices_to_stderr: bool = False

    def run_id(self) -> str:
        """What a finished row must match to be skipped on resume."""
        return digest(to_dict(self.config), self.formats)[:16]


class Worker:
    """The backend and embedder of one process, made once and reused for every cluster."""

    def __init__(self, options: BatchOptions):
        from summarizer.embed import default_embedder

        self.options = options
        self.cache: Cache | None = open_cache(options.cache_path, enabled=options.use_cache)
        embedder = options.embedder_factory() if options.embedder_factory else default_embedder()
        self.notice = None
        if self.cache is not None:
            from summarizer.cache import CachedEmbedder

            embedder = CachedEmbedder(embedder, self.cache)
        self.embedder = embedder
        if options.backend_factory is not None:
            backend = options.backend_factory(options.config, embedder)
        else:
            from summarizer.pipeline import resolve_backend

            backend, self.notice = resolve_backend(options.config, embedder)
        if self.cache is not None:
            from summarizer.backends.cached import CachedSummarizer

            backend = CachedSummarizer(backend, self.cache)
        self.backend = backend

    def run(self, job: ClusterJob, outdir: str | None) -> dict[str, Any]:
        """Summarize one cluster, write its briefs; the manifest row (never raises
        for a problem with the cluster).

        With ``outdir=None`` nothing is written: the row carries the rendered
        files as ``outputs`` (``{file name: text}``) for the caller to write
        (an engine whose workers may not share the output folder's disk)."""
        from summarizer.pipeline import complete

        t0 = time.perf_counter()
        row: dict[str, Any] = {"id": job.id, "status": "failed", "input": job.where}
        before = self._cache_counts()
        try:
            brief, prepared = self._begin(job, t0)
            self._write(row, job, brief if brief is not None else complete(prepared), outdir)
        except Exception as exc:  # a bug on one cluster must not stop the batch
            row["error"] = _error_text(exc)
        row["seconds"] = round(time.perf_counter() - t0, 4)
        after = self._cache_counts()
        if after:
            row["cache"] = {k: after[k] - before[k] for k in after}
        row["pid"] = os.getpid()
        return row

    def run_many(self, jobs: Sequence[ClusterJob], outdir: str | None) -> list[dict[str, Any]]:
        """:meth:`run` for several clusters, one row per job in order, with the
        same contract, except that their chunks are generated together: one
        backend call for all of them (:func:`summarizer.pipeline.summarize_chunks`),
        so a seq2seq model's length-sorted batches are full of chunks from every
        cluster instead of one small cluster at a time.

        A row's ``seconds`` is its cluster's own work plus its share (by chunk
        count) of the shared generate call. A backend that needs to see a whole
        cluster at once (the offline one) runs each cluster on its own."""
        from summarizer.pipeline import Prepared, finish, summarize_chunks

        if len(jobs) <= 1 or not getattr(self.backend, "independent_chunks", False):
            return [self.run(job, outdir) for job in jobs]
        rows: list[dict[str, Any]] = []
        state: list[Prepared | None] = []
        spent: list[float] = []
        embed_counts: list[dict[str, int]] = []
        for job in jobs:
            t0 = time.perf_counter()
            row: dict[str, Any] = {"id": job.id, "status": "failed", "input": job.where}
            before = self._cache_counts()
            prepared = None
            try:
                brief, prepared = self._begin(job, t0)
                if brief is not None:  # the whole brief came from the cache
                    self._write(row, job, brief, outdir)
            except Exception as exc:
                row["error"] = _error_text(exc)
            rows.append(row)
            state.append(prepared)
            spent.append(time.perf_counter() - t0)
            embed_counts.append(_diff(self._cache_counts(), before))
        pending = [p for p in state if p is not None]
        # The embedder is not used while chunks are generated by an
        # independent-chunks backend, so every count below belongs to one cluster.
        summarize_chunks(pending)
        for i, (job, row, prepared) in enumerate(zip(jobs, rows, state, strict=True)):
            if prepared is None:
                continue
            t0 = time.perf_counter()
            before = self._cache_counts()
            try:
                if isinstance(prepared.summaries, BaseException):
                    raise prepared.summaries
                brief = finish(prepared, prepared.summaries or [])
                self._write(row, job, brief, outdir)
            except Exception as exc:
                row["error"] = _error_text(exc)
            spent[i] += time.perf_counter() - t0 + prepared.timings.get("summarize", 0.0)
            counts = _diff(self._cache_counts(), before)
            embed_counts[i] = {k: embed_counts[i].get(k, 0) + counts[k] for k in counts}
            if prepared.summary_cache is not None:
                embed_counts[i]["summary_hits"] = prepared.summary_cache["hits"]
                embed_counts[i]["summary_misses"] = prepared.summary_cache["misses"]
        for row, seconds, counts in zip(rows, spent, embed_counts, strict=True):
            row["seconds"] = round(seconds, 4)
            if counts:
                row["cache"] = counts
            row["pid"] = os.getpid()
        return rows

    def _input_key(self, job: ClusterJob) -> str | None:
        """The cache key of a JSONL cluster's line (:func:`summarizer.cache.input_key`);
        None for a folder (its digest is its files' sizes and times, too weak for a
        cache), a line that failed listing, or no cache."""
        backend = getattr(self.backend, "fingerprint", None)
        embedder = getattr(self.embedder, "name", None)
        if (
            self.cache is None
            or job.line_digest is None
            or job.error
            or None in (backend, embedder)
        ):
            return None
        from summarizer.cache import input_key

        return input_key(
            job.line_digest, job.id, job.encoding, self.options.config, backend, embedder
        )

    def _begin(self, job: ClusterJob, t0: float) -> tuple[Any, Any]:
        """A cluster up to its chunks: ``(brief, None)`` where the cache holds its whole
        brief, else ``(None, prepared)`` (:func:`summarizer.pipeline.prepare`).

        A JSONL cluster whose line was summarized before with this configuration, model
        and code is found by the line alone (:meth:`_brief_by_input`): no article is parsed
        or cleaned (on 20 warm mds_dev clusters that, and importing the cleaning code, was a
        third of the run). Otherwise the line is pointed at the key the pipeline stored its
        brief under, with the warnings reading it gave, which are logged."""
        from summarizer.pipeline import prepare

        key = self._input_key(job)
        brief = self._brief_by_input(key, t0) if key is not None else None
        if brief is not None:
            return brief, None
        notices: list[str] = []
        prepared = prepare(
            load_job(job, notices),
            config=self.options.config,
            backend=self.backend,
            embedder=self.embedder,
            cache=self.cache,
        )
        for message in notices:
            log.warning(message)
        if key is not None and prepared.brief_key is not None:
            entry = json.dumps({"brief": prepared.brief_key, "notices": notices})
            self.cache.put_many("input", {key: entry.encode("utf-8")})
        if prepared.brief is not None:
            return prepared.brief, None
        return None, prepared

    def _brief_by_input(self, key: str, t0: float) -> Any:
        """The cached brief the ``input`` entry ``key`` points at, its warnings given
        again; None where there is none, or the entry cannot be read."""
        entry = self.cache.get("input", key)
        try:
            pointer = json.loads(entry) if entry else None
            hit = self.cache.get("brief", pointer["brief"]) if pointer else None
        except (ValueError, TypeError, KeyError):  # a damaged entry: read the line again
            return None
        if hit is None:
            return None
        from summarizer.brief import EventBrief

        data = json.loads(hit)
        data["meta"].update(cache="hit", timings={"total": round(time.perf_counter() - t0, 4)})
        brief = EventBrief.from_dict(data)
        for message in pointer.get("notices", []):
            log.warning(message)
        return brief

    def _write(self, row: dict[str, Any], job: ClusterJob, brief: Any, outdir: str | None) -> None:
        """Render the brief in every format, write it (or keep it in the row when
        ``outdir`` is None) and fill the row's ok fields. An empty brief is the
        InputError ``summarizer brief`` gives for it: a failed row, nothing written."""
        brief.require_sentences(self.options.config.fusion.words)
        outputs = {}
        for fmt in self.options.formats:
            outputs[f"{job.name}.{fmt}"] = brief.render(fmt)
        if outdir is None:
            row["outputs"] = outputs
        else:
            for name, text in outputs.items():
                write_atomic(Path(outdir) / name, text)
        row.update(
            status="ok",
            files=list(outputs),
            documents=len(brief.sources),
            sentences=len(brief.sentences()),
            timings=brief.meta.get("timings"),
        )
        if "cache" in brief.meta:
            row["brief_cache"] = brief.meta["cache"]

    def _cache_counts(self) -> dict[str, int]:
        out = {}
        for label, obj in (("summary", self.backend), ("embedding", self.embedder)):
            if hasattr(obj, "hits"):
                out[f"{label}_hits"] = obj.hits
                out[f"{label}_misses"] = obj.misses
        return out


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, SummarizerError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _diff(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {k: after[k] - before[k] for k in after}


_WORKER: Worker | None = None


def _init_worker(options: BatchOptions) -> None:
    global _WORKER
    _WORKER = Worker(options)


def _run_in_worker(group: Sequence[ClusterJob], outdir: str) -> list[dict[str, Any]]:
    if _WORKER is None:  # pragma: no cover - the pool's initializer sets it
        raise RuntimeError("batch worker used before its initializer ran")
    return _WORKER.run_many(group, outdir)


def _limit_threads(jobs: int) -> None:
    # Runs in each worker before torch is imported: N workers x all cores each
    # would oversubscribe the CPU.
    n = str(max(1, (os.cpu_count() or 1) // jobs))
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, n)


def _exit_with_parent(poll: float = 1.0) -> None:
    """End this worker when the batch process that started it is gone (killed
    with SIGKILL, which it cannot handle): an orphaned worker would go on
    writing briefs into the output folder, then wait forever, holding its
    model's memory. A brief it was writing stays a temporary file, which the
    next run removes."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _init_pool_worker(options: BatchOptions, jobs: int) -> None:
    # Ctrl-C is the main process's to handle (it stops the workers, see _rows):
    # a worker that took the SIGINT itself could die inside native code
    # (torch, tokenizers) and print an abort message after ours.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    log.addHandler(notice_handler(options.notices_to_stderr))
    _limit_threads(jobs)
    _init_worker(options)


# -- manifest and resume -------------------------------------------------------------------


def read_manifest(path: Path) -> list[dict[str, Any]]:
    """The complete rows of a manifest; a torn last line (a killed run) is ignored."""
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        try:
            row = json.loads(line)
        except (ValueError, RecursionError):  # a torn line, or not ours
            continue
        if isinstance(row, dict) and "id" in row:
            rows.append(row)
    return rows


def _finished(rows: Sequence[dict[str, Any]], outdir: Path, run_id: str) -> dict[str, dict]:
    """The last row of each cluster when that row is ``ok``, made under
    ``run_id``, and its files are present (the input is checked by the caller)."""
    done: dict[str, dict] = {}
    for row in rows:
        files = row.get("files") or []
        if (
            row.get("status") == "ok"
            and row.get("run") == run_id
            and files
            and all((outdir / f).is_file() for f in files)
        ):
            done[row["id"]] = row
        else:
            done.pop(row["id"], None)
    return done


def _remove_stale_temp_files(outdir: Path) -> None:
    # write_atomic's temporaries (".NAME.xxxx.tmp") left by a killed run.
    for p in outdir.glob(".*.tmp"):
        if re.fullmatch(r"\..+\.(md|json|jsonl|html)\.[^.]+\.tmp", p.name):
            p.unlink(missing_ok=True)


def _json_line(row: dict[str, Any]) -> str:
    from summarizer.decoding import encodable

    # An id, input path or error naming a file that is not UTF-8 holds lone
    # surrogates: escaped, the line is UTF-8 and reads back as the same id.
    return encodable(json.dumps(row, ensure_ascii=False)) + "\n"


class _Manifest:
    """Append-only rows, each flushed and fsynced before the next cluster counts as done."""

    def __init__(self, path: Path, keep: Sequence[dict[str, Any]]):
        # Rewritten whole (atomically) first: drops rows of clusters about to be
        # redone and any torn last line, so every cluster ends with exactly one row.
        write_atomic(path, "".join(_json_line(r) for r in keep))
        self._fh = path.open("a", encoding="utf-8")

    def append(self, row: dict[str, Any]) -> None:
        self._fh.write(_json_line(row))
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self._fh.close()


# -- the batch -----------------------------------------------------------------------------


@dataclass
class BatchResult:
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    manifest: str = ""
    notice: str | None = None

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def run_batch(
    source: str | Path,
    outdir: str | Path,
    options: BatchOptions,
    *,
    jobs: int = 1,
    progress: bool = True,
    engine: str = "local",
    address: str | None = None,
) -> BatchResult:
    """Summarize every cluster of ``source`` into ``outdir``; see the module docstring.

    Raises :class:`InputError` (or :class:`ModelError`) when the input or the
    set-up as a whole is unusable; a failing cluster is a ``failed`` row instead.

    >>> opts = BatchOptions(load_config())                              # doctest: +SKIP
    >>> result = run_batch("clusters.jsonl", "briefs/", opts)           # doctest: +SKIP
    >>> result.ok, result.failed                                        # doctest: +SKIP
    (20, 0)
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r} (use {', '.join(ENGINES)})")
    if engine == "ray":
        from summarizer.ray_engine import require_ray

        # a missing optional extra or a wrong --address fails before anything is written
        require_ray(address)
    bad = [f for f in options.formats if f not in FORMATS]
    if bad or not options.formats:
        raise InputError(
            f"unknown output format {bad[0] if bad else ''!r} (use {', '.join(FORMATS)})"
        )
    all_jobs = list_jobs(source, outdir=outdir)
    _preflight(options)  # before the output folder is made: a failed start leaves nothing
    out = prepare_out_dir(outdir)

    with _outdir_lock(out):
        return _run_locked(all_jobs, out, options, jobs, progress, engine, address)


@contextmanager
def _outdir_lock(out: Path) -> Iterator[None]:
    """One batch at a time writes into an output folder: a second run would
    replace the manifest under the first (whose rows then vanish), overwrite its
    briefs with another configuration's, and delete its temporary files. The
    lock is the folder's own (``flock`` on its descriptor: no lock file to
    leave behind), released by the kernel when the process ends, however."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                f"{out}: another summarizer batch is writing into this folder; "
                "wait for it to finish or give another -o"
            ) from None
        yield
    finally:
        os.close(fd)


def _run_locked(
    all_jobs: list[ClusterJob],
    out: Path,
    options: BatchOptions,
    jobs: int,
    progress: bool,
    engine: str,
    address: str | None,
) -> BatchResult:
    run_id = options.run_id()
    manifest_path = out / MANIFEST
    earlier_rows = read_manifest(manifest_path)
    done = _finished(earlier_rows, out, run_id)
    digests = {j.id: input_digest(j) for j in all_jobs}
    todo = []
    for job in all_jobs:
        row = done.get(job.id)
        # A row without "input_digest" (a manifest from before it was recorded)
        # cannot show its input is unchanged: redone, never trusted. So is one
        # whose files have another name now (ids added beside it renamed it).
        if (
            row is None
            or digests[job.id] is None
            or row.get("input_digest") != digests[job.id]
            or row.get("files") != [f"{job.name}.{fmt}" for fmt in options.formats]
        ):
            todo.append(job)
            done.pop(job.id, None)  # its new row replaces it: one row per cluster
    result = BatchResult(skipped=len(all_jobs) - len(todo), manifest=str(manifest_path))
    # The files earlier rows of the clusters about to be redone list, which
    # this run does not write (a format dropped from --format), go now, with
    # the rows: the folder holds what the manifest lists, also after a kill or
    # a failure. Never a name this run writes (ids added since can hand one to
    # another cluster; compared case-insensitively, as some file systems do).
    ours = {f"{job.name}.{fmt}".casefold() for job in all_jobs for fmt in options.formats}
    redone = {job.id for job in todo}
    names = {job.id: job.name for job in todo}
    for row in earlier_rows:
        if row["id"] in redone:
            _remove_files(out, row.get("files"), keep=ours)
    _remove_stale_temp_files(out)
    manifest = _Manifest(manifest_path, list(done.values()))

    bar = _progress_bar(len(all_jobs), result.skipped, progress)
    rows: Iterator[dict[str, Any]] | None = None
    try:
        if engine == "ray":
            from summarizer.ray_engine import ray_rows

            rows = ray_rows(todo, str(out), options, jobs, result, address=address)
        else:
            rows = _rows(todo, str(out), options, jobs, result)
        for row in rows:
            row["run"] = run_id
            # Taken before the cluster was read: an edit made meanwhile redoes it next time.
            row["input_digest"] = digests.get(row["id"])
            row["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
            manifest.append(row)
            if row["status"] == "ok":
                result.ok += 1
            else:
                # A cluster that had a brief and now fails (its input edited, the
                # config changed) leaves none behind: its row lists no files.
                # Removed before the row is written: a kill in between leaves the
                # old row, whose missing file has the cluster redone.
                name = names.get(row["id"])
                if name is not None:
                    _remove_files(out, [f"{name}.{f}" for f in options.formats], set())
                result.failed += 1
                bar.write(f"summarizer: failed: {row['id']}: {row.get('error')}", file=sys.stderr)
            bar.update(1)
            bar.set_postfix(failed=result.failed, refresh=False)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            # Stops the workers (pool, Ray) now, also when the loop above
            # raised, instead of whenever the generator is collected.
            close()
        bar.close()
        manifest.close()
    return result


def _remove_files(out: Path, names: Any, keep: set[str]) -> None:
    """Remove ``names`` (an earlier manifest row's files) from ``out``, except
    those whose case-folded name is in ``keep``; only plain names of this
    folder (a hand-edited manifest cannot point elsewhere)."""
    if not isinstance(names, list):
        return
    for name in names:
        if (
            isinstance(name, str)
            and name.casefold() not in keep
            and name == Path(name).name
            and not name.startswith(".")
            and name != MANIFEST
        ):
            with suppress(OSError):
                (out / name).unlink()


def _rows(
    todo: Sequence[ClusterJob],
    outdir: str,
    options: BatchOptions,
    jobs: int,
    result: BatchResult,
) -> Iterator[dict[str, Any]]:
    """The rows of ``todo``, yielded as each group of clusters finishes: groups
    of ``options.clusters_per_call`` go through :meth:`Worker.run_many`, so
    their chunks share generate batches."""
    if not todo:
        return
    per_call = max(1, options.clusters_per_call)
    if jobs <= 1:
        worker = Worker(options)
        result.notice = worker.notice
        if worker.notice:
            log.warning(worker.notice)
        if not getattr(worker.backend, "independent_chunks", False):
            per_call = 1  # nothing to share: a row per cluster, as soon as it is done
        for group in _groups(todo, per_call):
            yield from worker.run_many(group, outdir)
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    if options.backend_factory is None:
        # Said once here, not by each worker: which backend `auto` resolves to
        # (making the backend object loads nothing).
        from summarizer.pipeline import resolve_backend

        backend, result.notice = resolve_backend(options.config)
        if result.notice:
            log.warning(result.notice)
        if not getattr(backend, "independent_chunks", False):
            per_call = 1
    # Enough groups to keep every worker busy.
    per_call = min(per_call, -(-len(todo) // jobs))

    # spawn, not fork: a forked copy of a process that has touched torch or
    # tokenizer threads can deadlock.
    ctx = multiprocessing.get_context("spawn")
    groups = _groups(todo, per_call)
    broken: list[list[ClusterJob]] = []
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(groups)),
        mp_context=ctx,
        initializer=_init_pool_worker,
        initargs=(options, jobs),
    )
    with _stopped_on_interrupt(pool, outdir):
        futures: dict[Any, list[ClusterJob]] = {}
        for group in groups:  # (a Ctrl-C while submitting stops the workers too)
            futures[pool.submit(_run_in_worker, group, outdir)] = group
        pending = set(futures)
        while pending:
            # Wake up often: the kernel may hand a Ctrl-C to another thread,
            # and only this one runs Python's handler, when it next wakes.
            done, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
            for fut in done:
                try:
                    yield from fut.result()
                except BrokenProcessPool:
                    # One worker died (killed, out of memory): the pool fails
                    # every group it still held, run or not. Retried below.
                    broken.append(futures[fut])
        pool.shutdown()
    # The groups a dead worker took down are retried one at a time in a
    # one-worker pool, so only a group that kills its worker again fails.
    solo: Any = None
    for group in broken:
        if solo is None:
            solo = ProcessPoolExecutor(
                max_workers=1, mp_context=ctx, initializer=_init_pool_worker,
                initargs=(options, jobs),
            )  # fmt: skip
        with _stopped_on_interrupt(solo, outdir):
            future = solo.submit(_run_in_worker, group, outdir)
            while True:
                done, _ = wait([future], timeout=0.25)
                if done:
                    break
            try:
                yield from future.result()
            except BrokenProcessPool as exc:
                error = f"worker process died: {exc}"
                for job in group:
                    yield {"id": job.id, "status": "failed", "input": job.where, "error": error}
                solo.shutdown(wait=False)
                solo = None
    if solo is not None:
        solo.shutdown()


@contextmanager
def _stopped_on_interrupt(pool: Any, outdir: str) -> Iterator[None]:
    """Run the body; on Ctrl-C, or when the caller stops reading rows, stop the
    pool's running clusters at once rather than wait for them (no public API for
    it before Python 3.14; shutdown() forgets the processes, so they are taken
    first), then remove what a write cut short."""
    try:
        yield
    except BaseException:
        workers = list((getattr(pool, "_processes", None) or {}).values())
        manager = getattr(pool, "_executor_manager_thread", None)
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in workers:
            proc.terminate()
        # The pool's manager thread sees the killed workers and reaps them
        # itself. Waiting for it, rather than joining the processes from here
        # too, matters: two threads reaping one child race (the loser's waitpid
        # fails, and the process then looks alive forever).
        if manager is not None:
            manager.join(timeout=10)
        for proc in workers:
            if proc.exitcode is None:  # no manager thread, or it is stuck
                proc.join(timeout=10)
        _remove_stale_temp_files(Path(outdir))
        raise


def _groups(todo: Sequence[ClusterJob], size: int) -> list[list[ClusterJob]]:
    return [list(todo[i : i + size]) for i in range(0, len(todo), size)]


def _preflight(options: BatchOptions) -> None:
    """Fail the whole batch at once for an explicit seq2seq model that is not
    here, or a ``--cache`` that cannot be opened, instead of failing every
    cluster with the same message (and leaving an empty output folder)."""
    if options.use_cache and options.cache_path is not None:
        from summarizer.cache import Cache

        with Cache(options.cache_path):
            pass
    m = options.config.model
    if options.backend_factory is None and m.backend == "seq2seq":
        from summarizer.backends.seq2seq import missing_model_message, model_available_locally

        if not model_available_locally(m.model, m.revision, allow_pickle=m.allow_pickle):
            raise ModelError(
                missing_model_message(m.model, m.revision, allow_pickle=m.allow_pickle)
            )


def _progress_bar(total: int, initial: int, enabled: bool) -> Any:
    return progress_bar(
        total=total,
        initial=initial,
        unit="cluster",
        desc="clusters",
        enabled=enabled,  # and only when stderr is a terminal
        dynamic_ncols=True,
    )
