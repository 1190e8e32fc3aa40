"""``summarizer batch --engine ray``: the clusters of a batch spread over a Ray cluster.

The driver (the process that runs ``summarizer batch``) lists the clusters,
keeps the manifest and writes every brief; the work runs in ``jobs`` Ray
actors, each holding one :class:`summarizer.batch.Worker` (backend, embedder
and cache, made once) for the whole batch. Clusters are handed out one task
at a time to whichever actor is free, so a slow cluster never holds others
back and a worker that dies takes only its task's clusters with it. A task
is one cluster, or for a backend that generates the chunks of several
clusters together (seq2seq) a group of up to ``clusters_per_call`` of them
(:meth:`summarizer.batch.Worker.run_many`), fewer when that would leave a
worker without work.

What travels where:

- A JSONL cluster's line is read by the driver and sent with its task, so
  workers need no access to the input file. A cluster *folder* is read by the
  worker at the driver's path: on a multi-node cluster that path must be on a
  shared filesystem (or convert the folders to one JSONL file).
- Briefs come back as text and the driver writes them (atomically) into the
  output folder, so workers need no access to it either.
- The cache is opened by each worker at its own path (``--cache PATH`` or the
  default, resolved on the worker's node). Workers on one machine share one
  SQLite file safely; workers on other nodes each use their node's file.

Ray is optional (``pip install "summarizer[ray]"``); :func:`require_ray` turns
its absence into a one-line :class:`~summarizer.errors.InputError`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import socket
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from summarizer.batch import BatchOptions, BatchResult, ClusterJob, Worker, read_line
from summarizer.errors import InputError, SummarizerError
from summarizer.io import write_atomic

log = logging.getLogger("summarizer")

INSTALL_HINT = 'pip install "summarizer[ray]"'
# A worker that keeps dying while it loads the model (out of memory, a crash in
# a native library) is replaced at most this many times per worker asked for.
_STARTUP_RETRIES = 2
# Say so when Ray has placed no worker after this long (resources it cannot find).
_PLACEMENT_WARNING_S = 60.0


def require_ray(address: str | None = None) -> Any:
    """The ``ray`` module, or a one-line :class:`InputError` saying how to install
    it; with an ``address``, also one when nothing answers there.

    >>> require_ray().__name__                                          # doctest: +SKIP
    'ray'
    """
    # Before the import: Ray would otherwise try to report usage over the network.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise InputError(
            f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}"
        ) from None
    if address is not None:
        _check_reachable(address)
    return ray


# -- the worker side -----------------------------------------------------------------------


class ClusterActor:
    """One Ray worker: a :class:`Worker` made once, then one task (a cluster, or a
    group of clusters) per call.

    Made with ``ray.remote(ClusterActor)`` by the driver; plain Python here so
    this module imports without Ray. Set-up errors are kept and reported by
    :meth:`ready` instead of raised, so the driver can give the user the same
    one-line error as the local engine.
    """

    def __init__(self, options: BatchOptions, threads: int):
        # Before torch is imported (the models load lazily, after this): the
        # driver says how many threads (Ray's default is one per requested CPU;
        # a local instance gives each worker its share of the machine's cores).
        for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(threads)
        self.worker: Worker | None = None
        self.error: Exception | None = None
        try:
            self.worker = Worker(options)
        except SummarizerError as exc:
            self.error = exc
        except Exception as exc:  # keep it picklable: the type name and message only
            self.error = SummarizerError(
                f"a Ray worker could not start: {type(exc).__name__}: {exc}"
            )
        import ray

        self.node = ray.util.get_node_ip_address()

    def ready(self) -> dict[str, Any]:
        worker = self.worker
        return {
            "error": self.error,
            "notice": worker.notice if worker else None,
            # A backend whose chunks can be generated together for several clusters.
            "grouped": bool(worker and getattr(worker.backend, "independent_chunks", False)),
        }

    def run(self, jobs: list[ClusterJob], lines: list[bytes | None]) -> list[dict[str, Any]]:
        """The manifest rows of a group of clusters (one row each, in order), the
        rendered briefs in each row's ``outputs``; several clusters share the
        model's generate calls (:meth:`Worker.run_many`).

        ``lines``: each JSONL cluster's line, read by the driver; it is written to
        a private temporary file that stands in for the driver's input file."""
        if self.worker is None:  # pragma: no cover - the driver never sends work then
            raise RuntimeError("ClusterActor.run called after a failed set-up")
        temps: list[str | None] = []
        try:
            here = []
            for job, line in zip(jobs, lines, strict=True):
                tmp = None
                if line is not None:
                    fd, tmp = tempfile.mkstemp(prefix="summarizer-ray-", suffix=".jsonl")
                    with os.fdopen(fd, "wb") as fh:
                        fh.write(line)
                    job = dataclasses.replace(job, path=tmp, offset=0)
                temps.append(tmp)
                here.append(job)
            run_many = getattr(self.worker, "run_many", None)
            if run_many is not None and len(here) > 1:
                rows = run_many(here, None)
            else:
                rows = [self.worker.run(job, None) for job in here]
        finally:
            for tmp in temps:
                if tmp is not None:
                    os.unlink(tmp)
        for job, tmp, row in zip(jobs, temps, rows, strict=True):
            row["input"] = job.where
            if tmp is not None and row.get("error"):
                row["error"] = row["error"].replace(tmp, str(job.path))
            row["node"] = self.node
        return rows


