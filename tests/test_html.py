"""The HTML brief and the HTML eval report, without a browser: structure, the citation spans,
escaping, self-containment, and the CLI wiring. Browser behaviour: tests/test_browser.py."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.brief import EventBrief
from summarizer.cli import main
from summarizer.evaluation.report_html import report_html
from summarizer.render_html import segments, to_html
from summarizer.types import BriefSentence, Citation, Conflict, ConflictSide, Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def cite(doc: Document, quote: str) -> Citation:
    start = doc.text.index(quote)
    return Citation(doc.id, start, start + len(quote), quote)


def build_brief(*docs: Document, headline: str = "Troops moved") -> EventBrief:
    """A brief citing the first sentence of each document, and a conflict between the first
    two when there are two."""
    sents = tuple(
        BriefSentence(d.text.split(".")[0] + ".", (cite(d, d.text.split(".")[0] + "."),))
        for d in docs
    )
    conflicts = ()
    if len(docs) > 1:
        conflicts = (
            Conflict(
                "contradiction",
                "troops",
                (
                    ConflictSide("10,000", sents[0].text, sents[0].citations),
                    ConflictSide("12,000", sents[1].text, sents[1].citations),
                ),
            ),
        )
    return EventBrief(headline, sents[:1], sents[1:], conflicts, docs).validate()


class SourceTexts(HTMLParser):
    """Collects, per ``.source-text`` element, its text and its cited segments."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, str] = {}
        self.spans: dict[str, list[tuple[int, int, str]]] = {}
        self._src: str | None = None
        self._span: tuple[int, int] | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._src is not None:
            self._depth += 1
            if tag == "span" and "data-s" in a:
                self._span = (int(a["data-s"]), int(a["data-e"]))
        elif "source-text" in (a.get("class") or ""):
            self._src, self._depth = a["id"].removesuffix("-text"), 0
            self.texts[self._src], self.spans[self._src] = "", []

    def handle_endtag(self, tag):
        if self._src is None:
            return
        if self._depth == 0:
            self._src = None
        else:
            self._depth -= 1
            self._span = None

    def handle_data(self, data):
        if self._src is not None:
            self.texts[self._src] += data
            if self._span:
                self.spans[self._src].append((*self._span, data))


def parse_sources(page: str) -> SourceTexts:
    p = SourceTexts()
    p.feed(page)
    return p


@pytest.fixture(scope="module")
def docs() -> tuple[Document, ...]:
    return (
        Document("a", "Troops crossed the border on Monday. About 10,000 took part.", title="A"),
        Document("b", "Officials said 12,000 troops moved. Talks failed.", outlet="Wire"),
    )


def test_segments_cover_the_text_and_split_at_every_boundary():
    segs = segments("0123456789", [(2, 5), (4, 8)])
    assert "".join(s.text for s in segs) == "0123456789"
    assert [(s.start, s.end, s.cited) for s in segs] == [
        (0, 2, False), (2, 4, True), (4, 5, True), (5, 8, True), (8, 10, False),
    ]  # fmt: skip


def test_page_has_the_brief_its_landmarks_and_lang(docs):
    page = to_html(build_brief(*docs))
    assert page.startswith("<!doctype html>")
    assert '<html lang="en">' in page
    for landmark in ("<header", "<nav", "<main", "<aside", "<footer"):
        assert landmark in page
    for heading in ("Summary", "Key points", "Where sources differ", "Sources"):
        assert f">{heading}</h2>" in page
    assert "<h1>Troops moved</h1>" in page
    assert "sources contradict" in page
    assert 'name="viewport"' in page


def test_every_citation_marks_exactly_its_quote(docs):
    brief = build_brief(*docs)
    page = to_html(brief)
    parsed = parse_sources(page)
    numbers = {d.id: f"src-{i}" for i, d in enumerate(brief.sources, 1)}
    # The page holds each source text exactly, so offsets mean the same in the browser.
    assert [parsed.texts[numbers[d.id]] for d in docs] == [d.text for d in docs]
    links = re.findall(r'data-src="(src-\d+)" data-start="(\d+)" data-end="(\d+)"', page)
    cited = {(c.source, c.start, c.end, c.quote) for s in brief.sentences() for c in s.citations}
    assert len(links) == 4  # two sentences, and each again as a side of the conflict
    for src, start, end in links:
        inside = [t for s, e, t in parsed.spans[src] if int(start) <= s and e <= int(end)]
        (doc_id,) = [k for k, v in numbers.items() if v == src]
        assert (doc_id, int(start), int(end), "".join(inside)) in cited


