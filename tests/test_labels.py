"""A brief's own words (headings, conflict labels, the HTML page's navigation, hints,
footer and script) in the language it names in ``meta["language"]``; English for a
language without a table and for a brief that names none."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import string
from importlib.resources import files

import pytest

from summarizer.brief import EventBrief
from summarizer.labels import EN, LABELS, labels_for, language_of
from summarizer.render_html import SCRIPT_LABELS, to_html
from summarizer.types import BriefSentence, Citation, Conflict, ConflictSide, Document


def cite(doc: Document, quote: str) -> Citation:
    start = doc.text.index(quote)
    return Citation(doc.id, start, start + len(quote), quote)


ZH_DOCS = (
    Document(
        "a",
        "连日暴雨导致南方多条河流漫堤，约三千名居民被紧急转移。官方称有十二人受伤。",
        title="暴雨引发洪灾",
        outlet="新华社",
        date="2024-05-01",
    ),
    Document("b", "据应急管理厅介绍，约五千名居民被转移。救援仍在进行。"),
)


def zh_brief(
    language: str | None = "zh",
    docs: tuple[Document, ...] = ZH_DOCS,
    words: tuple[str, str, str] = ("南方洪灾", "转移人数", "受伤人数"),
) -> EventBrief:
    """A two-source brief with a summary, a key point, both kinds of conflict and an
    off-topic article; ``meta["language"]`` set by hand (None: no key); ``words``: the
    headline and the two conflicts' topics."""
    a, b = docs
    headline, moved, hurt = words
    s1 = BriefSentence(a.text.split("。")[0] + "。", (cite(a, a.text.split("。")[0] + "。"),))
    s2 = BriefSentence(b.text.split("。")[0] + "。", (cite(b, b.text.split("。")[0] + "。"),))
    conflicts = (
        Conflict(
            "contradiction",
            moved,
            (
                ConflictSide("三千", s1.text, s1.citations),
                ConflictSide("五千", s2.text, s2.citations),
            ),
        ),
        Conflict(
            "estimates",
            hurt,
            (
                ConflictSide("十二", s1.text, s1.citations),
                ConflictSide("五千", s2.text, s2.citations),
            ),
        ),
    )
    meta = {"backend": "extractive", "package_version": "9.9", "off_topic": ["c"]}
    if language is not None:
        meta["language"] = language
    return EventBrief(headline, (s1,), (s2,), conflicts, docs, meta).validate()


# Every English word the page shows or reads out (an English page has them all: see
# below): none may be left on a page in another language.
ENGLISH_UI = [
    "Skip to the brief",
    "Event brief",
    "sources<",
    '"Sections"',
    ">Summary<",
    "Key points",
    "Where sources differ",
    ">Sources",
    "sources contradict",
    "estimates differ",
    "Each number is a citation",
    "Source 1",
    "cited passage",
    " words",
    "Article text",
    "Written by",
    " backend",
    "Every sentence",
    "Left out as off-topic",
    json.dumps("\u21a9 back"),  # the script's link text, as brief.js writes it
    "Back to the cited sentence",
]


def test_every_language_has_every_label_with_the_same_blanks():
    def blanks(value):
        values = value if isinstance(value, tuple) else (value,)
        return [sorted({f for v in values for _, f, _, _ in string.Formatter().parse(v) if f})]

    for code, table in LABELS.items():
        assert set(table) == set(EN), code
        for key, value in table.items():
            assert type(value) is type(EN[key]), (code, key)
            if isinstance(value, tuple):
                assert len(value) == 2, (code, key)
            assert blanks(value) == blanks(EN[key]), (code, key)


def test_a_language_is_read_from_the_meta_and_unknown_ones_are_english():
    assert language_of({"language": "zh"}) == "zh"
    assert language_of({"language": "pt-BR"}) == "pt"
    assert language_of({"language": "ZH_hans"}) == "zh"
    assert language_of({}) is None and language_of(None) is None
    assert language_of({"language": 3}) is None and language_of({"language": " "}) is None
    assert labels_for("xx") is EN and labels_for(None) is EN
    assert labels_for("de")["key_points"] == "Kernpunkte"


