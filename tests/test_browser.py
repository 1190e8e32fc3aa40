"""The HTML brief and the eval report in a real browser: headless Chromium (the system's,
``/usr/bin/chromium``) driven by Playwright, pages opened from ``file://``.

Outside CI these tests skip when Chromium or Playwright is missing; in CI (``CI`` set) they
fail instead, since a browser test that never runs checks nothing. Screenshots go to
``$SUMMARIZER_SCREENSHOTS`` when set, else to a temporary folder; ``$SUMMARIZER_CHROMIUM``
names another Chromium binary.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from summarizer.evaluation.report_html import report_html
from summarizer.render_html import to_html

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def unavailable(why: str):
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run in CI: {why}", pytrace=False)
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[dev]')")
    exe = os.environ.get("SUMMARIZER_CHROMIUM") or chromium_path()
    if exe is None or not Path(exe).exists():
        unavailable(f"no chromium at {exe or 'PATH'} (apt-get install chromium chromium-driver)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    where = os.environ.get("SUMMARIZER_SCREENSHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        return Path(where)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def seeds_brief(embedder):
    from summarizer import summarize

    return summarize(SEEDS, backend="extractive", embedder=embedder)


@pytest.fixture(scope="module")
def seeds_page(seeds_brief, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "seeds.html"
    path.write_text(to_html(seeds_brief), encoding="utf-8")
    return path


def open_page(browser, path: Path, viewport: dict):
    """A fresh page on ``file://path``; every request it makes is recorded on
    ``page.requests`` (only the file itself and data: URIs are expected)."""
    context = browser.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    # A blocked script or resource (Content-Security-Policy) shows up as a console error.
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.goto(path.as_uri())
    return page


def external(page) -> list[str]:
    return [u for u in page.requests if not u.startswith(("file:", "data:"))]


def quote_of(brief, link) -> str:
    """The quote of the brief's citation that a marker on the page stands for."""
    number = int(link.get_attribute("data-src").removeprefix("src-"))
    source = brief.sources[number - 1].id
    start, end = int(link.get_attribute("data-start")), int(link.get_attribute("data-end"))
    quotes = {
        c.quote
        for s in (*brief.sentences(), *(x for k in brief.conflicts for x in k.sides))
        for c in s.citations
        if (c.source, c.start, c.end) == (source, start, end)
    }
    assert len(quotes) == 1
    return quotes.pop()


def test_every_citation_highlights_its_quote_in_view(browser, seeds_brief, seeds_page, shots):
    from playwright.sync_api import expect

    page = open_page(browser, seeds_page, DESKTOP)
    page.screenshot(path=shots / "brief-desktop.png")
    links = page.locator("a.cite")
    n = links.count()
    assert n == sum(len(s.citations) for s in seeds_brief.sentences()) + sum(
        len(side.citations) for k in seeds_brief.conflicts for side in k.sides
    )
    for i in range(n):
        link = links.nth(i)
        link.scroll_into_view_if_needed()
        link.click()
        mark = page.locator("mark.hit")
        expect(mark).to_have_count(1)
        assert mark.text_content() == quote_of(seeds_brief, link)
        expect(mark).to_be_visible()
        expect(mark).to_be_in_viewport()
        expect(link).to_have_attribute("aria-current", "true")
        if i == 0:
            page.screenshot(path=shots / "brief-desktop-cited.png")
    assert external(page) == [] and page.errors == []
    page.context.close()


def test_keyboard_opens_a_citation_and_escape_returns(browser, seeds_brief, seeds_page):
    from playwright.sync_api import expect

    page = open_page(browser, seeds_page, DESKTOP)
    for _ in range(40):  # Tab through the skip link and the section links to a citation
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation marker is reachable with Tab")
    link = page.locator("a.cite:focus")
    quote = quote_of(seeds_brief, link)
    page.keyboard.press("Enter")
    mark = page.locator("mark.hit")
    expect(mark).to_be_focused()
    assert mark.text_content() == quote
    expect(mark).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(link).to_be_focused()
    page.context.close()


