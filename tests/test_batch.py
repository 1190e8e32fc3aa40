"""``summarizer batch``: per-cluster outputs, failures, manifest, resume after a real kill."""

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.backends.extractive import ExtractiveSummarizer
from summarizer.backends.scripted import ScriptedSummarizer
from summarizer.batch import (
    MANIFEST,
    BatchOptions,
    Worker,
    list_jobs,
    read_manifest,
    run_batch,
    safe_name,
)
from summarizer.cli import main
from summarizer.config import load_config, override
from summarizer.errors import InputError

from .builders import bag_embedder

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SENTENCES = [
    "The city council approved the new budget on Tuesday after a long debate.",
    "The budget adds 40 million dollars for road repairs across the city.",
    "Council member Ana Ruiz said the vote was a win for commuters.",
    "Opponents argued that the plan raises property taxes for most homeowners.",
    "The mayor is expected to sign the budget into law next week.",
    "Road repairs will start in the spring and last about two years.",
]


@pytest.fixture(autouse=True)
def _no_user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


class SlowExtractive(ExtractiveSummarizer):
    """The offline backend, slowed down, logging the clusters it summarizes."""

    def summarize(self, chunks, documents):
        time.sleep(float(os.environ.get("BATCH_TEST_DELAY", "0")))
        log = os.environ.get("BATCH_TEST_LOG")
        if log and chunks:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(chunks[0].doc_id.rsplit("-d", 1)[0] + "\n")
        return super().summarize(chunks, documents)


class SlowSharing(ScriptedSummarizer):
    """A generative-style backend whose chunks may share a call across clusters:
    each chunk's longest sentence; logs the clusters in every call."""

    independent_chunks = True

    def __init__(self):
        super().__init__(lambda c: max(c.sentences, key=lambda s: len(s.text)).text)
        self.cluster_calls = []

    def summarize(self, chunks, documents):
        time.sleep(float(os.environ.get("BATCH_TEST_DELAY", "0")))
        clusters = sorted({c.doc_id.rsplit("-d", 1)[0] for c in chunks})
        self.cluster_calls.append(clusters)
        log = os.environ.get("BATCH_TEST_LOG")
        if log and chunks:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write("".join(c + "\n" for c in clusters))
        return super().summarize(chunks, documents)


FACTORY_CALLS = []
SHARING = []


def sharing_backend(config, embedder):
    SHARING.append(SlowSharing())
    return SHARING[-1]


def slow_backend(config, embedder):
    FACTORY_CALLS.append(os.getpid())
    return SlowExtractive(embedder, 4, 64)


def cluster(cid, n_docs=3, shift=0):
    docs = []
    for d in range(n_docs):
        picked = [SENTENCES[(d + shift + k) % len(SENTENCES)] for k in range(4)]
        docs.append({"id": f"{cid}-d{d}", "title": f"Budget news {d}", "text": " ".join(picked)})
    return {"id": cid, "documents": docs}


def write_jsonl(path, lines):
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
        encoding="utf-8",
    )
    return path


def options(config=None, **kw):
    kw.setdefault("use_cache", False)
    return BatchOptions(
        config or load_config(),
        backend_factory=slow_backend,
        embedder_factory=bag_embedder,
        **kw,
    )


def test_safe_names_stay_in_the_folder_and_are_unique():
    taken = set()
    names = [
        safe_name(i, taken)
        for i in ("a", "A", "../../etc/passwd", "x/y", "x_y", ".hidden", "", "CON", "a" * 300)
    ]
    assert len({n.lower() for n in names}) == len(names)
    for n in names:
        assert "/" not in n and "\\" not in n and not n.startswith(".") and 0 < len(n) <= 91
    assert names[0] == "a" and names[1].startswith("A-")  # a case-insensitive clash
    assert safe_name("x/y", set()) == names[3]  # the same id gets the same name


def test_a_deeply_nested_line_fails_its_cluster_only(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("c1"), "[" * 100_000 + "]" * 100_000])
    out = tmp_path / "out"
    result = run_batch(src, out, options(), progress=False)
    assert (result.ok, result.failed) == (1, 1)
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert "line 2: invalid JSON (nested too deeply)" in rows["line-2"]["error"]


def test_a_line_with_a_number_of_thousands_of_digits_fails_its_cluster_only(tmp_path):
    # json.loads refuses it with a ValueError that is no JSONDecodeError
    src = write_jsonl(
        tmp_path / "in.jsonl", [cluster("c1"), '{"id": "c2", "n": ' + "9" * 5000 + "}"]
    )
    out = tmp_path / "out"
    result = run_batch(src, out, options(), progress=False)
    assert (result.ok, result.failed) == (1, 1)
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert "line 2: invalid JSON (a number with too many digits)" in rows["line-2"]["error"]


def test_a_line_without_documents_fails_under_the_id_it_gives(tmp_path):
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "no-docs"}, {"id": "text-not-list", "documents": "a"}, cluster("ok")],
    )
    out = tmp_path / "out"
    result = run_batch(src, out, options(), progress=False)
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert (result.ok, result.failed) == (1, 2)
    assert rows.keys() == {"no-docs", "text-not-list", "ok"}
    assert "line 1: a cluster must be an object with a 'documents' list" in rows["no-docs"]["error"]
    assert rows["text-not-list"]["status"] == "failed"


