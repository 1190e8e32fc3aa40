"""Language check: plain English prose never loads the identifier; anything
else still goes through it."""

import pytest

from summarizer import language
from summarizer.language import decide_languages

from .builders import build_document

ENGLISH = (
    "The river burst its banks on Tuesday and the town council said that it would open "
    "three shelters for the families who had been forced from their homes. Officials said "
    "the water was expected to fall by the weekend, but they warned that more rain would "
    "come. The mayor, who has been in office for two years, said the town had never seen "
    "such a flood and that help from the national government would be needed."
)
GERMAN = (
    "Der Fluss ist am Dienstag über die Ufer getreten, und der Stadtrat hat angekündigt, "
    "drei Notunterkünfte für die Familien zu öffnen, die ihre Häuser verlassen mussten. "
    "Nach Angaben der Behörden soll das Wasser bis zum Wochenende sinken, doch es wird "
    "weiterer Regen erwartet. Der Bürgermeister sagte, die Stadt habe noch nie ein solches "
    "Hochwasser erlebt und brauche Hilfe von der Bundesregierung."
)


@pytest.fixture
def no_identifier(monkeypatch):
    def forbidden():
        raise AssertionError("the language identifier was loaded")

    monkeypatch.setattr(language, "_identifier", forbidden)


def test_plain_english_is_accepted_without_loading_the_identifier(no_identifier):
    docs = [build_document(ENGLISH, doc_id=f"e{i}") for i in range(3)]
    notices: list[str] = []
    assert decide_languages(docs, "en", "skip", notices) == (docs, {}, "en")
    assert notices == []


def test_another_language_still_goes_to_the_identifier_and_is_reported():
    docs = [build_document(ENGLISH, doc_id="e"), build_document(GERMAN, doc_id="g")]
    notices: list[str] = []
    kept, skipped, _ = decide_languages(docs, "en", "skip", notices)
    assert [d.id for d in kept] == ["e"] and skipped == {"g": "de"}
    assert notices and "g (de)" in notices[0]


def test_the_fast_path_is_for_english_only():
    # Expecting German, plain English prose is checked by the identifier and reported.
    notices: list[str] = []
    docs = [build_document(ENGLISH, doc_id="e")]
    assert decide_languages(docs, "de", "process", notices) == (docs, {}, "de")
    assert len(notices) == 1 and "e (en)" in notices[0] and "'de'" in notices[0]


# -- Traditional or Simplified Chinese (helper-31) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("颱風週四在高雄登陸，當局已撤離約三千名居民。氣象署說，豪雨還會持續到週末。", "Hant"),
        ("台风周四在高雄登陆，当局已撤离约三千名居民。气象署说，暴雨还会持续到周末。", "Hans"),
        # a Simplified text quoting one Traditional name is still Simplified
        ("据《聯合報》报道，这次台风造成的损失超过一亿元，当局说还会继续统计。", "Hans"),
        ("暴雨不止。", None),  # none of the characters that tell
        ("Rivers rose on Friday.", None),
    ],
)
def test_the_chinese_script_is_told_by_characters_only_one_script_writes(text, script):
    assert language.chinese_script(text) == script


# -- short articles in Chinese or Japanese characters --------------------------------------------


def test_short_chinese_articles_the_identifier_is_unsure_of_make_a_chinese_brief():
    # The identifier gives no confident guess for such short texts; their script decides,
    # so the cluster is summarized as Chinese (its splitter, labels), not as English.
    texts = [
        "暴雨导致河流漫堤。约三千名居民被转移。",
        "南方暴雨不止，三千人撤离。官方称十二人受伤。",
    ]
    assert all(language.confident_language(t, "en") is None for t in texts)
    docs = [build_document(t, doc_id=f"z{i}") for i, t in enumerate(texts)]
    notices: list[str] = []
    kept, skipped, brief_language = language.decide_languages(docs, "en", "process", notices)
    assert kept == docs and skipped == {} and brief_language == "zh"
    assert notices and "summarized as 'zh'" in notices[0]
    # Expected Chinese: nothing to report.
    notices = []
    assert language.decide_languages(docs, "zh", "process", notices)[2] == "zh"
    assert notices == []


# -- articles in Chinese or Japanese characters: the script alone where it decides ---------------

CHINESE = (
    "连日暴雨导致南方多条河流漫堤，约三千名居民被紧急转移。当地学校已经停课，"
    "官方表示救援队伍正在连夜搜寻被困群众。气象部门预计降雨还将持续到周末，"
    "水利部门已经启动防汛应急响应。"
)
JAPANESE = (
    "北部の港町で大規模な停電が発生し、約五万世帯に影響が出た。電力会社は復旧を急いでいるが、"
    "完全な復旧には数日かかる見通しだという。市は避難所を開設し、住民に注意を呼びかけている。"
)


def test_a_chinese_or_japanese_cluster_is_told_without_loading_the_identifier(no_identifier):
    for text, code in ((CHINESE, "zh"), (JAPANESE, "ja")):
        docs = [build_document(text, doc_id=f"{code}{i}") for i in range(2)]
        assert decide_languages(docs, "en", "process", [])[2] == code


def test_kanji_heavy_japanese_and_hanja_korean_still_go_to_the_identifier(monkeypatch):
    """A little kana in many kanji, or Hangul among Hanja: the script could mislead
    ("zh"), so the identifier decides as before."""
    asked: list[str] = []

    class Identifier:
        def classify(self, text):
            asked.append(text)
            return "ko" if "은" in text else "ja", 0.99

    monkeypatch.setattr(language, "_identifier", Identifier)
    kanji = (
        "東京地方裁判所判決言渡。首相記者会見新経済対策発表。東京都知事選挙投開票日現職再選確実。"
    )
    hanja = "大統領은 月曜日 國會에서 새 豫算案을 發表했다. 野黨은 反撥했다. " * 3
    for text, code in ((kanji * 2 + "と述べた。", "ja"), (hanja, "ko")):
        assert language.script_alone(text) is None
        notices: list[str] = []
        decide_languages([build_document(text, doc_id="x")], "en", "process", notices)
        assert f"x ({code})" in notices[0]
    assert len(asked) == 2
