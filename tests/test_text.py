import pytest

from summarizer.text import count_words, split_sentences, words


def test_sentences_keep_exact_offsets_and_respect_abbreviations():
    text = "Mr. Smith met the U.S. envoy on Nov. 5.  Talks went well.\nHeadline line\nLast one."
    sents = split_sentences(text, "d")
    assert [s.text for s in sents] == [
        "Mr. Smith met the U.S. envoy on Nov. 5.",
        "Talks went well.",
        "Headline line",
        "Last one.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert [s.index for s in sents] == [0, 1, 2, 3]


def test_only_body_spans_are_split():
    text = "Junk line\nReal sentence one. Real two.\nMore junk"
    sents = split_sentences(text, "d", spans=((10, 38),))
    assert [s.text for s in sents] == ["Real sentence one.", "Real two."]


def test_words_and_word_count():
    assert words("It’s 10,000 troops — U.S.-led.") == ["It’s", "10,000", "troops", "U.S.-led"]
    assert count_words("It’s 10,000 troops — U.S.-led.") == 5  # as wc -w counts


def test_embedding_memo_is_bounded_and_stays_correct(embedder, monkeypatch):
    import numpy as np

    monkeypatch.setattr(type(embedder), "MEMO_LIMIT", 3)
    a = embedder.encode(["one fish", "two fish"])
    b = embedder.encode(["red fish", "blue fish", "one fish"])  # overflows: memo restarts
    assert len(embedder._memo) <= 3
    assert np.allclose(a[0], b[2], atol=1e-5)


def test_embedding_weights_are_checked_against_the_pin(tmp_path):
    import hashlib

    import pytest

    from summarizer.embed import verify_weights
    from summarizer.errors import ModelError

    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"weights")
    verify_weights(weights, hashlib.sha256(b"weights").hexdigest())  # passes
    weights.write_bytes(b"tampered")
    with pytest.raises(ModelError, match="do not match the pinned SHA-256"):
        verify_weights(weights, hashlib.sha256(b"weights").hexdigest())


def test_a_quotations_attribution_and_a_clock_times_day_stay_in_their_sentence():
    from summarizer.text import split_spans

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in split_spans(t)]

    assert split('"Who needs a senator?" Colbert asked on Thursday. Aides laughed.') == [
        '"Who needs a senator?" Colbert asked on Thursday.',
        "Aides laughed.",
    ]
    assert split("It was “a breakdown of security.” Sen. Jane Roe charged on Sunday.") == [
        "It was “a breakdown of security.” Sen. Jane Roe charged on Sunday."
    ]
    assert split("The girls were reported missing at 5:30 p.m. Monday, police said.") == [
        "The girls were reported missing at 5:30 p.m. Monday, police said."
    ]
    # a new sentence after a quotation is still a sentence of its own
    assert split('He said it was "good on TV." Colbert says words too good.') == [
        'He said it was "good on TV."',
        "Colbert says words too good.",
    ]


def test_a_clock_times_spelled_out_time_zone_stays_in_its_sentence():
    from summarizer.text import split_spans

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in split_spans(t)]

    assert split("The outage began at 7:30 a.m. Pacific time and lasted six hours. It ended.") == [
        "The outage began at 7:30 a.m. Pacific time and lasted six hours.",
        "It ended.",
    ]
    assert split("Polls close at 8 p.m. Eastern Standard Time on Tuesday.") == [
        "Polls close at 8 p.m. Eastern Standard Time on Tuesday."
    ]
    # a name after the clock time still opens a new sentence
    assert split("They met at 5 p.m. Pacific Gas and Electric cut power.") == [
        "They met at 5 p.m.",
        "Pacific Gas and Electric cut power.",
    ]
    # a determiner's "time" opens a sentence of its own
    assert split("The rally ended at 9 p.m. Next time, organisers said, it will be longer.") == [
        "The rally ended at 9 p.m.",
        "Next time, organisers said, it will be longer.",
    ]


def test_a_sentence_end_that_lost_its_space_still_ends_the_sentence():
    from summarizer.text import split_spans

    t = "It goes to the dispensaries.The board votes on Thursday. See www.Salon.com for more."
    assert [t[a:b] for a, b in split_spans(t)] == [
        "It goes to the dispensaries.",
        "The board votes on Thursday.",
        "See www.Salon.com for more.",
    ]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("THE DÁIL IS to sit late tonight.", "The Dáil is to sit late tonight."),
        ("ON A COLD morning in May, the dam broke.", "On a cold morning in May, the dam broke."),
        ("THE US IS to send aid.", "The US is to send aid."),  # "the US" is an acronym
        ("IN THE EU the rules differ.", "In the EU the rules differ."),
        # a name in capitals, with no function word: as it was
        ("USA TODAY watched the show.", "USA TODAY watched the show."),
        ("NATO said on Monday it would act.", "NATO said on Monday it would act."),
        ("A US official said so.", "A US official said so."),
    ],
)
def test_a_lead_in_in_capitals_takes_the_articles_own_casing(sentence, written):
    from summarizer.text import caps_lead_in, word_forms

    articles = [
        "The Dáil sat on Monday. Aid from the US and the EU came. Tell us more.",
        "He spoke to USA TODAY on Monday about it. A cold day in May.",
    ]
    assert caps_lead_in(sentence, word_forms(articles)) == written


