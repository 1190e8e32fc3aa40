from summarizer.chunking import chunk_document
from summarizer.text import split_sentences

from .builders import build_document


def words_counter(text: str) -> int:
    return len(text.split())


def test_chunks_are_sentence_aligned_sized_and_map_back():
    doc = build_document(*(f"Sentence number {i} says a few more words here." for i in range(30)))
    sents = split_sentences(doc.text, doc.id, doc.body_spans())
    chunks = chunk_document(doc, sents, words_counter, max_tokens=40, overlap_tokens=10)
    assert len(chunks) > 3
    for c in chunks:
        assert c.n_tokens <= 40
        assert all(doc.text[s.start : s.end] == s.text for s in c.sentences)
        assert c.start == c.sentences[0].start and c.end == c.sentences[-1].end
        assert c.sentences[0].text.startswith("Sentence")  # starts on a sentence boundary
    covered = {s.index for c in chunks for s in c.sentences}
    assert covered == set(range(30))  # nothing lost
    # overlap: consecutive chunks share their boundary sentence
    assert chunks[0].sentences[-1].index == chunks[1].sentences[0].index


def test_an_over_long_sentence_is_split_not_truncated():
    long = " ".join(f"w{i}" for i in range(500)) + "."
    doc = build_document("Short opener.", long, "Short closer.")
    sents = split_sentences(doc.text, doc.id, doc.body_spans())
    chunks = chunk_document(doc, sents, words_counter, max_tokens=64, overlap_tokens=0)
    assert all(c.n_tokens <= 64 for c in chunks)
    pieces = [s for c in chunks for s in c.sentences if s.index == 1]
    assert "".join(doc.text[s.start : s.end] + " " for s in pieces).split() == long.split()
