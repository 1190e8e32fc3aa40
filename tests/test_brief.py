import pytest

from summarizer.brief import EventBrief
from summarizer.errors import BriefValidationError
from summarizer.types import BriefSentence, Citation, Document

DOC = Document(id="a", text="The dam burst on Monday. Nobody was hurt.")


def brief_with(citation: Citation, **kw) -> EventBrief:
    return EventBrief(
        headline="Dam bursts",
        summary=(BriefSentence("The dam burst on Monday.", (citation,)),),
        key_points=(),
        conflicts=(),
        sources=(DOC,),
        meta={},
        **kw,
    )


def test_valid_brief_round_trips_through_json():
    brief = brief_with(Citation("a", 0, 24, "The dam burst on Monday.")).validate()
    again = EventBrief.from_dict(brief.to_dict())
    assert again.summary == brief.summary and again.sources[0].text == DOC.text


@pytest.mark.parametrize(
    "citation, message",
    [
        (Citation("a", 0, 10, "The dam burst"), "quote does not match"),
        (Citation("zz", 0, 24, "The dam burst on Monday."), "unknown source"),
        (Citation("a", 30, 99, "x"), "quote does not match"),
    ],
)
def test_broken_citations_are_caught(citation, message):
    with pytest.raises(BriefValidationError, match=message):
        brief_with(citation).validate()


def test_sentence_without_citation_fails_the_schema():
    brief = EventBrief("H", (BriefSentence("x", ()),), (), (), (DOC,), {})
    with pytest.raises(BriefValidationError, match="schema"):
        brief.validate()


def test_markdown_numbers_citations_and_escapes_source_text():
    doc = Document(id="a", text="<script>alert(1)</script> The dam burst.", title="<b>Dam</b>")
    brief = EventBrief(
        "Dam *bursts*",
        (
            BriefSentence(
                "<script>alert(1)</script> The dam burst.", (Citation("a", 0, 40, doc.text[:40]),)
            ),
        ),
        (),
        (),
        (doc,),
        {},
    )
    md = brief.to_markdown()
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "The dam burst. [1]" in md and "1. &lt;b&gt;Dam&lt;/b&gt;" in md


def test_a_source_id_with_a_newline_or_backticks_stays_on_its_line():
    text = "The dam burst on Monday."
    ids = ("line\nbreak", "tick`s")
    docs = tuple(Document(id=i, text=text) for i in ids)
    cites = tuple(Citation(i, 0, len(text), text) for i in ids)
    md = EventBrief("Dam", (BriefSentence(text, cites),), (), (), docs, {}).to_markdown()
    sources = md.split("## Sources", 1)[1].strip().splitlines()
    assert sources == ["1. `line break`", "2. ``tick`s``"]


def test_a_source_left_out_as_off_topic_says_so_under_the_sources():
    # a source listed but never cited: the reader is told why, by its number
    text = "The dam burst on Monday."
    docs = (Document(id="a", text=text), Document(id="b", text="Stocks rose on Monday."))
    cites = (Citation("a", 0, len(text), text),)
    sentence = (BriefSentence(text, cites),)
    md = EventBrief("Dam", sentence, (), (), docs, {"off_topic": ["b"]}).to_markdown()
    assert md.rstrip().endswith("Left out as off-topic: [2].")
    assert "off-topic" not in EventBrief("Dam", sentence, (), (), docs, {}).to_markdown()


# Three short Chinese reports of one (invented) flood, written for this test.
FLOOD_ZH = {
    "a.txt": "河川洪水导致三千人撤离\n\n"
    "本周二，南方某省连续三天的暴雨使多条河流水位暴涨，当地政府紧急撤离了约三千名居民。\n\n"
    "省应急管理厅表示，截至周二晚间，洪水已淹没两座县城的低洼街区，至少十二人受伤，暂无死亡报告。\n\n"
    "气象部门预计，未来两天降雨仍将持续，部分地区的雨量可能超过两百毫米。\n\n"
    "救援队伍已调集橡皮艇和直升机，将被困在屋顶上的老人和儿童转移到安全地带。\n",
    "b.txt": "暴雨引发洪灾 数千居民紧急转移\n\n"
    "连日暴雨导致南方多条河流漫堤，约三千名居民于周二被紧急转移到临时安置点。\n\n"
    "据省应急管理厅介绍，两座县城的部分街区被洪水淹没，已有十二人受伤送医。\n\n"
    "当地学校已停课，临时安置点设在体育馆和中学礼堂，为转移群众提供食物和饮用水。\n\n"
    "气象台发布暴雨红色预警，提醒居民远离河道和山区，不要涉水出行。\n",
    "c.txt": "洪水围城：救援人员连夜搜救被困群众\n\n"
    "周二夜间，数百名消防员和志愿者驾驶橡皮艇，在被洪水淹没的街道上搜寻被困居民。\n\n"
    "一名救援人员说：“很多老人不愿离开家，我们只能一户一户地劝说。”\n\n"
    "官方数据显示，此次洪水已造成十二人受伤，约三千人被转移，直接经济损失尚在统计中。\n\n"
    "省政府已拨付五千万元应急资金，用于灾民安置和灾后重建。\n",
}


@pytest.mark.parametrize("words", [60, 100])
def test_a_folder_of_chinese_articles_gives_a_cited_brief_within_the_budget(
    tmp_path, embedder, words
):
    from summarizer import summarize
    from summarizer.text import count_words

    for name, text in FLOOD_ZH.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    brief = summarize(tmp_path, backend="extractive", embedder=embedder, words=words)
    sentences = brief.summary + brief.key_points
    assert brief.summary and brief.headline
    sources = {d.id: d.text for d in brief.sources}
    for s in sentences:
        # a whole sentence of an article (no fragment), cited with its exact span
        assert s.citations and s.text.endswith(("。", "”"))
        assert any(s.text in sources[c.source][c.start : c.end] for c in s.citations)
    # the budget counts each Chinese character as a word
    assert words / 2 < sum(count_words(s.text) for s in sentences) <= words
    assert "。 [" in brief.to_markdown()  # each sentence's citation markers
    # a's and b's wordings of the evacuation are one fact: never stated twice
    assert sum("约三千名居民" in s.text for s in sentences) <= 1


def test_chinese_sentences_are_told_apart_and_fill_the_budget(tmp_path, embedder):
    # MiniLM reads most Chinese characters as [UNK] and finds any two Chinese
    # sentences alike (0.6 to 0.8), so most were left out as near-duplicates and
    # a 200-word brief stopped at about 140; character bigrams tell them apart.
    from summarizer import summarize
    from summarizer.text import count_words

    for name, text in FLOOD_ZH.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    brief = summarize(tmp_path, backend="extractive", embedder=embedder, words=200)
    texts = [s.text for s in brief.summary + brief.key_points]
    assert 0.8 * 200 < sum(count_words(t) for t in texts) <= 200
    assert len(set(texts)) == len(texts)
    # a's and b's wordings of the evacuation, and of the injured, are one fact each
    assert sum("约三千名居民" in t for t in texts) == 1
    assert sum("两座县城" in t for t in texts) == 1