def test_chinese_and_japanese_characters_count_as_words():
    # Written without spaces: each character is a word, as word budgets there go;
    # punctuation between them is none, and other words count as wc -w counts them.
    assert count_words("河水周五上涨，三千人撤离。") == 11
    assert count_words("停電が続いた。") == 6
    assert count_words("2024年5月，COVID-19疫情") == 7  # 2024 年 5 月 COVID-19 疫 情
    assert words("市长表示：3.5亿") == ["市", "长", "表", "示", "3.5", "亿"]
    # Korean is written with spaces between words: counted as words, not characters
    assert count_words("태풍이 남부 해안에 상륙했다.") == 4
    assert count_words("It’s 10,000 troops — U.S.-led.") == 5  # unchanged


def test_chinese_and_japanese_sentences_end_at_full_width_stops_and_quotations():
    from summarizer.text import split_spans

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in split_spans(t)]

    assert split("河水周五上涨。三千人撤离！伤亡如何？尚无报告。") == [
        "河水周五上涨。",
        "三千人撤离！",
        "伤亡如何？",
        "尚无报告。",
    ]
    # a quotation that ends its sentence; the next sentence starts after the closing mark
    assert split("镇长说：“我们会重建。”随后他离开了现场。") == [
        "镇长说：“我们会重建。”",
        "随后他离开了现场。",
    ]
    # a Japanese quotation that the sentence goes on after (と述べた) stays in it
    assert split("首相は「対策を急ぐ。」と述べた。被害は拡大している。") == [
        "首相は「対策を急ぐ。」と述べた。",
        "被害は拡大している。",
    ]


def test_a_chinese_quotation_keeps_its_attribution():
    # “…。”他说。 is one sentence, as '"We will act," he said.' is: cut after the
    # closing mark, 他说。 alone would be a fragment and the quotation unattributed
    from summarizer.text import split_spans

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in split_spans(t)]

    assert split("“我们会尽快处理。”他说。救援仍在进行。") == [
        "“我们会尽快处理。”他说。",
        "救援仍在进行。",
    ]
    assert split("“我们会尽快处理。” 他说。") == ["“我们会尽快处理。” 他说。"]
    assert split("“水还会涨吗？”她问道。") == ["“水还会涨吗？”她问道。"]
    assert split("“撤离已经完成。”该县一名官员在接受记者采访时表示。水位仍在上涨。") == [
        "“撤离已经完成。”该县一名官员在接受记者采访时表示。",
        "水位仍在上涨。",
    ]
    # a sentence that is no attribution still starts after the quotation
    assert split("镇长说：“我们会重建。”随后他说明了计划。") == [
        "镇长说：“我们会重建。”",
        "随后他说明了计划。",
    ]
    # an attribution between two quotations of one speaker is in one sentence with both
    # (cut after the first, the first would be unattributed and the second lean on it)
    assert split("“我们会重建。”镇长说，“这需要时间。”救援仍在进行。") == [
        "“我们会重建。”镇长说，“这需要时间。”",
        "救援仍在进行。",
    ]
    assert split("「我們會重建。」他說：「這需要時間。」") == [
        "「我們會重建。」他說：「這需要時間。」"
    ]
    # not when the words after the verb are no quotation
    assert split("“我们会重建。”他说，这需要时间。") == ["“我们会重建。”", "他说，这需要时间。"]
    # in a line long enough to be cut into pieces first, too
    line = "“我们会尽快处理。”他说。" * 300
    assert set(split(line)) == {"“我们会尽快处理。”他说。"}


def test_the_full_width_full_stop_ends_a_sentence_but_not_a_number():
    from summarizer.text import split_spans

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in split_spans(t)]

    assert split("河水周五上涨．水位达到３．５米．当地撤离了居民．") == [
        "河水周五上涨．",
        "水位达到３．５米．",
        "当地撤离了居民．",
    ]
    # before a closing mark, as "。": a Japanese quotation the sentence goes on after,
    # a Chinese one that ends its sentence
    assert split("首相は「対策を急ぐ．」と述べた．被害は拡大している．") == [
        "首相は「対策を急ぐ．」と述べた．",
        "被害は拡大している．",
    ]
    assert split("镇长说：“我们会重建．”随后他离开了现场．") == [
        "镇长说：“我们会重建．”",
        "随后他离开了现场．",
    ]
    assert split("Costs rose ３．５ percent. Talks resume today.") == [
        "Costs rose ３．５ percent.",
        "Talks resume today.",
    ]
    line = "水位达到３．５米。" * 400  # cut into pieces first: never inside the number
    assert set(split(line)) == {"水位达到３．５米。"}


