"""A story told over days: a later report's figure updates an earlier one's."""

import pytest

from summarizer.config import FusionConfig
from summarizer.fusion import fuse, sentence_day
from summarizer.pipeline import split_documents

from .builders import BagEmbedder, claims_of, conflicts_of, dated_documents, updates_of

DAY1 = (
    "A wildfire burned about 8,500 acres in the hills near Alder Creek on Tuesday, officials said.",
    "Residents of two villages were told to leave their homes.",
)
DAY3 = (
    "The wildfire near Alder Creek grew to 34,600 acres on Thursday, officials said.",
    "Crews built a line along the eastern edge of the blaze.",
)
DAY2 = (
    "The wildfire near Alder Creek burned about 21,000 acres on Wednesday, officials said.",
    "Schools in the valley canceled classes because of smoke.",
)


# The three days' articles, one paragraph a line.
ARTICLES = ["\n".join(paras) for paras in (DAY1, DAY2, DAY3)]


def _brief(dates, penalty=0.5):
    docs = dated_documents(ARTICLES, dates)
    sents = split_documents(docs)
    claims = [c for d in docs for c in claims_of(d, sents)]
    config = FusionConfig(words=60, superseded_penalty=penalty)
    _, summary, points, _ = fuse(claims, docs, sents, BagEmbedder(), config)
    return [s.text for s in summary + points]


def test_sentence_day_is_the_publication_date_else_a_weekday_of_the_cluster():
    # a dated article's weekday may date the happening, not the figure
    assert sentence_day("It broke out on Tuesday.", "2025-08-14", None) == "2025-08-14"
    assert sentence_day("It grew on Tuesday.", None, "2025-08-14") == "2025-08-12"
    assert sentence_day("It grew.", None, "2025-08-14") is None


def test_later_figure_updates_earlier_ones():
    dates = ["2025-08-12", "2025-08-13", "2025-08-14"]
    pairs = updates_of(*ARTICLES, embedder=BagEmbedder(), dates=dates, same_topic=0.3)
    assert {(a.fact.value, b.fact.value) for a, b in pairs} == {
        ("8500", "34600"),
        ("21000", "34600"),
    }


def test_brief_opens_with_the_latest_figure():
    later = "The Alder Creek wildfire burned about 21,000 acres on Wednesday, officials said."
    docs = dated_documents(
        [ARTICLES[1], f"{later}\n{DAY2[1]}", ARTICLES[2]],
        ["2025-08-13", "2025-08-13", "2025-08-14"],
    )
    sents = split_documents(docs)
    claims = [c for d in docs for c in claims_of(d, sents)]
    _, summary, _, _ = fuse(claims, docs, sents, BagEmbedder(), FusionConfig(words=60))
    assert "34,600 acres" in summary[0].text


def test_undated_cluster_has_no_updates():
    assert updates_of(*ARTICLES, embedder=BagEmbedder(), same_topic=0.3) == []
    # however much a superseded figure weighs, an undated cluster's brief is the same
    assert _brief([None, None, None], penalty=0.0) == _brief([None, None, None], penalty=5.0)


def test_same_day_different_figures_stay_a_conflict():
    texts = (
        "A wildfire burned about 8,500 acres near Alder Creek on Tuesday, officials said.",
        "A wildfire burned about 12,000 acres near Alder Creek on Tuesday, officials said.",
    )
    found = conflicts_of(*texts, embedder=BagEmbedder(), dates=["2025-08-12"] * 2)
    assert [k.topic for k in found] == ["acres"]
    dates = ["2025-08-12"] * 2
    assert updates_of(*texts, embedder=BagEmbedder(), dates=dates, same_topic=0.3) == []


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        # percentages of two things are two measures
        (
            "Revenue at Acme Corp rose 18% in the quarter, the company said.",
            "Net profit at Acme Corp rose 12% in the quarter, the company said.",
        ),
        # a forecast is no later value of a reported figure
        (
            "Acme reported revenue of $4.8 billion, the company said.",
            "Acme forecast revenue of $5.3 billion, the company said.",
        ),
    ],
)
def test_a_figure_of_another_measure_is_no_update(older, newer, embedder):
    # what figure_conflicts keeps apart, figure_updates does too
    assert updates_of(older, newer, embedder=embedder, dates=["2025-08-12", "2025-08-14"]) == []


def _updated(older: str, newer: str, embedder) -> set[tuple[str, str]]:
    """The (older, newer) values ``newer``, reported on Thursday, updates of ``older``,
    reported on Tuesday."""
    pairs = updates_of(older, newer, embedder=embedder, dates=["2025-08-12", "2025-08-14"])
    return {(a.fact.value, b.fact.value) for a, b in pairs}


def test_homes_without_power_update_households_without_power(embedder):
    # a later report words the count anew ("homes" for "households"): the later one is news
    older = "Northern Power said about 400,000 households were without electricity on Tuesday."
    newer = "Northern Power said about 290,000 homes were still without power on Thursday."
    assert _updated(older, newer, embedder) == {("400000", "290000")}


def test_homes_destroyed_do_not_update_households_without_power(embedder):
    older = "Northern Power said about 400,000 households were without electricity on Tuesday."
    newer = "The flood destroyed about 3,000 homes in the river valley, officials said."
    assert _updated(older, newer, embedder) == set()
