"""HTML renderer: one self-contained page a reader can check.

Every citation marker is a link to its source; with scripts on, activating it opens that
source's text and wraps the cited span ``text[start:end]`` in ``<mark>``. The page makes no
request of its own (inline CSS and script, no fonts, a Content-Security-Policy that allows
nothing else), so it works from ``file://`` and offline.

All brief and source text goes through Jinja2 autoescaping: an article that contains
``<script>`` shows the characters and runs nothing.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from summarizer.labels import (
    EN,
    Labels,
    chinese_tag,
    count,
    label_language,
    labels_for,
    language_of,
)
from summarizer.text import count_words, first_words

if TYPE_CHECKING:
    import jinja2

    from summarizer.brief import EventBrief
    from summarizer.types import Citation, Document

TEMPLATE = "brief.html.j2"
SCRIPT = "brief.js"
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The package's template environment: autoescape on for every template, undefined
    names are errors (a typo in a template fails the tests, not silently renders blank)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["exact"] = exact_text
    return env


def exact_text(text: str) -> Markup:
    """Escape ``text`` so that the parsed page holds exactly these characters.

    The HTML parser turns a raw CR (or CR LF) into LF; as a character reference it survives,
    so a highlighted span's text stays equal to the citation's quote.

    >>> str(exact_text("a<b>\\r\\n"))
    'a&lt;b&gt;&#13;\\n'
    """
    return Markup(str(escape(text)).replace("\r", "&#13;"))


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links (a ``javascript:`` URL in a source's metadata must
    not); anything else is shown as text.

    >>> safe_url("javascript:alert(1)") is None, safe_url("https://example.org/a")
    (True, 'https://example.org/a')
    """
    return url if url and _SAFE_URL.match(url.strip()) else None


@dataclass(frozen=True)
class Segment:
    """A piece of a source's text between citation boundaries; ``cited`` when some
    citation covers it (the script wraps the segments of one citation in ``<mark>``)."""

    start: int
    end: int
    text: str
    cited: bool


def segments(text: str, spans: list[tuple[int, int]]) -> list[Segment]:
    """Split ``text`` at every span boundary, so that each span is a run of whole segments.

    >>> [(s.text, s.cited) for s in segments("abcdef", [(1, 3), (2, 5)])]
    [('a', False), ('b', True), ('c', True), ('de', True), ('f', False)]
    """
    cuts = sorted({0, len(text), *(p for s in spans for p in s if 0 <= p <= len(text))})
    out = []
    for a, b in itertools.pairwise(cuts):
        if a < b:
            cited = any(s <= a and b <= e for s, e in spans)
            out.append(Segment(a, b, text[a:b], cited))
    return out


def _all_citations(brief: EventBrief) -> list[Citation]:
    cites = [c for s in brief.sentences() for c in s.citations]
    cites += [c for k in brief.conflicts for side in k.sides for c in side.citations]
    return cites


def opening(text: str, words: int = 12) -> str:
    """The first words of an untitled article, to name it in the source list
    (in Chinese and Japanese, its first characters: :func:`summarizer.text.first_words`).

    >>> opening("  BRUSSELS: US top diplomat Antony Blinken warned", 4)
    'BRUSSELS: US top diplomat…'
    """
    return first_words(text, words)


def _source_view(
    doc: Document, number: int, spans: list[tuple[int, int]], t: Labels
) -> dict[str, Any]:
    return {
        "id": doc.id,
        "number": number,
        "anchor": f"src-{number}",
        "title": doc.title or opening(doc.text) or doc.id,
        "name": t["source_n"].format(n=number),  # "Source 2"
        "has_title": bool(doc.title),
        "outlet": doc.outlet,
        "date": doc.date,
        "url": doc.url,
        "link": safe_url(doc.url),
        "path": doc.path,
        "words": count(t, "words", count_words(doc.text)),
        "segments": segments(doc.text, spans),
        "details": t["article_text"]
        + (t["paren"].format(x=count(t, "n_cited", len(spans))) if spans else ""),
    }


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def page_language(brief: EventBrief) -> str:
    """The language of the page's text, for ``<html lang>``: the one the brief
    names (``meta["language"]``, which its labels are in too). A brief that
    names none (one written before briefs did) gets what the pipeline
    takes the articles to be in (``[input] language`` in the brief's config,
    "en" by default) unless the brief and its sources are in another one. Text
    mostly in Chinese or Japanese characters is told by its script (kana:
    Japanese), which the language model is unsure of in short texts; other
    text by the model, when it is confident (:mod:`summarizer.language`, as the
    pipeline's check decides for each article). Chinese in Traditional characters
    is "zh-Hant" (:func:`summarizer.labels.label_language`).

    >>> from summarizer.brief import EventBrief
    >>> from summarizer.types import Document
    >>> def page(text):
    ...     return page_language(EventBrief("", (), (), (), (Document("a", text),), {}))
    >>> page("连日暴雨导致南方多条河流漫堤，约三千名居民被紧急转移。"), page("停電が続いた。")
    ('zh', 'ja')
    >>> page("連日暴雨導致南方多條河流漫堤，約三千名居民被緊急轉移。")
    'zh-Hant'
    >>> page("Rivers rose on Friday.")
    'en'
    >>> page_language(EventBrief("", (), (), (), (Document("a", "Rivers rose."),),
    ...                          {"language": "de"}))
    'de'
    """
    from summarizer.language import (
        SAMPLE_CHARS,
        body_sample,
        confident_language,
        script_language,
    )

    meta = brief.meta or {}
    named = language_of(meta)
    if named is not None and _LANGUAGE_CODE.fullmatch(named):
        return label_language(brief)  # the named one, or "zh-Hant" for Traditional Chinese
    config = meta.get("config")
    given = config.get("input") if isinstance(config, dict) else None
    expected = given.get("language") if isinstance(given, dict) else None
    if not isinstance(expected, str) or not _LANGUAGE_CODE.fullmatch(expected):
        expected = "en"
    # the brief's own sentences first (the page's main text), then its sources'
    parts = [brief.headline, *(s.text for s in brief.sentences())]
    parts += [body_sample(doc) for doc in brief.sources]
    sample = "\n".join(parts)[:SAMPLE_CHARS]
    detected = script_language(sample) or confident_language(sample, expected) or expected
    return chinese_tag(sample) if detected == "zh" else detected


