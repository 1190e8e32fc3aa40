"""The bad-input matrix: every input a new user might try, through the CLI
(``summarizer brief``, and ``summarizer batch`` where a cluster can fail on its
own) and through the Python API (``summarizer.summarize``).

Each row ends in a correct brief or in a one-line error naming the problem
(exit 2 for bad input, config or model; 1 for an internal failure), never a
traceback, a hang or a half-written file. One table, so a reader can audit it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import summarizer
from summarizer.batch import MANIFEST, read_manifest
from summarizer.cli import main
from summarizer.errors import SummarizerError

from .builders import default_sigint

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

STORY = [
    "Floodwaters rose across the Elbe valley on Friday, forcing 4,000 residents to leave "
    "their homes, regional officials said.",
    "The river peaked at 9.2 metres in Dresden, the highest level since 2013.",
    "Emergency crews built sandbag walls around the old town overnight.",
    "Rail services between Dresden and Prague were suspended until further notice.",
    "The state government promised 50 million euros in emergency aid for farmers.",
]
OTHER_OUTLET = [
    "Thousands of people were evacuated as the Elbe flooded on Friday, officials said.",
    "In Dresden the river reached 9.2 metres, its highest level since 2013.",
    "Trains between Dresden and Prague have been halted, the rail operator said.",
    "Farmers will receive 50 million euros in emergency aid, the state government said.",
]
FRENCH = (
    "Les eaux de l'Elbe ont monté vendredi dans toute la vallée et quatre mille habitants ont "
    "dû quitter leur maison, selon les autorités régionales.\n"
    "Le fleuve a atteint 9,2 mètres à Dresde, son niveau le plus élevé depuis 2013, et les "
    "trains entre Dresde et Prague ont été suspendus jusqu'à nouvel ordre."
)


def article(lines, title="Elbe floods force thousands from their homes"):
    return title + "\n\n" + "\n\n".join(lines) + "\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# -- what each row writes ------------------------------------------------------------------


def single(name: str, data: str | bytes):
    def make(d: Path) -> list[Path]:
        return [write(d / name, data)]

    return make


def folder(files: dict[str, str | bytes]):
    def make(d: Path) -> list[Path]:
        for name, data in files.items():
            write(d / "cluster" / name, data)
        return [d / "cluster"]

    return make


def random_binary() -> bytes:
    """Bytes with no NUL and no known file signature: only their content says binary."""
    rng = random.Random(7)
    return bytes(rng.choice(range(1, 256)) for _ in range(4000))


def five_mb() -> str:
    paragraph = " ".join(STORY)
    out, n = [], 0
    while sum(len(p) for p in out) < 5_000_000:
        n += 1
        out.append(f"Update {n}: {paragraph}")
    return "\n\n".join(out)


def many_articles(n: int) -> dict[str, str]:
    """``n`` short distinct articles about one event (a big wire cluster)."""
    files = {}
    for i in range(n):
        lines = [
            f"Floodwaters rose across the Elbe valley on Friday and {100 + i} people in district "
            f"{i} left their homes, officials said.",
            f"Crews in district {i} built {20 + i} metres of sandbag walls overnight.",
        ]
        files[f"a{i:03d}.txt"] = article(lines, title=f"Elbe floods, district {i}")
    return files


def fifo(d: Path) -> list[Path]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(d / "a.txt")
    return [d / "a.txt"]


def html_page() -> str:
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        "<html><head><title>Elbe floods</title>"
        "<style>p { color: red } .ad { display: block }</style>"
        "<script>document.cookie = 'tracking=1'; alert('pwned');</script></head><body>"
        "<nav>Home | World | Sport</nav>"
        f"<article><h1>Elbe floods force thousands from their homes</h1>{body}</article>"
        "<script src='https://ads.example/x.js'></script></body></html>"
    )


def jsonl_with_bad_line() -> str:
    good = json.dumps({"id": "a", "text": article(STORY)})
    return good + "\n" + '{"id": "b", "text": "unterminated\n' + good.replace('"a"', '"c"') + "\n"


def toml(text: str | bytes):
    def make(d: Path) -> list[str]:
        write(d / "cfg.toml", text)
        return ["--config", str(d / "cfg.toml")]

    return make


def not_seq2seq_model(d: Path) -> list[str]:
    from transformers import BertConfig, BertModel

    small = BertConfig(
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=16,
        vocab_size=50,
    )
    BertModel(small).save_pretrained(d / "bert")
    (d / "bert" / "tokenizer_config.json").write_text("{}")
    return ["--model", str(d / "bert")]


# -- the matrix ----------------------------------------------------------------------------


@dataclass
class Row:
    """One input. ``make`` writes it under a folder and returns the paths (the
    same list goes to the API). ``extra`` makes CLI flags (config, model);
    ``api`` gives the matching API keywords from those flags."""

    make: Callable[[Path], list[Path]]
    code: int = 0  # 0: a brief; else the exit code of the one-line error
    message: str = ""  # in the error, or (for a brief) in one of its notices
    check: Callable[[dict], None] | None = None  # on the brief's JSON form
    extra: Callable[[Path], list[str]] | None = None
    batch: bool = True  # also a cluster of the `summarizer batch` row below
    slow: bool = False
    api_kwargs: dict = field(default_factory=dict)


def one_source(b: dict) -> None:
    [src] = b["sources"]
    assert b["summary"] and {c["source"] for s in b["summary"] for c in s["citations"]} == {
        src["id"]
    }


def decoded(*needles: str):
    def check(b: dict) -> None:
        text = b["sources"][0]["text"]
        assert all(n in text for n in needles) and "\ufffd" not in text

    return check


def copies_counted_once(b: dict) -> None:
    assert len(b["meta"]["syndicated_copies"]) == 1
    assert len(b["sources"]) == 3


def big_cluster(n: int):
    def check(b: dict) -> None:
        assert len(b["sources"]) == n and b["summary"]
        cited = {c["source"] for s in b["summary"] + b["key_points"] for c in s["citations"]}
        assert len(cited) > 1

    return check


def inert_html(b: dict) -> None:
    text = b["sources"][0]["text"]
    assert "Floodwaters rose" in text
    for junk in ("alert(", "cookie", "color: red", "Home | World"):
        assert junk not in text
    assert all(junk not in s["text"] for s in b["summary"] for junk in ("alert(", "cookie"))


def french_skipped(b: dict) -> None:
    assert b["meta"]["skipped_language"] == {"c-fr": "fr"}
    assert [s["id"] for s in b["sources"]] == ["a", "b"]


def skip_config(d: Path) -> list[str]:
    return toml('[input]\nother_languages = "skip"\n')(d)


CP1252_LINE = "“We will rebuild,” he said of the €50 aid."
MIXED = {"a.txt": article(STORY), "b.txt": article(OTHER_OUTLET, "Elbe bursts its banks")}

ROWS = {
    "empty file": Row(single("a.txt", b""), 2, "a.txt: empty"),
    "whitespace-only file": Row(single("a.txt", b"  \n\t\n  \r\n"), 2, "only whitespace"),
    "PNG renamed .txt": Row(
        single("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)), 2, "not a text file"
    ),
    "random binary, no signature": Row(single("a.txt", random_binary()), 2, "not a text file"),
    "Latin-1 text": Row(
        single("a.txt", article([*STORY, "Le café a fermé."]).encode("latin-1")),
        0,
        "decoded as Windows-1252",
        decoded("Le café a fermé."),
    ),
    "Windows-1252 text": Row(
        single("a.txt", article([*STORY, CP1252_LINE]).encode("cp1252")),
        0,
        "decoded as Windows-1252",
        decoded(CP1252_LINE),
    ),
    "UTF-16 with a byte-order mark": Row(
        single("a.txt", article(STORY).encode("utf-16")), 0, "", decoded("Floodwaters rose")
    ),
    "5 MB article": Row(
        single("a.txt", five_mb()), 2, "more than the 200,000 allowed for one article"
    ),
    "one-article cluster": Row(single("a.txt", article(STORY)), 0, "", one_source),
    # The default suite runs 100 articles (every pairwise stage still sees 4,950
    # pairs); the 300-article row (~30 s a run) and its peak-memory figure are slow.
    "100-article cluster": Row(folder(many_articles(100)), 0, "", big_cluster(100)),
    "300-article cluster": Row(folder(many_articles(300)), 0, "", big_cluster(300), slow=True),
    "exact duplicate articles": Row(
        folder({**MIXED, "c.txt": article(STORY)}), 0, "", copies_counted_once
    ),
    "near-identical syndicated copy": Row(
        folder(
            {
                **MIXED,
                "c.txt": article([*STORY[:4], "Reporting by Jan Novak; editing by Ann Lee."])
                .replace("Elbe floods force", "Floods on the Elbe force")
                .replace("on Friday", "on Friday evening"),
            }
        ),
        0,
        "",
        copies_counted_once,
    ),
    "article in another language (process)": Row(
        folder({**MIXED, "c-fr.txt": FRENCH}), 0, "c-fr (fr); summarized anyway"
    ),
    "article in another language (skip)": Row(
        folder({**MIXED, "c-fr.txt": FRENCH}),
        0,
        "left out, not in the expected language 'en': c-fr (fr)",
        french_skipped,
        extra=skip_config,
        batch=False,
    ),
    "only other-language articles (skip)": Row(
        single("c-fr.txt", FRENCH),
        2,
        "no article is in the expected language 'en'",
        extra=skip_config,
        batch=False,
    ),
    "HTML with scripts and styles": Row(single("a.html", html_page()), 0, "", inert_html),
    "JSONL with a malformed line": Row(
        single("a.jsonl", jsonl_with_bad_line()), 2, "a.jsonl:2: invalid JSON"
    ),
    "JSON nested too deeply": Row(single("a.json", "[" * 100_000), 2, "nested too deeply"),
    "FIFO named .txt (a reader blocks)": Row(fifo, 2, "a.txt: not a regular file", batch=False),
    "config that is not UTF-8": Row(
        single("a.txt", article(STORY)),
        2,
        "is not valid TOML: not UTF-8 text",
        extra=toml(b"[fusion]\nwords = 30\n# caf\xe9\n"),
        batch=False,
    ),
    "config with an unknown key": Row(
        single("a.txt", article(STORY)),
        2,
        "unknown config key 'fusion.wordz'",
        extra=toml("[fusion]\nwordz = 3\n"),
        batch=False,
    ),
    "config with a wrong type": Row(
        single("a.txt", article(STORY)),
        2,
        "config key 'fusion.words' must be int, got 'many'",
        extra=toml('[fusion]\nwords = "many"\n'),
        batch=False,
    ),
    "model path that does not exist": Row(
        single("a.txt", article(STORY)),
        2,
        "no model folder at",
        extra=lambda d: ["--model", str(d / "no-such-model")],
        batch=False,
    ),
    "model that is not seq2seq": Row(
        single("a.txt", article(STORY)),
        2,
        "cannot load model",
        extra=not_seq2seq_model,
        batch=False,
    ),
}


def api_kwargs(flags: list[str]) -> dict:
    """The API keywords for the CLI flags a row adds."""
    out, it = {}, iter(flags)
    for flag in it:
        out[flag.lstrip("-")] = next(it)
    if "model" not in out:
        out["backend"] = "extractive"
    return out


def one_line_error(err: str, message: str) -> None:
    assert err.startswith("summarizer: error: "), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert message in err, err


PARAMS = [pytest.param(k, marks=pytest.mark.slow) if r.slow else k for k, r in ROWS.items()]


@pytest.mark.parametrize("name", PARAMS)
def test_cli(name, tmp_path, capsys, monkeypatch):
    row = ROWS[name]
    monkeypatch.chdir(tmp_path)  # relative paths: messages name them as the user typed them
    paths = [str(p.relative_to(tmp_path)) for p in row.make(tmp_path)]
    flags = row.extra(tmp_path) if row.extra else []
    if "--model" not in flags:
        flags += ["--backend", "extractive"]
    out = tmp_path / "out" / "brief.json"
    out.parent.mkdir()
    code = main(["brief", *paths, "-o", str(out), "--no-cache", *flags])
    err = capsys.readouterr().err
    if row.code:
        assert code == row.code
        one_line_error(err, row.message)
        assert list(out.parent.iterdir()) == []  # nothing written, no temp file left
        return
    assert code == 0, err
    assert "Traceback" not in err
    notices = [line for line in err.splitlines() if line.startswith("summarizer: notice: ")]
    assert any(row.message in n for n in notices) if row.message else True, err
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert [p.name for p in out.parent.iterdir()] == ["brief.json"]
    if row.check:
        row.check(brief)


@pytest.mark.parametrize("name", PARAMS)
def test_api(name, tmp_path, monkeypatch):
    row = ROWS[name]
    monkeypatch.chdir(tmp_path)
    paths = [str(p.relative_to(tmp_path)) for p in row.make(tmp_path)]
    kwargs = api_kwargs(row.extra(tmp_path) if row.extra else [])
    if row.code:
        with pytest.raises(SummarizerError) as info:
            summarizer.summarize(paths, **kwargs)
        assert info.value.exit_code == row.code
        assert row.message in str(info.value) and "\n" not in str(info.value)
        return
    brief = summarizer.summarize(paths, **kwargs).to_dict()
    if row.message:
        assert any(row.message in n for n in brief["meta"]["notices"])
    if row.check:
        row.check(brief)


def test_batch_fails_the_bad_clusters_alone(tmp_path, capsys):
    """Every row that is one cluster, as one `summarizer batch` over a folder of
    cluster folders: the bad ones get a failed row naming the problem, the good
    ones a brief, and the batch exits 1."""
    src = tmp_path / "clusters"
    expect = {}
    for i, row in enumerate(ROWS.values()):
        if not row.batch or row.slow:
            continue
        made = row.make(tmp_path / f"row{i}")
        cluster = src / f"row{i:02d}"
        cluster.mkdir(parents=True)
        for p in made:
            for f in p.iterdir() if p.is_dir() else [p]:
                (cluster / f.name).write_bytes(f.read_bytes())
        expect[cluster.name] = row
    out = tmp_path / "out"
    code = main(["batch", str(src), "-o", str(out), "--no-cache", "--backend", "extractive", "-q"])
    assert code == 1
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    assert set(rows) == set(expect)
    for cid, row in expect.items():
        got = rows[cid]
        if row.code:
            assert got["status"] == "failed" and row.message in got["error"], (cid, got)
            assert not any(p.name.startswith(cid) for p in out.iterdir())
        else:
            assert got["status"] == "ok", (cid, got)
            brief = (out / f"{cid}.md").read_text(encoding="utf-8")
            assert brief.startswith("# ")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files


# -- rows that are not one input file ------------------------------------------------------


def unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() == 0:  # root writes through permission bits; /proc/self is never writable
        if not Path("/proc/self").is_dir():
            pytest.skip("needs a non-root user or /proc")
        return Path("/proc/self")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


@pytest.mark.parametrize("command", ["brief", "batch"])
def test_an_output_folder_that_cannot_be_written(command, tmp_path, capsys):
    locked = unwritable_folder(tmp_path)
    if command == "brief":
        args = ["brief", str(SEEDS), "-o", str(locked / "brief.md")]
    else:
        write(tmp_path / "in" / "c1" / "a.txt", article(STORY))
        args = ["batch", str(tmp_path / "in"), "-o", str(locked / "out")]
    assert main([*args, "--backend", "extractive", "--no-cache", "-q"]) == 2
    one_line_error(capsys.readouterr().err, str(locked))


def test_a_jsonl_batch_with_a_malformed_line_goes_on(tmp_path, capsys):
    good = {"documents": [{"text": article(STORY)}, {"text": article(OTHER_OUTLET)}]}
    lines = [json.dumps({"id": "c1", **good}), '{"id": "c2", "documents": [', json.dumps(good)]
    src = write(tmp_path / "in.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "out"
    assert main(["batch", str(src), "-o", str(out), "--backend", "extractive", "--no-cache"]) == 1
    rows = {r["id"]: r for r in read_manifest(out / MANIFEST)}
    bad = rows["line-2"]
    assert bad["status"] == "failed" and "line 2: invalid JSON" in bad["error"]
    assert rows["c1"]["status"] == rows["line-3"]["status"] == "ok"
    assert "1 failed" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["[fusion]\nwordz = 3\n", '[model]\nmodel = "/no/such/model"\n'])
def test_a_bad_config_or_model_stops_a_batch_before_any_work(bad, tmp_path, capsys):
    write(tmp_path / "in" / "c1" / "a.txt", article(STORY))
    cfg = write(tmp_path / "cfg.toml", bad + ('backend = "seq2seq"\n' if "model" in bad else ""))
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--config", str(cfg), "-q"]) == 2
    one_line_error(capsys.readouterr().err, "config key" if "wordz" in bad else "/no/such/model")
    assert not out.exists() or not list(out.iterdir())


# -- Ctrl-C: a real process, a real SIGINT -------------------------------------------------


def interrupt(
    args: list[str],
    after: float | Callable[[], bool],
    cwd: Path,
    sig: int = signal.SIGINT,
    group: bool = True,
) -> subprocess.CompletedProcess:
    """Run the CLI, send SIGINT to its process group (what Ctrl-C in a terminal
    does) after ``after`` seconds, or once ``after()`` is true (at most 120 s);
    or ``sig`` to the main process alone (``group=False``: what ``kill`` does)."""
    env = {**os.environ, "SUMMARIZER_DEBUG": ""}
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=env,
        preexec_fn=default_sigint,
    )
    if callable(after):
        deadline = time.monotonic() + 120
        while not after() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    else:
        time.sleep(after)
    if proc.poll() is not None:  # nothing left to interrupt (and its pid may be reused)
        out, err = proc.communicate()
        pytest.fail(f"exited ({proc.returncode}) before the signal was sent: {err[-500:]}")
    if group:
        os.killpg(proc.pid, sig)
    else:
        os.kill(proc.pid, sig)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:  # a hang is a failure, not a stuck suite
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"still running 120 s after Ctrl-C: {err[-500:]}")
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


@pytest.mark.parametrize("after", [0.5, 4.0])
def test_ctrl_c_during_a_brief_leaves_nothing(after, tmp_path):
    done = interrupt(["brief", str(SEEDS), "-o", "brief.md", "--no-cache"], after, tmp_path)
    # 130, or (about one run in five, after our message) killed by the SIGINT
    # itself during interpreter shutdown: a shell reports both as exit status 130.
    assert done.returncode in (130, -signal.SIGINT), done.stderr
    assert done.stderr == "summarizer: interrupted; no partial output left\n"
    assert list(tmp_path.iterdir()) == []  # no brief, no temp file


def test_ctrl_c_during_a_batch_leaves_whole_briefs_and_a_resumable_manifest(tmp_path):
    for c in range(12):
        for i, name in enumerate(sorted(SEEDS.iterdir())[c % 4 : c % 4 + 2]):
            write(tmp_path / "in" / f"c{c:02d}" / f"{i}.txt", name.read_bytes())
    args = ["batch", "in", "-o", "out", "--jobs", "2", "--no-cache", "--backend", "extractive"]

    def first_brief_written() -> bool:  # mid-batch, however fast the machine
        out = tmp_path / "out"
        return out.is_dir() and any(p.suffix == ".md" for p in out.iterdir())

    done = interrupt([*args, "-q"], first_brief_written, tmp_path)
    assert done.returncode == 130, done.stderr
    # Nothing from the workers either (they leave Ctrl-C to the main process,
    # which stops them): one could die inside torch and print a C++ abort.
    assert done.stderr == "summarizer: interrupted; no partial output left\n"
    out = tmp_path / "out"
    rows = read_manifest(out / MANIFEST) if (out / MANIFEST).exists() else []
    listed = {f for r in rows if r["status"] == "ok" for f in r["files"]}
    briefs = {p.name for p in out.iterdir()} - {MANIFEST}
    assert listed <= briefs and all(n.endswith(".md") for n in briefs)  # no temp files
    for name in briefs:  # whole briefs only (one whose row did not make it is redone on resume)
        text = (out / name).read_text(encoding="utf-8")
        assert text.startswith("# ") and "\n## Sources\n" in text and text.endswith("\n")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by its new parent) is gone too
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return True


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_terminated_or_killed_batch_leaves_no_worker_running(sig, tmp_path):
    # SIGTERM (timeout, Slurm, docker stop) is handled like Ctrl-C (exit 143); SIGKILL
    # cannot be, so each worker ends itself when its parent is gone.
    for c in range(12):
        for i, name in enumerate(sorted(SEEDS.iterdir())[c % 4 : c % 4 + 2]):
            write(tmp_path / "in" / f"c{c:02d}" / f"{i}.txt", name.read_bytes())
    args = ["batch", "in", "-o", "out", "--jobs", "2", "--no-cache", "--backend", "extractive"]
    manifest = tmp_path / "out" / MANIFEST

    def first_row() -> bool:
        return manifest.is_file() and manifest.read_text(encoding="utf-8").count("\n") >= 1

    done = interrupt([*args, "-q"], first_row, tmp_path, sig=sig, group=False)
    if sig == signal.SIGTERM:  # 128 + 15, as a shell reports it (130 is Ctrl-C's)
        assert done.returncode == 143, done.stderr
        assert done.stderr == "summarizer: terminated; no partial output left\n"
    else:
        assert done.returncode == -signal.SIGKILL
    workers = {r["pid"] for r in read_manifest(manifest)}
    assert workers  # rows came from the worker processes
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "a worker outlived its batch"


@pytest.mark.slow
def test_300_articles_peak_memory(tmp_path):
    """The whole CLI process on 300 articles: peak RSS from the kernel (the
    figure in the README). Bounded: well under 2 GiB."""
    folder(many_articles(300))(tmp_path)
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run([sys.executable, '-m', 'summarizer', 'brief', 'cluster', '-o', "
        "'b.md', '--no-cache', '--backend', 'extractive', '-q'])\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(r.returncode, peak // 1024, round(time.perf_counter() - t, 1))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=900
    )
    rc, peak_mib, seconds = done.stdout.split()
    print(f"300 articles: peak RSS {peak_mib} MiB, {seconds} s")
    assert rc == "0", done.stderr
    assert int(peak_mib) < 2048


@pytest.mark.parametrize("quiet", [True, False])
def test_batch_workers_show_notices_like_the_main_process(quiet, tmp_path):
    """With --jobs 2 the notices come from worker processes: prefixed like the
    main process's, and not at all under -q (Python's last-resort handler
    printed them bare, -q or not)."""
    latin = article([*STORY, "Le café a fermé."]).encode("latin-1")
    write(tmp_path / "in" / "c1" / "a.txt", latin)
    write(tmp_path / "in" / "c2" / "b.txt", article(OTHER_OUTLET))
    args = ["batch", "in", "-o", "out", "--jobs", "2", "--no-cache", "--backend", "extractive"]
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", *args, *(["-q"] if quiet else [])],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    if quiet:
        assert done.stderr == ""
    else:
        lines = [ln for ln in done.stderr.splitlines() if "decoded as Windows-1252" in ln]
        assert lines == [
            "summarizer: notice: in/c1/a.txt is not UTF-8; decoded as Windows-1252 (Latin-1)"
        ]