def test_a_cluster_id_that_is_not_a_string_or_a_whole_number_fails_its_line(tmp_path, capsys):
    # An id true, 1.5 or [1] was made the cluster "True", "1.5", "[1]"; whole
    # numbers are ids, as for articles (0 included).
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {**cluster("x"), "id": 7},
            {**cluster("x"), "id": 0},
            {**cluster("x"), "id": True},
            {**cluster("x"), "id": False},
            {**cluster("x"), "id": 1.5},
            {**cluster("x"), "id": [1]},
            {**cluster("x"), "id": {"n": 1}},
            {"id": True},  # no documents either: the id is said
        ],
    )
    out = tmp_path / "out"
    argv = ["batch", str(src), "-o", str(out), "--backend", "extractive", "--no-cache"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert rows.keys() == {"7", "0", *(f"line-{n}" for n in range(3, 9))}
    assert rows["7"]["status"] == rows["0"]["status"] == "ok"
    assert sorted(p.name for p in out.iterdir()) == ["0.md", "7.md", MANIFEST]
    assert "2 ok, 6 failed" in err
    shown = ["True", "False", "1.5", "[1]", "{'n': 1}", "True"]
    for n, said in zip(range(3, 9), shown, strict=True):
        error = f"line {n}: the cluster's 'id' must be a string, got {said}"
        assert rows[f"line-{n}"]["status"] == "failed" and rows[f"line-{n}"]["error"] == error
        assert f"summarizer: failed: line-{n}: {error}\n" in err  # one line each
    assert "Traceback" not in err


def test_made_up_ids_never_take_an_id_another_line_gives(tmp_path):
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [
            '{"id": "bad", ',  # broken: its made-up id would be "line-1"
            cluster("line-1"),
            cluster("A"),
            cluster("A", shift=1),  # a repeat: made up as "A~4" ...
            cluster("A~4", shift=2),  # ... which this line gives
        ],
    )
    out = tmp_path / "out"
    result = run_batch(src, out, options(), progress=False)
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert (result.ok, result.failed) == (3, 2)
    assert rows["line-1"]["status"] == rows["A"]["status"] == rows["A~4"]["status"] == "ok"
    failed = {k: r["error"] for k, r in rows.items() if r["status"] == "failed"}
    assert failed.keys() == {"line-1~", "A~4~"}
    assert "line 1: invalid JSON" in failed["line-1~"]
    assert "duplicate cluster id 'A' (first on line 3)" in failed["A~4~"]


def test_jsonl_batch_reports_bad_lines_and_empty_clusters_and_goes_on(tmp_path):
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [
            cluster("c1"),
            '{"id": "broken", "documents": [',
            {"id": "empty", "documents": []},
            "",
            cluster("../evil", shift=2),
            cluster("c1", shift=1),  # a repeated id
        ],
    )
    out = tmp_path / "out"
    result = run_batch(src, out, options(formats=("md", "json")), progress=False)
    assert (result.ok, result.failed, result.exit_code) == (2, 3, 1)
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert rows["c1"]["status"] == "ok" and rows["c1"]["files"] == ["c1.md", "c1.json"]
    assert (
        rows["line-2"]["status"] == "failed" and "line 2: invalid JSON" in rows["line-2"]["error"]
    )
    assert rows["empty"]["status"] == "failed" and "no documents" in rows["empty"]["error"]
    assert "duplicate cluster id 'c1'" in rows["c1~6"]["error"]
    evil = rows["../evil"]
    assert evil["status"] == "ok" and all("/" not in f for f in evil["files"])
    assert all(isinstance(r["seconds"], float) for r in rows.values())
    assert "total" in rows["c1"]["timings"]
    brief = json.loads((out / "c1.json").read_text(encoding="utf-8"))
    assert brief["summary"] and brief["sources"][0]["id"] == "c1-d0"
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []


def test_backend_and_embedder_are_made_once_for_all_clusters(tmp_path):
    FACTORY_CALLS.clear()
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i}", shift=i) for i in range(4)])
    assert run_batch(src, tmp_path / "out", options(), progress=False).ok == 4
    assert [os.getpid()] == FACTORY_CALLS


