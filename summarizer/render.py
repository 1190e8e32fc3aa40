"""Renderers: Markdown (numbered [n] markers and a numbered source list)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.brief import EventBrief
    from summarizer.types import BriefSentence, Citation

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape_md(text: str) -> str:
    """Source text is data: escape what Markdown or embedded HTML would act on."""
    text = text.replace("&", "&amp;")
    text = _MD_SPECIAL.sub(
        lambda m: (
            "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1)
        ),
        text,
    )
    return " ".join(text.split())


def _code(text: str) -> str:
    """``text`` as inline code on one line, whatever backticks it holds."""
    text = " ".join(text.split())
    fence = "`" * (max((len(r) for r in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _markers(citations: tuple[Citation, ...], numbers: dict[str, int]) -> str:
    nums = sorted({numbers[c.source] for c in citations})
    return "".join(f"[{n}]" for n in nums)


def _sentence(s: BriefSentence, numbers: dict[str, int]) -> str:
    return f"{escape_md(s.text)} {_markers(s.citations, numbers)}"


def to_markdown(brief: EventBrief) -> str:
    """The brief as Markdown, its headings and labels in the brief's language
    (``meta["language"]``, :mod:`summarizer.labels`; English when it names none;
    Traditional Chinese ones for a Chinese brief in Traditional characters)."""
    from summarizer.labels import label_language, labels_for

    t = labels_for(label_language(brief))
    numbers = {doc.id: i for i, doc in enumerate(brief.sources, 1)}
    out = [f"# {escape_md(brief.headline)}", ""]
    if brief.summary:
        out += [" ".join(_sentence(s, numbers) for s in brief.summary), ""]
    if brief.key_points:
        out += [f"## {t['key_points']}", ""]
        out += [f"- {_sentence(s, numbers)}" for s in brief.key_points]
        out.append("")
    if brief.conflicts:
        out += [f"## {t['conflicts']}", ""]
        for c in brief.conflicts:
            sides = t["side_sep"].join(
                f"{escape_md(side.value)} {_markers(side.citations, numbers)}" for side in c.sides
            )
            label = t["contradiction"] if c.kind == "contradiction" else t["estimates"]
            note = t["paren"].format(x=label)
            out.append(f"- **{escape_md(c.topic)}**{note}{t['colon']}{sides}")
        out.append("")
    out += [f"## {t['sources']}", ""]
    for doc in brief.sources:
        n = numbers[doc.id]
        parts = [escape_md(doc.title) if doc.title else _code(doc.id)]
        parts += [escape_md(x) for x in (doc.outlet, doc.date) if x]
        where = doc.url or doc.path
        line = f"{n}. " + t["list_sep"].join(parts)
        if where:
            line += f" — {escape_md(where)}"
        out.append(line)
    # a source listed but never cited says why: an article about another event
    off_topic = (brief.meta or {}).get("off_topic") or []
    if off_topic:
        ids = [f"[{numbers[i]}]" if i in numbers else _code(str(i)) for i in off_topic]
        out += ["", t["off_topic"].format(ids=t["list_sep"].join(ids))]
    return "\n".join(out) + "\n"
