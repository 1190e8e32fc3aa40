import json
import time

import pytest

from summarizer.errors import InputError
from summarizer.load import check_length, find_date, load_cluster, load_paths, text_metadata
from summarizer.types import Document
from tests.builders import body_text, build_document

ARTICLE = "Rivers rose fast on Friday. Thousands left their homes, officials said."


def test_folder_of_mixed_formats(tmp_path):
    (tmp_path / "a.txt").write_text("Floods hit the valley\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "b.json").write_text(
        json.dumps({"text": ARTICLE, "title": "Valley floods", "outlet": "Gazette"}),
        encoding="utf-8",
    )
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "x1", "text": ARTICLE}) + "\n\n" + json.dumps({"text": ARTICLE}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    docs = load_paths([tmp_path])
    assert [d.id for d in docs] == ["a", "b", "x1", "c-3"]
    assert docs[0].title == "Floods hit the valley"
    assert docs[0].text.startswith("Floods hit the valley")  # text as loaded, title included
    assert docs[1].title == "Valley floods" and docs[1].outlet == "Gazette"
    assert docs[2].path.endswith("c.jsonl")


def test_html_goes_through_the_extractor(tmp_path):
    html = (
        "<html><head><title>Valley floods</title>"
        '<meta property="og:site_name" content="Gazette"></head><body>'
        "<nav>Home | World | Sport</nav><script>var tracking = 1;</script>"
        f"<article><h1>Valley floods</h1><p>{ARTICLE}</p>"
        "<p>The river peaked at nine metres, the highest level on record.</p></article>"
        "</body></html>"
    )
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    [doc] = load_paths([tmp_path / "a.html"])
    assert "Rivers rose fast on Friday." in doc.text
    assert "tracking" not in doc.text and "Home | World" not in doc.text
    assert doc.title == "Valley floods"


def test_metadata_from_plain_text():
    meta = text_metadata("date 2024-11-13 BRUSSELS: The ministers met. They agreed.")
    assert meta == {"title": None, "outlet": None, "date": "2024-11-13"}
    meta = text_metadata("Example News example.com\nMinisters agree on a deal\n\n" + ARTICLE)
    assert meta["title"] == "Ministers agree on a deal" and meta["outlet"] == "example.com"
    assert find_date("Posted Nov. 5, 2024 at noon") == "2024-11-05"


@pytest.mark.parametrize(
    "first_line",
    [
        "By Jane Roe, Public Affairs Office",
        "[RELATED: Ministers walk out of the talks]",
        "The minister's office released the following statement:",
        "The ministers at the summit in Lisbon. (Jane Roe/The Daily News)",
        # two writers, and a writer's staff title on a line of its own
        "By Jane Roe and John Doe",
        "Eastbury Daily Staff Writer",
        "Associated Press Writer",
    ],
)
def test_a_byline_link_caption_or_introduction_is_not_the_title(first_line):
    meta = text_metadata(f"{first_line}\nMinisters agree on a deal\n\n{ARTICLE}")
    assert meta["title"] == "Ministers agree on a deal"


def test_a_date_the_prose_mentions_is_not_the_publication_date():
    # a photo caption at the head dates the photo, not the article; weekdays
    # in the article would be anchored to the wrong week
    caption = "In this Saturday, July 1, 2017, file photo, people line up at a store in Reno."
    assert text_metadata(f"{caption}\n\nSales rose on Monday, officials said.")["date"] is None
    for head, date in [
        ("Published on Dec 29, 2016\n", "2016-12-29"),
        ("WASHINGTON, Nov. 13, 2024 (AP) — The vote ", "2024-11-13"),
    ]:
        assert text_metadata(head + ARTICLE)["date"] == date


def test_api_inputs_strings_and_documents():
    docs = load_cluster([ARTICLE, ARTICLE + " More."])
    assert [d.id for d in docs] == ["doc1", "doc2"] and docs[0].text == ARTICLE
    docs = load_cluster([Document(id="a", text=ARTICLE), Document(id="a", text=ARTICLE)])
    assert [d.id for d in docs] == ["a", "a~2"]  # citations need unique ids
    assert docs[0].body == ((0, len(ARTICLE)),)


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda p: p / "missing", "no such file"),
        (lambda p: p, "no articles found"),
        (lambda p: _write(p / "a.pdf", b"%PDF-1.4"), "unsupported file type"),
        (lambda p: _write(p / "a.json", b'{"title": "x"}'), "'text' field"),
    ],
)
def test_bad_input_is_a_one_line_input_error(tmp_path, setup, message):
    with pytest.raises(InputError, match=message) as info:
        load_paths([setup(tmp_path)])
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("inputs", "message"),
    [(None, "cannot summarize a NoneType"), (42, "cannot summarize a int"), ([], "no articles"),
     ([1, 2], "cannot summarize a list of int"), (b"text", "cannot summarize a list of int")],
)  # fmt: skip
def test_api_inputs_of_the_wrong_kind_are_input_errors(inputs, message):
    with pytest.raises(InputError, match=message):
        load_cluster(inputs)