def test_finished_clusters_are_skipped_and_a_config_change_redoes_them(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a"), cluster("b", shift=3)])
    out = tmp_path / "out"
    assert run_batch(src, out, options(), progress=False).ok == 2
    again = run_batch(src, out, options(), progress=False)
    assert (again.ok, again.skipped) == (0, 2)
    (out / "b.md").unlink()  # a row without its file is not finished
    again = run_batch(src, out, options(), progress=False)
    assert (again.ok, again.skipped) == (1, 1)
    assert [r["id"] for r in read_manifest(out / MANIFEST)] == ["a", "b"]
    changed = options(config=override(load_config(), **{"fusion.words": 60}))
    assert run_batch(src, out, changed, progress=False).ok == 2
    assert len(read_manifest(out / MANIFEST)) == 2


def test_html_briefs_and_a_format_change_leaves_no_stale_files(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a"), cluster("b", shift=3)])
    out = tmp_path / "out"
    (out / "notes").mkdir(parents=True)
    (out / "notes" / "a.json").write_text("mine", encoding="utf-8")  # not the batch's
    both = run_batch(src, out, options(formats=("md", "json", "html")), progress=False)
    assert both.ok == 2
    page = (out / "a.html").read_text(encoding="utf-8")
    assert page.lower().startswith("<!doctype html>") and "Budget news 0" in page
    assert "road repairs" in page.lower()  # the sources' text, for the citations
    assert run_batch(src, out, options(formats=("md",)), progress=False).ok == 2
    assert sorted(p.name for p in out.iterdir()) == ["a.md", "b.md", MANIFEST, "notes"]
    assert [r["files"] for r in read_manifest(out / MANIFEST)] == [["a.md"], ["b.md"]]
    assert (out / "notes" / "a.json").read_text(encoding="utf-8") == "mine"
    # "A" added before "a": "A" takes the name a.md had (on a case-insensitive
    # file system, the same file), "a" a longer one; a.md is not removed as "a"'s old file
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("A", shift=1), cluster("a")])
    assert run_batch(src, out, options(formats=("md",)), progress=False).ok == 2
    rows = {r["id"]: r["files"] for r in read_manifest(out / MANIFEST)}
    assert rows["A"] == ["A.md"] and rows["a"] != ["a.md"]
    assert all((out / f).is_file() for files in rows.values() for f in files)
    assert (out / "a.md").is_file()  # kept: where case is ignored, it is A.md
    # a cluster that fails when redone loses its files of a dropped format too
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("c")])
    assert run_batch(src, out, options(formats=("md", "json")), progress=False).ok == 1
    write_jsonl(src, [{"id": "c", "documents": []}])
    assert run_batch(src, out, options(formats=("md",)), progress=False).failed == 1
    assert not (out / "c.json").exists()


def test_an_unknown_format_is_refused_before_anything_is_written(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    assert main(["batch", str(src), "-o", str(tmp_path / "out"), "--format", "md,pdf"]) == 2
    err = capsys.readouterr().err
    assert "unknown output format 'pdf' (use md, json, html)" in err
    assert not (tmp_path / "out").exists()


def test_two_worker_processes(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i}", shift=i) for i in range(4)])
    out = tmp_path / "out"
    result = run_batch(src, out, options(), jobs=2, progress=False)
    assert (result.ok, result.failed) == (4, 0)
    rows = read_manifest(out / MANIFEST)
    assert sorted(r["id"] for r in rows) == ["c0", "c1", "c2", "c3"]
    assert os.getpid() not in {r["pid"] for r in rows}


def test_a_failure_while_writing_the_manifest_stops_the_workers_at_once(tmp_path, monkeypatch):
    import multiprocessing

    import summarizer.batch as batch

    def disk_full(self, row):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch._Manifest, "append", disk_full)
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i}", shift=i) for i in range(6)])
    # only this batch's workers count (an earlier test's may still be exiting)
    before = {c.pid for c in multiprocessing.active_children()}
    try:
        run_batch(src, tmp_path / "out", options(), jobs=2, progress=False)
    except OSError as exc:
        assert "No space" in str(exc)
        # Checked while the traceback (and so run_batch's frame) is alive: the
        # pool is shut down before run_batch raises, not when it is collected.
        children = [c for c in multiprocessing.active_children() if c.pid not in before]
    else:
        pytest.fail("the manifest error was swallowed")
    assert children == [], [(c.name, c.pid, c.exitcode) for c in children]


def test_folder_of_cluster_folders_through_the_cli(tmp_path, capsys):
    root = tmp_path / "clusters"
    (root / "seeds").mkdir(parents=True)
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        (root / "seeds" / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "empty").mkdir()
    out = tmp_path / "out"
    argv = ["batch", str(root), "-o", str(out), "--backend", "extractive", "--words", "80"]
    rc = main([*argv, "--cache", str(tmp_path / "c.sqlite"), "--format", "md,json"])
    err = capsys.readouterr().err
    assert rc == 1 and "1 ok, 1 failed" in err
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert rows["seeds"]["status"] == "ok" and (out / "seeds.md").read_text().startswith("# ")
    assert "no articles found" in rows["empty"]["error"]
    assert rows["seeds"]["cache"]["embedding_misses"] > 0


def test_group_flag_sets_the_clusters_per_model_call(tmp_path, monkeypatch, capsys):
    import summarizer.batch as batch

    seen = []

    def spy(src, out, options, **kw):
        seen.append(options.clusters_per_call)
        return batch.BatchResult()

    monkeypatch.setattr(batch, "run_batch", spy)
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    assert main(["batch", str(src), "-o", str(tmp_path / "o"), "-q"]) == 0
    assert main(["batch", str(src), "-o", str(tmp_path / "o"), "-q", "--group", "32"]) == 0
    assert seen == [batch.CLUSTERS_PER_CALL, 32]
    with pytest.raises(SystemExit) as bad:
        main(["batch", str(src), "-o", str(tmp_path / "o"), "--group", "0"])
    assert bad.value.code == 2 and "--group" in capsys.readouterr().err


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing", "no such file or folder"),
        (lambda p: write_jsonl(p / "x.txt", ["hello"]), "folder of cluster folders"),
        (lambda p: write_jsonl(p / "x.jsonl", ["", "  "]), "no clusters found"),
        (lambda p: SEEDS, "it holds articles"),
    ],
)
def test_bad_input_as_a_whole_is_exit_2(tmp_path, capsys, make, message):
    rc = main(["batch", str(make(tmp_path)), "-o", str(tmp_path / "out"), "--no-cache"])
    err = capsys.readouterr().err
    assert rc == 2 and message in err and "Traceback" not in err
    with pytest.raises(InputError, match="unknown output format"):
        run_batch(SEEDS, tmp_path / "o", options(formats=("pdf",)))


