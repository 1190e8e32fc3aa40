"""Attribution of generated sentences, on the scripted fake backend's cases.

These cases are where the thresholds in ``AlignConfig`` come from: faithful
paraphrases (of one sentence, or fusing two) must be kept with the spans they
came from; a changed number, a wrong name, a wrong date or an invented event
must be dropped.
"""

from pathlib import Path

import pytest

from summarizer.attribution import AlignConfig, align_generated, align_sentences
from summarizer.backends.scripted import ScriptedSummarizer
from summarizer.errors import ConfigError, ModelError, SummarizerError
from summarizer.text import split_sentences
from summarizer.types import Chunk, Document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b4b98b9dfab6f255.txt"

# (chunk, generated sentence, indices of the source sentences it restates)
FAITHFUL = [
    (0, "Antony Blinken said on Wednesday that North Korean troops fighting alongside Russian "
        "forces near the Ukrainian border required a firm response.", [0]),
    (0, "The US State Department said on Tuesday that North Korean troops had started combat "
        "operations with Russian forces near Ukraine.", [3]),
    (0, "More than 10,000 North Korean soldiers were sent to eastern Russia, and most have moved "
        "to the Kursk region, a spokesman said.", [4]),
    (0, "Rutte highlighted China's role in supporting Russia's war effort and Iran's weapons "
        "deliveries.", [5]),
    (0, "Blinken attended a North Atlantic Council meeting before talks with Josep Borrell, Kaja "
        "Kallas and Ukrainian Foreign Minister Andriy Sybiga.", [6]),
    (0, "The talks in Brussels with NATO and EU officials aimed to increase support for Kyiv "
        "before Donald Trump returns to the White House.", [1]),
    (1, "Trump has praised Vladimir Putin and mocked the $175 billion that the United States has "
        "committed to Ukraine since 2022.", [8]),
    (1, "Trump, 78, will be inaugurated on January 20 and has spoken with Volodymyr Zelensky.",
        [9]),
    (1, "The Washington Post said Trump spoke with Putin by phone and urged him not to escalate, "
        "which the Kremlin denied.", [11, 12]),
    (1, "Trump has said he could end the war in a day, while his security adviser Mike Waltz said "
        "he might also put pressure on Putin.", [10]),
    (1, "Marco Rubio could replace Blinken as secretary of state, according to US media.", [13]),
]  # fmt: skip

# (chunk, generated sentence, the reason it must be dropped)
UNFAITHFUL = [
    # changed numbers
    (0, "More than 12,000 North Korean soldiers were sent to eastern Russia, a spokesman said.",
        "contradicted"),
    (1, "Trump has scoffed at the $275 billion the United States committed for Ukraine.",
        "contradicted"),
    # wrong names
    (0, "Blinken was speaking alongside NATO chief Jens Stoltenberg in Brussels.",
        "unsupported_fact"),
    (1, "US media reported Trump might pick Senator Lindsey Graham to replace Blinken as "
        "secretary of state.", "unsupported_fact"),
    (0, "Blinken said North Korea had sent 10,000 troops to fight in Poland.",
        "unsupported_fact"),
    # wrong dates
    (0, "The US State Department confirmed on Friday that North Korean troops had begun combat "
        "operations alongside Russian forces.", "unsupported_fact"),
    (1, "Trump will be inaugurated on January 25 after winning re-election.", None),
    # invented events
    (0, "Russia announced a ceasefire in the Kursk region after talks in Moscow.", None),
    (0, "Ukraine's parliament voted to hold early elections next spring.", "no_support"),
    (0, "The North Korean troops have already withdrawn from the front line.", "no_support"),
    (0, "Blinken announced new sanctions against North Korea.", "no_support"),
    (0, "NATO agreed to send its own troops to fight alongside Ukrainian forces.", "no_support"),
    (1, "Putin and Trump agreed to meet in Geneva to end the war.", None),
    (1, "Trump said he would cut all aid to Ukraine on his first day in office.", "no_support"),
]  # fmt: skip


@pytest.fixture(scope="module")
def doc():
    return Document("afp", SEED.read_text(encoding="utf-8"), title="Blinken warns", outlet="AFP")


@pytest.fixture(scope="module")
def sentences(doc):
    return split_sentences(doc.text, doc.id)


@pytest.fixture(scope="module")
def chunks(doc, sentences):
    def chunk(index, a, b):
        ss = tuple(sentences[a:b])
        return Chunk(doc.id, index, ss[0].start, ss[-1].end, doc.text[ss[0].start : ss[-1].end],
                     0, ss)  # fmt: skip

    return [chunk(0, 0, 7), chunk(1, 7, 14)]


def scripted(chunk, text, doc):
    """The summary a scripted backend returns for ``chunk``."""
    fake = ScriptedSummarizer({(chunk.doc_id, chunk.index): text})
    [summary] = fake.summarize([chunk], {doc.id: doc})
    assert fake.calls == [chunk]
    return summary


