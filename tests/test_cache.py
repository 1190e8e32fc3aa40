"""The persistent cache: storage, the caching wrappers, and runs that load no model."""

import json
import multiprocessing
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from summarizer.backends.cached import CachedSummarizer
from summarizer.backends.scripted import ScriptedSummarizer
from summarizer.cache import Cache, CachedEmbedder, default_cache_path, open_cache
from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.pipeline import summarize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _no_user_cache(tmp_path, monkeypatch):
    # Never read or fill the real user cache from a test.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def cache(tmp_path):
    with Cache(tmp_path / "cache.sqlite") as c:
        yield c


class CountingEmbedder:
    """Deterministic bag-of-words vectors; counts the texts it was asked to encode."""

    name = "counting-bag"

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, hash(w) % 64] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def test_default_path_follows_xdg(tmp_path):
    assert default_cache_path() == tmp_path / "xdg" / "summarizer" / "cache.sqlite"


def test_store_read_info_and_clear(cache):
    cache.put_many("summary", {"a": b"1", "b": b"2"})
    cache.put_many("embedding", {"a": b"3"})
    assert cache.get_many("summary", ["a", "b", "c"]) == {"a": b"1", "b": b"2"}
    assert cache.get("embedding", "a") == b"3" and cache.get("embedding", "b") is None
    info = cache.info()
    assert info["entries"]["summary"] == 2 and info["entries"]["embedding"] == 1
    assert info["bytes"] > 0 and info["path"].endswith("cache.sqlite")
    assert cache.clear() == 3 and cache.info()["entries"]["summary"] == 0


def test_clear_older_than_keeps_recent_entries(cache, capsys):
    import time

    cache.put_many("summary", {"old": b"1", "new": b"2"})
    cache.put_many("embedding", {"old": b"3"})
    with cache._db:  # age two entries by ten days
        cache._db.execute(
            "UPDATE entries SET created = ? WHERE key = 'old'", (time.time() - 864000,)
        )
    assert cache.clear(older_than=7 * 86400) == 2
    assert cache.get("summary", "new") == b"2" and cache.get("summary", "old") is None
    cache.close()
    assert main(["cache", "clear", "--older-than", "0", "--cache", str(cache.path)]) == 0
    assert "removed 1 entry stored more than 0 days ago" in capsys.readouterr().out
    for bad in (["clear", "--older-than", "-1"], ["info", "--older-than", "3"]):
        assert main(["cache", *bad, "--cache", str(cache.path)]) == 2
        assert "--older-than" in capsys.readouterr().err