RESUME_SCRIPT = """
import sys
from summarizer.batch import BatchOptions, run_batch
from summarizer.config import load_config, override
from tests.test_batch import bag_embedder, sharing_backend, slow_backend

factory = sharing_backend if sys.argv[4] == "sharing" else slow_backend
opts = BatchOptions(load_config(), formats=("md", "json"), cache_path=sys.argv[3],
                    backend_factory=factory, embedder_factory=bag_embedder,
                    clusters_per_call=3)
raise SystemExit(run_batch(sys.argv[1], sys.argv[2], opts, progress=False).exit_code)
"""


# "sharing": three clusters per generate call, their rows reach the manifest together.
@pytest.mark.parametrize("backend", ["per-cluster", "sharing"])
def test_a_killed_batch_resumes_without_redoing_finished_clusters(tmp_path, backend):
    n = 12
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i:02d}", shift=i) for i in range(n)])
    out, log = tmp_path / "out", tmp_path / "log.txt"
    delay = "0.4" if backend == "per-cluster" else "1.0"  # per call of 3 clusters
    env = {**os.environ, "BATCH_TEST_DELAY": delay, "BATCH_TEST_LOG": str(log)}
    argv = [sys.executable, "-c", RESUME_SCRIPT, str(src), str(out), str(tmp_path / "c.sqlite")]
    argv.append(backend)
    proc = subprocess.Popen(argv, cwd=REPO, env=env)
    manifest = out / MANIFEST
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.is_file() and manifest.read_text().count("\n") >= 3:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    before = {r["id"] for r in read_manifest(manifest) if r["status"] == "ok"}
    assert 3 <= len(before) < n
    first_log = log.read_text().split()

    done = subprocess.run(argv, cwd=REPO, env=env, timeout=120)
    assert done.returncode == 0
    second_log = log.read_text().split()[len(first_log) :]
    assert not before & set(second_log)  # finished clusters were not redone
    rows = read_manifest(manifest)
    assert sorted(r["id"] for r in rows) == [f"c{i:02d}" for i in range(n)]  # one row each
    assert all(r["status"] == "ok" for r in rows)
    for i in range(n):
        assert json.loads((out / f"c{i:02d}.json").read_text(encoding="utf-8"))["summary"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


# -- clusters sharing generate calls ---------------------------------------------------------


def _json_without_timings(text):
    data = json.loads(text)
    data["meta"].pop("timings")
    return data


def test_grouped_clusters_share_calls_and_make_the_same_briefs(tmp_path):
    lines = [cluster(f"c{i}", shift=i) for i in range(5)]
    lines.insert(2, '{"id": "broken", "documents": [')
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    outs = {}
    for per_call in (1, 3):
        SHARING.clear()
        out = tmp_path / f"out{per_call}"
        opts = options(formats=("md", "json"), clusters_per_call=per_call)
        cache = str(tmp_path / f"cache{per_call}.sqlite")  # each run fills its own
        opts = dataclasses.replace(
            opts, backend_factory=sharing_backend, use_cache=True, cache_path=cache
        )
        result = run_batch(src, out, opts, progress=False)
        assert (result.ok, result.failed) == (5, 1)
        outs[per_call] = out
        calls = SHARING[0].cluster_calls
        if per_call == 3:  # [c0 c1 (broken)] [c2 c3 c4]: the bad line fails alone
            assert calls == [["c0", "c1"], ["c2", "c3", "c4"]]
        else:
            assert len(calls) == 5
    rows = {k: {r["id"]: r for r in read_manifest(v / MANIFEST)} for k, v in outs.items()}
    assert rows[1].keys() == rows[3].keys()
    for cid, row in rows[3].items():
        assert row["status"] == rows[1][cid]["status"]
        if row["status"] != "ok":
            assert "invalid JSON" in row["error"]
            continue
        assert row["files"] == [f"{cid}.md", f"{cid}.json"]
        assert (outs[3] / f"{cid}.md").read_text() == (outs[1] / f"{cid}.md").read_text()
        a, b = ((outs[k] / f"{cid}.json").read_text() for k in (3, 1))
        assert _json_without_timings(a) == _json_without_timings(b)
        # Each row counts its own cluster's chunks, though they were generated together.
        chunks = json.loads(a)["meta"]["chunks"]
        assert row["cache"]["summary_misses"] == chunks == rows[1][cid]["cache"]["summary_misses"]
        assert row["seconds"] > 0 and "total" in row["timings"]


def test_run_many_without_an_outdir_returns_the_files_and_writes_nothing(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i}", shift=i) for i in range(3)])
    opts = dataclasses.replace(options(formats=("md", "json")), backend_factory=sharing_backend)
    worker = Worker(opts)
    before = set(tmp_path.iterdir())
    jobs = list_jobs(src)
    many = worker.run_many(jobs, None)
    one = [worker.run(job, None) for job in jobs]
    assert set(tmp_path.iterdir()) == before
    assert [r["id"] for r in many] == ["c0", "c1", "c2"]
    for got, want in zip(many, one, strict=True):
        assert got["status"] == want["status"] == "ok"
        assert got["files"] == want["files"] == list(got["outputs"])
        name = got["files"][0]
        assert got["outputs"][name] == want["outputs"][name]  # markdown
        js = got["files"][1]
        assert _json_without_timings(got["outputs"][js]) == _json_without_timings(
            want["outputs"][js]
        )
    assert worker.backend.cluster_calls[0] == ["c0", "c1", "c2"]  # one call for all three


QUESTIONS = (  # prose, but only questions: nothing a brief can state
    "What did the council decide about the harbour on Monday night? "
    "Why did the mayor leave the meeting before the vote was taken? "
    "Who will pay for the new ferry terminal that the port needs?"
)


@pytest.mark.parametrize("per_call", [1, 3])
def test_a_cluster_with_an_empty_brief_fails_alone_and_writes_nothing(tmp_path, per_call):
    # `summarizer brief` refuses an empty brief (exit 2); batch wrote it as "ok"
    # ("No summary could be made") and exited 0.
    lines = [cluster("a"), {"id": "q", "documents": [{"text": QUESTIONS}]}, cluster("b", shift=2)]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out"
    # per_call 3: the grouped path (Worker.run_many), which the Ray engine's workers take
    opts = options(formats=("md", "json"), clusters_per_call=per_call)
    if per_call > 1:
        opts = dataclasses.replace(opts, backend_factory=sharing_backend)
    result = run_batch(src, out, opts, progress=False)
    assert (result.ok, result.failed, result.exit_code) == (2, 1, 1)
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert rows["q"]["status"] == "failed" and "files" not in rows["q"]
    assert rows["q"]["error"].startswith("no brief: no sentence of the articles could be stated")
    assert rows["a"]["status"] == rows["b"]["status"] == "ok"
    assert sorted(p.name for p in out.iterdir()) == [
        "a.json", "a.md", "b.json", "b.md", MANIFEST
    ]  # fmt: skip
    # without an output folder (the Ray engine's workers): no outputs to write either
    row = Worker(opts).run_many(list_jobs(src), None)[1]
    assert row["status"] == "failed" and "outputs" not in row


def test_a_cluster_that_fails_on_a_redo_leaves_no_earlier_brief(tmp_path):
    # The folder holds what the manifest lists: a cluster whose input changed so
    # that it now fails must not leave its earlier brief beside a failed row.
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a"), cluster("b", shift=2)])
    out = tmp_path / "out"
    opts = options(formats=("md", "json"))
    assert run_batch(src, out, opts, progress=False).ok == 2
    write_jsonl(src, [cluster("a"), {"id": "b", "documents": [{"text": QUESTIONS}]}])
    result = run_batch(src, out, opts, progress=False)
    assert (result.skipped, result.ok, result.failed) == (1, 0, 1)
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert rows["b"]["status"] == "failed" and "files" not in rows["b"]
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "a.md", MANIFEST]


