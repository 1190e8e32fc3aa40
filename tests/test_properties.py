"""Property-based tests: offsets always map back to the text as loaded."""

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.chunking import chunk_document
from summarizer.clean import clean
from summarizer.errors import SummarizerError
from summarizer.load import make_document
from summarizer.text import split_sentences

# Text shaped like scraped news: words, numbers, punctuation, quotes, newlines.
pieces = st.sampled_from(
    ["The", "mayor", "said", "U.S.", "Mr.", "10,000", "$9.2", "billion", "“quoted”", "(AFP)",
     "Also read:", "PREV", "-", "•", ".", "!", "?", ",", ":", "–", "\n", "\n\n", "  ", "é", "\t",
     "RELATED STORIES", "Published by", "tracking", "BRUSSELS:", "date 2024-11-13"]
)  # fmt: skip
news_text = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=80).map(" ".join)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


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


@settings(max_examples=150, deadline=None)
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
        make_document(text, "d")