def test_a_chinese_brief_in_markdown_has_chinese_headings_and_labels():
    md = zh_brief().to_markdown()
    assert md.startswith("# 南方洪灾\n\n")
    assert "\n## 要点\n" in md and "\n## 来源说法不一\n" in md and "\n## 来源\n" in md
    assert "- **转移人数**（说法相互矛盾）：三千 [1]；五千 [2]\n" in md
    assert "- **受伤人数**（估计数字不一）：" in md
    assert "\n1. 暴雨引发洪灾，新华社，2024-05-01\n2. `b`\n" in md
    for english in ("Key points", "Where sources differ", "Sources", "contradict", "differ"):
        assert english not in md


@pytest.mark.parametrize(
    ("language", "headings", "label"),
    [
        ("es", ("Puntos clave", "Dónde difieren las fuentes", "Fuentes"), "se contradicen"),
        ("fr", ("Points clés", "Où les sources divergent", "Sources"), "se contredisent"),
        ("de", ("Kernpunkte", "Wo die Quellen abweichen", "Quellen"), "widersprechen"),
        ("it", ("Punti chiave", "Dove le fonti divergono", "Fonti"), "si contraddicono"),
        ("pt", ("Pontos principais", "Onde as fontes divergem", "Fontes"), "se contradizem"),
        ("ja", ("要点", "出典間の相違点", "出典"), "出典が矛盾"),
    ],
)
def test_markdown_headings_follow_the_brief_language(language, headings, label):
    md = zh_brief(language).to_markdown()
    for heading in headings:
        assert f"\n## {heading}\n" in md
    assert label in md and "Key points" not in md


def test_a_chinese_page_has_chinese_words_and_lang():
    page = to_html(zh_brief())
    assert '<html lang="zh">' in page
    for zh in (
        ">跳至简报正文</a>",
        '<p class="kicker">事件简报 · 2 个来源</p>',
        'aria-label="章节"',
        '<a href="#conflicts">来源说法不一（2）</a>',
        '<a href="#sources">来源（2）</a>',
        '<h2 id="summary-h">摘要</h2>',
        '<h2 id="key-points-h">要点</h2>',
        '<h2 id="conflicts-h">来源说法不一</h2>',
        '<h2 id="sources-h">来源</h2>',
        '<span class="badge contradiction">说法相互矛盾</span>',
        '<span class="badge estimates">估计数字不一</span>',
        '<span class="visually-hidden">来源 1：</span>',
        'aria-label="来源 1：暴雨引发洪灾（新华社，2024-05-01），引文"',
        "<summary>原文（1 处引文）</summary>",
        "<p>生成工具：summarizer 9.9，extractive 后端。",
        "<p>因偏离主题而略去：c。</p>",
    ):
        assert zh in page
    assert re.search(r"\d+ 字\s*</p>", page)
    for english in ENGLISH_UI:
        assert english not in page, english


def test_the_page_script_speaks_the_brief_language_and_keeps_its_hash():
    page = to_html(zh_brief())
    script = page.split("<script>")[1].split("</script>")[0]
    assert json.dumps("\u21a9 返回") in script and json.dumps("返回引用此处的句子") in script
    assert "\\u21a9 back" not in script and "Back to" not in script
    (policy,) = re.findall(r"script-src ([^;]+);", page)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert policy == f"'sha256-{digest}'"


def test_the_script_file_holds_the_english_words_it_is_translated_from():
    # a changed brief.js string would silently stay English in every language
    text = files("summarizer").joinpath("templates", "brief.js").read_text(encoding="utf-8")
    for key in SCRIPT_LABELS:
        assert text.count(json.dumps(EN[key])) == 1, key


