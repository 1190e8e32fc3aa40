"""The headline never states a figure the brief's conflicts dispute as if it were settled."""

from dataclasses import replace

from summarizer.config import FusionConfig
from summarizer.conflicts import detect_conflicts
from summarizer.fusion import _numeric_facts, disputed_figures, fuse, headline
from summarizer.notes import has_contested_note
from summarizer.pipeline import split_documents
from summarizer.types import Claim

from .builders import build_document, conflicts_of, scored

CRASH_A = build_document(
    "A passenger jet crashed in a forest near Valdera airport on Thursday evening, killing "
    "64 people, regional officials said.",
    "The airline said the plane had left Lisbon two hours earlier.",
    "Investigators recovered both flight recorders on Friday.",
    doc_id="a",
    title="Jet crashes on approach to Valdera airport, 64 feared dead",
)
CRASH_B = build_document(
    "A passenger jet crashed short of the runway near Valdera airport on Thursday, killing "
    "58 people, officials said Friday.",
    "Survivors described thick fog and a sudden drop seconds before the impact.",
    doc_id="b",
    title="Survivors describe chaos after Valdera crash that killed 58",
)

# two reports of one storm that differ on its toll (eight dead against 11)
STORM = (
    "The storm killed eight people in the port of Valdera on Tuesday, police said.",
    "The storm killed 11 people in the port of Valdera on Tuesday, officials said.",
)


def _brief(embedder, *docs):
    """The conflicts, headline and sentences of the brief fused from ``docs``."""
    sents = split_documents(list(docs))
    conflicts = detect_conflicts(list(docs), sents, embedder)
    claims = [Claim(s.text, s.doc_id, (s.span,), 0.0) for v in sents.values() for s in v]
    title, summary, points, _ = fuse(claims, list(docs), sents, embedder, FusionConfig(), conflicts)
    return conflicts, title, summary + points


def test_a_title_drops_the_phrase_stating_a_disputed_toll(embedder):
    conflicts, title, sentences = _brief(embedder, CRASH_A, CRASH_B)
    assert sorted(side.value for k in conflicts for side in k.sides) == [
        "58 people",
        "64 people",
    ]
    # "64 feared dead" counts the dead the conflict counts, in other words
    assert title == "Jet crashes on approach to Valdera airport", title
    # every sentence of the brief that states a disputed toll says that sources differ
    for s in sentences:
        if "58 people" in s.text or "64 people" in s.text:
            assert has_contested_note(s.text), s.text


def test_a_title_is_checked_against_every_conflict_not_only_the_top_facts(embedder):
    conflicts = conflicts_of(*STORM, embedder=embedder)
    top = scored("The storm flooded the old town of Valdera and closed its port on Tuesday.")
    cut = build_document("Body.", doc_id="x", title="Storm floods Valdera and closes port, 11 dead")
    news = build_document(
        "Body.", doc_id="y", title="Storm kills 11 and floods old town of Valdera"
    )
    disputed = disputed_figures(conflicts)
    # the top fact states no toll, yet the title must not state the disputed one
    got = headline(top, [cut], embedder, 0.4, disputed=disputed)
    assert got == "Storm floods Valdera and closes port", got
    # the figure is the title's news: no title is left, the top fact heads the brief
    got = headline(top, [news], embedder, 0.4, disputed=disputed)
    assert got == top.claim.text.rstrip("."), got
    # with no conflict the title heads it
    assert headline(top, [news], embedder, 0.4) == news.title


def test_no_fallback_headline_states_a_disputed_figure(embedder):
    [k] = conflicts_of(
        "The blast at the chemical plant in Valdera killed four workers on Tuesday.",
        "The blast at the chemical plant in Valdera killed six workers on Tuesday, police said.",
        embedder=embedder,
    )
    disputed = disputed_figures([k])
    quoted = scored("“We heard a bang and then the windows shattered,” a neighbour said.")
    # the next facts of the brief: one stating a disputed toll (unnoted) gives way
    following = [
        "Six workers died in the explosion at the Valdera chemical plant on Tuesday.",
        "The city widened the evacuation zone around the Valdera plant on Tuesday evening.",
    ]
    got = headline(quoted, [], embedder, following=following, disputed=disputed)
    assert got == following[1].rstrip("."), got
    # the lead likewise
    lead = "Four workers were killed in an explosion at a chemical plant in Valdera on Tuesday."
    got = headline(quoted, [], embedder, following=following, lead=lead, disputed=disputed)
    assert got == following[1].rstrip("."), got


