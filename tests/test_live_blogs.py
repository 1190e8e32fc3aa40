"""A live blog: dated by its "Updated ..." header, its timestamped entries read in time
order, a newer entry's figure updating an older entry's."""

from summarizer.fusion import cluster_changes
from summarizer.load import load_cluster
from summarizer.pipeline import split_documents, summarize

from .builders import BagEmbedder, body_text, build_document

# Entries newest first, as news sites export a live page.
HEADER = [
    "Flooding in Vessenberg: thousands evacuated as river bursts its banks - live",
    "Updated 19:20 BST, Thursday 3 September 2026",
]
LATE = [
    "18:45 BST",
    "Firefighters say 85 people have now been rescued from the flooded streets of Vessenberg.",
]
MIDDAY = [
    "14:05 BST",
    "The mayor said the town hall would stay open as a shelter overnight.",
]
EARLY = [
    "09:30 BST",
    "Firefighters say 40 people have been rescued from the flooded streets of Vessenberg.",
]


def _blog(*entries: list[str], doc_id: str = "live") -> object:
    """A live blog's Document: the header, then ``entries`` in the order given."""
    text = "\n".join(HEADER + [line for entry in entries for line in entry])
    return load_cluster([{"id": doc_id, "text": text}])[0]


def _updates(*docs) -> set[tuple[str, str, str]]:
    """The figures the cluster ``docs`` updates, as (the older's article, its value, the
    newer's value)."""
    docs = list(docs)
    updates, _ = cluster_changes(docs, split_documents(docs), BagEmbedder(), 0.6)
    return {(old.sentence.doc_id, old.fact.value, new.fact.value) for old, new in updates}


def test_live_blog_is_dated_by_its_updated_header_and_its_stamps_are_no_prose():
    doc = _blog(LATE, MIDDAY, EARLY)
    assert doc.date == "2026-09-03"
    assert not any("BST" in text for text in body_text(doc))


def test_british_date_line_dates_an_article():
    text = "Council approves budget\nPublished 14 May 2025\nThe council approved the budget."
    assert load_cluster([text])[0].date == "2025-05-14"
    # a date the prose mentions is not when the article was published
    prose = "Council approves budget\nThe budget agreed on 14 May 2025 was approved again."
    assert load_cluster([prose])[0].date is None


def test_entries_are_ordered_in_time_newest_first():
    from summarizer.clean import entry_order

    newest_first = _blog(LATE, MIDDAY, EARLY)
    assert [place for _, place in entry_order(newest_first.text)] == [2, 1, 0]
    # stamps that run oldest first are a timeline's, whose entries were written at once
    assert entry_order(_blog(EARLY, MIDDAY, LATE).text) == []
    # a report quoting a clock time or two is no live blog
    assert entry_order("Talks began\n09:30\nThe talks began.\n10:00\nThey ended.") == []
    # a 12-hour clock past noon, and a blog past midnight, still run newest first
    assert [p for _, p in entry_order("Live\n1.10pm\nC.\n12.05pm\nB.\n11.30am\nA.")] == [2, 1, 0]
    assert [p for _, p in entry_order("Live\n00:20\nC.\n23:40\nB.\n22:10\nA.")] == [2, 1, 0]
    # the page's date line with a clock is no entry
    dated = "Live\nThu 3 Sep 2026 19.20 BST\nStandfirst.\n18:45\nC.\n14:05\nB.\n09:30\nA."
    assert [p for _, p in entry_order(dated)] == [2, 1, 0]
    # a score, a time in a race or a price is no clock stamp
    assert entry_order("Results\n9.58 secs\nA.\nSet 25:23\nB.\n12.50 euro\nC.") == []


def test_newer_entry_updates_an_older_entrys_figure():
    assert _updates(_blog(LATE, MIDDAY, EARLY)) == {("live", "40", "85")}


def test_a_timeline_of_one_nights_happenings_updates_nothing():
    """A dated report's timeline, its times alone on their lines and oldest first, tells two
    blasts' tolls: the second's five is no newer report of the first's three."""
    text = "\n".join(
        [
            "Blasts at Vessenberg plant: how the night unfolded",
            "Published 4 September 2026",
            "02:10",
            "The first explosion at the Vessenberg plant killed three workers in the storage hall.",
            "02:45",
            "A second explosion at the Vessenberg plant killed five workers in the loading bay.",
            "04:30",
            "Firefighters brought the fire at the Vessenberg plant under control.",
        ]
    )
    assert _updates(load_cluster([{"id": "tl", "text": text}])[0]) == set()


def test_brief_notes_the_newer_entrys_figure_beside_an_older_entrys():
    early = [
        "09:30 BST",
        "Firefighters say 40 people have been rescued so far from the flooded streets of "
        "Vessenberg, and a school gym has opened for families who lost their homes.",
    ]
    text = "\n".join(HEADER + LATE + MIDDAY + early)
    brief = summarize([{"id": "live", "text": text}], backend="extractive", embedder=BagEmbedder())
    said = [s.text for s in (*brief.summary, *brief.key_points)]
    assert any("85 people have now been rescued" in s for s in said)
    assert any("40 people (later reports: 85)" in s for s in said)
    assert not any("BST" in s for s in said)


def test_another_report_of_the_blogs_day_is_not_updated_by_an_entry():
    other = build_document(
        "Firefighters say 40 people have been rescued from the flooded streets of Vessenberg.",
        doc_id="wire",
        date="2026-09-03",
    )
    # the blog's own older entry is updated; the other report, which may come later, is not
    assert _updates(_blog(LATE, MIDDAY, EARLY), other) == {("live", "40", "85")}
