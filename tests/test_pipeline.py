"""End to end on the demo cluster, checked against the files themselves."""

from pathlib import Path

import pytest

from summarizer import Document, summarize
from summarizer.brief import EventBrief

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