def test_a_top_fact_stating_a_disputed_toll_is_cut_to_its_news(embedder):
    [k] = conflicts_of(
        "A passenger jet crashed near Valdera airport on Thursday, killing 64 people, "
        "officials said.",
        "A passenger jet crashed near Valdera airport on Thursday, killing 63 people, "
        "officials said Friday.",
        embedder=embedder,
    )
    top = scored(
        "A passenger jet with 90 people on board crashed in thick fog near Valdera airport on "
        "Thursday, killing 63 people."
    )
    got = headline(top, [], embedder, disputed=disputed_figures([k]))
    assert got.startswith("A passenger jet") and "63" not in got, got


def test_the_news_title_says_sources_differ_before_a_sentence_from_further_in(embedder):
    [k] = conflicts_of(*STORM, embedder=embedder)
    top = scored("“The storm killed 11 people in Valdera and flooded the port,” the mayor said.")
    title = build_document("Body.", doc_id="x", title="Storm kills 11 in the port of Valdera")
    following = ["The national rail company offered its condolences to the families."]
    got = headline(top, [title], embedder, 0.4, following=following, disputed=disputed_figures([k]))
    assert got == "Storm kills 11 in the port of Valdera (sources differ on this figure)", got


def test_the_day_of_a_date_is_no_disputed_figure(embedder):
    """Tolls of 8 and 11 in dispute: "March 11" is a day, not a toll of 11, and the top fact
    that dates the floods to it still heads the brief."""
    [k] = conflicts_of(
        "The floods killed eight people in the town of Valdera on Tuesday, police said.",
        "The floods killed 11 people in the town of Valdera on Tuesday, officials said.",
        embedder=embedder,
    )
    top = scored("Floods swept through the town of Valdera on March 11, forcing thousands to flee.")
    got = headline(top, [], embedder, disputed=disputed_figures([k]))
    assert got == top.claim.text.rstrip("."), got


def test_a_whole_title_heads_the_brief_before_one_cut_to_leave_its_figure_out(embedder):
    conflicts = conflicts_of(*STORM, embedder=embedder)
    top = scored("A storm killed people in the port of Valdera on Tuesday.")
    # the cut would take the news with it: "Storm in the port of Valdera" says nothing happened
    cut = build_document("Body.", doc_id="x", title="Storm in the port of Valdera, 11 killed")
    whole = build_document("Body.", doc_id="y", title="Deadly storm hits Valdera")
    got = headline(top, [cut, whole], embedder, 0.4, disputed=disputed_figures(conflicts))
    assert got == whole.title, got


def test_a_date_in_a_sentence_is_no_disputed_toll_in_the_brief(embedder):
    """Tolls of 8 and 11 in dispute: a sentence that dates the floods to "March 11" and
    states no toll says nothing in dispute, and carries no note."""
    docs = [
        build_document(
            "The floods killed eight people in the town of Valdera on Tuesday, police said.",
            "Rescue teams searched the river banks on Wednesday.",
            doc_id="a",
        ),
        build_document(
            "The floods killed 11 people in the town of Valdera on Tuesday, officials said.",
            doc_id="b",
        ),
        build_document(
            "Deadly floods hit the town of Valdera on March 11, officials said.", doc_id="c"
        ),
    ]
    conflicts, _, sentences = _brief(embedder, *docs)
    assert sorted(side.value for k in conflicts for side in k.sides) == [
        "11 people",
        "eight people",
    ]
    texts = [s.text for s in sentences]
    assert "Deadly floods hit the town of Valdera on March 11, officials said." in texts, texts
    # the toll itself still says that sources differ
    assert any(has_contested_note(t) for t in texts if "eight people" in t), texts


