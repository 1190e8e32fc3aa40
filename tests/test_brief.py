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