def test_database_is_in_wal_mode_with_a_busy_timeout(cache):
    db = sqlite3.connect(cache.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cache._db.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000


def _writer(path: str, worker: int) -> None:
    with Cache(path) as c:
        for i in range(40):
            c.put_many("tokens", {f"{worker}-{i}-{j}": b"x" for j in range(5)})
            c.get_many("tokens", [f"{(worker + 1) % 4}-{i}-0"])


def test_several_processes_write_at_once(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    Cache(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, w)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    with Cache(path) as c:
        assert c.info()["entries"]["tokens"] == 4 * 40 * 5


def test_an_unusable_cache_path_is_an_input_error_naming_it(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match=r"cannot create the cache's folder .*--no-cache"):
        Cache(blocker / "cache.sqlite")
    assert open_cache(enabled=False) is None


def test_a_damaged_default_cache_is_skipped_with_a_warning(tmp_path, caplog):
    path = default_cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    assert open_cache() is None
    assert "cannot open the cache" in caplog.text


def test_cached_embedder_returns_the_same_vectors_and_computes_each_text_once(cache):
    inner = CountingEmbedder()
    first = CachedEmbedder(inner, cache).encode(["a b", "c d", "a b"])
    again = CachedEmbedder(inner, cache).encode(["c d", "a b"])  # a fresh memo: from SQLite
    assert inner.seen == ["a b", "c d"]
    np.testing.assert_array_equal(again, first[[1, 0]])
    assert first.dtype == np.float32 and CachedEmbedder(inner, cache).encode([]).shape[0] == 0


def test_summaries_are_keyed_on_text_metadata_model_and_prompt(cache):
    from summarizer.types import Chunk, Document

    chunk = Chunk("a", 0, 0, 3, "Hi.", 1, ())
    docs = {"a": Document("a", "Hi.", title="One")}
    fake = ScriptedSummarizer({"a": "Blinken met Rutte."}, prompt_version="p.v1")
    for _ in range(2):
        out = CachedSummarizer(fake, cache).summarize([chunk], docs)
    assert len(fake.calls) == 1 and out[0].text == "Blinken met Rutte."
    assert out[0].prompt_version == "p.v1"
    # Another prompt version, another title, another text: each a miss.
    CachedSummarizer(ScriptedSummarizer({"a": "x"}, prompt_version="p.v2"), cache).summarize(
        [chunk], docs
    )
    other = ScriptedSummarizer({"a": "x"}, prompt_version="p.v1")
    CachedSummarizer(other, cache).summarize([chunk], {"a": Document("a", "Hi.", title="Two")})
    CachedSummarizer(other, cache).summarize([Chunk("a", 0, 0, 3, "Ho.", 1, ())], docs)
    assert len(other.calls) == 2 and cache.info()["entries"]["summary"] == 4


def _brief_dict(brief):
    data = brief.to_dict()
    data["meta"] = {k: v for k, v in data["meta"].items() if k not in ("timings", "cache")}
    return data


def test_extractive_runs_load_no_model_once_cached_and_repeat_runs_are_a_lookup(tmp_path, embedder):
    from summarizer.embed import MiniLMEmbedder

    with Cache(tmp_path / "c.sqlite") as cache:
        cold = summarize(SEEDS, backend="extractive", embedder=embedder, cache=cache)
        assert cold.meta["cache"] == "miss"
        # Another word budget: another brief, from cached embeddings and token counts.
        fresh = MiniLMEmbedder()  # its own memo: only the cache can answer
        warm = summarize(SEEDS, backend="extractive", embedder=fresh, cache=cache, words=120)
        assert warm.meta["cache"] == "miss" and warm.to_dict() != cold.to_dict()
        assert fresh._model is None and fresh._tokenizer is None
        again = summarize(SEEDS, backend="extractive", embedder=fresh, cache=cache)
        assert again.meta["cache"] == "hit" and _brief_dict(again) == _brief_dict(cold)
        assert set(again.meta["timings"]) == {"load", "total"}
    uncached = summarize(SEEDS, backend="extractive", embedder=embedder, words=120)
    assert _brief_dict(warm) == _brief_dict(uncached)  # cached parts change nothing


def test_a_code_change_invalidates_cached_briefs(tmp_path, embedder, monkeypatch):
    import summarizer.cache as cache_module

    with Cache(tmp_path / "c.sqlite") as cache:
        arts = ["The bridge reopened on Friday after two years of repairs, the city said."] * 2
        summarize(arts, backend="extractive", embedder=embedder, cache=cache, words=30)
        monkeypatch.setattr(cache_module, "_CODE_VERSION", "another version")
        again = summarize(arts, backend="extractive", embedder=embedder, cache=cache, words=30)
        assert again.meta["cache"] == "miss"


def test_second_seq2seq_run_loads_no_model(tmp_path, tiny_t5_dir):
    from summarizer.backends.seq2seq import Seq2SeqSummarizer
    from summarizer.config import GenerationConfig, ModelConfig
    from summarizer.embed import MiniLMEmbedder

    def model_config(**gen):  # short outputs keep the test fast
        generation = GenerationConfig(max_new_tokens=16, **gen)
        return ModelConfig(model=str(tiny_t5_dir), batch_size=16, generation=generation)

    def backend():
        return Seq2SeqSummarizer(model_config())

    articles = [  # two short articles: a few chunks keep generation quick
        (SEEDS / name).read_text(encoding="utf-8")[:1500]
        for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:2]
    ]

    def run(model, emb, cache, words):
        return summarize(articles, backend=model, embedder=emb, cache=cache, words=words)

    with Cache(tmp_path / "c.sqlite") as cache:
        cold_model = backend()
        cold = run(cold_model, MiniLMEmbedder(), cache, 80)
        assert cold_model._model is not None and cold.meta["generated_sentences"] > 0
        # Another word budget: the brief is recomputed from cached summaries.
        warm_model, warm_emb = backend(), MiniLMEmbedder()
        warm = run(warm_model, warm_emb, cache, 60)
        assert warm.meta["cache"] == "miss"
        assert warm_model._model is None and warm_model._tokenizer is None
        assert warm_emb._model is None
        for key in ("backend", "model", "commit", "max_input_tokens", "chunks", "kept"):
            assert warm.meta[key] == cold.meta[key]  # recorded as the run that filled it
        # Other generation parameters are other summaries: the model loads again.
        other = Seq2SeqSummarizer(model_config(num_beams=2))
        run(other, MiniLMEmbedder(), cache, 60)
        assert other._model is not None


def test_cli_brief_uses_the_cache_and_no_cache_leaves_none(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    argv = ["brief", str(SEEDS), "--backend", "extractive", "--format", "json", "-q"]
    assert main([*argv, "--cache", str(db)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main([*argv, "--cache", str(db)]) == 0
    second = json.loads(capsys.readouterr().out)
    assert (first["meta"].pop("cache"), second["meta"].pop("cache")) == ("miss", "hit")
    for b in (first, second):
        b["meta"].pop("timings")
    assert first == second
    assert main(["cache", "info", "--cache", str(db)]) == 0
    info = capsys.readouterr().out
    assert f"path: {db}" in info and "embedding: " in info and "embedding: 0 " not in info
    assert main(["cache", "clear", "--cache", str(db)]) == 0
    assert "removed" in capsys.readouterr().out
    assert main([*argv, "--no-cache"]) == 0
    assert not default_cache_path().exists()
    assert main([*argv]) == 0  # the default: the user cache dir
    assert default_cache_path().is_file()


def test_cache_info_and_clear_on_a_missing_cache_create_nothing(tmp_path, capsys):
    typo = tmp_path / "typo" / "dir" / "c.sqlite"
    assert main(["cache", "info", "--cache", str(typo)]) == 0
    assert capsys.readouterr().out == f"no cache at {typo}\n"
    assert not (tmp_path / "typo").exists()
    new = tmp_path / "new.sqlite"
    assert main(["cache", "clear", "--cache", str(new)]) == 0
    assert capsys.readouterr().out == f"no cache at {new}; nothing removed\n"
    assert main(["cache", "info"]) == 0  # the default cache, not made yet
    assert capsys.readouterr().out == f"no cache at {default_cache_path()}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    with pytest.raises(SystemExit):
        main(["cache", "--help"])
    assert "no cache at PATH" in capsys.readouterr().out


def test_cache_command_errors_fit_the_command_and_change_nothing(tmp_path, capsys):
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("my notes\n", encoding="utf-8")
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.close()
    before = other.read_bytes()
    for path, message in (
        (not_a_db, f"cannot open the cache {not_a_db}: file is not a database"),
        (other, f"{other} is not a summarizer cache"),
        (tmp_path, f"{tmp_path}: is a folder, not a cache file"),
    ):
        for action in ("info", "clear"):
            assert main(["cache", action, "--cache", str(path)]) == 2
            err = capsys.readouterr().err
            assert err.startswith(f"summarizer: error: {message}; ") and err.count("\n") == 1
            assert "--no-cache" not in err and "--cache PATH" in err  # the cache command's flags
    assert not_a_db.read_text(encoding="utf-8") == "my notes\n"
    assert other.read_bytes() == before  # not turned into WAL mode, no table added
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "other.db"]


def _cache_commands(tmp_path: Path, path: Path) -> dict[str, list[str]]:
    """Every command that opens the cache at ``path``; brief and batch would
    write ``tmp_path / "brief.md"`` and ``tmp_path / "out"``."""
    clusters = tmp_path / "clusters"
    (clusters / "c1").mkdir(parents=True, exist_ok=True)
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        (clusters / "c1" / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    run = ["--backend", "extractive", "--cache", str(path), "-q"]
    return {
        "brief": ["brief", str(SEEDS), "-o", str(tmp_path / "brief.md"), *run],
        "batch": ["batch", str(clusters), "-o", str(out), *run],
        "cache info": ["cache", "info", "--cache", str(path)],
        "cache clear": ["cache", "clear", "--cache", str(path)],
    }


def _unwritable(monkeypatch, *paths: Path) -> None:
    """Take write permission from ``paths``; root ignores permissions, so the
    cache's own check is also told so (what a user without root sees)."""
    import os

    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    if os.geteuid() == 0:
        real = os.access

        def access(path, mode, *args, **kwargs):
            if mode & os.W_OK and Path(path) in paths:
                return False
            return real(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize(
    "kind, commands",
    [
        ("folder", ("brief", "batch", "cache info", "cache clear")),
        ("in a file", ("brief", "batch")),  # (cache info/clear: "no cache at", nothing made)
        ("folder cannot be made", ("brief", "batch")),
        ("folder not writable", ("brief", "batch", "cache info", "cache clear")),
        ("file not writable", ("brief", "batch", "cache info", "cache clear")),
    ],
)
def test_every_command_says_the_same_for_a_cache_path_it_cannot_use(
    tmp_path, monkeypatch, capsys, kind, commands
):
    # `summarizer brief seeds/ --cache FOLDER` said "unable to open database file"
    # where `summarizer cache info --cache FOLDER` said it is a folder.
    home = tmp_path / "home"
    home.mkdir()
    if kind == "folder":
        path, problem = home, "is a folder, not a cache file"
    elif kind == "in a file":
        (home / "notes").write_text("x", encoding="utf-8")
        path = home / "notes" / "sub" / "c.sqlite"
        problem = f"cannot create the cache's folder ({home / 'notes'} is not a folder)"
    elif kind == "folder cannot be made":
        path = home / "new" / "c.sqlite"
        problem = f"cannot create the cache's folder ({home} is not writable)"
    else:
        path = home / "c.sqlite"
        Cache(path).close()
        if kind == "folder not writable":
            problem = f"the cache's folder {home} is not writable"
        else:
            problem = "is not writable"
    if kind.endswith("not writable") or kind == "folder cannot be made":
        _unwritable(monkeypatch, path if kind == "file not writable" else home)
    before = sorted(p.name for p in home.iterdir())
    try:
        for name, argv in _cache_commands(tmp_path, path).items():
            code = main(argv)
            captured = capsys.readouterr()
            if name not in commands:  # look, never create
                assert (name, code) == (name, 0)
                assert captured.out.startswith(f"no cache at {path}"), name
                continue
            fix = "pass --cache PATH or --no-cache" if name in ("brief", "batch") else None
            fix = fix or "name the cache file with --cache PATH"
            assert (name, code) == (name, 2)
            assert captured.err == f"summarizer: error: {path}: {problem}; {fix}\n", name
            assert captured.out == "", name
            assert not (tmp_path / "out").exists() and not (tmp_path / "brief.md").exists()
    finally:
        for p in (home, path):
            if p.exists():
                p.chmod(0o755 if p.is_dir() else 0o644)
    assert sorted(p.name for p in home.iterdir()) == before  # nothing made, no WAL files
