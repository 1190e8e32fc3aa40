"""Chunking: a document's sentences grouped into token-sized chunks.

The merging (size limit, overlap) is LangChain's RecursiveCharacterTextSplitter,
measured with the active backend's own tokenizer. We hand it the document's
sentences one per line, so chunk boundaries fall between sentences; a single
sentence longer than the limit is split further at spaces (then characters),
so no chunk ever exceeds the model window and nothing is truncated.
Every chunk maps back to character offsets in ``Document.text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from summarizer.errors import SummarizerError
from summarizer.types import Chunk, Document, Sentence


def chunk_document(
    doc: Document,
    sentences: Sequence[Sentence],
    count_tokens: Callable[[str], int],
    max_tokens: int,
    overlap_tokens: int = 0,
) -> list[Chunk]:
    """Split ``doc`` (already split into ``sentences``) into chunks of at most
    ``max_tokens`` tokens, consecutive chunks sharing up to ``overlap_tokens``.
    """
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    if max_tokens < 1:
        raise SummarizerError(f"chunk size must be at least 1 token, got {max_tokens}")
    if not sentences:
        return []
    overlap = min(overlap_tokens, max_tokens // 2)
    # Sentences never contain a newline (the splitter ends them at line breaks),
    # so "\n" separates them unambiguously in the joined text.
    parts = [s.text.replace("\n", " ") for s in sentences]
    joined = "\n".join(parts)
    # joined offset of each sentence, to map chunks back to the document
    starts: list[int] = []
    pos = 0
    for p in parts:
        starts.append(pos)
        pos += len(p) + 1

    splitter = RecursiveCharacterTextSplitter(
        separators=["\n", " ", ""],
        # Separators stay attached to the piece before them and pieces are
        # joined with "", so every chunk is an exact substring of the input.
        keep_separator="end",
        chunk_size=max_tokens,
        chunk_overlap=overlap,
        length_function=count_tokens,
        strip_whitespace=True,
    )
    chunks: list[Chunk] = []
    cursor = 0
    for piece in splitter.split_text(joined):
        at = joined.find(piece, cursor)
        if at < 0:  # pragma: no cover - the splitter only joins what it split
            raise SummarizerError(f"{doc.id}: chunker lost track of the text")
        end = at + len(piece)
        cursor = at + 1
        members = _pieces(sentences, starts, parts, at, end)
        chunks.append(
            Chunk(
                doc_id=doc.id,
                index=len(chunks),
                start=members[0].start,
                end=members[-1].end,
                text=piece,
                n_tokens=count_tokens(piece),
                sentences=tuple(members),
            )
        )
    return chunks


def _pieces(
    sentences: Sequence[Sentence], starts: list[int], parts: list[str], a: int, b: int
) -> list[Sentence]:
    """The sentences (or the parts of long sentences) covered by joined[a:b]."""
    out = []
    for s, j, p in zip(sentences, starts, parts, strict=True):
        lo, hi = max(a, j), min(b, j + len(p))
        if lo >= hi:
            continue
        if lo == j and hi == j + len(p):
            out.append(s)
        else:  # a fragment of an over-long sentence
            start, end = s.start + (lo - j), s.start + (hi - j)
            out.append(Sentence(s.doc_id, s.index, start, end, s.text[lo - j : hi - j]))
    return out


def tokenizer_counter(tokenizer) -> Callable[[str], int]:
    """Token count of a text with a Hugging Face tokenizer, no special tokens."""

    @lru_cache(maxsize=65536)
    def count(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    return count