# -- the driver side -----------------------------------------------------------------------


def ray_rows(
    todo: Sequence[ClusterJob],
    outdir: str,
    options: BatchOptions,
    jobs: int,
    result: BatchResult,
    *,
    address: str | None = None,
) -> Iterator[dict[str, Any]]:
    """One manifest row per cluster of ``todo``, in the order they finish, each
    cluster's briefs already written into ``outdir`` (the contract of
    :func:`summarizer.batch.run_batch`'s local engine).

    ``jobs`` Ray workers; ``address``: the Ray cluster to join (``None``: start
    a local instance with ``jobs`` CPUs, shut down at the end). Ray already
    initialised in this process (``ray.init`` by the caller) is used as it is.
    """
    if not todo:
        return
    ray = require_ray(address)
    started = _connect(ray, address, jobs)
    pool = _Pool(ray, options, min(jobs, len(todo)), local=started)
    try:
        yield from pool.rows(todo, Path(outdir), result)
    finally:
        # Also on Ctrl-C or an error: no worker keeps running, and nothing it
        # had not yet returned is written.
        pool.close()
        if started:
            ray.shutdown()


def _connect(ray: Any, address: str | None, jobs: int) -> bool:
    """Initialise Ray; True when this call started a local instance (ours to shut down)."""
    if ray.is_initialized():
        return False
    quiet = {"log_to_driver": False, "logging_level": logging.ERROR}
    if address in (None, "local"):
        # address="local": a new instance even when RAY_ADDRESS is set or a
        # `ray start` cluster runs here (--address says which one to join).
        ray.init(address="local", num_cpus=max(1, jobs), include_dashboard=False, **quiet)
        return True
    try:
        ray.init(address=address, **quiet)
    except Exception as exc:  # ConnectionError, a version mismatch, a bad address ...
        hint = ""
        if "RAY_AUTH_MODE" not in os.environ:
            hint = (
                " (a cluster with token authentication needs RAY_AUTH_MODE=token and its "
                "token in ~/.ray/auth_token or RAY_AUTH_TOKEN)"
            )
        raise InputError(
            f"cannot join the Ray cluster at {address!r}: {_first(exc)}{hint}"
        ) from None
    return False


def _check_reachable(address: str) -> None:
    """A one-line error at once for a HOST:PORT where nothing listens (Ray itself
    retries for many minutes)."""
    if address in ("auto", "local") or "://" in address:
        return  # Ray finds the address itself, or a Ray Client URL with its own port
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise InputError(
            f"--address {address!r}: give the Ray head's HOST:PORT (as printed by "
            "`ray start --head`), or auto"
        )
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=10).close()
    except OSError as exc:
        raise InputError(
            f"cannot join the Ray cluster at {address!r}: nothing answers there "
            f"({exc.strerror or exc}); is `ray start --head` running?"
        ) from None


def _gpus_per_worker(ray: Any, options: BatchOptions, workers: int) -> float:
    """1 GPU per worker when the configured model can use CUDA and the cluster
    has GPUs; a fair share of them when there are fewer GPUs than workers."""
    m = options.config.model
    if m.device not in ("auto", "cuda"):
        return 0.0
    if options.backend_factory is not None:
        uses_model = m.device == "cuda"
    elif m.backend == "auto":
        from summarizer.pipeline import resolve_backend

        backend, _ = resolve_backend(options.config)  # makes the object, loads nothing
        uses_model = getattr(backend, "name", "") == "seq2seq"
    else:
        uses_model = m.backend == "seq2seq"
    gpus = float(ray.cluster_resources().get("GPU", 0))
    if not uses_model or gpus <= 0:
        return 0.0
    return 1.0 if gpus >= workers else int(gpus / workers * 1e4) / 1e4