# The words the page's script writes: its file holds the English ones as JSON strings.
SCRIPT_LABELS = ("back", "back_label")


@lru_cache(maxsize=16)
def page_script(language: str | None = None) -> tuple[Markup, str]:
    """The page's script, its words in ``language`` (:mod:`summarizer.labels`), and its CSP
    hash (``'sha256-...'``): the policy lets this script run and no other, so even markup
    that slipped past escaping could not execute."""
    import json
    from importlib.resources import files

    text = files("summarizer").joinpath("templates", SCRIPT).read_text(encoding="utf-8")
    t = labels_for(language)
    for key in SCRIPT_LABELS:  # ASCII JSON strings: nothing that could end the <script>
        text = text.replace(json.dumps(EN[key]), json.dumps(t[key]))
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"sha256-{digest}"


def context(brief: EventBrief) -> dict[str, Any]:
    """Everything the template needs, in plain values (the template does no lookups);
    its words in the brief's language (:mod:`summarizer.labels`)."""
    language = label_language(brief)
    t = labels_for(language)
    numbers = {doc.id: i for i, doc in enumerate(brief.sources, 1)}
    spans: dict[str, set[tuple[int, int]]] = {doc.id: set() for doc in brief.sources}
    for c in _all_citations(brief):
        spans.setdefault(c.source, set()).add((c.start, c.end))
    sources = [_source_view(d, numbers[d.id], sorted(spans[d.id]), t) for d in brief.sources]
    by_id = {s["id"]: s for s in sources}

    def cite(c: Citation) -> dict[str, Any]:
        src = by_id[c.source]
        who = t["list_sep"].join(x for x in (src["outlet"], src["date"]) if x)
        label = f"{src['name']}{t['colon']}{src['title']}" + (
            t["paren"].format(x=who) if who else ""
        )
        return {
            "number": src["number"],
            "anchor": src["anchor"],
            "start": c.start,
            "end": c.end,
            "quote": c.quote,
            "label": t["cited_passage"].format(label=label),
        }

    ids = itertools.count(1)

    def sentence(text: str, citations: tuple[Citation, ...]) -> dict[str, Any]:
        return {"id": f"s-{next(ids)}", "text": text, "citations": [cite(c) for c in citations]}

    summary = [sentence(s.text, s.citations) for s in brief.summary]
    key_points = [sentence(s.text, s.citations) for s in brief.key_points]
    conflicts = [
        {
            "kind": k.kind,
            "label": t["contradiction"] if k.kind == "contradiction" else t["estimates"],
            "topic": k.topic,
            "sides": [{"value": s.value, **sentence(s.text, s.citations)} for s in k.sides],
        }
        for k in brief.conflicts
    ]
    meta = brief.meta or {}
    script, script_hash = page_script(language)
    tool = "summarizer"
    if meta.get("package_version"):
        tool += f" {meta['package_version']}"
    if meta.get("backend"):
        tool += t["list_sep"] + t["backend"].format(backend=meta["backend"])
    if meta.get("model"):
        tool += t["paren"].format(x=meta["model"])
    off_topic = meta.get("off_topic") or []
    return {
        "lang": page_language(brief),
        "t": t,
        "kicker": f"{t['kicker']} · {count(t, 'n_sources', len(sources))}",
        "nav": {
            "conflicts": t["conflicts"] + t["paren"].format(x=len(conflicts)),
            "sources": t["sources"] + t["paren"].format(x=len(sources)),
        },
        "script": script,
        "script_hash": script_hash,
        "headline": brief.headline,
        "summary": summary,
        "key_points": key_points,
        "conflicts": conflicts,
        "sources": sources,
        "about": {
            "version": meta.get("package_version"),
            "off_topic": meta.get("off_topic") or [],
            "written_by": t["written_by"].format(tool=tool),
            "left_out": t["off_topic"].format(ids=t["list_sep"].join(map(str, off_topic)))
            if off_topic
            else "",
        },
    }


def to_html(brief: EventBrief) -> str:
    """The brief as one self-contained HTML page.

    >>> from summarizer.brief import EventBrief
    >>> from summarizer.types import BriefSentence, Citation, Document
    >>> doc = Document("a", "Troops <b>moved</b>. Talks failed.")
    >>> s = BriefSentence("Troops moved.", (Citation("a", 0, 20, doc.text[:20]),))
    >>> page = to_html(EventBrief("Troops", (s,), (), (), (doc,)))
    >>> "&lt;b&gt;moved&lt;/b&gt;" in page and "<b>moved" not in page
    True
    """
    return environment().get_template(TEMPLATE).render(**context(brief))
