"""End to end on the demo cluster, checked against the files themselves."""

from pathlib import Path

import pytest

from summarizer import Document, summarize
from summarizer.brief import EventBrief
from summarizer.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BOILERPLATE = (
    "Also read",
    "RELATED STORIES",
    "PREV",
    "NEXT",
    "Published by",
    "tracking",
    "With AFP",
    "Edited by",
)


@pytest.fixture(scope="module")
def seeds_brief(embedder):
    return summarize(SEEDS, backend="extractive", embedder=embedder)


def test_seed_brief_quotes_are_the_files_own_text(seeds_brief):
    # Re-read every source file here, not through the project's loader.
    originals = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert {s.id for s in seeds_brief.sources} == set(originals)
    for sentence in seeds_brief.sentences():
        assert sentence.citations
        for c in sentence.citations:
            assert originals[c.source][c.start : c.end] == c.quote


def test_seed_brief_reads_as_news(seeds_brief):
    text = " ".join(s.text for s in seeds_brief.sentences())
    assert "Blinken" in text and "North Korea" in text
    assert not any(b in text for b in BOILERPLATE)
    # some facts are cited from several sources
    assert max(len({c.source for c in s.citations}) for s in seeds_brief.sentences()) >= 2
    assert 100 <= sum(len(s.text.split()) for s in seeds_brief.sentences()) <= 200
    assert seeds_brief.meta["backend"] == "extractive" and seeds_brief.meta["documents"] == 5


def test_every_citation_supports_its_sentence_by_the_harness(seeds_brief, embedder):
    from summarizer.evaluation.metrics import citation_scores

    scores = citation_scores(seeds_brief.sentences(), embedder)
    assert scores.recall == 1.0 and scores.precision >= 0.95


def test_api_accepts_strings_and_documents(embedder):
    arts = [
        "The bridge reopened on Friday after two years of repairs, the city said.",
        "After two years of repairs the bridge reopened on Friday. Traffic was light.",
    ]
    b1 = summarize(arts, backend="extractive", embedder=embedder, words=40)
    b2 = summarize(
        [Document(id="x", text=arts[0]), Document(id="y", text=arts[1])],
        backend="extractive",
        embedder=embedder,
        words=40,
    )
    assert b1.summary and {c.source for c in b1.summary[0].citations} == {"doc1", "doc2"}
    assert {c.source for c in b2.summary[0].citations} == {"x", "y"}
    assert EventBrief.from_dict(b2.to_dict()).to_dict() == b2.to_dict()


# -- many clusters at once -------------------------------------------------------------------