def test_source_text_is_escaped_and_a_script_in_it_is_inert():
    evil = Document(
        "evil",
        "Troops <script>alert('x')</script> moved. <img src=x onerror=alert(1)> Talks &amp; more.",
        title="<b>Title</b>",
        url="javascript:alert(1)",
    )
    ok = Document("ok", "Troops moved again. Nothing else.", url="https://example.org/a?b=1&c=2")
    page = to_html(build_brief(evil, ok, headline="<i>Head</i>"))
    assert page.count("<script") == 1  # the page's own script only
    assert "<img" not in page and "<b>Title" not in page and "<i>Head" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&amp;amp;" in page  # "&amp;" in the article is text, shown as typed
    assert 'href="javascript:' not in page
    assert 'href="https://example.org/a?b=1&amp;c=2"' in page
    assert parse_sources(page).texts["src-1"] == evil.text


def test_carriage_returns_survive_parsing():
    doc = Document("a", "Line one.\r\nLine two.")
    page = to_html(build_brief(doc))
    assert "&#13;" in page
    assert parse_sources(page).texts["src-1"] == doc.text


def test_page_is_self_contained(docs):
    page = to_html(build_brief(*docs))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # Only the page's own script may run: the policy names it by hash, not 'unsafe-inline'.
    (policy,) = re.findall(r"script-src ([^;]+);", page)
    script = page.split("<script>")[1].split("</script>")[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert policy == f"'sha256-{digest}'"
    assert not re.search(r"<link|@import|url\(|<iframe|\ssrc=\"(?!data:)", page)
    assert not re.search(r'href="(?!#)', page)  # these sources have no URL


def test_untitled_source_is_named_by_its_opening_words():
    doc = Document(
        "x1", "Blinken warned on Wednesday that the deployment demanded a firm response."
    )
    page = to_html(build_brief(doc))
    assert "Blinken warned on Wednesday that the deployment demanded a firm response." in page
    assert "<code>x1</code>" in page


def test_an_untitled_chinese_source_is_named_by_its_first_characters_and_counted_by_them():
    text = "本周二，南方某省连续三天的暴雨使多条河流水位暴涨。\n当地政府紧急撤离了约三千名居民。"
    doc = Document("x1", text)
    page = to_html(EventBrief("洪水", (BriefSentence(text[:25], (cite(doc, text[:25]),)),),
                              (), (), (doc,), {}))  # fmt: skip
    assert "本周二，南方某省连续三天的…" in page  # its first 12 words, not its whole text
    assert "38 words" in page  # each character a word, as the word budget counts them


def test_brief_to_html_matches_the_renderer(docs):
    brief = build_brief(*docs)
    assert brief.to_html() == to_html(brief)


@pytest.mark.parametrize(
    ("argv", "expect_html"),
    [
        (["-o", "{tmp}/brief.html"], True),
        (["-o", "{tmp}/brief.HTM"], True),
        (["-o", "{tmp}/brief.md"], False),
        (["--format", "html", "-o", "{tmp}/brief.txt"], True),
    ],
)
def test_cli_html_format_from_flag_or_extension(tmp_path, monkeypatch, docs, argv, expect_html):
    import summarizer.pipeline

    monkeypatch.setattr(summarizer.pipeline, "summarize", lambda *a, **k: build_brief(*docs))
    argv = [a.format(tmp=tmp_path) for a in argv]
    assert main(["brief", str(SEEDS), "-q", *argv]) == 0
    text = Path(argv[-1]).read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") is expect_html


def test_cli_html_to_stdout(monkeypatch, capsys, docs):
    import summarizer.pipeline

    monkeypatch.setattr(summarizer.pipeline, "summarize", lambda *a, **k: build_brief(*docs))
    assert main(["brief", str(SEEDS), "--format", "html", "-q"]) == 0
    assert capsys.readouterr().out.startswith("<!doctype html>")


def fake_report() -> dict:
    means = {
        "ours": {"faithfulness": 0.9, "support": 0.8, "words": 100.0, "seconds": 1.5, "n": 1},
        "lead": {"faithfulness": 1.0, "support": 1.0, "words": 90.0, "seconds": 0.1, "n": 1},
    }
    rows = [
        {
            "system": "ours",
            "cluster": "c<1>",
            "faithfulness": 0.9,
            "sentences": [
                {"text": "Troops moved.", "verdict": "supported", "support": 1.0},
                {"text": "Made <up> 99 claims.", "verdict": "unsupported", "support": 0.2},
            ],
        },
        {"system": "lead", "cluster": "c<1>", "faithfulness": 1.0, "sentences": []},
    ]
    return {"systems": ["ours", "lead"], "means": means, "rows": rows, "record": {"seed": 1}}


def test_report_html_has_table_plot_and_marks_unsupported_sentences():
    page = report_html(fake_report(), data="d.jsonl")
    assert '<html lang="en">' in page and "<main>" in page
    assert '<th scope="row">ours</th><td>0.900</td><td>0.800</td>' in page
    assert 'src="data:image/png;base64,iVBOR' in page  # the plot, embedded
    assert '<mark class="unsupported">Made &lt;up&gt; 99 claims.</mark>' in page
    assert "(1 of 2 sentences not supported)" in page
    assert "<summary>c&lt;1&gt;</summary>" in page
    assert not re.search(r"<link|<script|url\(|\ssrc=\"(?!data:)", page)


def test_eval_summaries_writes_report_html(tmp_path, embedder, capsys):
    out = tmp_path / "out"
    assert main(["eval", "summaries", str(SEEDS), "--systems", "lead", "--out", str(out)]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<th scope="row">lead</th>' in page and "data:image/png;base64," in page
    assert "report.html" in capsys.readouterr().err


def _luminance(hex_color: str) -> float:
    rgb = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_colours_meet_wcag_aa_contrast(scheme):
    """Every text/background pair the brief's stylesheet uses, in both colour schemes, reaches
    4.5:1 (WCAG 2 AA for body text)."""
    css = (Path(__file__).resolve().parents[1] / "summarizer/templates/brief.html.j2").read_text()
    light = dict(re.findall(r"--([\w-]+): (#[0-9a-f]{6})", css.split("@media")[0]))
    dark_block = css.split("prefers-color-scheme: dark")[1].split("}")[0]
    colours = {**light, **dict(re.findall(r"--([\w-]+): (#[0-9a-f]{6})", dark_block))}
    if scheme == "light":
        colours = light
    pairs = [
        ("fg", "bg"), ("muted", "bg"), ("link", "bg"), ("fg", "panel"), ("muted", "panel"),
        ("link", "panel"), ("fg", "cited"), ("hit-fg", "hit"), ("bad", "bad-bg"),
        ("warn", "warn-bg"),
    ]  # fmt: skip
    low = {
        f"{a}/{b}": round(contrast(colours[a], colours[b]), 2)
        for a, b in pairs
        if contrast(colours[a], colours[b]) < 4.5
    }
    assert low == {}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "本周二，南方某省连续三天的暴雨使多条河流水位暴涨。\n当地政府紧急撤离了约三千名居民。",
            "zh",
        ),
        ("十日夜、北部の港町で大規模な停電が発生した。\n電力会社は復旧を急いでいる。", "ja"),
        (
            "Der Bundestag hat am Montag ein neues Gesetz zur Energiepolitik beschlossen, "
            "das ab Januar gilt.\nDie Opposition stimmte dagegen und kündigte eine Klage an.",
            "de",
        ),
    ],
    ids=["zh", "ja", "de"],
)
def test_the_page_carries_the_language_of_its_cluster(text, lang):
    # a screen reader reads the page in the language <html lang> names; it said "en"
    doc = Document("x1", text)
    first = text.split("\n")[0]
    brief = EventBrief("…", (BriefSentence(first, (cite(doc, first),)),), (), (), (doc,), {})
    assert f'<html lang="{lang}">' in to_html(brief)
