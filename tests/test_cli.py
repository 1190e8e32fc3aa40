import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=300
    )


def test_help_is_instant_and_imports_no_torch():
    code = (
        "import sys\nfrom summarizer.cli import main\n"
        "try:\n    main(['brief', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "--words" in out.stdout and out.stdout.strip().endswith("False False")


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("summarizer ")


def test_brief_to_stdout_holds_only_the_brief():
    out = run("brief", str(SEEDS), "--format", "json", "--backend", "extractive")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)  # nothing but the brief on stdout
    assert data["summary"] and len(data["sources"]) == 5


def test_brief_to_file_markdown(tmp_path, capsys):
    out = tmp_path / "brief.md"
    assert main(["brief", str(SEEDS), "-o", str(out), "--words", "120", "-q"]) == 0
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# ") and "## Sources" in md and "[1]" in md
    assert capsys.readouterr().out == ""
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temp files left


@pytest.mark.parametrize(
    "args, message",
    [
        (["brief", "/no/such/folder"], "no such file or folder"),
        (["brief", str(SEEDS), "--config", "/no/such.toml"], "no config file or preset"),
        (["brief", str(SEEDS), "--words", "0"], "must be at least 1"),
        (
            ["brief", str(SEEDS), "--model", "/no/model", "--backend", "extractive"],
            "with the extractive backend, which uses no model",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2(args, message):
    out = run(*args)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == ""


def test_failed_run_creates_and_overwrites_nothing(tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("previous brief", encoding="utf-8")
    bad = tmp_path / "cfg.toml"
    bad.write_text("[fusion]\nwordz = 1\n", encoding="utf-8")
    out = run("brief", str(SEEDS), "-o", str(target), "--config", str(bad))
    assert out.returncode == 2 and "unknown config key 'fusion.wordz'" in out.stderr
    assert target.read_text(encoding="utf-8") == "previous brief"
    out = run("brief", str(tmp_path / "nothing.txt"), "-o", str(tmp_path / "new.md"))
    assert out.returncode == 2 and not (tmp_path / "new.md").exists()


def test_an_internal_error_is_one_line_exit_1(monkeypatch, capsys):
    import summarizer.pipeline

    def broken(*args, **kwargs):
        raise KeyError(1083)

    monkeypatch.setattr(summarizer.pipeline, "summarize", broken)
    monkeypatch.delenv("SUMMARIZER_DEBUG", raising=False)
    assert main(["brief", str(SEEDS), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("summarizer: internal error: KeyError") and err.count("\n") == 1


def test_written_files_get_the_usual_permissions_not_privately_0600(tmp_path):
    import os

    from summarizer.io import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "brief.md", "# brief\n")
        assert (tmp_path / "brief.md").stat().st_mode & 0o777 == 0o644
        (tmp_path / "shared.md").write_text("old")
        (tmp_path / "shared.md").chmod(0o664)  # an existing file keeps its mode
        write_atomic(tmp_path / "shared.md", "new")
        assert (tmp_path / "shared.md").stat().st_mode & 0o777 == 0o664
        assert (tmp_path / "shared.md").read_text() == "new"
    finally:
        os.umask(old)


def test_output_through_a_link_or_into_a_pipe_keeps_the_link_and_the_pipe(tmp_path):
    import os
    import stat
    import threading

    from summarizer.io import write_atomic

    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, "new brief")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new brief"

    # a pipe (like /dev/stdout or /dev/null) is written in place, not replaced by a file
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(
        target=lambda: got.append(pipe.read_text(encoding="utf-8")), daemon=True
    )  # (daemon: a regression that replaced the pipe must not hang the suite at exit)
    reader.start()
    write_atomic(pipe, "streamed brief")
    reader.join(timeout=10)
    assert got == ["streamed brief"] and stat.S_ISFIFO(pipe.stat().st_mode)


def test_usage_mistakes_are_one_line_errors(capsys):
    for argv, what in ((["brief", str(SEEDS), "--words", "0"], "--words"),
                       (["brief", str(SEEDS), "--format", "pdf"], "--format"),
                       (["eval", "summaries"], "DATA")):  # fmt: skip
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        err = capsys.readouterr().err
        assert exit_.value.code == 2
        assert err.count("\n") == 1 and err.startswith("summarizer: error:") and what in err
        assert "--help" in err


def test_a_full_disk_on_stdout_is_a_one_line_error(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "summarizer", "brief", str(SEEDS), "--backend", "extractive",
             "--cache", str(tmp_path / "c.sqlite")],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=300,
        )  # fmt: skip
    assert out.returncode == 1
    assert out.stderr.strip().splitlines()[-1].startswith("summarizer: error: cannot write")
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr


def test_brief_says_when_the_default_cache_cannot_be_used(tmp_path):
    import os

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(blocker)}
    out = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(SEEDS), "--backend", "extractive",
         "-o", str(tmp_path / "b.md")],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr  # runs without it, but says so
    assert (
        f"summarizer: notice: {blocker}/summarizer/cache.sqlite: cannot create the cache's "
        f"folder ({blocker} is not a folder); pass --cache PATH or --no-cache\n" in out.stderr
    )


def test_dash_output_is_stdout_and_an_empty_output_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    argv = ["brief", str(SEEDS), "--backend", "extractive", "--no-cache", "-q"]
    assert main([*argv, "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# ")  # the brief, on stdout
    assert list(tmp_path.iterdir()) == []  # no file named "-"
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "-o", ""])
    captured = capsys.readouterr()
    assert exit_.value.code == 2 and captured.out == ""
    assert captured.err == (
        "summarizer: error: argument -o/--output: needs a file name, or - for stdout "
        "(see: summarizer brief --help)\n"
    )
    with pytest.raises(SystemExit):
        main(["brief", "--help"])
    assert "- also means stdout" in capsys.readouterr().out