def test_a_text_split_again_is_not_segmented_again(monkeypatch):
    # A source sentence is split again each time it is checked as a claim's citation:
    # the sentence splitter reads a text once per language, and the spans stay exact.
    import pysbd

    from summarizer import text as text_module
    from summarizer.language import use_language

    text_module._segments.cache_clear()  # another test may have split the text before
    read: list[str] = []
    processor = pysbd.Segmenter.processor
    monkeypatch.setattr(
        pysbd.Segmenter, "processor", lambda self, text: read.append(text) or processor(self, text)
    )
    text = "Rescuers reached Qorvath at dawn on Tuesday. Nine of the Qorvath miners are missing."
    first = split_sentences(text, "a")
    again = split_sentences(text, "b")
    assert (
        [s.text for s in again]
        == [s.text for s in first]
        == [
            "Rescuers reached Qorvath at dawn on Tuesday.",
            "Nine of the Qorvath miners are missing.",
        ]
    )
    assert [(s.doc_id, s.start, s.end) for s in again] == [("b", 0, 44), ("b", 45, 84)]
    assert read.count(text) == 1
    with use_language("fr"):  # French rules: read again
        split_sentences(text, "c")
    assert read.count(text) == 2


# Texts where finding pysbd's sentences again is delicate: a sentence said twice,
# white space of several kinds after a sentence, an abbreviation, a quotation.
AWKWARD_TEXTS = [
    "Bye. Bye. Bye.",
    "The dam held.\u00a0 The river fell.\tCrews left.  ",
    "Mr. Smith met the U.S. envoy on Nov. 5. Talks went well. Talks went well.",
    '"We will rebuild," Dr. Roe said. "We will rebuild."   It rained.',
    "Der Zug entgleiste am 13. November. Es gab z.B. keine Verletzten.",
]


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
@pytest.mark.parametrize("language", ["en", "de"])
def test_segments_are_what_pysbd_returns(text, language):
    # The splitter finds pysbd's sentences in the text itself (str.find, not a
    # regex compiled per sentence): the same sentences, white space included.
    import pysbd

    from summarizer.text import _located, _segmenter, _segments

    segmenter = pysbd.Segmenter(language=language, clean=False, char_span=False)
    assert list(_segments(text, language)) == segmenter.segment(text)
    said = [*_segmenter(language).processor(text).process(), "Not in the text."]
    assert list(_located(text, said)) == [
        span.sent for span in segmenter.sentences_with_char_spans(said)
    ]


def test_only_a_named_time_zone_after_a_clock_time_stays_in_its_sentence():
    from summarizer.text import split_spans

    def split(t: str) -> list[str]:
        return [t[a:b] for a, b in split_spans(t)]

    for t in (
        "The final kicked off at 8 p.m. Extra time was needed to settle it.",
        "The game began at 8 p.m. Injury time lasted six minutes.",
        "The debate aired at 9 p.m. Prime time viewers numbered 3 million.",
        "Voting ended at 9 p.m. Local time was 2 a.m. in Tokyo.",
    ):
        assert len(split(t)) == 2, split(t)
    for t in (
        "The launch is set for 9 p.m. Central European Summer Time on Friday.",
        "Trading opened at 10 a.m. Moscow time on Friday.",
        "The eclipse peaks at 3 a.m. Greenwich Mean Time on Sunday.",
    ):
        assert split(t) == [t], split(t)


def test_a_german_date_keeps_its_sentence_whole_in_an_english_brief():
    # A German article in an English brief: "bis zum 20. November" is one date, not
    # a sentence that ends on "20." (a key point "Die EU-Kommission soll bis zum 20.").
    text = (
        "Die Behörde soll bis zum 20. November über den Verkauf entscheiden. "
        "Der Betrieb ruht seit dem 1. Mai. Die Firma wurde am 3. Okt 1990 gegründet."
    )
    assert [s.text for s in split_sentences(text, "d")] == [
        "Die Behörde soll bis zum 20. November über den Verkauf entscheiden.",
        "Der Betrieb ruht seit dem 1. Mai.",
        "Die Firma wurde am 3. Okt 1990 gegründet.",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The toll rose to 20.", "November was the deadliest month of the year."),
        # no stop word of either language before the day: still English
        ("Temperatures hit 30.", "August was the hottest month on record."),
    ],
)
def test_an_english_sentence_ending_on_a_number_before_a_month_still_ends(first, second):
    assert [s.text for s in split_sentences(f"{first} {second}", "d")] == [first, second]