def test_an_article_without_prose_is_left_out_with_a_notice(tmp_path):
    _write(tmp_path / "a.txt", ARTICLE.encode())
    _write(tmp_path / "b.txt", b"Breaking News\nShare this\n")
    notices = []
    docs = load_paths([tmp_path], notices)
    assert [d.id for d in docs] == ["a"]
    assert notices == [f"{tmp_path / 'b.txt'}: no article prose (only headings, links or "
                       "other boilerplate); left out"]  # fmt: skip


def test_the_length_limit_names_the_file_and_the_setting(tmp_path):
    [doc] = load_paths([_write(tmp_path / "a.txt", ((ARTICLE + "\n") * 100).encode())])
    check_length([doc], len(doc.text))  # at the limit: fine
    check_length([doc], 0)  # 0: no limit
    with pytest.raises(InputError, match=r"a.txt: 7,200 characters, .* input.max_article_chars"):
        check_length([doc], len(doc.text) - 1)


# (The bad files a user might give, and legacy encodings, through the CLI and the
# API: tests/test_matrix.py.)


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_utf8_with_one_stray_byte_stays_utf8():
    from summarizer.load import decode

    article = "Blinken’s trip to Brussels “demands a firm response,” he said. Café talks followed."
    notices: list[str] = []
    text = decode(article.encode("utf-8") + b"\xff\n", "a.txt", notices)
    assert text.startswith(article)  # not mojibake ("Blinkenâ€™s")
    assert notices == ["a.txt: 1 byte(s) that are not UTF-8 replaced with \ufffd"]
    # a legacy Windows file is still read as one
    legacy = "Café crème and naïve déjà vu at the summit on Monday.".encode("cp1252")
    assert decode(legacy, "b.txt", notices) == legacy.decode("cp1252")


def test_a_file_name_that_is_not_utf8_is_loaded_and_cited(tmp_path):
    import os

    folder = os.path.join(os.fsencode(tmp_path), b"cluster")
    os.makedirs(folder)
    try:
        name = os.path.join(folder, b"caf\xe9.txt")
        with open(name, "w", encoding="utf-8") as fh:
            fh.write(ARTICLE)
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    [doc] = load_paths([os.fsdecode(folder)])
    assert doc.id == "caf\\udce9"  # the undecodable byte written as Python shows it
    doc.id.encode("utf-8")  # every UTF-8 write downstream (brief, cache) works


