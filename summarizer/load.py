"""Loading one cluster of articles: files, folders, strings or Documents.

Formats: ``.txt``/``.md`` (one article, text as decoded), ``.html``/``.htm``
(the article extracted by trafilatura, with its metadata), ``.json`` (one
article object: ``text`` plus optional ``id``, ``title``, ``url``, ``date``,
``outlet``), ``.jsonl`` (one such object per line).

Title, outlet and date come from the article where they can be found (first
lines, a dateline such as "date 2024-11-13 BRUSSELS:", JSON fields, HTML
metadata) and are ``None`` where they cannot.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from summarizer.clean import (
    CJK_DATELINE,
    FOREIGN_WEEKDAY_RE,
    REGION,
    WIRE,
    byline_outlet,
    clean,
    dateline_outlet,
    drop_reason,
    ends_sentence,
    is_heading_like,
    lines,
    opening_dateline,
)
from summarizer.decoding import _SURROGATE, decode, encodable, given_id, json_problem, note
from summarizer.errors import InputError
from summarizer.events import article_day
from summarizer.facts import ANY_MONTH_RE, WEEKDAY_RE, foreign_day_month_res, foreign_month
from summarizer.text import CJK, is_cjk, words
from summarizer.types import Document

TEXT_EXTS = {".txt", ".md"}
HTML_EXTS = {".html", ".htm"}
JSON_EXTS = {".json"}
JSONL_EXTS = {".jsonl"}
ARTICLE_EXTS = TEXT_EXTS | HTML_EXTS | JSON_EXTS | JSONL_EXTS
ARTICLE_FIELDS = {"id", "text", "title", "url", "date", "outlet"}
# An article file larger than this is refused before it is read (a cluster in
# one .jsonl file of 300 articles is a few MB; an HTML page one or two).
MAX_FILE_BYTES = 64 * 2**20

log = logging.getLogger("summarizer")

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_LONG_DATE = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
# The day first, as British and live-blog headers write it: "Tuesday 10 March 2026", "10 Mar 2026".
_DAY_FIRST_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\.?,?\s+(\d{{4}})\b")
# Chinese and Japanese: 2024年5月10日, also in full-width digits (２０２４年５月１０日;
# \d matches them and int() reads them).
_CJK_DATE = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# The label a Chinese or Japanese header line puts before its date: "日期：",
# "发布时间：", "公開日:".
_CJK_LABEL = re.compile(rf"[{CJK}・]{{1,8}}\s*[:：]\s*$")
# Spanish, French, German, Italian and Portuguese dates with a year ("13 de
# noviembre de 2024", "1er mars 2024", "13. November 2024"): the fact extractor's
# own patterns, all of them (articles are read before their language is known;
# none of these is how English writes a date).
_FOREIGN_DATES = foreign_day_month_res()
# "13/11/2024", "13.11.2024": read day first, and only after one of these labels.
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
# The label before a publication date: "Publicado:", "Publié le", "Veröffentlicht
# am", "Pubblicato il", "Publicado em", "Actualizado el", "Mis à jour le", "Datum:".
_FOREIGN_LABEL = re.compile(
    r"(?:^|\s)(?:publicad[oa]|publié|publiée|mis\s+à\s+jour|veröffentlicht|aktualisiert"
    r"|pubblicat[oa]|aggiornat[oa]|atualizad[oa]|actualizad[oa]|fecha|datum|data)"
    r"(?:\s+(?:el|le|am|il|em|en|à|a|on))?\s*[:：]?\s*$",
    re.IGNORECASE,
)
_FOREIGN_DATELINE_HEAD = re.compile(
    rf"^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]*,?\s*|{FOREIGN_WEEKDAY_RE},?\s*)?$"
)
# A web domain ("example.co.uk"), tried only where a run of its labels starts (not after a
# label's letter or its dot): from every letter of "a.a.a...", each try read the rest of the
# run again, seconds on a long line.
_DOMAIN = re.compile(
    r"(?<![\w-])(?<![\w-]\.)\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|us|uk|fr|de|es|it|news|info|co|io)\b"
)
_TAG = re.compile(r"^\(([A-Z][A-Za-z]{1,12})\)\s")


def _month_number(name: str) -> int:
    names = [m.lower()[:3] for m in _MONTHS.split("|")[:12]]
    return names.index(name.lower()[:3]) + 1


# Words a date line may hold besides the date: "Published on Nov. 5, 2024",
# "By Jane Doe | Nov. 5, 2024 10:04 a.m. ET". More than this and the date is one
# the prose mentions. (Chinese and Japanese characters count half a word each,
# as in :func:`summarizer.clean.is_heading_like`.)
_DATE_LINE_WORDS = 8
# A dateline: the date opens the line, after a PLACE in capitals (perhaps with
# a region of one or two capitalised words: "Calif.", "D.C.", "New Mexico") or a
# weekday, and a dash, colon or full stop follows, perhaps after an agency or a wire:
# "WASHINGTON, Nov. 13, 2024 (AP) — ...", "PINE HOLLOW, Calif., Aug. 12, 2025 —",
# "Tuesday, Nov. 12, 2024. ...", "On Tuesday, March 3, 2026 – Acme AG said ...", "March 3,
# 2025 /PRNewswire/ -- 23andMe ...". (A press release's dateline, which names a wire, is also
# the one :func:`summarizer.clean.wire_dateline` finds: "TORONTO, ONTARIO--(Marketwired -
# March 3, 2025) - ".)
_DATELINE_HEAD = re.compile(rf"^(?:[A-Z][A-Z .'’-]*{REGION},?\s*|(?:On\s+)?{WEEKDAY_RE},?\s*)?$")
_DATELINE_END = re.compile(rf",?\s*(?:\([\w ]+\)\s*|(?:{WIRE})\s*)?(?:—|–|-{{1,2}}|:|\.)(?:\s|$)")


def find_date(text: str) -> str | None:
    """The article's publication date from its head: a date ("2024-11-13",
    "Nov. 13, 2024") on a date line ("Posted Nov. 5, 2024 at noon") or opening
    a line ("date 2024-11-13 BRUSSELS: ...", "WASHINGTON, Nov. 13, 2024 —").

    A date inside a sentence is a date the article mentions, not when it was
    published: "In this July 1, 2017, file photo, ...", "shot Monday ...,
    Tuesday, April 11, 2017.", "a report dated 2021-05-04 had warned ...".
    Weekdays are anchored to this date, so a wrong one would put wrong dates
    into the brief.

    >>> find_date("Posted Nov. 5, 2024 at noon")
    '2024-11-05'
    >>> find_date("In this Nov. 5, 2024, photo, a man waves at the crowd.") is None
    True
    >>> find_date("date 2024-11-13 BRUSSELS: The talks began.")
    '2024-11-13'
    >>> find_date("A report dated 2021-05-04 had warned of rust, officials said.") is None
    True

    Chinese and Japanese dates too: "发布时间：2024年5月10日 10:30", "２０２４年５月１０日",
    "新华社北京2024年5月10日电 ..." (not "2024年5月10日，市政府宣布……。": a sentence).

    >>> find_date("发布时间：2024年5月10日 10:30 来源：新华网")
    '2024-05-10'

    Spanish, French, German, Italian and Portuguese dates with a year, the same
    way ("Publié le 13 novembre 2024 à 10h30", "BERLIN, 13. November 2024 -"),
    also after a label ("Publicado el", "Veröffentlicht am"; "13/11/2024" is
    read day first only there), not opening a sentence ("El 13 de noviembre de
    2024, el Gobierno anunció ...").

    >>> find_date("Veröffentlicht am 13. November 2024, 10:30 Uhr")
    '2024-11-13'

    English with the day first too, as a live blog's header writes it:

    >>> find_date("Updated 18:05 GMT, Tuesday 10 March 2026")
    '2026-03-10'
    """
    for line in lines(text[:400]):
        # the dateline the cleaner cuts ("Munich, March 3, 2026 – "), a release's first
        opening = opening_dateline(line.text)
        found = [(m, (m.group(1), m.group(2), m.group(3))) for m in _ISO_DATE.finditer(line.text)]
        found += [
            (m, (m.group(3), _month_number(m.group(1)), m.group(2)))
            for m in _LONG_DATE.finditer(line.text)
        ]
        found += [
            (m, (m.group(3), _month_number(m.group(2)), m.group(1)))
            for m in _DAY_FIRST_DATE.finditer(line.text)
        ]
        found += [(m, (m.group(1), m.group(2), m.group(3))) for m in _CJK_DATE.finditer(line.text)]
        found += [
            (m, (m.group("y"), foreign_month(m.group("mon")), m.group("d")))
            for rx in _FOREIGN_DATES
            for m in rx.finditer(line.text)
            if m.group("y")
        ]
        found += [
            (m, (m.group(3), m.group(2), m.group(1)))
            for m in _NUMERIC_DATE.finditer(line.text)
            if _FOREIGN_LABEL.search(line.text[: m.start()])
        ]
        for m, (year, month, day) in sorted(found, key=lambda f: f[0].start()):
            before, after = line.text[: m.start()], line.text[m.end() :]
            tokens = words(before + " " + after)
            few_words = len(tokens) - sum(map(is_cjk, tokens)) // 2 <= _DATE_LINE_WORDS
            date_line = few_words and not ends_sentence(line.text)
            if m.re is _CJK_DATE:
                # after its label ("日期：", "发布时间：") on a header line, or in a
                # Chinese dateline ("新华社北京2024年5月10日电 ...")
                head = CJK_DATELINE.match(line.text)
                dateline = head is not None and m.end() <= head.end()
                labelled = bool(_CJK_LABEL.search(before)) and not ends_sentence(line.text)
            elif m.re in _FOREIGN_DATES or m.re is _NUMERIC_DATE:
                # "BRUSELAS, 13 de noviembre de 2024 (EFE) -", "Miércoles, 13 de
                # noviembre de 2024.", or after its label ("Publié le") on a line
                # that is not a sentence
                dateline = _FOREIGN_DATELINE_HEAD.match(before) and _DATELINE_END.match(after)
                labelled = bool(_FOREIGN_LABEL.search(before)) and not ends_sentence(line.text)
                if m.re is _NUMERIC_DATE:
                    date_line = dateline = False
            else:
                dateline = _DATELINE_HEAD.match(before) and _DATELINE_END.match(after)
                # an ISO date after at most a label ("date", "Updated:") opens its line
                labelled = m.re is _ISO_DATE and len(words(before)) <= 2
            if opening and m.re is not _NUMERIC_DATE and m.end() <= opening.end():
                dateline = True  # in the dateline that opens the line
            if date_line or dateline or labelled:
                try:
                    return dt.date(int(year), int(month), int(day)).isoformat()
                except ValueError:  # "2024-02-30": not a date
                    continue
    return None


# A Markdown heading's markers (a closing run only from its first space: a long run of spaces
# is not searched again from each of its spaces).
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+|(?<!\s)\s+#+\s*$")


def text_metadata(text: str) -> dict[str, str | None]:
    """Title and outlet from the first lines of a plain-text article.

    The title is the first heading-like line (short, not ending a sentence)
    before the prose starts, skipping a banner line that names a web domain,
    which gives the outlet instead. An agency tag such as "(RFI)" opening one
    of the first prose lines also names the outlet, and so does one in a
    dateline opening it: "LONDON, Nov 13 (Reuters) - ...", "NEW YORK, March 3,
    2025 /PRNewswire/ -- ...". Where none of these names one, a byline that names the
    writer's outlet does ("By Jane Roe, Manila Daily Herald").
    """
    title = outlet = signed = None
    for i, line in enumerate(lines(text)[:8]):
        if not is_heading_like(line.text):
            tag = _TAG.match(line.text)
            if outlet is None:
                outlet = tag.group(1) if tag else dateline_outlet(line.text)
            if i >= 3:
                break
            continue
        domain = _DOMAIN.search(line.text)
        if domain and len(words(line.text)) <= 6:
            outlet = outlet or domain.group(0)
            continue
        signed = signed or byline_outlet(line.text)
        # Not a title: a byline, caption, credit or "[Related ...]" link, or a
        # line introducing what follows ("... released the following statement:").
        if (
            title is None
            and len(words(line.text)) >= 3
            and drop_reason(line.text) == "heading"
            and not line.text.endswith(":")
        ):
            title = _ATX.sub("", line.text).strip() or None  # "# Title" in Markdown
    return {"title": title, "outlet": outlet or signed, "date": find_date(text)}


def make_document(
    text: str,
    doc_id: str,
    *,
    path: str | None = None,
    **meta: Any,
) -> Document:
    """A cleaned :class:`Document`; metadata given wins over metadata found."""
    if not isinstance(text, str):
        raise InputError(f"{doc_id}: article text must be a string, got {type(text).__name__}")
    found = text_metadata(text)
    fields = {k: (meta.get(k) if meta.get(k) not in (None, "") else found.get(k)) for k in found}
    fields = {k: (str(v) if v is not None else None) for k, v in fields.items()}
    if meta.get("date") not in (None, "") and fields["date"]:
        # a given date in another form ("Nov. 13, 2024") as ISO, which weekday
        # anchors need; one that cannot be read stays as given, for finalize to drop
        fields["date"] = find_date(fields["date"]) or fields["date"]
    url = meta.get("url")
    return Document(
        id=doc_id,
        text=text,
        title=fields["title"],
        outlet=fields["outlet"],
        date=fields["date"],
        url=str(url) if url else None,
        path=path,
        body=clean(text),
    )


def from_html(html: str, doc_id: str, path: str | None = None) -> Document:
    import trafilatura

    # The date from the page's markup only (meta tags, <time>, JSON-LD): htmldate's
    # extensive search guesses one from any year in the prose ("warned in 2019"
    # became 2019-01-01), and weekdays in the brief are anchored to it.
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(f"{path or doc_id}: no article text found in the HTML")
    return make_document(
        text,
        doc_id,
        path=path,
        title=getattr(doc, "title", None),
        outlet=getattr(doc, "sitename", None),
        date=getattr(doc, "date", None),
        url=getattr(doc, "url", None),
    )


def from_object(obj: Any, doc_id: str, where: str, path: str | None = None) -> Document:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: an article must be a JSON object with a 'text' field")
    unknown = set(obj) - ARTICLE_FIELDS
    if "text" not in obj or not isinstance(obj["text"], str):
        raise InputError(f"{where}: the article object needs a string 'text' field")
    meta = {k: obj.get(k) for k in ("title", "url", "date", "outlet")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: the article's '{key}' must be a string, got {value!r:.40}")
    given, problem = given_id(obj.get("id"), where, "the article's 'id'")
    if problem:
        raise InputError(problem)
    del unknown  # extra fields (e.g. dataset bookkeeping) are allowed and ignored
    return make_document(obj["text"], given or doc_id, path=path, **meta)


def read_text(
    path: Path, notices: list[str] | None = None, max_bytes: int | None = MAX_FILE_BYTES
) -> str:
    """A regular file's text (see :func:`decode`), at most ``max_bytes`` long
    (None: any size); a one-line :class:`InputError` says why it cannot be read."""
    where = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block forever, a device never ends
            raise InputError(f"{where}: not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise InputError(
                f"{where}: {info.st_size / 2**20:,.0f} MiB, too large for an article file "
                f"(at most {max_bytes // 2**20} MiB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot read file ({exc.strerror})") from None
    return decode(data, where, notices)


def load_file(path: Path, notices: list[str] | None = None) -> list[Document]:
    """The articles in one file; notices (a legacy encoding) go to ``notices``."""
    where = str(path)
    ext = path.suffix.lower()
    if ext not in ARTICLE_EXTS:
        raise InputError(
            f"{where}: unsupported file type '{ext or path.name}' "
            f"(use {', '.join(sorted(ARTICLE_EXTS))})"
        )
    text = read_text(path, notices)
    stem = path.stem
    if ext in TEXT_EXTS:
        return [make_document(text, stem, path=where)]
    if ext in HTML_EXTS:
        return [from_html(text, stem, path=where)]
    if ext in JSON_EXTS:
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
        except (ValueError, RecursionError) as exc:
            raise InputError(f"{where}: invalid JSON ({json_problem(exc)})") from None
        return [from_object(obj, stem, where, path=where)]
    return [
        from_object(obj, f"{stem}-{lineno}", f"{where}:{lineno}", path=where)
        for lineno, obj in json_lines(text, where)
    ]


def json_lines(text: str, where: str) -> Iterator[tuple[int, Any]]:
    """The values of JSONL text with their line numbers, blank lines skipped; a bad
    line is a one-line :class:`InputError` naming it. Lines end as a text file's do
    (\\n, \\r\\n, \\r), not at ``str.splitlines``' other breaks (U+2028, form feed),
    which a JSON string may hold as they are."""
    for lineno, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise InputError(f"{where}:{lineno}: invalid JSON ({json_problem(exc)})") from None
        yield lineno, obj


def article_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_EXTS
    )


# What a brief this tool wrote looks like: Markdown with cited sentences
# ("... [1][3]") and a "## Sources" list; HTML with its generator tag; JSON
# with the brief's schema version beside its headline.
_MD_BRIEF_CITED = re.compile(r" \[\d+\](?:\[\d+\])*$", re.MULTILINE)
_HTML_BRIEF = re.compile(r'<meta name="generator" content="summarizer\b')
_JSON_BRIEF = re.compile(r'^\s*\{\s*"schema_version"\s*:')


def written_brief(path: Path) -> bool:
    """Is the file a brief this tool wrote (an earlier run's ``-o`` inside the
    input folder)? Read as an article, it would cite itself."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return False
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return False  # load_file says why it cannot be read
    ext = path.suffix.lower()
    if ext in HTML_EXTS:
        return bool(_HTML_BRIEF.search(text[:4096]))
    if ext in JSON_EXTS:
        return bool(_JSON_BRIEF.match(text)) and '"headline"' in text
    return (
        text.startswith("# ")
        and "\n## Sources\n\n1. " in text
        and bool(_MD_BRIEF_CITED.search(text))
    )


def load_paths(paths: Iterable[str | Path], notices: list[str] | None = None) -> list[Document]:
    """Documents from folders and files (one cluster)."""
    docs: list[Document] = []
    read: set[Path] = set()  # a file named twice (or in a folder and by name) is one article

    def load_once(file: Path) -> None:
        key = file.resolve()
        if key in read:
            note(f"{file}: given more than once; read once", notices)
            return
        read.add(key)
        docs.extend(load_file(file, notices))

    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            files = article_files(path)
            briefs = [f for f in files if written_brief(f)]
            files = [f for f in files if f not in briefs]
            if not files:
                why = (
                    "only briefs this tool wrote"
                    if briefs
                    else (f"expected {', '.join(sorted(ARTICLE_EXTS))} files")
                )
                raise InputError(f"{path}: no articles found ({why})")
            for f in files:
                load_once(f)
            others = [
                p
                for p in path.iterdir()
                if not p.name.startswith(".") and p not in files and p not in briefs
            ]
            _note_left_out(path, others, notices, briefs)
        else:
            load_once(path)
    return finalize(docs, notices)


def _note_left_out(
    folder: Path, others: list[Path], notices: list[str] | None, briefs: Sequence[Path] = ()
) -> None:
    """Say which entries of a folder were not read, and why (``briefs``: this
    tool's own briefs, :func:`written_brief`)."""
    # an article's name, but not a file to read: a broken link, a pipe, a device
    unreadable = sorted(
        p.name for p in others if p.suffix.lower() in ARTICLE_EXTS and not p.is_dir()
    )
    other = sorted(p.name + ("/" if p.is_dir() else "") for p in others
                   if p.name not in unreadable)  # fmt: skip
    for names, why in (
        (
            other,
            f"not an article file: {', '.join(sorted(ARTICLE_EXTS))}; sub-folders are not read",
        ),
        (unreadable, "not a regular file: a broken link, a pipe or a device"),
        (sorted(p.name for p in briefs), "a brief this tool wrote"),
    ):
        if names:
            more = f" and {len(names) - 3} more" if len(names) > 3 else ""
            note(f"{folder}: left out {', '.join(names[:3])}{more} ({why})", notices)


# What os.fsdecode makes of bytes that are not UTF-8 (and what a JSON "\udXXX"
# escape can make): lone surrogates, which no UTF-8 file can hold.


def _encodable_document(doc: Any) -> Any:
    """``doc`` with its strings :func:`encodable`: an id or path from a file
    name that is not UTF-8 (or a JSON string with half a surrogate pair) would
    otherwise fail every UTF-8 write downstream (the brief, its cache entry)."""
    changed: dict[str, Any] = {}
    for field in ("id", "text", "title", "outlet", "date", "url", "path"):
        value = getattr(doc, field)
        if isinstance(value, str) and _SURROGATE.search(value):
            changed[field] = encodable(value)
    if not changed:
        return doc
    if "text" in changed:
        changed["body"] = None  # offsets into the old text; finalize cleans the new one
    return dataclasses.replace(doc, **changed)


def _dated(doc: Document, notices: list[str] | None) -> Document:
    """``doc`` with its date as ISO where it can be read: a ``datetime.date`` or "Nov. 13,
    2024" as "2024-11-13" (as :func:`make_document` reads a given one); one that is not a
    date ("sometime in spring", "2024-13-45") dropped with a notice, as it gives no day to
    anchor weekdays to, nor to show. A date of another type is an :class:`InputError`."""
    if doc.date in (None, ""):  # "" gives no date, as a dict's "date": "" does
        return dataclasses.replace(doc, date=None)
    if isinstance(doc.date, dt.date):
        return dataclasses.replace(doc, date=doc.date.isoformat()[:10])
    if not isinstance(doc.date, str):
        raise InputError(f"{_where(doc)}: a date must be a string, got {doc.date!r:.40}")
    if article_day(doc.date) is not None:
        return doc
    date = find_date(doc.date)
    if date is None:
        note(f"{_where(doc)}: date {doc.date!r:.40} is not a date; read as undated", notices)
    return dataclasses.replace(doc, date=date)


def finalize(docs: Sequence[Document], notices: list[str] | None = None) -> list[Document]:
    """Check a cluster: unique ids, at least one article with prose. An article
    with no prose (empty, or only headings and boilerplate) is left out with a
    notice; when none has any, that is an :class:`InputError` naming why. A date
    that is not one (not ISO, or no such day) is dropped with a notice."""
    if not docs:
        raise InputError("no articles given")
    out: list[Document] = []
    empty: list[Document] = []
    seen: dict[str, int] = {}
    for doc in docs:
        if not isinstance(doc.text, str):
            raise InputError(f"{doc.id!r}: the article text must be a string, got {doc.text!r:.40}")
        if not isinstance(doc.id, str) or not doc.id.strip():
            raise InputError(f"an article id must be a non-empty string, got {doc.id!r:.40}")
        doc = _encodable_document(doc)
        doc = _dated(doc, notices)
        if doc.body is None:
            doc = dataclasses.replace(doc, body=clean(doc.text))
        if doc.id in seen:  # ids must be unique: citations point at them
            seen[doc.id] += 1
            note(f"two articles have the id {doc.id!r}; the second is cited as "
                 f"'{doc.id}~{seen[doc.id]}'", notices)  # fmt: skip
            doc = dataclasses.replace(doc, id=f"{doc.id}~{seen[doc.id]}")
        else:
            seen[doc.id] = 1
        (out if doc.body else empty).append(doc)
    if not out:
        if len(empty) == 1:
            raise InputError(f"{_where(empty[0])}: {_why_empty(empty[0])}, nothing to summarize")
        raise InputError(
            f"none of the {len(empty)} articles has text to summarize "
            f"({', '.join(f'{_where(d)}: {_why_empty(d)}' for d in empty[:3])}"
            f"{', ...' if len(empty) > 3 else ''})"
        )
    for doc in empty:
        note(f"{_where(doc)}: {_why_empty(doc)}; left out", notices)
    return year_less_dated(out)


# A day and a month with no year in a dateline: "MANILA, Oct. 14 (Reuters) -", "BERLIN,
# 13. November (dpa) -", "MADRID, 13 de noviembre (EFE) -".
_DAY_MONTH = re.compile(
    rf"(?P<d>\d{{1,2}})\.?\s+(?:de\s+)?(?P<mon>{ANY_MONTH_RE})"
    rf"|(?P<mon2>{ANY_MONTH_RE})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
)
# How far (days) a year-less dateline's day may lie from a dated article of its cluster
# for that article's year to be its year: a story told over weeks, not a season apart.
_NEAR_DAYS = 120


def dateline_day(text: str) -> tuple[int, int] | None:
    """The month and day of a year-less date in the dateline that opens one of the
    article's first lines, or None: "MANILA, Oct. 14 (Reuters) - ..." gives (10, 14).
    Wire copy dates itself so; :func:`year_less_dated` finds its year.

    >>> dateline_day("WASHINGTON, Nov 13 (Reuters) - Britain said on Wednesday ...")
    (11, 13)
    >>> dateline_day("BERLIN, 13. November (dpa) - Die Bahn hat Probleme.")
    (11, 13)
    >>> dateline_day("Paris, March 3 was a cold day for the strikers.") is None
    True
    """
    for line in lines(text[:400]):
        opening = opening_dateline(line.text)
        found = _DAY_MONTH.search(opening.group()) if opening else None
        if found:
            name, day = (
                found.group("mon") or found.group("mon2"),
                found.group("d") or found.group("d2"),
            )
            month = foreign_month(name) or _month_number(name)
            return (month, int(day)) if 1 <= int(day) <= 31 else None
    return None


def _on_year(year: int, month: int, day: int) -> dt.date | None:
    """The date ``month``/``day`` in ``year``; None where there is no such day (Feb. 29)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(month: int, day: int, anchors: Sequence[dt.date]) -> dt.date | None:
    """The date ``month``/``day`` in the year that puts it nearest to one of ``anchors``
    (dates), within :data:`_NEAR_DAYS`; None where none is that near. Dec. 31 next to an
    article of Jan. 2, 2025 is Dec. 31, 2024."""
    options = [
        (abs((day_in - anchor).days), day_in)
        for anchor in anchors
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (day_in := _on_year(year, month, day)) is not None
    ]
    best = min(options, default=None, key=lambda o: o[0])
    return best[1] if best and best[0] <= _NEAR_DAYS else None


def year_less_dated(docs: list[Document]) -> list[Document]:
    """``docs`` with a date for each undated article whose dateline gives a day without a
    year ("MANILA, Oct. 14 (Reuters) -"), where a dated article of the cluster gives its
    year: the year that puts the day nearest such an article, within :data:`_NEAR_DAYS`.
    No evidence, no date: a wrong year would anchor "on Tuesday" to a wrong day and show
    in the sources list as certain. So neither today's year (an archived cluster's brief
    would change as time passes) nor the year a weekday the article names fits (a lede
    names the day before its dateline as often as the dateline's own) dates it. (An
    article's own date field, when it has one, is its date already.)"""
    days = {i: d for i, doc in enumerate(docs) if not doc.date and (d := dateline_day(doc.text))}
    # each date once, in order: a cluster of many articles of a few days is read in linear time
    anchors = sorted({d for doc in docs if (d := article_day(doc.date)) is not None})
    found = {
        i: near
        for i, (month, day) in days.items()
        if (near := _nearest(month, day, anchors)) is not None
    }
    return [
        dataclasses.replace(doc, date=found[i].isoformat()) if i in found else doc
        for i, doc in enumerate(docs)
    ]


def check_length(documents: Sequence[Document], max_chars: int) -> None:
    """An :class:`InputError` for an article longer than ``max_chars`` (0: no
    limit). Work grows with the number of sentences (each is split, embedded
    and compared), so a multi-megabyte "article" (a log, a book, a scrape gone
    wrong) would run for many minutes; it is refused at once instead, never cut."""
    if not max_chars:
        return
    for doc in documents:
        if len(doc.text) > max_chars:
            raise InputError(
                f"{_where(doc)}: {len(doc.text):,} characters, more than the "
                f"{max_chars:,} allowed for one article (config input.max_article_chars); "
                "split it into articles, or raise the limit"
            )


def _where(doc: Document) -> str:
    if doc.path and doc.path.lower().endswith(".jsonl"):
        return f"{doc.path} ({doc.id})"
    return doc.path or doc.id


def _why_empty(doc: Document) -> str:
    if not doc.text:
        return "empty"
    if not doc.text.strip():
        return "only whitespace"
    return "no article prose (only headings, links or other boilerplate)"


def load_cluster(inputs: Any, notices: list[str] | None = None) -> list[Document]:
    """Anything :func:`summarizer.summarize` accepts, as a list of Documents.

    A path or list of paths (folders or files), a list of article strings, a
    list of :class:`Document`, or article objects (dicts with a ``text`` field
    and optional ``id``, ``title``, ``url``, ``date``, ``outlet``).
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if isinstance(inputs, (Document, dict)):
        inputs = [inputs]
    try:
        items = list(inputs)
    except TypeError:
        raise InputError(
            f"cannot summarize a {type(inputs).__name__}: give a path, a list of paths, "
            "article strings or Documents"
        ) from None
    if not items:
        raise InputError("no articles given")
    if all(isinstance(x, Document) for x in items):
        return finalize(items, notices)
    if all(isinstance(x, dict) for x in items):  # article objects, as in a JSON file
        return finalize(
            [from_object(x, f"doc{i + 1}", f"article {i + 1}") for i, x in enumerate(items)],
            notices,
        )
    if all(isinstance(x, Path) for x in items):
        return load_paths(items, notices)
    if all(isinstance(x, str) for x in items):
        is_path = [_looks_like_path(x) for x in items]
        if all(is_path):
            return load_paths(items, notices)
        if any(is_path):
            raise InputError(
                f"the list mixes file paths (item {is_path.index(True) + 1}) and article texts "
                f"(item {is_path.index(False) + 1}): give either paths or texts"
            )
        return finalize([make_document(t, f"doc{i + 1}") for i, t in enumerate(items)], notices)
    kinds = sorted({type(x).__name__ for x in items})
    raise InputError(
        f"cannot summarize a list of {', '.join(kinds)}: give paths, strings or Documents"
    )


def _looks_like_path(s: str) -> bool:
    return (
        "\n" not in s
        and len(s) < 4096
        and (
            Path(s).exists()
            or (not ends_sentence(s) and ("/" in s or Path(s).suffix.lower() in ARTICLE_EXTS))
        )
    )