def test_what_befell_a_disputed_toll_is_read_past_a_date_of_the_same_number(embedder):
    """Of "On Tuesday, March 11, the storm killed 11 people" the toll is the 11 who were
    killed, not the day; a title stating "11 feared dead" states the disputed toll."""
    [k] = conflicts_of(
        "On Tuesday, March 11, the storm killed 11 people in the port of Valdera, police said.",
        "On Tuesday, the storm killed 14 people in the port of Valdera, officials said.",
        embedder=embedder,
    )
    disputed = disputed_figures([k])
    assert sorted((f.value, said) for f, said in disputed) == [("11", "dead"), ("14", "dead")]
    top = scored("The storm flooded the old town of Valdera and closed its port on Tuesday.")
    title = build_document(
        "Body.", doc_id="x", title="Storm floods Valdera and closes port, 11 feared dead"
    )
    got = headline(top, [title], embedder, 0.4, disputed=disputed)
    assert got == "Storm floods Valdera and closes port", got


# a blast told over two days: Monday's title counts four dead, Tuesday's titles seven
BLAST_DAY_ONE = build_document(
    "A blast tore through the Varnholt chemical works on Monday, killing at least four workers.",
    doc_id="mon",
    title="Blast at Varnholt chemical works kills at least 4, hundreds evacuated",
    date="2031-05-12",
)
BLAST_DAY_TWO = build_document(
    "The death toll from Monday's blast at the Varnholt chemical works rose to seven on Tuesday.",
    doc_id="tue",
    title="Varnholt chemical works blast: death toll rises to seven, inquiry opened",
    date="2031-05-13",
)


def test_a_title_stating_a_toll_a_later_title_counts_up_does_not_head_the_brief(embedder):
    # the older title is the closest to the top fact, yet its toll is no longer the news
    top = scored("A blast at the Varnholt chemical works kills at least 4, hundreds evacuated.")
    got = headline(top, [BLAST_DAY_ONE, BLAST_DAY_TWO], embedder, 0.0)
    assert got == "Varnholt chemical works blast: death toll rises to seven, inquiry opened", got


def test_a_title_stating_a_figure_a_later_report_updates_does_not_head_the_brief(embedder):
    # the update the brief knows of (cluster_changes), not only from the titles
    [old] = _numeric_facts("killing at least four workers", "en")
    top = scored("A blast at the Varnholt chemical works kills at least 4, hundreds evacuated.")
    day_one = replace(BLAST_DAY_ONE, date=None)
    got = headline(top, [day_one, BLAST_DAY_TWO], embedder, 0.0, superseded=[(old, "dead")])
    assert "4" not in got, got


def test_an_untitled_top_fact_leaves_out_a_figure_a_later_report_updates(embedder):
    # no titles: the headline is the top fact, cut to what is still the news
    [old] = _numeric_facts("killing at least four workers", "en")
    top = scored(
        "A blast tore through the Varnholt chemical works on Monday, killing at least four workers."
    )
    untitled = [replace(BLAST_DAY_ONE, title=None), replace(BLAST_DAY_TWO, title=None)]
    got = headline(top, untitled, embedder, 0.0, superseded=[(old, "dead")])
    assert "four" not in got and got.startswith("A blast tore through the Varnholt"), got


def test_a_title_leaves_out_a_disputed_term_its_preposition_puts(embedder):
    [k] = conflicts_of(
        "Judge Ana Ferris sentenced the banker Paul Oder to nine years in prison on Friday.",
        "Judge Ana Ferris sentenced the banker Paul Oder to 11 years in prison on Friday.",
        embedder=embedder,
    )
    top = scored("Judge Ana Ferris sentenced the banker Paul Oder to nine years in prison.")
    titles = [
        build_document(
            "Body.",
            doc_id="x",
            title="Banker Oder sentenced to 9 years; judge cites staggering losses",
        )
    ]
    got = headline(top, titles, embedder, 0.0, disputed=disputed_figures([k]))
    # no room in a headline to say sources differ: the figure is left out, not noted
    assert got == "Banker Oder sentenced; judge cites staggering losses", got
    # "to 9 years in prison" is not cut: "sentenced in prison" would say something else
    titles = [
        build_document("Body.", doc_id="x", title="Banker Oder sentenced to 9 years in prison")
    ]
    got = headline(top, titles, embedder, 0.0, disputed=disputed_figures([k]))
    assert "sentenced in prison" not in got, got