@pytest.mark.parametrize("language", [None, "en", "xx"])
def test_english_and_unknown_languages_keep_the_english_words(language):
    brief = zh_brief(language)
    page, md = to_html(brief), brief.to_markdown()
    assert "\n## Key points\n" in md and "(sources contradict): 三千 [1]; 五千 [2]" in md
    assert '<h2 id="key-points-h">Key points</h2>' in page
    assert '<p class="kicker">Event brief · 2 sources</p>' in page
    assert "<summary>Article text (1 cited passage)</summary>" in page
    assert [english for english in ENGLISH_UI if english not in page] == []
    # <html lang>: the language the brief names, else the one its text is in
    assert f'<html lang="{language or "zh"}">' in page


def test_the_named_language_beats_the_detected_one_for_lang():
    docs = (
        Document("a", "Rivers rose on Friday and three thousand people left. Twelve were hurt."),
        Document("b", "About five thousand people left, officials said. Rescue goes on."),
    )
    brief = EventBrief(
        "Floods",
        (BriefSentence("Rivers rose on Friday.", (cite(docs[0], "Rivers rose on Friday"),)),),
        (),
        (),
        docs,
        {"language": "es"},
    )
    page = to_html(brief)
    assert '<html lang="es">' in page and '<h2 id="summary-h">Resumen</h2>' in page


def test_labels_survive_a_json_round_trip():
    # `summarizer render` and a saved brief: meta["language"] travels in the JSON
    brief = EventBrief.from_dict(json.loads(json.dumps(zh_brief().to_dict())))
    assert "\n## 要点\n" in brief.to_markdown()
    assert '<html lang="zh">' in to_html(brief)


# -- counts of one: "1 word", not "1 words" (helper-31) ----------------------------------------

ONE_WORD = {
    "en": ("1 word", "2 words"),
    "es": ("1 palabra", "2 palabras"),
    "fr": ("1 mot", "2 mots"),
    "de": ("1 Wort", "2 Wörter"),
    "it": ("1 parola", "2 parole"),
    "pt": ("1 palavra", "2 palavras"),
    "zh": ("1 字", "2 字"),
    "ja": ("1 文字", "2 文字"),
}


@pytest.mark.parametrize("language", [*ONE_WORD, None])
def test_a_one_word_source_is_counted_in_the_singular(language):
    one, two = Document("a", "Evacuated."), Document("b", "Rivers rose.")
    brief = EventBrief(
        "Floods",
        (BriefSentence("Evacuated.", (cite(one, "Evacuated."),)),),
        (BriefSentence("Rivers rose.", (cite(two, "Rivers rose."),)),),
        (),
        (one, two),
        {} if language is None else {"language": language},
    ).validate()
    bylines = [
        " ".join(b.split())
        for b in re.findall(r'<p class="byline">(.*?)</p>', to_html(brief), re.S)
    ]
    singular, plural = ONE_WORD[language or "en"]
    assert [b.rsplit(" · ", 1)[-1] for b in bylines] == [singular, plural]


# -- Traditional Chinese (helper-31) -----------------------------------------------------------

HANT_DOCS = (
    Document(
        "a",
        "連日暴雨導致南方多條河流漫堤，約三千名居民被緊急轉移。官方說有十二人受傷。",
        title="暴雨引發洪災",
        outlet="中央社",
        date="2024-05-01",
    ),
    Document("b", "據應急管理廳介紹，約五千名居民被轉移。救援仍在進行。"),
)
HANT_WORDS = ("南方洪災", "轉移人數", "受傷人數")


def simplified_only(text: str) -> set[str]:
    from summarizer.language import _SIMPLIFIED

    return set(text) & set(_SIMPLIFIED)


# The Simplified characters of the label tables that Traditional writes otherwise, beyond
# the language module's detection pairs (which ``simplified_only`` checks): a label that
# kept one of these in the Traditional table would pass that check unnoticed.
LABEL_S2T = str.maketrans(
    "与个击号后处对报数来标注点离简编节计话说题", "與個擊號後處對報數來標註點離簡編節計話說題"
)


