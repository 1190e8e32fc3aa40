"""Property-based tests: offsets always map back to the text as loaded."""

import contextlib

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from summarizer.chunking import chunk_document
from summarizer.clean import clean
from summarizer.errors import SummarizerError
from summarizer.load import make_document
from summarizer.text import split_sentences

from .builders import BagEmbedder
from .property import examples

# Text shaped like scraped news: words, numbers, punctuation, quotes, newlines.
pieces = st.sampled_from(
    ["The", "mayor", "said", "U.S.", "Mr.", "10,000", "$9.2", "billion", "“quoted”", "(AFP)",
     "Also read:", "PREV", "-", "•", ".", "!", "?", ",", ":", "–", "\n", "\n\n", "  ", "é", "\t",
     "RELATED STORIES", "Published by", "tracking", "BRUSSELS:", "date 2024-11-13"]
)  # fmt: skip
news_text = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=80).map(" ".join)

SETTINGS = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@SETTINGS
@given(news_text)
def test_body_spans_are_ordered_trimmed_and_inside_the_text(text):
    last = 0
    for a, b in clean(text):
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip() and text[a:b]
        last = b


@SETTINGS
@given(news_text)
def test_sentence_offsets_map_back(text):
    doc = make_document(text, "d")
    for s in split_sentences(doc.text, doc.id, doc.body_spans()):
        assert doc.text[s.start : s.end] == s.text and s.text.strip()


@settings(max_examples=examples(150), deadline=None)
@given(news_text, st.integers(min_value=1, max_value=30), st.integers(min_value=0, max_value=10))
def test_chunks_map_back_and_fit(text, size, overlap):
    doc = make_document(text, "d")
    sents = split_sentences(doc.text, doc.id, doc.body_spans())
    count = lambda t: len(t.split())  # noqa: E731
    for c in chunk_document(doc, sents, count, size, overlap):
        assert c.n_tokens <= size
        for s in c.sentences:
            assert doc.text[s.start : s.end] == s.text


@SETTINGS
@given(st.one_of(news_text, st.text()))
def test_loading_raises_only_our_errors(text):
    with contextlib.suppress(SummarizerError):
        doc = make_document(text, "d")
        # the text is kept as given; the body is spans of it, in order
        assert doc.text == text
        last = 0
        for a, b in doc.body_spans():
            assert last <= a < b <= len(text)
            last = b


# -- bytes in: decoding and every file format ----------------------------------------------


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_decode_to_text_or_an_input_error(data):
    from summarizer.errors import InputError
    from summarizer.load import decode

    try:
        text = decode(data, "f.txt", [])
    except InputError as exc:
        assert "f.txt" in str(exc) and "\n" not in str(exc)
        return
    assert isinstance(text, str) and "\x00" not in text


@SETTINGS
@given(st.text(max_size=300))
def test_utf8_text_decodes_to_itself_unless_it_is_binary(text):
    from summarizer.errors import InputError
    from summarizer.load import decode

    try:
        assert decode(text.encode("utf-8"), "f.txt", []) == text.removeprefix("\ufeff")
    except InputError as exc:
        assert "binary" in str(exc)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]))
def test_any_file_loads_or_fails_with_our_error(data, ext):
    import tempfile
    from pathlib import Path

    from summarizer.load import load_paths

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"article{ext}"
        path.write_bytes(data)
        try:
            docs = load_paths([path], [])
        except SummarizerError:
            return
        for doc in docs:
            assert doc.body and all(0 <= a < b <= len(doc.text) for a, b in doc.body)


# -- fusion: the whole pipeline on generated clusters --------------------------------------

# Sentences that share facts across articles, with figures that agree or differ,
# so support, syndication and conflict detection all have work to do.
facts = st.sampled_from(
    ["The flood forced 4,000 residents from their homes on Friday, officials said.",
     "The flood forced 5,000 residents from their homes on Friday, police said.",
     "More than 4,000 people were evacuated in Dresden.",
     "The river peaked at 9.2 metres, the highest level since 2013.",
     "The river peaked at 9.5 metres on Saturday.",
     "Mayor Anna Weber said the old town would be protected.",
     "The state promised $50 million in aid.", "The state promised $65 million in aid.",
     "Rail services to Prague were suspended.", "He said it was “a disaster”."]
)  # fmt: skip
article_text = st.lists(st.one_of(facts, facts, news_text), min_size=1, max_size=8).map(
    lambda parts: "\n".join(parts)
)


@settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_text, min_size=1, max_size=5), st.integers(min_value=20, max_value=300))
def test_fusion_citations_always_quote_their_spans(texts, words):
    from summarizer import summarize
    from summarizer.backends.extractive import ExtractiveSummarizer

    bag = BagEmbedder(64)
    backend = ExtractiveSummarizer(bag, 4, 64)
    try:
        brief = summarize(texts, backend=backend, embedder=bag, words=words)
    except SummarizerError as exc:
        event(f"refused: {type(exc).__name__}")
        return
    event("brief")
    by_id = {d.id: d.text for d in brief.sources}
    assert brief.headline
    for s in brief.sentences():
        assert s.text.strip() and s.citations
        for c in s.citations:
            assert by_id[c.source][c.start : c.end] == c.quote and c.quote.strip()
    for conflict in brief.conflicts:
        for side in conflict.sides:
            for c in side.citations:
                assert by_id[c.source][c.start : c.end] == c.quote


# -- long lines: cut into pieces before the sentence splitter ------------------------------

long_line = st.lists(
    st.one_of(facts, pieces, st.text(max_size=12)), min_size=150, max_size=400
).map(lambda parts: " ".join(p.replace("\n", " ") for p in parts))


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_line)
def test_long_lines_are_cut_only_between_pieces_and_offsets_map_back(line):
    from summarizer.text import MAX_PIECE
    from summarizer.text import pieces as cut

    parts = cut(line)
    last = 0
    for offset, piece in parts:
        assert line[offset : offset + len(piece)] == piece and offset >= last
        assert not line[last:offset].strip()  # only whitespace between pieces
        assert len(piece) <= 8 * MAX_PIECE
        last = offset + len(piece)
    assert not line[last:].strip()
    for s in split_sentences(line):
        assert line[s.start : s.end] == s.text and s.text.strip()