def test_api_inputs_are_checked_with_one_line_errors(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    # article objects, as a JSON file holds them
    [doc] = load_cluster({"text": ARTICLE, "title": "Floods"})
    assert doc.title == "Floods" and doc.text == ARTICLE
    for bad, message in (
        ([str(article), ARTICLE], r"mixes file paths \(item 1\) and article texts \(item 2\)"),
        ([{"text": ARTICLE, "title": ["x"]}], "'title' must be a string"),
        ([Document(id="a", text=None)], "the article text must be a string"),  # type: ignore[arg-type]
        ([Document(id=" ", text=ARTICLE)], "id must be a non-empty string"),
    ):
        with pytest.raises(InputError, match=message):
            load_cluster(bad)


def test_what_is_left_out_or_renamed_is_said(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "more").mkdir()
    notices: list[str] = []
    load_paths([tmp_path], notices)
    assert any("left out more/, scan.pdf" in n for n in notices)
    notices.clear()
    docs = load_cluster([Document(id="a", text=ARTICLE), Document(id="a", text=ARTICLE)], notices)
    assert [d.id for d in docs] == ["a", "a~2"] and "cited as 'a~2'" in notices[0]


def test_an_iso_date_in_prose_or_a_page_without_a_date_gives_no_date(tmp_path):
    # an ISO date inside a sentence, and an impossible one on a date line
    assert find_date("The bridge fell.\nA report dated 2021-05-04 had warned of rust.") is None
    assert find_date("Updated: 2024-02-30\nThe bridge fell on Tuesday.") is None
    assert find_date("Updated: 2024-02-28\nThe bridge fell on Tuesday.") == "2024-02-28"
    # a page whose markup has no date: none is guessed from a year in the prose
    body = (
        "<p>Inspectors warned in 2019 that the bridge's cables were corroding badly.</p>"
        "<p>The bridge collapsed on Tuesday morning, killing at least 12 people.</p>"
    )
    (tmp_path / "a.html").write_text(
        f"<html><head><title>Bridge</title></head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.html").write_text(
        '<html><head><meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        f"<title>Bridge</title></head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    a, b = load_paths([tmp_path / "a.html", tmp_path / "b.html"])
    assert a.date is None and b.date == "2024-03-05"


def test_a_markdown_heading_is_a_title_without_its_markers(tmp_path):
    (tmp_path / "a.md").write_text(
        "\ufeff# Kessel Bridge collapse: what we know ##\n\n" + ARTICLE, encoding="utf-8"
    )
    [doc] = load_paths([tmp_path / "a.md"])
    assert doc.title == "Kessel Bridge collapse: what we know"


def test_a_file_named_twice_is_one_article_and_a_broken_link_is_named_as_such(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said the river peaked at nine metres.", "utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    (tmp_path / "drafts.md").mkdir()  # a sub-folder, whatever its name
    notices: list[str] = []
    docs = load_paths([tmp_path, tmp_path / "a.txt"], notices)
    assert [d.id for d in docs] == ["a", "b"]
    assert any("a.txt: given more than once" in n for n in notices)
    assert any("gone.txt (not a regular file: a broken link" in n for n in notices)
    assert any("drafts.md/, notes.csv (not an article file" in n for n in notices)


def test_a_date_given_in_a_json_article_is_read_as_iso_where_it_can_be(tmp_path):
    import json

    articles = [
        {"id": "a", "date": "Nov. 13, 2024", "text": "Talks began on Tuesday, officials said."},
        {"id": "b", "date": "yesterday", "text": "The ministers met on Tuesday in Brussels."},
    ]
    for article in articles:
        (tmp_path / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
    by_id = {d.id: d for d in load_cluster(tmp_path)}
    assert by_id["a"].date == "2024-11-13"  # weekdays in its sentences can be anchored
    assert by_id["b"].date is None  # not a date: dropped, nothing anchored to it


def test_chinese_and_japanese_articles_have_prose_and_a_title(tmp_path):
    zh = (
        "暴雨引发洪灾 数千居民紧急转移\n\n"
        "连日暴雨导致南方多条河流漫堤，约三千名居民被紧急转移。\n\n当地学校已停课。\n"
    )
    # a Japanese headline of 20 characters is still a headline, not prose
    ja = (
        "北部の港町で大規模な停電　約五万世帯に影響\n\n"
        "十日夜、港町で停電が発生した。\n電力会社は復旧を急いでいる。\n"
    )
    _write(tmp_path / "zh.txt", zh.encode())
    _write(tmp_path / "ja.txt", ja.encode())
    docs = {d.id: d for d in load_paths([tmp_path])}
    assert docs["zh"].title == "暴雨引发洪灾 数千居民紧急转移"
    assert [docs["zh"].text[a:b] for a, b in docs["zh"].body] == [
        "连日暴雨导致南方多条河流漫堤，约三千名居民被紧急转移。",
        "当地学校已停课。",
    ]
    assert docs["ja"].title == "北部の港町で大規模な停電　約五万世帯に影響"
    assert [docs["ja"].text[a:b] for a, b in docs["ja"].body] == [
        "十日夜、港町で停電が発生した。",
        "電力会社は復旧を急いでいる。",
    ]


def test_an_article_id_that_is_a_number_or_a_boolean(tmp_path):
    # {"id": 0} was silently replaced by the file name; {"id": true} became "True".
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": 0, "text": ARTICLE}) + "\n" + json.dumps({"id": 7, "text": ARTICLE}),
        encoding="utf-8",
    )
    assert [d.id for d in load_paths([tmp_path / "c.jsonl"])] == ["0", "7"]
    (tmp_path / "b.json").write_text(json.dumps({"id": True, "text": ARTICLE}), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_paths([tmp_path / "b.json"])
    assert (
        str(info.value) == f"{tmp_path / 'b.json'}: the article's 'id' must be a string, got True"
    )


def test_a_chinese_or_japanese_date_on_a_header_line_is_the_publication_date(tmp_path):
    assert find_date("发布时间：2024年5月10日 10:30 来源：新华网") == "2024-05-10"
    assert find_date("日期：２０２４年５月１０日\n连日暴雨导致河流漫堤。") == "2024-05-10"
    assert find_date("公開日：2024年5月10日\n港町で停電が発生した。") == "2024-05-10"
    assert find_date("新华社北京2024年5月10日电 连日暴雨导致河流漫堤。") == "2024-05-10"
    # a date the prose mentions, and an impossible one, are none
    assert find_date("2024年5月10日，市政府宣布撤离三千名居民。") is None
    assert find_date("会议时间：2024年5月10日，地点：北京。") is None
    assert find_date("日期：2024年2月30日\n连日暴雨导致河流漫堤。") is None
    text = "暴雨引发洪灾\n发布时间：２０２４年５月１０日\n\n连日暴雨导致南方多条河流漫堤。\n"
    _write(tmp_path / "zh.txt", text.encode())
    [doc] = load_paths([tmp_path / "zh.txt"])
    assert doc.date == "2024-05-10"
    assert [doc.text[a:b] for a, b in doc.body] == ["连日暴雨导致南方多条河流漫堤。"]
    (tmp_path / "zh.txt").unlink()
    article = {"id": "j", "date": "2024年5月10日", "text": "连日暴雨导致南方多条河流漫堤。"}
    (tmp_path / "j.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    assert load_cluster(tmp_path)[0].date == "2024-05-10"


@pytest.mark.parametrize("name", ["a.json", "a.jsonl"])
def test_a_json_article_with_a_number_of_thousands_of_digits_is_bad_input(tmp_path, name):
    # json.loads refuses it with a ValueError that is no JSONDecodeError: it
    # ended as an internal error
    path = tmp_path / name
    path.write_text('{"text": "' + ARTICLE + '", "n": ' + "9" * 5000 + "}", encoding="utf-8")
    with pytest.raises(InputError, match=r"invalid JSON \(a number with too many digits\)$"):
        load_paths([path])


def test_a_date_that_is_not_one_is_dropped_with_a_notice(tmp_path):
    """A date "sometime in spring" or in month 13 is no publication date: the article is kept
    undated (nothing wrong in its Sources entry, no weekday anchored to it)."""
    rows = [
        {"id": "a", "date": "sometime in spring", "text": ARTICLE},
        {"id": "b", "date": "2024-13-45", "text": ARTICLE},
        {"id": "c", "date": "Nov. 13, 2024", "text": ARTICLE},
        {"id": "d", "date": "2024-11-13T08:30:00Z", "text": ARTICLE},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    notices: list[str] = []
    docs = load_paths([path], notices)
    assert [(d.id, d.date) for d in docs] == [
        ("a", None),
        ("b", None),
        ("c", "2024-11-13"),
        ("d", "2024-11-13T08:30:00Z"),
    ]
    assert notices == [
        f"{path} (a): date 'sometime in spring' is not a date; read as undated",
        f"{path} (b): date '2024-13-45' is not a date; read as undated",
    ]


def test_a_documents_date_is_read_as_the_other_inputs_dates_are():
    """A ``Document`` given to the API has its date read as a JSON article's is: another form
    or a ``datetime.date`` as ISO, a non-date dropped with a notice, another type a one-line
    error (not a traceback from deep in the date code)."""
    import datetime as dt

    def date_of(value, notices=None):
        [doc] = load_cluster([Document(id="a", text=ARTICLE, date=value)], notices)
        return doc.date

    assert date_of("Nov. 13, 2024") == "2024-11-13"
    assert date_of(dt.date(2024, 11, 13)) == date_of(dt.datetime(2024, 11, 13, 8)) == "2024-11-13"
    notices: list[str] = []
    assert date_of("", notices) is None and notices == []  # no date given, nothing to say
    assert date_of("2024-13-45", notices) is None
    assert notices == ["a: date '2024-13-45' is not a date; read as undated"]
    with pytest.raises(InputError, match="a: a date must be a string, got 20241113"):
        date_of(20241113)


@pytest.mark.parametrize(
    "dateline, date, outlet",
    [
        ("CEDAR FALLS, Iowa, Aug. 12, 2025 — ", "2025-08-12", None),
        ("SAN MATEO, Calif., Oct. 23, 2025 (Reuters) - ", "2025-10-23", "Reuters"),
        ("ALBANY, N.Y., Jan. 7, 2025 (AP) — ", "2025-01-07", "AP"),
        ("MANCHESTER, England, Feb. 2, 2025 (AFP) - ", "2025-02-02", "AFP"),
        ("SANTA FE, New Mexico, May 9, 2025: ", "2025-05-09", None),
        ("WASHINGTON, D.C., March 3, 2025 /PRNewswire/ -- ", "2025-03-03", "PRNewswire"),
        # a wire in lower case or of three words: dated, named and cut alike
        ("FRANKFURT, March 3, 2025 /dpa-AFX/ -- ", "2025-03-03", "dpa-AFX"),
        ("LONDON, March 3, 2025 /PR Newswire Europe/ -- ", "2025-03-03", "PR Newswire Europe"),
        # a wire in brackets, or between dashes or slashes with no space, perhaps with the date
        ("NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- ", "2025-03-03", "GLOBE NEWSWIRE"),
        ("Austin, Texas, March 3, 2025 (GLOBE NEWSWIRE) -- ", "2025-03-03", "GLOBE NEWSWIRE"),
        ("SAN FRANCISCO--(BUSINESS WIRE)--", None, "BUSINESS WIRE"),
        ("TORONTO, March 3, 2025 /CNW/ - ", "2025-03-03", "CNW"),
        ("MIAMI, FL, March 3, 2025 (ACCESSWIRE) -- ", "2025-03-03", "ACCESSWIRE"),
        ("VANCOUVER, BC / ACCESSWIRE / March 3, 2025 / ", "2025-03-03", "ACCESSWIRE"),
        ("TORONTO, ONTARIO--(Marketwired - March 3, 2025) - ", "2025-03-03", "Marketwired"),
        ("SINGAPORE, March 3, 2025 /PRNewswire-Asia/ -- ", "2025-03-03", "PRNewswire-Asia"),
        ("LONDON, Nov 13 (Reuters) - ", None, "Reuters"),  # no year: no date, as before
        # a wire named with its date in its brackets, or whose name does not say "wire"
        (
            "Vancouver, British Columbia--(Newsfile Corp. - March 3, 2025) - ",
            "2025-03-03",
            "Newsfile Corp.",
        ),
        ("AUSTIN, Texas (PRWEB) March 3, 2025 -- ", "2025-03-03", "PRWEB"),
        ("Berlin (ots) - ", None, "ots"),
        # a region with a hyphen
        ("KIEL, Schleswig-Holstein, March 3, 2025 (dpa) - ", "2025-03-03", "dpa"),
    ],
)
def test_a_us_dateline_with_a_region_dates_the_article_and_names_its_outlet(dateline, date, outlet):
    """A dateline's region ("Calif.", "N.Y.", "England") does not hide its date, which
    weekdays are anchored to; its agency or wire is the article's outlet, shown in the
    brief's sources; and the dateline is cut from the prose the brief quotes."""
    doc = build_document(
        "STORM WARNING FOR THE COAST",
        "By Jane Roe, Staff Writer",
        dateline + "Acme Corp. said on Tuesday that it would close two plants.",
        "Workers were told in the morning, officials said.",
    )
    assert (doc.date, doc.outlet) == (date, outlet)
    assert body_text(doc)[0].startswith("Acme Corp. said on Tuesday")


def test_only_a_dateline_opening_the_text_dates_it_or_names_its_outlet():
    """Prose that starts with a place and a region, a region opening a wrapped line, an
    agency the prose credits and a headline in capitals are no dateline: their dates are
    ones the article mentions."""

    def date_and_outlet(text):
        meta = text_metadata(text)
        return meta["date"], meta["outlet"]

    assert date_and_outlet("PORTLAND, Maine, June 4, 2025 (AP) — Ferries stopped.") == (
        "2025-06-04",
        "AP",
    )
    for text in [
        "WASHINGTON, D.C. is bracing for heat on Aug. 12, 2025 — forecasters said. Schools shut.",
        "Crews fought the fire near Pine Hollow,\nCalif., Aug. 12, 2025 — officials said. It grew.",
        "Sales rose on Monday. The figures (Reuters) - were released late, officials said.",
        "FLOODS HIT THE VALLEY, Calif. (VIDEO)\nRivers rose on Aug. 11, 2025, officials said.",
    ]:
        assert date_and_outlet(text) == (None, None), text
    # a region in capitals in a dateline's brackets is no outlet; a call sign is
    assert date_and_outlet("ALÈS (GARD) - Les pluies ont inondé la ville.")[1] is None
    assert date_and_outlet("PORTLAND (OR) - The river rose overnight.")[1] is None
    assert date_and_outlet("AUSTIN (KXAN) — The city council met.")[1] == "KXAN"


def test_a_given_outlet_wins_over_the_datelines(tmp_path):
    """The outlet a JSON article names is its outlet; the dateline's agency fills in only
    where none is given (a paper running a wire story is still the paper)."""
    text = "DENVER, Colo., Sept. 9, 2025 (AP) — Snow closed the passes. Drivers waited."
    (tmp_path / "a.json").write_text(json.dumps({"text": text, "outlet": "Gazette"}), "utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    docs = load_paths([tmp_path])
    assert [(d.outlet, d.date) for d in docs] == [("Gazette", "2025-09-09"), ("AP", "2025-09-09")]


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, March 3, 2025 /PRNewswire/ -- 23andMe Holding Co. said sales rose.",
        "NEW YORK, March 3, 2025 /PRNewswire/ -- iRobot Corp. said sales rose.",
        "NEW YORK, March 3, 2025 /PRNewswire/ -- (Acme) said sales rose.",
        "NEW YORK, March 3, 2025 /PRNewswire/ -- $5 million was raised, Acme said.",
        "March 3, 2025 /PRNewswire/ -- Acme Inc. said sales rose.",
        "MADRID, 3 de marzo de 2025 /EFE/ - el Gobierno aprobó la ley.",
    ],
)
def test_a_wire_dateline_dates_the_article_whatever_opens_the_story(text):
    """A wire between the dateline's date and its dash dates the article also when the story
    opens with a figure, a bracket or a name in lower case, or the dateline has no place."""
    assert find_date(text) == "2025-03-03"


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- 23andMe Holding Co. grew.", "GLOBE NEWSWIRE"),
        ("BEDFORD, Mass., March 3, 2025 /PRNewswire/ -- iRobot Corp. grew.", "PRNewswire"),
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--eBay Inc. said sales grew.", "BUSINESS WIRE"),
    ],
)
def test_a_wire_dateline_names_the_outlet_whatever_opens_the_story(text, outlet):
    """A story opening in lower case or with a figure after the wire: the wire is still the
    article's outlet, as it is before a capital."""
    assert text_metadata(text)["outlet"] == outlet


def test_a_slash_around_a_word_is_no_wire():
    """Between slashes with spaces, only a name that says "wire" is one ("/ ACCESSWIRE /"):
    "KYIV / Ukraine / -" names no outlet; a news agency's wire is still the outlet."""
    assert text_metadata("KYIV / Ukraine / - Russia fired 40 drones overnight.")["outlet"] is None
    text = "NEW YORK, March 3, 2025 (Dow Jones Newswires) -- Nvidia reported record sales."
    assert text_metadata(text)["outlet"] == "Dow Jones Newswires"


def test_a_line_with_a_long_run_of_spaces_is_read_in_linear_time():
    """A scraped heading padded with spaces gives its title at once (a closing-"#" pattern
    searched the run again from each of its spaces: seconds on 20,000)."""
    text = "Storm hits the coast" + " " * 40_000 + "x\nThe storm hit the coast on Monday."
    start = time.process_time()
    text_metadata(text)
    assert time.process_time() - start < 2.0  # over ten seconds, were it quadratic


@pytest.mark.parametrize(
    "dateline, date, outlet",
    [
        # two places joined by a slash
        ("GENEVA/LUSAKA, Aug. 21, 2026 (Reuters) - ", "2026-08-21", "Reuters"),
        ("NEW YORK/LONDON, March 3 (Reuters) - ", None, "Reuters"),
        ("SYDNEY (AAP) - ", None, "AAP"),
        # a place in mixed case and a full date, no wire: a company's own release
        ("Munich, March 3, 2026 – ", "2026-03-03", None),
        ("Munich, Germany, March 3, 2026 – ", "2026-03-03", None),
        ("Paris, le 3 mars 2026 – ", "2026-03-03", None),
        ("Milano, 3 marzo 2026 - ", "2026-03-03", None),
        # wires named between dashes, in brackets without "wire", or passed on "via" another
        ("Vancouver, BC - TheNewswire - March 3, 2026 - ", "2026-03-03", "TheNewswire"),
        ("NEW YORK, March 3, 2026 --(PR.com)-- ", "2026-03-03", "PR.com"),
        ("NEW YORK, March 3, 2026 (GLOBE NEWSWIRE) -- via IBN -- ", "2026-03-03", "GLOBE NEWSWIRE"),
        # EIN Presswire's: the state and the country, and the wire's web address
        (
            "WASHINGTON, DC, UNITED STATES, March 3, 2026 /EINPresswire.com/ -- ",
            "2026-03-03",
            "EINPresswire",
        ),
        (
            "Austin, Texas, United States, March 3, 2026 /EINPresswire.com/ -- ",
            "2026-03-03",
            "EINPresswire",
        ),
    ],
)
def test_more_dateline_forms_date_the_article_name_its_outlet_and_are_cut(dateline, date, outlet):
    """Two places joined by a slash, an Australian agency, a place in mixed case with a full
    date and a dash, and wires written between dashes ("- TheNewswire -"), as "(PR.com)" or
    followed by the distributor ("via IBN --"): the dateline dates the article, names its
    outlet and is cut from the prose the brief quotes."""
    doc = build_document(
        "ACME CLOSES TWO PLANTS",
        dateline + "Acme Corp. said on Tuesday that it would close two plants.",
        "Workers were told in the morning, officials said.",
    )
    assert (doc.date, doc.outlet) == (date, outlet)
    assert body_text(doc)[0] == "Acme Corp. said on Tuesday that it would close two plants."


def test_a_region_with_no_space_after_the_comma_or_of_one_letter_dates_the_article():
    """ "WASHINGTON,D.C., Nov. 13, 2024 —" is a dateline as "WASHINGTON, D.C., ..." is: its
    date is the article's (weekdays are anchored to it)."""
    for dateline in ("WASHINGTON,D.C., Nov. 13, 2024 — ", "SPRINGFIELD, X, Nov. 13, 2024 — "):
        assert find_date(dateline + "The talks began on Wednesday.") == "2024-11-13", dateline


def test_a_name_and_a_date_in_brackets_opening_prose_names_no_outlet():
    """ "Smith (Jane Doe - March 3) - ..." opens prose: "Jane Doe" is no wire and no outlet;
    Newsfile's "(Newsfile - March 3, 2026) -" still names the outlet and dates the article."""
    meta = text_metadata("Smith (Jane Doe - March 3, 2026) - The forward said he would stay.")
    assert (meta["date"], meta["outlet"]) == (None, None)
    meta = text_metadata("Vancouver--(Newsfile - March 3, 2026) - Acme Mining reported gold.")
    assert (meta["date"], meta["outlet"]) == ("2026-03-03", "Newsfile")


def test_a_sentence_opening_with_a_place_and_a_date_is_no_dateline():
    """ "Paris, March 3 was ..." is prose: without a year and a dash after the date no
    dateline is read, and the date is one the prose mentions."""
    text = "Paris, March 3, 2026 was the coldest day of the year, forecasters said."
    assert text_metadata(text)["date"] is None
    doc = build_document("COLD SNAP", "Paris, March 3 – Cold weather gripped the city, they said.")
    assert body_text(doc)[0].startswith("Paris, March 3")


@pytest.mark.parametrize(
    "byline, outlet",
    [
        ("By Jun Ramirez, Manila Daily Herald", "Manila Daily Herald"),
        ("By Grace Mwale, Zambara Times", "Zambara Times"),
        ("By Tom Mbeki, The East African Observer", "The East African Observer"),
        ("By Jane Roe for The Guardian", "The Guardian"),
        ("By Jane Roe, Reuters", "Reuters"),
        ("By Jane Roe and John Doe, Reuters", "Reuters"),
        ("By Jane Roe, John Doe and Ann Lee, Manila Daily Herald", "Manila Daily Herald"),
        # a title or an office is no outlet
        ("By Jane Roe, Staff Writer", None),
        ("By Jane Roe, Public Affairs Office", None),
        ("By Jane Roe, Agencies", None),
    ],
)
def test_a_byline_names_the_outlet_where_nothing_else_does(byline, outlet):
    """The outlet a byline names after the writer is the article's outlet where no dateline or
    banner names one; the byline is not prose the brief could quote."""
    doc = build_document(
        "Council approves the budget",
        byline,
        "HARLOW, Ohio, March 3, 2026 — The council approved the budget on Monday.",
    )
    assert doc.outlet == outlet
    assert body_text(doc) == ["The council approved the budget on Monday."]
    # a dateline's agency still names the outlet first
    doc = build_document("Budget", byline, "HARLOW, Ohio (AP) — The council approved it.")
    assert doc.outlet == "AP"


def test_bylines_and_new_datelines_padded_with_a_long_run_are_read_in_linear_time():
    """A byline or one of these datelines followed by 40,000 spaces, dashes, slashes or letters
    is read at once (a byline's affiliation and the spaces after it took seconds on 5,000)."""
    heads = ("By Jane Roe, ", "By Jane Roe, The", "GENEVA/", "Munich, March 3, 2026")
    for head in (*heads, "Vancouver, BC - TheNewswire", "NEW YORK --(PR.com)"):
        for run in (" ", "-", "/", "a", "A"):
            text = "Budget\n" + head + run * 40_000 + "!"
            start = time.process_time()
            text_metadata(text)
            body_text(build_document(text))
            assert time.process_time() - start < 2.0, (head, run)


def test_a_sentence_opening_on_a_weekday_and_a_full_date_keeps_its_words_and_dates_the_article():
    """ "On Tuesday, March 3, 2026 – Acme AG said ..." is a sentence, not a place's dateline:
    the brief quotes it whole, and its date still dates the article."""
    line = "On Tuesday, March 3, 2026 – Acme AG said it would build a plant in Ohio."
    doc = build_document("ACME TO BUILD OHIO PLANT", line, "Work starts in May, it said.")
    assert body_text(doc) == [line, "Work starts in May, it said."]
    assert doc.date == "2026-03-03"


def test_a_place_of_two_words_whose_second_is_a_weekday_elsewhere_dates_the_article():
    """ "Santo Domingo, March 3, 2026 – El Gobierno ..." is a dateline (a place's second word may
    be a weekday in another language): it is cut, and its date dates the article."""
    story = "El Gobierno aprobó el plan de obras para la capital."
    for dateline in ("Santo Domingo, March 3, 2026 – ", "Santo Domingo, 3 de marzo de 2026 – "):
        doc = build_document("PLAN DE OBRAS", dateline + story, "Las obras empiezan en mayo.")
        assert body_text(doc) == [story, "Las obras empiezan en mayo."], dateline
        assert doc.date == "2026-03-03", dateline


def test_a_headline_naming_a_reporter_or_going_by_land_is_the_title_not_a_byline():
    """A headline about hiring a reporter names no writer's desk, and "By Land and Sea" no
    writers: each is the article's title."""
    for head in (
        "Washington Post Hires Veteran Political Reporter",
        "Times Names New Chief Correspondent",
        "By Land and Sea",
    ):
        assert text_metadata(f"{head}\n{ARTICLE}")["title"] == head


def test_a_banner_with_a_long_run_of_domain_like_text_is_read_in_linear_time():
    """A heading-like line holding a long run of dotted or hyphenated letters ("a.a.a...",
    "x-a-a-...") is read at once (the web-domain pattern read the rest of the run again from
    each letter: over five seconds on each of these runs), and a banner's domain still names the
    outlet."""
    for run in ("About " + "a." * 16_000 + "a", "x" + "-a" * 10_000, "Read " + "a.b-" * 6_000):
        start = time.process_time()
        text_metadata(run + "\nThe council approved the budget on Monday.")
        assert time.process_time() - start < 1.0, run[:12]
    meta = text_metadata("Eastbury Daily news.eastbury-daily.co.uk\n" + ARTICLE)
    assert meta["outlet"] == "news.eastbury-daily.co.uk"


@pytest.mark.parametrize(
    "line",
    [
        "Last Tuesday, March 3, 2026 – Acme AG said it would build a plant.",
        "Early Monday, March 2, 2026 – Fire crews reached the village.",
    ],
)
def test_a_sentence_opening_on_a_phrase_with_a_weekday_and_a_date_is_no_dateline(line):
    """Its words stay, and the day it tells of is not taken for the publication date."""
    doc = build_document(line)
    assert body_text(doc) == [line]
    assert doc.date is None


@pytest.mark.parametrize(
    "byline, outlet",
    [
        ("By Helen Pidd, Northern Echo", "Northern Echo"),
        ("By Rui Costa, Jornal de Notícias", "Jornal de Notícias"),
        ("By Made Wirawan, Pos Bali", "Pos Bali"),
        ("By Ángel Pérez, Diario de Sevilla", "Diario de Sevilla"),
        ("By Anna Neri, Corriere della Sera", "Corriere della Sera"),
        ("By Lena Vogt, Badische Zeitung", "Badische Zeitung"),
        # a desk after an outlet's word is still no outlet, nor is a place
        ("By Jane Roe, Diario Staff Writer", None),
        ("By Jane Roe, New York", None),
    ],
)
def test_a_byline_names_an_outlet_in_any_language_or_word_order(byline, outlet):
    """A local paper named after the writer ("Northern Echo", "Jornal de Notícias", "Pos
    Bali": the paper's word first or last, small words and accents inside) is the article's
    outlet, and the byline is not prose the brief could quote."""
    doc = build_document(
        "Council approves the budget",
        byline,
        "HARLOW, March 3, 2026 — The council approved the budget on Monday.",
    )
    assert doc.outlet == outlet
    assert body_text(doc) == ["The council approved the budget on Monday."]
    assert text_metadata(f"By Land and Sea\n\n{ARTICLE}") == {
        "title": "By Land and Sea",
        "outlet": None,
        "date": None,
    }