def test_grouped_clusters_in_two_worker_processes(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i}", shift=i) for i in range(5)])
    out = tmp_path / "out"
    opts = dataclasses.replace(options(clusters_per_call=8), backend_factory=sharing_backend)
    result = run_batch(src, out, opts, jobs=2, progress=False)
    assert (result.ok, result.failed) == (5, 0)
    rows = read_manifest(out / MANIFEST)
    assert sorted(r["id"] for r in rows) == [f"c{i}" for i in range(5)]
    # Split so both workers get work: groups of 3 and 2.
    assert sorted(sum(1 for r in rows if r["pid"] == pid) for pid in {r["pid"] for r in rows}) == [
        2,
        3,
    ]


# -- resume checks the input, not only the configuration ------------------------------------


def test_a_cluster_whose_jsonl_line_changed_is_redone_and_its_brief_replaced(tmp_path):
    out = tmp_path / "out"
    opts = options(formats=("md", "json"))
    first = write_jsonl(tmp_path / "j1.jsonl", [cluster("1"), cluster("2", shift=3)])
    assert run_batch(first, out, opts, progress=False).ok == 2
    fresh = {"id": "1", "documents": [{"id": "fresh", "text": " ".join(SENTENCES[2:])}]}
    second = write_jsonl(tmp_path / "j2.jsonl", [fresh, cluster("2", shift=3)])
    result = run_batch(second, out, opts, progress=False)
    assert (result.ok, result.failed, result.skipped) == (1, 0, 1)  # "2" is unchanged
    brief = json.loads((out / "1.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in brief["sources"]] == ["fresh"]
    assert sorted(r["id"] for r in read_manifest(out / MANIFEST)) == ["1", "2"]  # one row each


def test_a_folder_cluster_that_lost_an_article_is_redone(tmp_path):
    root, out = tmp_path / "clusters", tmp_path / "out"
    (root / "c1").mkdir(parents=True)
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        (root / "c1" / p.name).write_bytes(p.read_bytes())
    opts = options(formats=("json",))
    assert run_batch(root, out, opts, progress=False).ok == 1
    assert run_batch(root, out, opts, progress=False).skipped == 1  # unchanged: skipped
    gone = sorted((root / "c1").iterdir())[0]
    gone.unlink()
    result = run_batch(root, out, opts, progress=False)
    assert (result.ok, result.skipped) == (1, 0)
    paths = [s["path"] for s in json.loads((out / "c1.json").read_text())["sources"]]
    assert len(paths) == 2 and str(gone) not in paths
    # A row from before inputs were recorded cannot vouch for its input: redone.
    rows = read_manifest(out / MANIFEST)
    assert len(rows) == 1
    del rows[0]["input_digest"]
    (out / MANIFEST).write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    assert run_batch(root, out, opts, progress=False).ok == 1


def test_names_that_are_not_utf8_work_and_resume(tmp_path, capsys):
    # A Linux file name is bytes; Python shows undecodable ones as lone surrogates.
    root = os.fsencode(tmp_path / "clusters")
    try:
        os.makedirs(root + b"/caf\xe9")
        with open(root + b"/caf\xe9/caf\xe9.txt", "wb") as fh:
            fh.write(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    out = tmp_path / "out"
    # The cache is on: the brief's cache key and entry name the file too.
    argv = ["batch", os.fsdecode(root), "-o", str(out), "--backend", "extractive"]
    assert main([*argv, "--format", "md,json"]) == 0
    assert "1 ok, 0 failed" in capsys.readouterr().err
    (row,) = read_manifest(out / MANIFEST)
    assert row["id"] == os.fsdecode(b"caf\xe9") and row["status"] == "ok"
    brief = json.loads((out / row["files"][1]).read_text(encoding="utf-8"))
    assert brief["sources"][0]["path"].endswith("caf\\udce9.txt")  # shown as Python shows it
    assert main([*argv, "--format", "md,json"]) == 0
    assert "0 ok, 0 failed, 1 already done" in capsys.readouterr().err


def test_an_output_folder_inside_the_input_folder_is_not_a_cluster(tmp_path, capsys):
    root = tmp_path / "bf2"
    (root / "c1").mkdir(parents=True)
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        (root / "c1" / p.name).write_bytes(p.read_bytes())
    argv = ["batch", str(root), "-o", str(root / "briefs"), "--backend", "extractive"]
    argv += ["--cache", str(tmp_path / "c.sqlite")]
    assert main(argv) == 0
    assert "1 ok, 0 failed, 0 already done" in capsys.readouterr().err
    assert main(argv) == 0  # the second run does not read bf2/briefs as a cluster
    assert "0 ok, 0 failed, 1 already done" in capsys.readouterr().err
    # Nor is another batch's output folder (one with a manifest) inside the input.
    (root / "briefs").rename(root / "old-briefs")
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "1 ok, 0 failed, 0 already done" in err and "failed:" not in err
    assert [r["id"] for r in read_manifest(root / "briefs" / MANIFEST)] == ["c1"]
    # An article file that happens to be called manifest.jsonl keeps its cluster.
    (root / "c1" / MANIFEST).write_text(json.dumps({"text": SENTENCES[0]}) + "\n")
    assert [j.id for j in list_jobs(root, outdir=root / "briefs")] == ["c1"]


def test_a_model_path_that_is_not_there_fails_the_batch_before_it_writes(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    out = tmp_path / "out"
    assert main(["batch", str(src), "-o", str(out), "--model", "./nomodel", "--no-cache"]) == 2
    assert capsys.readouterr().err == "summarizer: error: no model folder at ./nomodel\n"
    assert not out.exists()
    with pytest.raises(SystemExit) as exit_:
        main(["batch", str(src), "-o", ""])
    assert exit_.value.code == 2 and "needs a folder name" in capsys.readouterr().err


def test_a_cache_that_cannot_be_opened_fails_before_the_output_folder_exists(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    out = tmp_path / "out"
    rc = main(["batch", str(src), "-o", str(out), "--backend", "extractive",
               "--cache", str(blocker / "c.sqlite")])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 2 and err == (
        f"summarizer: error: {blocker / 'c.sqlite'}: cannot create the cache's folder "
        f"({blocker} is not a folder); pass --cache PATH or --no-cache\n"
    )
    assert not out.exists()


def test_a_second_batch_into_the_same_folder_is_refused_while_one_runs(tmp_path, capsys):
    import fcntl

    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    out = tmp_path / "out"
    out.mkdir()
    argv = ["batch", str(src), "-o", str(out), "--backend", "extractive", "--no-cache"]
    fd = os.open(out, os.O_RDONLY)  # what a running batch holds
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "another summarizer batch is writing into this folder" in err
        assert list(out.iterdir()) == []  # the running batch's files are left alone
    finally:
        os.close(fd)
    assert main(argv) == 0  # once it is done, the folder is free


def test_summarize_many_refuses_a_single_path():
    from summarizer.pipeline import summarize_many

    with pytest.raises(InputError, match="a list of clusters"):
        summarize_many(str(SEEDS))


def test_a_worker_that_dies_fails_no_cluster_that_can_be_redone(tmp_path):
    # A worker killed from outside (the OOM killer, an operator) breaks the
    # whole process pool; its groups are retried one at a time, so every
    # cluster still ends ok.
    import signal

    src = write_jsonl(tmp_path / "in.jsonl", [cluster(f"c{i:02d}", shift=i) for i in range(10)])
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--jobs", "2",
            "--no-cache", "--backend", "extractive", "-q"]  # fmt: skip
    proc = subprocess.Popen(argv, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    manifest = out / MANIFEST
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.is_file() and read_manifest(manifest):
            break
        time.sleep(0.02)
    victim = read_manifest(manifest)[0]["pid"]
    try:
        os.kill(victim, signal.SIGKILL)
    except ProcessLookupError:
        pytest.fail("the batch finished before a worker could be killed")
    _, err = proc.communicate(timeout=300)
    rows = read_manifest(manifest)
    assert proc.returncode == 0, err
    assert sorted(r["id"] for r in rows) == [f"c{i:02d}" for i in range(10)]
    assert all(r["status"] == "ok" for r in rows)


# -- the JSONL file's encoding --------------------------------------------------------------


def _seed_clusters():
    seeds = sorted(SEEDS.glob("*.txt"))
    return [
        {
            "id": cid,
            # "Ċ" (U+010A) holds a 0x0A byte in UTF-16: no line end, half a character
            "documents": [
                {"id": p.stem, "title": "Ċity news", "text": p.read_text(encoding="utf-8")}
                for p in seeds[i : i + 3]
            ],
        }
        for i, cid in ((0, "alpha"), (3, "beta"))
    ]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_jsonl_with_a_bom_makes_the_same_briefs_as_utf8_and_resumes(
    tmp_path, capsys, encoding
):
    text = "".join(json.dumps(c, ensure_ascii=False) + "\r\n" for c in _seed_clusters())
    utf8 = tmp_path / "utf8.jsonl"
    utf8.write_text(text, encoding="utf-8")
    utf16 = tmp_path / "utf16.jsonl"
    bom = b"\xff\xfe" if encoding == "utf-16-le" else b"\xfe\xff"
    utf16.write_bytes(bom + text.encode(encoding))
    argv = ["--backend", "extractive", "--no-cache", "-q", "--format", "md,json"]
    assert main(["batch", str(utf8), "-o", str(tmp_path / "o8"), *argv]) == 0
    capsys.readouterr()

    out = tmp_path / "o16"
    rc = main(["batch", str(utf16), "-o", str(out), *argv])
    err = capsys.readouterr().err
    assert rc == 0 and "failed" not in err, err
    rows = read_manifest(out / MANIFEST)
    assert [(r["id"], r["status"]) for r in rows] == [("alpha", "ok"), ("beta", "ok")]
    for name in ("alpha.md", "beta.md"):  # the text read is the text written
        assert (out / name).read_text() == (tmp_path / "o8" / name).read_text()
    assert json.loads((out / "alpha.json").read_text())["sources"][0]["title"] == "Ċity news"

    # Run again: both clusters are done (their lines' digests are stable).
    assert main(["batch", str(utf16), "-o", str(out), *argv]) == 0
    assert read_manifest(out / MANIFEST) == rows


def test_a_big_utf16_jsonl_is_listed_line_by_line(tmp_path):
    # Over the 1 MiB read chunk, so lines (and the first bytes looked at for
    # binary content) are cut between reads.
    line = json.dumps({"id": "x", "documents": [{"text": "Ċ" * 997 + " é 😀"}]}, ensure_ascii=False)
    lines = [line.replace('"x"', f'"c{i}"') for i in range(600)]
    for encoding, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        src = tmp_path / f"{encoding}.jsonl"
        src.write_bytes(bom + "\n".join(lines).encode(encoding))
        assert src.stat().st_size > 2**20
        jobs = list_jobs(src)
        assert [j.id for j in jobs] == [f"c{i}" for i in range(600)]
        assert [j.error for j in jobs] == [None] * 600


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,  # a PNG renamed .jsonl
        bytes(range(256)) * 8,  # binary with no magic bytes, with many 0x0A "lines"
        b"\xff\xfe" + bytes(range(256)) * 8,  # a UTF-16 byte-order mark, then binary
    ],
)
def test_a_binary_jsonl_is_bad_input_before_any_work(tmp_path, capsys, content):
    src = tmp_path / "clusters.jsonl"
    src.write_bytes(content)
    out = tmp_path / "out"
    rc = main(["batch", str(src), "-o", str(out), "--no-cache", "-q"])
    err = capsys.readouterr().err
    assert rc == 2
    # one line, as `summarizer brief` words it ("binary content" or "broken UTF-16")
    assert err.startswith(f"summarizer: error: {src}: not a text file (") and err.count("\n") == 1
    assert not out.exists()  # no manifest, no rows


def test_an_output_folder_that_is_a_cluster_folder_is_refused(tmp_path, capsys):
    # `batch clusters -o clusters/c1` left c1 out as "the output folder": its articles
    # were never summarized, with exit 0, and the briefs were written among them.
    root = tmp_path / "clusters"
    for name in ("c1", "c2"):
        (root / name).mkdir(parents=True)
        for p in sorted(SEEDS.glob("*.txt"))[:2]:
            (root / name / p.name).write_bytes(p.read_bytes())
    before = sorted(p.name for p in (root / "c1").iterdir())
    argv = ["batch", str(root), "-o", str(root / "c1"), "--backend", "extractive", "--no-cache"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err == (
        f"summarizer: error: {root / 'c1'}: is a cluster folder of {root} (it holds "
        "articles); give an output folder that holds no articles\n"
    )
    assert sorted(p.name for p in (root / "c1").iterdir()) == before  # nothing written


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_the_jsonl_input_is_refused_not_waited_on(tmp_path):
    # It hung forever, waiting for a writer (each cluster's line is re-read by offset,
    # so a pipe could not work anyway).
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    out = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(fifo), "-o", str(tmp_path / "o")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.returncode == 2
    assert out.stderr == f"summarizer: error: {fifo}: not a regular file\n"
    assert not (tmp_path / "o").exists()


def test_a_killed_runs_temporary_files_of_every_format_are_removed(tmp_path):
    # write_atomic's temporaries of HTML briefs were left behind for good.
    src = write_jsonl(tmp_path / "in.jsonl", [cluster("a")])
    out = tmp_path / "out"
    out.mkdir()
    stale = [f".a.{fmt}.x1y2z3.tmp" for fmt in ("md", "json", "html")]
    for name in stale:
        (out / name).write_text("half a brief", encoding="utf-8")
    (out / ".notes.tmp").write_text("mine", encoding="utf-8")  # not a brief's temporary
    assert run_batch(src, out, options(formats=("html",)), progress=False).ok == 1
    assert sorted(p.name for p in out.iterdir()) == [".notes.tmp", "a.html", MANIFEST]


def test_a_warm_batch_finds_each_jsonl_brief_by_its_line_without_reading_articles(
    tmp_path, monkeypatch
):
    """A rerun of the same JSONL file into a fresh folder serves every brief from the
    cache by the line alone: no article is parsed or cleaned (half of a warm run was
    that), and the briefs are the cold run's. A line that changed is read again."""
    import summarizer.batch as batch_module

    lines = [cluster("1"), cluster("2", shift=3)]
    src = write_jsonl(tmp_path / "c.jsonl", lines)
    opts = options(use_cache=True, cache_path=str(tmp_path / "c.sqlite"), formats=("md",))
    assert run_batch(src, tmp_path / "cold", opts, progress=False).ok == 2
    read = []
    real_load_job = batch_module.load_job
    monkeypatch.setattr(
        batch_module, "load_job", lambda job, *a: read.append(job.id) or real_load_job(job, *a)
    )
    result = run_batch(src, tmp_path / "warm", opts, progress=False)
    assert (result.ok, read) == (2, [])
    rows = {r["id"]: r for r in read_manifest(tmp_path / "warm" / MANIFEST)}
    assert {rows[c]["brief_cache"] for c in rows} == {"hit"}
    for name in ("1.md", "2.md"):
        assert (tmp_path / "warm" / name).read_text() == (tmp_path / "cold" / name).read_text()
    changed = {**lines[1], "documents": lines[1]["documents"][:2]}
    write_jsonl(src, [lines[0], changed])
    result = run_batch(src, tmp_path / "third", opts, progress=False)
    assert (result.ok, read) == (2, ["2"])
    brief = (tmp_path / "third" / "2.md").read_text()
    assert brief != (tmp_path / "cold" / "2.md").read_text()


def test_a_warm_batch_with_grouped_calls_finds_briefs_by_their_lines(tmp_path, monkeypatch):
    """The same through the path that shares model calls across clusters."""
    import summarizer.batch as batch_module

    src = write_jsonl(tmp_path / "c.jsonl", [cluster("1"), cluster("2", shift=3)])
    opts = dataclasses.replace(
        options(use_cache=True, cache_path=str(tmp_path / "c.sqlite")),
        backend_factory=sharing_backend,
        clusters_per_call=2,
    )
    assert run_batch(src, tmp_path / "cold", opts, progress=False).ok == 2
    monkeypatch.setattr(batch_module, "load_job", lambda job, *a: pytest.fail(f"read {job.id}"))
    assert run_batch(src, tmp_path / "warm", opts, progress=False).ok == 2
    assert (tmp_path / "warm" / "2.md").read_text() == (tmp_path / "cold" / "2.md").read_text()


YEARLESS = [
    {"id": "a", "date": "2024-01-10", "text": "The city council approved the new budget on "
     "Monday after a long debate. Spending on roads will rise by ten percent next year."},
    {"id": "b", "text": "MANILA, Mar 1 (Reuters) - The city council approved the new budget "
     "after a long debate. Spending on roads will rise sharply next year, officials said."},
    {"id": "c", "text": "MANILA, Jun 20 (Reuters) - The budget approved by the city council "
     "this year is now in force. Road works started across the city, officials said."},
]  # fmt: skip


def test_a_line_points_at_the_key_its_brief_was_stored_under(tmp_path, monkeypatch):
    """Reading a cluster twice may date it further (a year-less dateline takes its year
    from an article another dateline dated), so the line points at the key the pipeline
    stored the brief under, not one worked out from the batch's own first reading: the
    warm run finds the brief by its line."""
    import summarizer.batch as batch_module

    src = write_jsonl(tmp_path / "y.jsonl", [{"id": "x", "documents": YEARLESS}])
    opts = options(use_cache=True, cache_path=str(tmp_path / "c.sqlite"))
    assert run_batch(src, tmp_path / "cold", opts, progress=False).ok == 1
    monkeypatch.setattr(batch_module, "load_job", lambda job, *a: pytest.fail(f"read {job.id}"))
    assert run_batch(src, tmp_path / "warm", opts, progress=False).ok == 1
    assert (tmp_path / "warm" / "x.md").read_text() == (tmp_path / "cold" / "x.md").read_text()


def test_the_warnings_reading_a_line_gave_are_given_again_on_a_warm_run(tmp_path, caplog):
    docs = [*cluster("n")["documents"], {"text": "   "}]
    docs[0] = {**docs[0], "date": "sometime soon"}
    src = write_jsonl(tmp_path / "n.jsonl", [{"id": "n", "documents": docs}])
    opts = options(use_cache=True, cache_path=str(tmp_path / "c.sqlite"))
    warned = []
    for out in ("cold", "warm"):
        caplog.clear()
        assert run_batch(src, tmp_path / out, opts, progress=False).ok == 1
        warned.append(sorted(r.getMessage() for r in caplog.records if r.levelname == "WARNING"))
    assert any("is not a date" in m for m in warned[0])
    assert warned[1] == warned[0]
