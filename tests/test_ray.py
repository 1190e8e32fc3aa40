"""``summarizer batch --engine ray``: the same briefs and manifest as the local engine,
failures isolated per cluster (a dying worker included), resume, and a one-line error
without Ray. One local Ray instance of 2 CPUs serves the whole module."""

import dataclasses
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.backends.extractive import ExtractiveSummarizer
from summarizer.batch import MANIFEST, BatchOptions, read_manifest, run_batch
from summarizer.cli import main
from summarizer.config import load_config
from summarizer.errors import ModelError

from .builders import bag_embedder, default_sigint
from .test_batch import (
    cluster,
    options,
    sharing_backend,
    slow_backend,
    write_jsonl,
)

ray = pytest.importorskip("ray")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray instance with 2 CPUs; run_batch uses it as it finds it."""
    # Workers import the factories below by module name: they need the repo on their path.
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), old) if p)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
    )
    yield ray
    ray.shutdown()
    if old is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = old


class Fragile(ExtractiveSummarizer):
    """The offline backend, except on two clusters: one raises, one kills its process."""

    def summarize(self, chunks, documents):
        ids = {c.doc_id.rsplit("-d", 1)[0] for c in chunks}
        if "raises" in ids:
            raise RuntimeError("a bug that shows on this cluster only")
        if "dies" in ids:
            os._exit(3)  # no exception to catch: the worker process is gone
        return super().summarize(chunks, documents)


def fragile_backend(config, embedder):
    return Fragile(embedder, 4, 64)


def without_per_run_fields(brief_json: str) -> dict:
    data = json.loads(brief_json)
    data["meta"].pop("timings")
    return data


@pytest.mark.parametrize("backend", [slow_backend, sharing_backend])
def test_ray_and_local_engines_write_the_same_briefs(tmp_path, local_ray, backend):
    # sharing_backend: a generative-style backend, so Ray tasks carry groups of
    # clusters that share its calls (Worker.run_many); the local run does one at a time.
    n = 5
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i}", shift=i) for i in range(n)])
    opts = dataclasses.replace(options(formats=("md", "json")), backend_factory=backend)
    local_opts = dataclasses.replace(opts, clusters_per_call=1)
    local = run_batch(src, tmp_path / "local", local_opts, progress=False)
    remote = run_batch(src, tmp_path / "ray", opts, jobs=2, progress=False, engine="ray")
    assert (local.ok, local.failed) == (remote.ok, remote.failed) == (n, 0)
    for i in range(n):
        md = [(tmp_path / d / f"c{i}.md").read_text(encoding="utf-8") for d in ("local", "ray")]
        assert md[0] == md[1] and md[0].startswith("# ")
        js = [(tmp_path / d / f"c{i}.json").read_text(encoding="utf-8") for d in ("local", "ray")]
        assert without_per_run_fields(js[0]) == without_per_run_fields(js[1])
    rows = {r["id"]: r for r in read_manifest(tmp_path / "ray" / MANIFEST)}
    local_rows = {r["id"]: r for r in read_manifest(tmp_path / "local" / MANIFEST)}
    assert sorted(rows) == [f"c{i}" for i in range(n)]  # exactly one row per cluster
    for cid, row in rows.items():
        same = ("status", "input", "files", "documents", "sentences", "run")
        assert {k: row[k] for k in same} == {k: local_rows[cid][k] for k in same}
        assert "outputs" not in row and row["node"]
    # the work ran in 2 Ray worker processes, not in this one
    pids = [r["pid"] for r in rows.values()]
    assert len(set(pids)) == 2 and os.getpid() not in pids
    if backend is sharing_backend:  # two tasks, one per worker: groups of 3 and 2 clusters
        assert sorted(pids.count(p) for p in set(pids)) == [2, 3]
    assert not [p for p in (tmp_path / "ray").iterdir() if p.name.endswith(".tmp")]


def test_a_utf16_jsonl_runs_on_ray_as_it_runs_locally(tmp_path, local_ray):
    from .test_batch import _seed_clusters

    # "Ċ" (U+010A) holds a 0x0A byte in UTF-16-LE: the line travels whole to its worker
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in _seed_clusters())
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    opts = options(formats=("json",))
    local = run_batch(src, tmp_path / "local", opts, progress=False)
    remote = run_batch(src, tmp_path / "ray", opts, jobs=2, progress=False, engine="ray")
    assert (local.ok, local.failed) == (remote.ok, remote.failed) == (2, 0)
    for name in ("alpha.json", "beta.json"):
        js = [(tmp_path / d / name).read_text(encoding="utf-8") for d in ("local", "ray")]
        assert without_per_run_fields(js[0]) == without_per_run_fields(js[1])
        assert json.loads(js[1])["sources"][0]["title"] == "Ċity news"


def test_a_failing_cluster_and_a_dying_worker_fail_alone(tmp_path, local_ray):
    lines = [cluster("c0"), cluster("raises", shift=1), cluster("dies", shift=2)]
    lines += ['{"id": "broken", "documents": [', cluster("c1", shift=3), cluster("c2", shift=4)]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    opts = BatchOptions(
        load_config(),
        use_cache=False,
        backend_factory=fragile_backend,
        embedder_factory=bag_embedder,
    )
    out = tmp_path / "out"
    result = run_batch(src, out, opts, jobs=2, progress=False, engine="ray")
    assert (result.ok, result.failed, result.exit_code) == (3, 3, 1)
    rows = read_manifest(out / MANIFEST)
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == len(by_id) == 6
    assert {k for k, r in by_id.items() if r["status"] == "ok"} == {"c0", "c1", "c2"}
    assert "RuntimeError: a bug that shows on this cluster only" in by_id["raises"]["error"]
    assert "Ray worker died" in by_id["dies"]["error"]
    assert by_id["line-4"]["error"] == "line 4: invalid JSON (Expecting value)"
    assert sorted(p.name for p in out.glob("*.md")) == ["c0.md", "c1.md", "c2.md"]


def unloadable_backend(config, embedder):
    raise ModelError("model 'nowhere/model' is not present locally")


def test_a_worker_that_cannot_load_the_model_fails_the_batch_with_its_error(tmp_path, local_ray):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a"), cluster("b", shift=1)])
    opts = dataclasses.replace(options(), backend_factory=unloadable_backend)
    with pytest.raises(ModelError, match="'nowhere/model' is not present locally"):
        run_batch(src, tmp_path / "out", opts, jobs=2, progress=False, engine="ray")
    assert read_manifest(tmp_path / "out" / MANIFEST) == []


def test_a_second_run_redoes_only_what_is_missing(tmp_path, local_ray):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(c, shift=i) for i, c in enumerate("abc")])
    out = tmp_path / "out"
    first = run_batch(src, out, options(), jobs=2, progress=False, engine="ray")
    assert (first.ok, first.skipped) == (3, 0)
    before = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    (out / "b.md").unlink()  # as if the run had been killed before b was written
    again = run_batch(src, out, options(), jobs=2, progress=False, engine="ray")
    assert (again.ok, again.failed, again.skipped) == (1, 0, 2)
    rows = read_manifest(out / MANIFEST)
    assert sorted(r["id"] for r in rows) == ["a", "b", "c"]
    after = {r["id"]: r for r in rows}
    assert after["a"] == before["a"] and after["c"] == before["c"]  # not redone
    assert (out / "b.md").read_text(encoding="utf-8").startswith("# ")
    done = run_batch(src, out, options(), jobs=2, progress=False, engine="ray")
    assert (done.ok, done.skipped) == (0, 3)


def test_without_ray_the_engine_is_a_one_line_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    out = tmp_path / "out"
    rc = main(["batch", str(src), "-o", str(out), "--engine", "ray", "--no-cache"])
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err
    assert err.strip().splitlines() == [
        "summarizer: error: --engine ray needs Ray, which is not installed: "
        'pip install "summarizer[ray]"'
    ]
    assert not out.exists()  # failed before anything was written


def test_an_address_where_nothing_answers_is_a_one_line_error(tmp_path, capsys):
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    out = tmp_path / "out"
    argv = ["batch", str(src), "-o", str(out), "--engine", "ray", "--no-cache"]
    rc = main([*argv, "--address", f"127.0.0.1:{port}"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and "nothing answers there" in err[0]
    assert main([*argv, "--address", "headnode"]) == 2
    assert "give the Ray head's HOST:PORT" in capsys.readouterr().err
    assert not out.exists()  # Ray retries such an address for minutes; this took none


INTERRUPT_SCRIPT = """
import sys
from summarizer.batch import BatchOptions, run_batch
from summarizer.config import load_config
from summarizer.errors import ModelError
from tests.builders import bag_embedder
from tests.test_batch import slow_backend