def test_a_model_path_that_is_not_there_is_named_as_a_folder_not_pulled(tmp_path, capsys):
    for model in ("./nomodel", str(tmp_path / "nomodel"), "~/no/such/model"):
        assert main(["brief", str(SEEDS), "--model", model, "--no-cache"]) == 2
        err = capsys.readouterr().err
        assert err == f"summarizer: error: no model folder at {model}\n"
    # A hub id is still told how to fetch it.
    from summarizer.backends.seq2seq import missing_model_message

    assert "summarizer models pull google/flan-t5-base" in missing_model_message(
        "google/flan-t5-base", None
    )


def test_a_config_that_is_a_folder_is_said_to_be_one(capsys):
    assert main(["brief", str(SEEDS), "--config", str(SEEDS), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"summarizer: error: {SEEDS}: is a folder, not a config file; ")
    assert err.count("\n") == 1 and "no config file or preset named" not in err


def test_the_brief_is_never_written_over_one_of_its_articles(tmp_path, capsys):
    import shutil

    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    article = next(folder.glob("*.txt"))
    before = article.read_bytes()
    for inputs in ([str(article), str(folder / "001_fa6052cc0d604a9b.txt")], [str(folder)]):
        assert main(["brief", *inputs, "-o", str(article), "--no-cache", "-q"]) == 2
        assert "is one of the input articles" in capsys.readouterr().err
        assert article.read_bytes() == before


@pytest.mark.parametrize("first", ["md", "json", "html"])
def test_an_earlier_brief_in_the_input_folder_is_not_read_as_an_article(tmp_path, capsys, first):
    import shutil

    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    earlier = folder / f"brief.{first}"
    argv = ["brief", str(folder), "--no-cache", "--backend", "extractive"]
    assert main([*argv, "-o", str(earlier), "-q"]) == 0
    # run again: into the same file (allowed: it is no article) and as JSON elsewhere
    assert main([*argv, "-o", str(earlier)]) == 0
    assert f"left out brief.{first} (a brief this tool wrote)" in capsys.readouterr().err
    out = tmp_path / "again.json"
    assert main([*argv, "-o", str(out), "-q"]) == 0
    sources = [s["id"] for s in json.loads(out.read_text(encoding="utf-8"))["sources"]]
    assert len(sources) == 5 and "brief" not in sources
    # a folder of nothing but briefs has no articles
    only = tmp_path / "only"
    only.mkdir()
    shutil.copy(earlier, only)
    assert main(["brief", str(only), "--no-cache", "-q"]) == 2
    assert "only briefs this tool wrote" in capsys.readouterr().err


def test_an_empty_brief_is_an_error_and_writes_nothing(tmp_path, capsys):
    article = tmp_path / "a.txt"  # prose, but only questions: nothing a brief can state
    article.write_text(
        "What did the council decide about the harbour on Monday night?\n"
        "Why did the mayor leave the meeting before the vote was taken?\n"
        "Who will pay for the new ferry terminal that the port needs?\n",
        encoding="utf-8",
    )
    out = tmp_path / "brief.md"
    for argv in (["brief", str(article)], ["brief", str(SEEDS), "--words", "1"]):
        assert main([*argv, "-o", str(out), "--no-cache", "-q"]) == 2
        assert "no brief: no sentence" in capsys.readouterr().err
        assert not out.exists()


def test_an_article_in_a_script_without_capitals_is_summarized(tmp_path, capsys):
    # Arabic has no capital letters: its sentences are not cut-off fragments
    article = tmp_path / "ar.txt"
    article.write_text(
        "أعلن الرئيس يوم الثلاثاء عن إصلاح جديد لنظام التقاعد في البلاد. "
        "ودعت النقابات العمالية إلى إضراب عام يوم الخميس المقبل. "
        "ونزل آلاف المتظاهرين إلى شوارع القاهرة مساء الأربعاء.",
        encoding="utf-8",
    )
    out = tmp_path / "brief.json"
    assert main(["brief", str(article), "-o", str(out), "--no-cache", "-q"]) == 0
    brief = json.loads(out.read_text(encoding="utf-8"))
    # (the English embedding model finds all Arabic sentences alike: one is kept)
    assert brief["summary"][0]["text"].startswith("أعلن الرئيس")


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_sigterm_exits_143_and_ctrl_c_130_with_nothing_written(tmp_path, monkeypatch, capsys, sig):
    # SIGTERM (timeout, kill, Slurm, docker stop) exited 130, Ctrl-C's status.
    import os
    import signal
    import time

    import summarizer.pipeline

    def stopped_midway(*args, **kwargs):
        if sig == "SIGINT":  # (a suite run in the background ignores a real SIGINT)
            raise KeyboardInterrupt
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(30)  # the handler raises here, in the main thread
        raise AssertionError("SIGTERM did not stop the run")

    monkeypatch.setattr(summarizer.pipeline, "summarize", stopped_midway)
    handler = signal.getsignal(signal.SIGTERM)
    out = tmp_path / "brief.md"
    out.write_text("previous brief", encoding="utf-8")
    code = main(["brief", str(SEEDS), "-o", str(out), "--no-cache", "-q"])
    err = capsys.readouterr().err
    if sig == "SIGTERM":
        assert code == 128 + signal.SIGTERM == 143
        assert err == "summarizer: terminated; no partial output left\n"
    else:
        assert code == 130 and err == "summarizer: interrupted; no partial output left\n"
    assert signal.getsignal(signal.SIGTERM) == handler  # put back for the caller
    assert out.read_text(encoding="utf-8") == "previous brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temp file


def test_a_format_other_than_the_output_suffix_says_so(tmp_path, capsys):
    # `--format json -o brief.md` wrote JSON into a .md file without a word.
    article = str(sorted(SEEDS.glob("*.txt"))[0])
    argv = ["brief", article, "--backend", "extractive", "--no-cache", "--words", "60"]
    notice = "summarizer: notice: {}: writing JSON (--format json) into a file whose suffix says {}"
    for name, says in (("brief.md", "Markdown"), ("brief.MARKDOWN", "Markdown"), ("b.htm", "HTML")):
        out = tmp_path / name
        assert main([*argv, "--format", "json", "-o", str(out)]) == 0
        assert notice.format(out, says) in capsys.readouterr().err.splitlines()
        assert json.loads(out.read_text(encoding="utf-8"))["summary"]  # written as asked
    # no notice when the suffix matches, names no format, or under -q
    for name, extra in (("b.json", []), ("b.txt", []), ("b", []), ("b.md", ["-q"])):
        assert main([*argv, "--format", "json", "-o", str(tmp_path / name), *extra]) == 0
        assert "suffix says" not in capsys.readouterr().err
    assert main([*argv, "-o", str(tmp_path / "b.markdown")]) == 0  # the default: from the suffix
    assert "suffix says" not in capsys.readouterr().err
    assert (tmp_path / "b.markdown").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize(
    "paths, message",
    [
        (["artcles"], "artcles: no such file or folder"),  # a typo, not a one-word article
        ([str(SEEDS), "artcles"], "artcles: no such file or folder"),  # not "mixes texts"
        (["Some words. More words."], "Some words. More words.: no such file or folder"),
        (["-"], "-: articles are read from files or folders, not from stdin"),
    ],
)
def test_brief_paths_are_always_paths(tmp_path, monkeypatch, capsys, paths, message):
    monkeypatch.chdir(tmp_path)
    assert main(["brief", *paths, "--no-cache", "-q"]) == 2
    err = capsys.readouterr().err
    assert err == f"summarizer: error: {message}\n"


@pytest.mark.parametrize("stdout", ["full", "closed"])
@pytest.mark.parametrize("argv", [["cache", "info", "--cache", "none.sqlite"], ["models", "list"]])
def test_every_command_says_when_stdout_cannot_be_written(
    tmp_path, monkeypatch, capsys, argv, stdout
):
    # `summarizer models list > /dev/full` was an "internal error: OSError", and
    # `summarizer brief seeds/ >&-` an "internal error: AttributeError".
    if stdout == "full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    monkeypatch.chdir(tmp_path)
    stream = open("/dev/full", "w") if stdout == "full" else None  # noqa: SIM115
    monkeypatch.setattr(sys, "stdout", stream)
    try:
        assert main(argv) == 1
    finally:
        if stream is not None:
            monkeypatch.setattr(sys, "stdout", sys.__stdout__)
            with contextlib.suppress(OSError):
                stream.close()
    err = capsys.readouterr().err
    reason = "No space left on device" if stdout == "full" else "it is closed"
    assert err == f"summarizer: error: cannot write to stdout ({reason})\n"


def _exit_code(argv: list[str]) -> int:
    """main's return, or the status of the SystemExit argparse raises."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code  # type: ignore[return-value]


@pytest.mark.parametrize(
    "argv, extra, command",
    [
        (["models", "list", "extra"], "extra", "summarizer models list"),
        (["models", "pull", "google/flan-t5-base", "extra"], "extra", "summarizer models pull"),
        (["cache", "info", "extra"], "extra", "summarizer cache"),
        (["brief", str(SEEDS), "--bogus"], "--bogus", "summarizer brief"),
        (["batch", str(SEEDS), "-o", "out", "--bogus"], "--bogus", "summarizer batch"),
        (["eval", "faithfulness", "p.jsonl", "--bogus"], "--bogus", "summarizer eval faithfulness"),
        (["eval", "summaries", "data.jsonl", "extra"], "extra", "summarizer eval summaries"),
    ],
)  # fmt: skip
def test_an_unexpected_argument_points_at_the_commands_own_help(
    tmp_path, monkeypatch, capsys, argv, extra, command
):
    # `summarizer models list extra` said "(see: summarizer --help)", whose help
    # says nothing about `models list`.
    monkeypatch.chdir(tmp_path)
    assert _exit_code(argv) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"summarizer: error: unrecognized arguments: {extra} (see: {command} --help)\n"
    )
    assert captured.out == "" and list(tmp_path.iterdir()) == []  # nothing run, nothing made


def test_an_unexpected_argument_is_one_line_from_the_shell_too():
    out = run("models", "list", "extra")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == (
        "summarizer: error: unrecognized arguments: extra (see: summarizer models list --help)\n"
    )
    out = run("--bogus")  # the top parser's own mistakes still name its help
    assert out.returncode == 2
    assert (
        out.stderr
        == "summarizer: error: unrecognized arguments: --bogus (see: summarizer --help)\n"
    )


@pytest.mark.parametrize(
    "argv, subcommands",
    [
        (["models"], "pull, list"),
        (["eval"], "summaries, faithfulness"),
        (["eval", "-q"], "summaries, faithfulness"),  # -q belongs to the subcommands
        (["cache"], "info, clear"),
        (["cache", "--cache", "c.sqlite"], "info, clear"),
        (["cache", "--older-than", "3"], "info, clear"),
    ],
)
def test_a_command_group_without_its_subcommand_names_the_subcommands(
    tmp_path, monkeypatch, capsys, argv, subcommands
):
    # A bare `summarizer models` or `summarizer eval` printed the whole usage.
    monkeypatch.chdir(tmp_path)
    assert _exit_code(argv) == 2
    captured = capsys.readouterr()
    group = argv[0]
    assert captured.err == (
        f"summarizer: error: {group}: choose a subcommand: {subcommands} "
        f"(see: summarizer {group} --help)\n"
    )
    assert captured.out == "" and list(tmp_path.iterdir()) == []


def test_the_cache_command_still_takes_its_options_before_or_after_the_action(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    for argv in (["cache", "--cache", str(db), "info"], ["cache", "info", "--cache", str(db)]):
        assert main(argv) == 0
        assert capsys.readouterr().out == f"no cache at {db}\n"
    with pytest.raises(SystemExit):
        main(["cache", "--help"])
    usage = capsys.readouterr().out.splitlines()[0]
    assert usage == "usage: summarizer cache [-h] [--cache PATH] [--older-than DAYS] {info,clear}"


@pytest.mark.parametrize(
    "argv, command",
    [
        (["brief", "seeds", "--cache", "", "-o", "out.md"], "brief"),
        (["batch", "seeds", "-o", "out", "--cache", ""], "batch"),
        (["cache", "info", "--cache", ""], "cache"),
        (["cache", "clear", "--cache", ""], "cache"),
    ],
)
def test_an_empty_cache_path_is_a_mistake_for_every_command(
    tmp_path, monkeypatch, capsys, argv, command
):
    # `brief --cache ''` said ".: is a folder", `cache info --cache ''` read
    # the default cache and `cache clear --cache ''` would have emptied it.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Rivers rose fast on Friday, officials said.")
    assert _exit_code(argv) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        "summarizer: error: argument --cache: needs a file name "
        f"(see: summarizer {command} --help)\n"
    )
    assert captured.out == "" and sorted(p.name for p in tmp_path.iterdir()) == ["seeds"]


def test_an_empty_brief_says_why_once(tmp_path, capsys):
    """With a budget below every sentence, the error says why, once: no notice repeating it."""
    article = tmp_path / "a.txt"
    article.write_text(
        "The council approved the new harbour plan on Monday after a long debate.\n"
        "The mayor said work on the ferry terminal would begin in the spring.\n",
        encoding="utf-8",
    )
    assert main(["brief", str(article), "--words", "1", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "raise --words" in err
    assert err.count("raise --words") == 1
    assert "the shortest has" in err.splitlines()[-1]