class CountingCalls:
    """Wraps a backend and records the size of every summarize() call."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.independent_chunks = getattr(inner, "independent_chunks", False)
        self.calls = []

    def chunk_budget(self):
        return self.inner.chunk_budget()

    def summarize(self, chunks, documents):
        self.calls.append(len(chunks))
        return self.inner.summarize(chunks, documents)

    def describe(self):
        return self.inner.describe()


def _without_timings(brief):
    data = brief.to_dict()
    data["meta"].pop("timings")
    return data


def _seed_clusters():
    from summarizer.load import load_paths

    docs = load_paths([SEEDS])
    # Three clusters with distinct document ids, and one of bare strings (ids
    # doc1, doc2 ... that the next string cluster repeats with other texts).
    return [
        docs[:2],
        docs[2:4],
        docs[4:],
        [docs[0].text[:900], docs[1].text[:900]],
        [docs[2].text[:900], docs[3].text[:900]],
    ]


def test_summarize_many_shares_one_generate_call_and_matches_summarize(tiny_t5_dir, embedder):
    from summarizer.backends.seq2seq import Seq2SeqSummarizer
    from summarizer.config import GenerationConfig, ModelConfig
    from summarizer.pipeline import summarize_many

    gen = GenerationConfig(num_beams=2, min_new_tokens=4, max_new_tokens=10)
    cfg = ModelConfig(backend="seq2seq", model=str(tiny_t5_dir), batch_size=4, generation=gen)
    clusters = _seed_clusters()
    shared = CountingCalls(Seq2SeqSummarizer(cfg))
    many = summarize_many(clusters, backend=shared, embedder=embedder, words=80)
    single = CountingCalls(Seq2SeqSummarizer(cfg))
    alone = [summarize(c, backend=single, embedder=embedder, words=80) for c in clusters]
    assert [_without_timings(b) for b in many] == [_without_timings(b) for b in alone]
    # The first four clusters go in one call; the last repeats ids doc1/doc2 with
    # other documents, so it cannot share their call (prompts are rendered by id).
    assert shared.calls == [sum(single.calls[:4]), single.calls[4]]
    assert all(b.meta["generated_sentences"] > 0 for b in many)


def test_summarize_many_keeps_going_when_one_cluster_fails(embedder):
    from summarizer.backends.scripted import ScriptedSummarizer
    from summarizer.errors import InputError, ModelError
    from summarizer.pipeline import summarize_many

    def script(chunk):
        if chunk.doc_id == "bad":
            raise ModelError("no output for the bad document")
        return max(chunk.sentences, key=lambda s: len(s.text)).text

    fake = ScriptedSummarizer(script)
    fake.independent_chunks = True
    good = [
        Document(id="a", text="The bridge reopened on Friday after two years of repairs."),
        Document(id="b", text="After two years of repairs the bridge reopened on Friday."),
    ]
    bad = [Document(id="bad", text="The storm closed the port on Monday, officials said.")]
    results = summarize_many([good, [], bad, good], backend=fake, embedder=embedder, words=40)
    assert isinstance(results[1], InputError)  # no documents
    assert isinstance(results[2], ModelError)  # its chunks failed; the shared call was redone
    for r in (results[0], results[3]):
        assert isinstance(r, EventBrief) and r.meta["kept"] > 0
        assert _without_timings(r) == _without_timings(
            summarize(good, backend=fake, embedder=embedder, words=40)
        )


def test_summarize_many_with_a_cache_serves_the_second_run(tiny_t5_dir, embedder, tmp_path):
    from summarizer.backends.seq2seq import Seq2SeqSummarizer
    from summarizer.cache import Cache
    from summarizer.config import GenerationConfig, ModelConfig
    from summarizer.pipeline import summarize_many

    gen = GenerationConfig(min_new_tokens=4, max_new_tokens=8)
    backend = Seq2SeqSummarizer(
        ModelConfig(backend="seq2seq", model=str(tiny_t5_dir), generation=gen)
    )
    cache = Cache(tmp_path / "c.sqlite")
    clusters = _seed_clusters()[:3]
    cold = summarize_many(clusters, backend=backend, embedder=embedder, cache=cache)
    warm = summarize_many(clusters, backend=backend, embedder=embedder, cache=cache)
    assert [b.meta["cache"] for b in cold] == ["miss"] * 3
    assert [b.meta["cache"] for b in warm] == ["hit"] * 3
    assert [_without_timings(b)["summary"] for b in warm] == [
        _without_timings(b)["summary"] for b in cold
    ]


def test_an_empty_brief_says_why():
    from summarizer import summarize

    text = (
        "The regional council approved the new flood defence budget on Monday after a long "
        "debate. Work on the river walls will start in the spring, officials said."
    )
    brief = summarize([text], words=3, backend="extractive")
    assert not brief.sentences()
    # said once: in meta for the API, and in the error the CLI prints (not also as a notice)
    why = brief.meta["empty_reason"]
    assert "the shortest has" in why and "raise --words" in why
    assert not any("shortest" in n for n in brief.meta["notices"])
    with pytest.raises(InputError, match=r"budget of 3 words \(the shortest has"):
        brief.require_sentences(3)


NO_MODEL = "summarizer-tests/no-such-model"  # never present: `auto` falls back to extractive
BRIDGE = [
    "The bridge reopened on Friday after two years of repairs, the city said.",
    "After two years of repairs the bridge reopened on Friday. Traffic was light.",
]


def test_a_backend_fallback_is_logged_once_but_kept_in_every_brief(embedder, caplog, monkeypatch):
    # a loop over 1,000 clusters printed the same notice 1,000 times
    import logging

    from summarizer import pipeline

    monkeypatch.setattr(pipeline, "_LOGGED_NOTICES", set(), raising=False)
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        briefs = [
            summarize(BRIDGE, model=NO_MODEL, backend="auto", embedder=embedder, words=40)
            for _ in range(3)
        ]
    logged = [r.getMessage() for r in caplog.records if NO_MODEL in r.getMessage()]
    assert len(logged) == 1 and logged[0].endswith("using the offline extractive backend")
    assert all(logged[0] in b.meta["notices"] for b in briefs)
    assert all(b.meta["backend"] == "extractive" for b in briefs)


def test_the_api_prints_a_fallback_notice_once_without_logging_set_up(tmp_path):
    # no handler configured: Python's last-resort handler prints each logged warning
    import subprocess
    import sys

    script = (
        "from summarizer import summarize\n"
        "from tests.builders import BagEmbedder\n"
        f"for _ in range(3): summarize({BRIDGE!r}, model={NO_MODEL!r}, backend='auto',"
        " embedder=BagEmbedder(), words=40, cache=None)\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("using the offline extractive backend") == 1, done.stderr