def test_phone_width_reads_in_one_column(browser, seeds_brief, seeds_page, shots):
    from playwright.sync_api import expect

    page = open_page(browser, seeds_page, PHONE)
    page.screenshot(path=shots / "brief-phone.png")
    # Nothing wider than the screen: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    main = page.locator("main").bounding_box()
    aside = page.locator("aside").bounding_box()
    assert aside["y"] >= main["y"] + main["height"] - 1  # sources below the brief
    link = page.locator("#key-points a.cite").first
    link.click()
    mark = page.locator("mark.hit")
    assert mark.text_content() == quote_of(seeds_brief, link)
    expect(mark).to_be_in_viewport()
    page.screenshot(path=shots / "brief-phone-cited.png")
    page.locator("a.back").click()
    expect(link).to_be_focused()
    expect(link).to_be_in_viewport()
    assert external(page) == [] and page.errors == []
    page.context.close()


def test_script_in_an_article_stays_text(browser, tmp_path):
    from summarizer.brief import EventBrief
    from summarizer.types import BriefSentence, Citation, Document

    text = (
        "Troops moved. <script>window.pwned = 1</script>"
        '<img src="https://example.invalid/x.png" onerror="window.pwned = 2"> Talks failed.'
    )
    doc = Document("evil", text, title="<script>window.pwned = 3</script>")
    brief = EventBrief(
        "Troops moved", (BriefSentence("Troops moved.", (Citation("evil", 0, 13, text[:13]),)),),
        (), (), (doc,),
    )  # fmt: skip
    path = tmp_path / "evil.html"
    path.write_text(to_html(brief), encoding="utf-8")
    page = open_page(browser, path, DESKTOP)
    assert page.locator("#src-1-text").text_content() == text
    page.locator("a.cite").first.click()
    assert page.evaluate("window.pwned") is None
    assert page.locator("mark.hit").text_content() == "Troops moved."
    assert page.locator("img").count() == 0 and external(page) == [] and page.errors == []
    page.context.close()


def test_a_chinese_page_runs_its_translated_script(browser, tmp_path, shots):
    # the script's words are put in the page's language, so its CSP hash changes with them
    from playwright.sync_api import expect

    from summarizer.brief import EventBrief
    from summarizer.types import BriefSentence, Citation, Document

    text = "连日暴雨导致多条河流漫堤，约三千名居民被紧急转移。官方称有十二人受伤。"
    quote = text[: text.index("。") + 1]
    doc = Document("a", text, title="暴雨引发洪灾")
    brief = EventBrief(
        "南方洪灾", (BriefSentence(quote, (Citation("a", 0, len(quote), quote),)),), (), (),
        (doc,), {"language": "zh"},
    )  # fmt: skip
    path = tmp_path / "zh.html"
    path.write_text(to_html(brief), encoding="utf-8")
    page = open_page(browser, path, PHONE)
    expect(page.locator("#summary-h")).to_have_text("摘要")
    link = page.locator("a.cite").first
    expect(link).to_have_attribute("aria-label", "来源 1：暴雨引发洪灾，引文")
    link.click()
    assert page.locator("mark.hit").text_content() == quote
    back = page.locator("a.back")
    expect(back).to_have_text("\u21a9 返回")
    expect(back).to_have_attribute("aria-label", "返回引用此处的句子")
    page.screenshot(path=shots / "brief-zh-cited.png")
    back.click()
    expect(link).to_be_focused()
    assert external(page) == [] and page.errors == []
    page.context.close()


def test_eval_report_shows_the_table_and_plot(browser, embedder, tmp_path, shots):
    from playwright.sync_api import expect

    from summarizer.evaluation.harness import baseline_runner, load_clusters, run_summaries

    systems = {name: baseline_runner(name) for name in ("lead", "random")}
    report = run_summaries(
        load_clusters(SEEDS), systems, words=120, embedder=embedder, show_progress=False
    )
    # A sentence the scorer rejected, as the harness reports one: it must stand out.
    report["rows"][0]["sentences"].append(
        {"text": "Troops <b>took</b> Kyiv.", "verdict": "unsupported", "support": 0.1}
    )
    path = tmp_path / "report.html"
    path.write_text(report_html(report, data="seeds/"), encoding="utf-8")
    page = open_page(browser, path, DESKTOP)
    table = page.locator("#metrics-table")
    expect(table).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(2)
    expect(table.locator("tbody th").first).to_have_text("lead")
    assert page.evaluate("document.querySelector('#plot img').naturalWidth") > 0
    expect(page.locator("details.cluster li").first).to_be_visible()
    expect(page.locator("mark.unsupported")).to_have_text("Troops <b>took</b> Kyiv.")
    page.screenshot(path=shots / "report-desktop.png", full_page=True)
    assert external(page) == [] and page.errors == []
    page.context.close()
