"""The brief opens on the whole event, not on some of those it touched ("Among the dead ...")."""

import pytest

from summarizer.config import FusionConfig
from summarizer.fusion import about_a_part, fuse
from summarizer.pipeline import split_documents

from .builders import build_document, claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Among the 40 passengers on the ferry were 12 pupils from a school in Vall.",
        "Among those killed was a retired teacher from the harbour town of Esk.",
        "Two of the injured miners were flown to a hospital in the capital on Monday.",
        "Of the 300 workers at the plant, 120 will lose their jobs by March.",
        "Some of the protesters threw stones at police outside the parliament.",
    ],
)
def test_a_sentence_on_some_of_those_involved_is_about_a_part(text):
    assert about_a_part(text)


@pytest.mark.parametrize(
    "text",
    [
        "A ferry carrying 40 passengers sank off the coast of Vall on Monday.",
        "One of the country's largest banks said on Monday it would cut 5,000 jobs.",
        "One of the most senior judges in the country resigned on Friday.",
        "Officials said among other things that the port would reopen.",
        "Most of the country was without power on Tuesday after Storm Elin tore through.",
        "Half of the city was under water on Tuesday after the river burst its banks.",
    ],
)
def test_a_sentence_on_the_whole_event_is_not_about_a_part(text):
    assert not about_a_part(text)


def _opening(embedder, monkeypatch, picks: list[str]) -> str:
    """The first sentence of the brief on a ferry sinking told by two articles whose
    sentences selection picks in the order ``picks``."""
    import summarizer.fusion as fusion

    a = build_document(
        "Among the 40 passengers on the ferry that sank off Vall were 12 pupils from a "
        "school in Esk, the town's mayor said on Tuesday.",
        "The pupils were travelling to a music festival.",
        doc_id="a",
    )
    b = build_document(
        "A ferry carrying 40 passengers sank in a storm off the coast of Vall, killing "
        "at least 19 people, officials said.",
        "Rescuers pulled 21 people from the water.",
        "The ferry company said it would open an inquiry.",
        doc_id="b",
    )
    sents = split_documents([a, b])
    claims = claims_of(a, sents) + claims_of(b, sents)

    def select(scored, *args, **kwargs):
        return [next(i for i, sc in enumerate(scored) if sc.claim.text == t) for t in picks]

    monkeypatch.setattr(fusion, "select", select)
    _, summary, _, _ = fuse(claims, [a, b], sents, embedder, FusionConfig(words=120))
    return summary[0].text


def test_the_brief_opens_on_the_lede_about_the_whole_event(embedder, monkeypatch):
    part = "Among the 40 passengers on the ferry that sank off Vall were 12 pupils"
    whole = "A ferry carrying 40 passengers sank in a storm off the coast of Vall"
    picks = [
        "Among the 40 passengers on the ferry that sank off Vall were 12 pupils from a "
        "school in Esk, the town's mayor said on Tuesday.",
        "The ferry company said it would open an inquiry.",
        "A ferry carrying 40 passengers sank in a storm off the coast of Vall, killing "
        "at least 19 people, officials said.",
    ]
    # both ledes are picked: the one about the whole ferry opens, though picked later
    assert _opening(embedder, monkeypatch, picks).startswith(whole)
    # with no lede about the whole event picked, the one about some of those aboard opens
    assert _opening(embedder, monkeypatch, picks[:2]).startswith(part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Most of the dead were children.", True),
        ("Half of the 149 passengers were German.", True),
        ("Most of the country was without power on Tuesday after the storm.", False),
        ("Some of the country's largest banks were shut on Monday.", False),
        ("Some of the city was flooded overnight.", False),
        ("Half of the island lost power when the cable failed.", False),
    ],
)
def test_most_or_half_of_those_touched_is_a_part_but_not_of_the_place(text, part):
    assert about_a_part(text) is part
