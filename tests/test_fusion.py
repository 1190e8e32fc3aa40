from summarizer.config import FusionConfig
from summarizer.fusion import fuse, is_dangling, numbers_agree, off_topic
from summarizer.pipeline import split_documents
from summarizer.types import Claim

from .builders import build_document

A = build_document(
    "A magnitude 6.1 earthquake struck the port city of Valdera on Sunday morning.",
    "Rescue teams pulled 40 people from collapsed buildings, the fire service said.",
    "The local football club postponed its weekend match.",
    doc_id="a",
)
B = build_document(
    "A 6.1-magnitude earthquake hit the port city of Valdera on Sunday morning.",
    "Officials said 12 people were killed in the quake.",
    doc_id="b",
)


def claims_of(doc, sentences):
    n = len(doc.text)
    return [Claim(s.text, doc.id, (s.span,), s.start / n) for s in sentences[doc.id]]


def test_shared_fact_leads_and_cites_both_sources(embedder):
    sents = split_documents([A, B])
    claims = claims_of(A, sents) + claims_of(B, sents)
    headline, summary, points, stats = fuse(claims, [A, B], sents, embedder, FusionConfig())
    first = summary[0]
    assert "Valdera" in first.text
    assert {c.source for c in first.citations} == {"a", "b"}
    texts = [s.text for s in summary + points]
    # the two wordings of the quake are one fact: only one is kept
    assert sum("Valdera" in t for t in texts) == 1
    for s in summary + points:
        for c in s.citations:
            assert {"a": A, "b": B}[c.source].text[c.start : c.end] == c.quote
    assert headline.startswith("A") and stats["multi_source_sentences"] >= 1


def test_word_budget_is_respected(embedder):
    sents = split_documents([A, B])
    claims = claims_of(A, sents) + claims_of(B, sents)
    _, summary, points, _ = fuse(claims, [A, B], sents, embedder, FusionConfig(words=20))
    assert 0 < sum(len(s.text.split()) for s in summary + points) <= 20


def test_citation_needs_matching_numbers():
    assert numbers_agree("40 people were rescued", "Rescuers saved 40 people.")
    assert not numbers_agree("45 people were rescued", "Rescuers saved 40 people.")


def test_dangling_sentences_are_recognised():
    assert is_dangling("He added that talks would resume.")
    assert is_dangling("On Tuesday, she said the plan had failed.")
    assert is_dangling("“We will not give up.”")
    assert not is_dangling("On Tuesday, Mayor Ruiz said the plan had failed.")
    assert not is_dangling("“We will not give up,” Mayor Ruiz said.")


QUAKE = [
    "A strong earthquake struck the port city of Valdera early on Sunday, officials said.",
    "Rescue teams searched collapsed buildings in Valdera after Sunday's earthquake.",
    "The earthquake that hit Valdera on Sunday damaged the harbour and the old town.",
]
STRAY = "The chess championship in Oslo ended in a draw after a marathon final game on Friday."


def test_a_stray_article_is_left_out_and_listed(embedder):
    docs = [build_document(t, doc_id=f"q{i}") for i, t in enumerate(QUAKE)]
    docs.append(build_document(STRAY, doc_id="stray"))
    sents = split_documents(docs)
    claims = [c for d in docs for c in claims_of(d, sents)]
    strays = off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold)
    assert strays == ["stray"]
    _, summary, points, stats = fuse(claims, docs, sents, embedder, FusionConfig(), (), strays)
    assert stats["off_topic"] == ["stray"]
    assert all(c.source != "stray" for s in summary + points for c in s.citations)


def test_syndicated_copies_count_as_one_source():
    from summarizer.fusion import source_groups

    wire = "The central bank raised its main interest rate by half a point on Thursday. " * 3
    docs = [
        build_document(wire, doc_id="a"),
        build_document(wire + "Copyright Daily Gazette.", doc_id="b"),
        build_document(QUAKE[0] + " " + QUAKE[1], doc_id="c"),
    ]
    assert source_groups(docs, 0.8) == {"a": "a", "b": "a", "c": "c"}


def test_concepts_are_stemmed_content_bigrams_shared_by_two_sources():
    from summarizer.fusion import concept_weights, concepts

    assert ("rescu", "team") in concepts("Rescue teams searched the rubble.")
    assert ("of", "the") not in concepts("most of the city")  # two stop words
    docs = [build_document(t, doc_id=f"q{i}") for i, t in enumerate(QUAKE)]
    weights = concept_weights(split_documents(docs), {d.id: d.id for d in docs})
    assert weights[("on", "sunday")] == 2  # "on Sunday" in two of the three articles
    assert ("old", "town") not in weights  # one source only: no consensus weight


def test_relative_weekdays_are_anchored_to_the_article_date():
    from summarizer.fusion import anchor_dates

    # 2024-11-13 was a Wednesday
    assert anchor_dates("Blinken warned Wednesday that", "2024-11-13") == (
        "Blinken warned Wednesday (2024-11-13) that"
    )
    assert anchor_dates("It was confirmed on Tuesday.", "2024-11-13") == (
        "It was confirmed on Tuesday (2024-11-12)."
    )
    assert anchor_dates("Talks resume next Monday.", "2024-11-13") == "Talks resume next Monday."
    assert anchor_dates("Talks resumed Monday.", None) == "Talks resumed Monday."
