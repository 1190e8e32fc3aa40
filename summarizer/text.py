"""Sentence splitting with character offsets.

pysbd (Golden Rules-tested, rule based, no data downloads) finds the sentence
boundaries; we then locate each sentence in the original text so offsets are
exact whatever pysbd normalises.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.types import Sentence

_WORD = re.compile(r"\w+(?:(?:[’'-]|\.-?|(?<=\d),(?=\d))\w+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as absolute ``(start, end)`` offsets.

    Line breaks always end a sentence (headlines and list items carry no full stop).

    >>> t = "Mr. Smith went to Washington. He met the U.S. president."
    >>> [t[a:b] for a, b in split_spans(t)]
    ['Mr. Smith went to Washington.', 'He met the U.S. president.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for line in re.finditer(r"[^\n]+", text[start:end]):
        line_start = start + line.start()
        line_text = line.group()
        if not line_text.strip():
            continue
        cursor = 0
        for seg in _segmenter().segment(line_text):
            seg = seg.strip()
            if not seg:
                continue
            found = line_text.find(seg, cursor)
            if found < 0:  # pysbd altered the text; fall back to the rest of the line
                found = cursor
                seg = line_text[cursor:].strip()
                if not seg:
                    break
                found = line_text.find(seg, cursor)
            a, b = line_start + found, line_start + found + len(seg)
            if a >= pos:
                spans.append((a, b))
                pos = b
            cursor = found + len(seg)
    return spans


def split_sentences(
    text: str,
    doc_id: str = "",
    spans: tuple[tuple[int, int], ...] | None = None,
    first_index: int = 0,
) -> list[Sentence]:
    """Sentences of ``text`` (restricted to ``spans`` when given), with offsets."""
    regions = spans if spans is not None else ((0, len(text)),)
    out: list[Sentence] = []
    for a, b in regions:
        for s, e in split_spans(text, a, b):
            out.append(Sentence(doc_id, first_index + len(out), s, e, text[s:e]))
    return out


def words(text: str) -> list[str]:
    """Word tokens (letters/digits, keeping inner apostrophes, dots and hyphens)."""
    return _WORD.findall(text)


def count_words(text: str) -> int:
    """Words as ``wc -w`` counts them (whitespace-separated), which is how a
    user checks a word budget."""
    return len(text.split())