class _Pool:
    """The actors of one batch and the loop that hands them clusters."""

    def __init__(self, ray: Any, options: BatchOptions, workers: int, *, local: bool):
        self.ray = ray
        self.options = options
        self.workers = workers
        self.gpus = _gpus_per_worker(ray, options, workers)
        # One CPU each for Ray's placement; torch threads: the cores of this
        # machine split between the workers on a local instance, one on a cluster.
        threads = max(1, (os.cpu_count() or 1) // workers) if local else 1
        self.actor_class = ray.remote(ClusterActor).options(
            num_cpus=1, num_gpus=self.gpus, max_restarts=0, max_task_retries=0
        )
        self.threads = threads
        self.actors: set[Any] = set()
        # What each object ref in flight is: (actor, None, t0) for a start-up,
        # (actor, group of jobs, t0) for work.
        self.pending: dict[Any, tuple[Any, list[ClusterJob] | None, float]] = {}
        self.startup_deaths = 0
        self.any_ready = False

    def _start(self) -> None:
        actor = self.actor_class.remote(self.options, self.threads)
        self.actors.add(actor)
        self.pending[actor.ready.remote()] = (actor, None, time.monotonic())

    def _kill(self, actor: Any) -> None:
        self.actors.discard(actor)
        with contextlib.suppress(Exception):  # already gone
            self.ray.kill(actor, no_restart=True)

    def close(self) -> None:
        for actor in list(self.actors):
            self._kill(actor)
        self.pending.clear()

    def rows(
        self, todo: Sequence[ClusterJob], outdir: Path, result: BatchResult
    ) -> Iterator[dict[str, Any]]:
        from ray.exceptions import RayActorError, RayError

        queue = deque(todo)
        # Clusters per task for a backend that shares generate calls between
        # clusters: as many as the local engine, but enough tasks for every worker.
        per_call = max(1, min(self.options.clusters_per_call, -(-len(todo) // self.workers)))
        grouped = False
        for _ in range(self.workers):
            self._start()
        since = time.monotonic()
        warned = False
        running = 0
        # Start-ups still pending once every cluster is handed out are not waited for
        # (an actor Ray cannot place would otherwise hold the batch forever).
        while running or (queue and self.pending):
            done, _ = self.ray.wait(list(self.pending), num_returns=1, timeout=5.0)
            if not done:
                if not self.any_ready and not warned:
                    warned = time.monotonic() - since > _PLACEMENT_WARNING_S
                    if warned:
                        log.warning(
                            "no Ray worker has started yet; each needs 1 CPU%s: see `ray status`",
                            f" and {self.gpus:g} GPU" if self.gpus else "",
                        )
                continue
            ref = done[0]
            actor, group, t0 = self.pending.pop(ref)
            if group is not None:
                running -= 1
            finished: list[dict[str, Any]] = []
            try:
                value = self.ray.get(ref)
            except RayActorError as exc:
                self._kill(actor)
                actor = None
                if group is None:
                    self.startup_deaths += 1
                    if self.startup_deaths > _STARTUP_RETRIES * self.workers:
                        raise SummarizerError(
                            f"Ray workers keep dying while they load the model: {_first(exc)}"
                        ) from None
                else:
                    finished = [_died(job, exc, t0) for job in group]
                if queue:
                    self._start()  # a fresh worker (and model) takes its place
            except RayError as exc:  # an error Worker.run did not catch (a bug)
                if group is None:
                    raise SummarizerError(f"a Ray worker could not start: {_first(exc)}") from None
                finished = [_failed(job, f"Ray task failed: {_first(exc)}", t0) for job in group]
            else:
                if group is None:
                    grouped = self._on_ready(value, result)
                else:
                    finished = value
            if actor is not None:
                # The next task first: the worker works while this process writes.
                if queue:
                    n = min(per_call if grouped else 1, len(queue))
                    nxt = [queue.popleft() for _ in range(n)]
                    lines = [_read_line(job) for job in nxt]
                    self.pending[actor.run.remote(nxt, lines)] = (actor, nxt, time.monotonic())
                    running += 1
                else:
                    self._kill(actor)  # idle for good: give its memory and CPU back now
            for row in finished:
                yield _written(row, outdir)

    def _on_ready(self, info: dict[str, Any], result: BatchResult) -> bool:
        """Whether the worker takes groups of clusters; raises its set-up error."""
        if info["error"] is not None:
            raise info["error"]  # the set-up failed: the same error as the local engine's
        if not self.any_ready:
            self.any_ready = True
            result.notice = info["notice"]
            if result.notice:
                log.warning(result.notice)
        return bool(info["grouped"])


def _read_line(job: ClusterJob) -> bytes | None:
    """A JSONL cluster's line, to travel with its task; None for a folder (read in place)."""
    if job.path is None or job.error:
        return None
    return read_line(job)


def _written(row: dict[str, Any], outdir: Path) -> dict[str, Any]:
    """The row once its briefs are on the driver's disk (or failed if they cannot be)."""
    outputs = row.pop("outputs", None) or {}
    try:
        for name, text in outputs.items():
            write_atomic(outdir / name, text)
    except (OSError, SummarizerError) as exc:
        for key in ("files", "documents", "sentences", "timings", "brief_cache"):
            row.pop(key, None)
        error = str(exc) if isinstance(exc, SummarizerError) else f"{type(exc).__name__}: {exc}"
        row.update(status="failed", error=error)
    return row


def _failed(job: ClusterJob, error: str, t0: float) -> dict[str, Any]:
    return {
        "id": job.id,
        "status": "failed",
        "input": job.where,
        "error": error,
        "seconds": round(time.monotonic() - t0, 4),
    }


def _died(job: ClusterJob, exc: Exception, t0: float) -> dict[str, Any]:
    return _failed(
        job,
        "the Ray worker died while summarizing this cluster (its process exited or was "
        f"killed, e.g. out of memory; the other tasks went on): {_first(exc)}",
        t0,
    )


def _first(exc: Exception) -> str:
    """The first non-empty line of Ray's (often multi-line) error message."""
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip()[:300]
    return type(exc).__name__