def test_the_traditional_table_is_the_simplified_one_in_traditional_characters():
    from summarizer.labels import ZH, ZH_HANT

    for key, value in ZH_HANT.items():
        values = value if isinstance(value, tuple) else (value,)
        simplified = ZH[key] if isinstance(ZH[key], tuple) else (ZH[key],)
        for v, s in zip(values, simplified, strict=True):
            assert len(v) == len(s) and not simplified_only(v), key
            assert v == s.translate(LABEL_S2T), key
    assert LABELS["zh-Hant"] is ZH_HANT and LABELS["zh"] is ZH


def test_a_traditional_chinese_brief_has_traditional_headings_and_labels():
    brief = zh_brief(docs=HANT_DOCS, words=HANT_WORDS)
    md = brief.to_markdown()
    assert "\n## 要點\n" in md and "\n## 來源說法不一\n" in md and "\n## 來源\n" in md
    assert "（說法相互矛盾）" in md and "（估計數字不一）" in md
    assert "\n1. 暴雨引發洪災，中央社，2024-05-01\n" in md
    assert not simplified_only(md)
    # the brief still says its language as ISO 639-1 (meta.language is "zh")
    assert brief.to_dict()["meta"]["language"] == "zh"


def test_a_traditional_chinese_page_has_traditional_words_lang_and_a_valid_script_hash():
    page = to_html(zh_brief(docs=HANT_DOCS, words=HANT_WORDS))
    assert '<html lang="zh-Hant">' in page
    for hant in (
        ">跳至簡報正文</a>",
        '<p class="kicker">事件簡報 · 2 個來源</p>',
        'aria-label="章節"',
        '<a href="#conflicts">來源說法不一（2）</a>',
        '<h2 id="key-points-h">要點</h2>',
        '<span class="badge contradiction">說法相互矛盾</span>',
        '<span class="badge estimates">估計數字不一</span>',
        'aria-label="來源 1：暴雨引發洪災（中央社，2024-05-01），引文"',
        "<summary>原文（1 處引文）</summary>",
        "<p>生成工具：summarizer 9.9，extractive 後端。",
        "每句話均引自所標註的來源，或已與之核對。</p>",
        "<p>因偏離主題而略去：c。</p>",
        "每個編號都是一處引用",
    ):
        assert hant in page, hant
    assert not simplified_only(page)
    script = page.split("<script>")[1].split("</script>")[0]
    assert json.dumps("返回引用此處的句子") in script
    (policy,) = re.findall(r"script-src ([^;]+);", page)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert policy == f"'sha256-{digest}'"
    # a Simplified page keeps its own script and hash
    assert to_html(zh_brief()).count(json.dumps("返回引用此处的句子")) == 1


@pytest.mark.parametrize(
    ("language", "docs", "expected"),
    [
        ("zh", ZH_DOCS, "zh"),  # Simplified text
        ("zh-TW", ZH_DOCS, "zh-Hant"),  # the tag names the script: it decides
        ("zh-Hant", ZH_DOCS, "zh-Hant"),
        ("zh-Hans", HANT_DOCS, "zh"),
        ("zh-CN", HANT_DOCS, "zh"),
        ("zh", HANT_DOCS, "zh-Hant"),  # no script named: the brief's characters
    ],
)
def test_the_tag_or_else_the_characters_choose_the_chinese_script(language, docs, expected):
    from summarizer.labels import label_language

    words = HANT_WORDS if docs is HANT_DOCS else ("南方洪灾", "转移人数", "受伤人数")
    brief = zh_brief(language, docs=docs, words=words)
    assert label_language(brief) == expected
    assert f'<html lang="{expected}">' in to_html(brief)
    heading = "\n## 要點\n" if expected == "zh-Hant" else "\n## 要点\n"
    assert heading in brief.to_markdown()


def test_a_brief_that_names_no_language_gets_zh_hant_lang_but_english_words():
    page = to_html(zh_brief(None, docs=HANT_DOCS, words=HANT_WORDS))
    assert '<html lang="zh-Hant">' in page
    assert '<h2 id="key-points-h">Key points</h2>' in page