@pytest.mark.parametrize(("chunk_index", "text", "source"), FAITHFUL)
def test_faithful_paraphrases_are_kept_with_the_spans_they_restate(
    chunk_index, text, source, doc, sentences, chunks, embedder
):
    chunk = chunks[chunk_index]
    claims, dropped = align_generated(scripted(chunk, text, doc), doc, embedder)
    assert dropped == 0
    [claim] = claims
    assert (claim.text, claim.doc_id, claim.generated) == (text, doc.id, True)
    cited = [s.index for s in sentences if any(sp.start == s.start for sp in claim.spans)]
    assert set(source) <= set(cited)
    assert len(cited) <= len(source) + 1  # at most one extra span, carrying a missing fact
    for span in claim.spans:  # real sentences of this chunk, in document order
        assert any((s.start, s.end) == (span.start, span.end) for s in chunk.sentences)
    assert list(claim.spans) == sorted(claim.spans, key=lambda sp: sp.start)
    assert claim.position == pytest.approx(claim.spans[0].start / len(doc.text))


@pytest.mark.parametrize(("chunk_index", "text", "reason"), UNFAITHFUL)
def test_changed_numbers_wrong_names_dates_and_invented_events_are_dropped(
    chunk_index, text, reason, doc, chunks, embedder
):
    summary = scripted(chunks[chunk_index], text, doc)
    claims, dropped = align_generated(summary, doc, embedder)
    assert (claims, dropped) == ([], 1)
    [decision] = align_sentences(summary, doc, embedder)
    assert not decision.kept
    if reason is not None:  # None: dropped, by whichever check catches it first
        assert decision.reason == reason


def test_a_mixed_summary_keeps_the_supported_sentences_in_order(doc, chunks, embedder):
    text = " ".join([FAITHFUL[2][1], UNFAITHFUL[0][1], FAITHFUL[3][1], UNFAITHFUL[8][1]])
    claims, dropped = align_generated(scripted(chunks[0], text, doc), doc, embedder)
    assert [c.text for c in claims] == [FAITHFUL[2][1], FAITHFUL[3][1]]
    assert dropped == 2


def test_random_weight_gibberish_is_dropped(tiny_t5_dir, doc, sentences, embedder):
    from summarizer.backends.seq2seq import Seq2SeqSummarizer
    from summarizer.chunking import chunk_document
    from summarizer.config import GenerationConfig, ModelConfig

    gen = GenerationConfig(min_new_tokens=24, max_new_tokens=48)
    backend = Seq2SeqSummarizer(ModelConfig(model=str(tiny_t5_dir), generation=gen))
    chunks = chunk_document(doc, sentences, *backend.chunk_budget())
    total = 0
    for summary in backend.summarize(chunks, {doc.id: doc}):
        decisions = align_sentences(summary, doc, embedder)
        assert decisions and not any(d.kept for d in decisions)
        claims, dropped = align_generated(summary, doc, embedder)
        assert claims == [] and dropped == len(decisions)
        total += dropped
    assert total >= len(chunks)


@pytest.mark.parametrize(
    "text", ["Blinken Blinken Blinken Blinken Blinken Blinken said said said.", "Firm response."]
)
def test_looping_or_tiny_output_is_degenerate(text, doc, chunks, embedder):
    [decision] = align_sentences(scripted(chunks[0], text, doc), doc, embedder)
    assert decision.reason == "degenerate"


def test_an_empty_summary_has_nothing_to_keep_or_drop(doc, chunks, embedder):
    assert align_generated(scripted(chunks[0], "", doc), doc, embedder) == ([], 0)


def test_thresholds_come_from_the_config(doc, chunks, embedder):
    summary = scripted(chunks[0], FAITHFUL[0][1], doc)
    assert align_generated(summary, doc, embedder)[1] == 0
    strict = AlignConfig(min_similarity=0.99)
    assert align_generated(summary, doc, embedder, strict) == ([], 1)
    with pytest.raises(ConfigError, match="AlignConfig"):
        align_generated(summary, doc, embedder, threshold_config={"min_similarity": 0.5})


def test_a_summary_is_aligned_only_against_its_own_document(doc, chunks, embedder):
    other = Document("other", doc.text)
    with pytest.raises(SummarizerError, match="aligned against document 'other'"):
        align_generated(scripted(chunks[0], FAITHFUL[0][1], doc), other, embedder)


def test_scripted_backend_lookup_order_and_missing_outputs(chunks):
    fake = ScriptedSummarizer({("afp", 1): "second", "afp": "any"}, max_tokens=99)
    assert [s.text for s in fake.summarize(chunks, {})] == ["any", "second"]
    assert fake.chunk_budget()[1] == 99 and fake.describe()["backend"] == "scripted"
    assert all(s.extracted is None for s in fake.summarize(chunks, {}))
    by_function = ScriptedSummarizer(lambda c: f"chunk {c.index}")
    assert [s.text for s in by_function.summarize(chunks, {})] == ["chunk 0", "chunk 1"]
    with pytest.raises(ModelError, match="no output for chunk 0"):
        ScriptedSummarizer({}).summarize(chunks[:1], {})
    assert ScriptedSummarizer({}, default="d").summarize(chunks[:1], {})[0].text == "d"