opts = BatchOptions(load_config(), formats=("md", "json"), use_cache=False,
                    backend_factory=slow_backend, embedder_factory=bag_embedder)
code = 0
try:
    run_batch(sys.argv[1], sys.argv[2], opts, jobs=2, progress=False, engine="ray")
except KeyboardInterrupt:
    code = 130
import ray
print("initialized-after-interrupt", ray.is_initialized(), flush=True)
raise SystemExit(code)
"""


def test_ctrl_c_stops_the_workers_and_leaves_no_partial_output(tmp_path):
    # Its own process and its own local Ray instance, the path the CLI takes; the
    # signal goes to the whole process group, as Ctrl-C in a terminal does.
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i:02d}", shift=i) for i in range(30)])
    out = tmp_path / "out"
    env = {**os.environ, "BATCH_TEST_DELAY": "0.3", "PYTHONPATH": str(REPO)}
    argv = [sys.executable, "-c", INTERRUPT_SCRIPT, str(src), str(out)]
    proc = subprocess.Popen(
        argv,
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=default_sigint,
    )
    manifest = out / MANIFEST
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.is_file() and manifest.read_text().count("\n") >= 2:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    stdout, _ = proc.communicate(timeout=60)
    assert proc.returncode == 130, "the batch finished before it could be interrupted"
    assert "initialized-after-interrupt False" in stdout  # the local instance was shut down
    time.sleep(1)
    left = subprocess.run(["ps", "-o", "pid=,comm=", "-s", str(proc.pid)], capture_output=True)
    assert left.stdout.decode().strip() == ""  # no Ray worker or daemon outlives the batch
    rows = read_manifest(manifest)
    assert 2 <= len(rows) < 30
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.endswith(".tmp")]
    for row in rows:  # every row's files are whole briefs
        for f in row["files"]:
            assert f in names
        assert json.loads((out / row["files"][1]).read_text(encoding="utf-8"))["summary"]
