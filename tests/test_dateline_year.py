"""Year-less datelines ("MANILA, Oct. 14 (Reuters) -"): the year from the cluster's dated
articles; never an invented one (not from today's date, nor from a weekday named)."""

import time

from summarizer.load import dateline_day, load_cluster, year_less_dated
from summarizer.types import Document
from tests.builders import bag_embedder, changes_of, dated_documents

DAY1 = (
    "Storm hits coast\n\nMANILA, Oct. 14 (Reuters) - The storm has killed 3 people in the "
    "province, officials said on Tuesday."
)
DAY2 = (
    "Storm toll rises\n\nMANILA, Oct. 15 (AP) - The storm has killed 7 people in the "
    "province, officials said on Wednesday."
)


def _dates(*texts: str, dates=()) -> list[str | None]:
    """The dates :func:`year_less_dated` gives one article per text (``dates``: as published)."""
    return [d.date for d in year_less_dated(dated_documents(texts, dates))]


def test_the_dateline_day_in_english_and_other_languages():
    assert dateline_day(DAY1) == (10, 14)
    assert dateline_day("BERLIN, 13. November (dpa) - Die Bahn hat Probleme.") == (11, 13)
    assert dateline_day("MADRID, 13 de noviembre (EFE) - El Gobierno aprobó el plan.") == (11, 13)
    assert dateline_day("Paris, March 3 was a cold day for the strikers.") is None


def test_a_dated_article_of_the_cluster_gives_the_year():
    assert _dates(DAY1, DAY2, dates=[None, "2021-10-15"]) == ["2021-10-14", "2021-10-15"]


def test_the_nearest_year_crosses_new_year():
    late = "LONDON, Dec. 31 (Reuters) - Markets closed lower, traders said."
    assert _dates(late, "Markets rose.", dates=[None, "2025-01-02"])[0] == "2024-12-31"


def test_a_dated_article_months_away_gives_no_year():
    assert _dates(DAY1, "Markets rose.", dates=[None, "2021-05-02"])[0] is None


def test_no_dated_article_gives_no_year_whatever_weekday_is_named():
    # Oct. 14 was a Tuesday in 2025, but a lede may name the day before its dateline's
    # ("killed on Monday", datelined Tuesday), and "the latest year it fits" would change
    # with today's date: the brief of an archived cluster must not
    assert _dates(DAY1, DAY2) == [None, None]
    text = "BERLIN, 13. November (dpa) - Die Regierung hat am Donnerstag ein Gesetz beschlossen."
    assert _dates(text) == [None]


def test_an_article_without_a_weekday_takes_the_year_of_a_dated_one():
    plain = "MANILA, Oct. 16 (Reuters) - Rescuers reached the last flooded villages."
    assert _dates(DAY1, plain, dates=["2025-10-14", None]) == ["2025-10-14", "2025-10-16"]


def test_a_later_days_figure_updates_the_first_days():
    dated = {"text": DAY1, "date": "2025-10-14"}
    docs = load_cluster([dated, {"text": DAY2}])
    assert [d.date for d in docs] == ["2025-10-14", "2025-10-15"]
    updates = changes_of(docs, bag_embedder())
    # the day-2 toll updates the day-1 toll
    assert [(a.fact.text, b.fact.text) for a, b in updates] == [("3 people", "7 people")]


def test_a_large_cluster_of_a_few_days_is_dated_in_linear_time():
    """Each year-less article is held against each distinct date once, not against every dated
    article: 2,000 of each took seconds."""
    docs = [Document(f"u{i}", DAY1) for i in range(2_000)]
    docs += [Document(f"d{i}", "Markets rose.", date="2025-10-15") for i in range(2_000)]
    start = time.process_time()
    dated = year_less_dated(docs)
    assert time.process_time() - start < 1.0
    assert dated[0].date == "2025-10-14"
