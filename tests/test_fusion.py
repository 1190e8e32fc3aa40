import pytest

from summarizer.config import FusionConfig
from summarizer.facts import EN_TITLE_ABBREVIATIONS
from summarizer.fusion import fuse, is_dangling, numbers_agree, off_topic
from summarizer.pipeline import split_documents
from summarizer.text import count_words
from summarizer.types import Claim

from .builders import build_document, claims_of, scored

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
    # a hedged or rounded figure agrees with the exact one; a floor does not support the exact one
    assert numbers_agree("more than $9 billion in aid", "Some $9.2 billion in aid remains.")
    assert numbers_agree("about 1,200 homes", "The storm destroyed 1,180 homes.")
    assert not numbers_agree("$9.2 billion in aid remains", "more than $9 billion in aid")
    assert not numbers_agree("more than $9 billion in aid", "Some $8.5 billion in aid remains.")


def test_a_hedged_figure_counts_the_sources_that_give_the_exact_one(embedder):
    from summarizer.fusion import score_claims

    a = build_document(
        "The government plans to spend more than $9 billion on flood defences this year.",
        doc_id="a",
    )
    b = build_document(
        "The government plans to spend $9.2 billion on flood defences this year.", doc_id="b"
    )
    sents = split_documents([a, b])
    scored = score_claims(claims_of(a, sents), sents, embedder, FusionConfig())[0]
    assert scored[0].sources == {"a", "b"}


def test_a_source_that_gives_another_day_is_no_support(embedder):
    from summarizer.fusion import score_claims

    text = "Transport minister Andrew Hale resigned on {} after a row over rail contracts."
    a = build_document(text.format("Tuesday"), doc_id="a")
    b = build_document(text.format("Wednesday"), doc_id="b")
    c = build_document(text.format("13 November"), doc_id="c")
    sents = split_documents([a, b, c])
    dates = {"a": "2024-11-13", "b": "2024-11-14", "c": "2024-11-15"}
    # a's Tuesday is the 12th; b's Wednesday and c's "13 November" are the 13th
    scored = score_claims(claims_of(a, sents), sents, embedder, FusionConfig(), dates=dates)[0]
    assert scored[0].sources == {"a"}
    scored = score_claims(claims_of(b, sents), sents, embedder, FusionConfig(), dates=dates)[0]
    assert scored[0].sources == {"b", "c"}


@pytest.mark.parametrize(
    ("other", "cited"),
    [
        # the same fact inside a longer sentence: cited
        (
            "Organisers cancelled the open-air concert and refunded every ticket after "
            "Lena Marsh, the lead singer of the band Copper Fields, died on Tuesday at age 51.",
            True,
        ),
        # as similar, but another age: not cited
        (
            "Organisers cancelled the open-air concert and refunded every ticket after "
            "Lena Marsh, the lead singer of the band Copper Fields, died on Tuesday at age 57.",
            False,
        ),
    ],
)
def test_a_source_saying_the_same_is_cited_even_when_not_counted_for_salience(
    embedder, other, cited
):
    # support_threshold 0.99: the other source does not count for the claim's
    # score; citation_similarity lets it be checked, and cited if it supports
    a = build_document(
        "Lena Marsh, the lead singer of the band Copper Fields, died on Tuesday at age 51.",
        doc_id="a",
    )
    b = build_document(other, doc_id="b")
    sents = split_documents([a, b])
    for similarity, expected in ((0.5, cited), (1.0, False)):
        cfg = FusionConfig(
            support_threshold=0.99, specific_support=1.0, citation_similarity=similarity
        )
        _, summary, _, _ = fuse(claims_of(a, sents), [a, b], sents, embedder, cfg)
        sources = {c.source for c in summary[0].citations}
        assert sources == ({"a", "b"} if expected else {"a"}), similarity


def test_dangling_sentences_are_recognised():
    assert is_dangling("He added that talks would resume.")
    assert is_dangling("On Tuesday, she said the plan had failed.")
    assert is_dangling("“We will not give up.”")
    assert not is_dangling("On Tuesday, Mayor Ruiz said the plan had failed.")
    assert not is_dangling("“We will not give up,” Mayor Ruiz said.")
    # the name in an opening that says where a statement appeared is not the subject
    assert is_dangling("According to The Washington Post, he has spoken to the president.")
    assert is_dangling("In an interview with CNN on Sunday, she said the plan had failed.")
    assert not is_dangling("According to The Washington Post, Smith has spoken to the president.")
    assert not is_dangling("According to police, it is unclear whether the dam was inspected.")
    # a name that says something about itself: the pronoun is the speaker's
    assert not is_dangling("Demoski, 26, says he does not remember the crash.")
    assert is_dangling("Demoski said it was an accident.")  # "it" may be anything
    assert not is_dangling("Police said they found the driver at home.")
    # ... unless the number does not agree
    assert is_dangling("Police said he was found at home.")
    assert is_dangling("Officials said she had left the country.")


@pytest.mark.parametrize(
    "text",
    [
        "Another 143 people were injured.",  # counted on from another sentence's count
        "Another twenty people were hurt.",  # spelled out, as any count is
        "Another two men were arrested on Saturday.",
        "More than 400 others were injured.",
        "The others were released without charge.",
        "The day before, police had warned residents to leave.",  # dated from another's day
        "The next day, officials reopened the road.",
        "Two days later, the bridge collapsed.",
        "Hours later, the suspect was arrested.",
        "Later that day, the mayor resigned.",
        "Years later, the case was reopened.",
    ],
)
def test_a_count_or_a_day_taken_from_another_sentence_leans(text):
    assert is_dangling(text)


@pytest.mark.parametrize(
    "text",
    [
        "Another storm is expected on Friday.",  # "another" of a kind, not of a count
        "Others said the plan would fail.",
        "Authorities said others were still missing.",
        "The next election is due in 2027.",
        "Thousands of residents were evacuated on the day before the storm.",
        "The day after Thanksgiving is the busiest shopping day of the year.",  # its own day
    ],
)
def test_another_and_others_of_a_kind_stand_alone(text):
    assert not is_dangling(text)


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


def test_copies_are_found_however_many_articles_share_no_wording():
    # Only articles that share a 5-gram are compared; which copy an article joins (the
    # first one over the threshold, in order) is what comparing every pair gives.
    from summarizer.fusion import source_groups

    storm = "The storm flooded three coastal towns and cut power to forty thousand homes."
    vote = "Lawmakers approved the budget late on Friday after a long and bitter debate."
    docs = [
        build_document(storm, doc_id="a"),
        build_document(vote, doc_id="b"),
        build_document(vote + " Copyright Daily Gazette.", doc_id="c"),
        build_document(storm + " More on this later.", doc_id="d"),
        build_document(
            "The storm flooded three coastal roads, officials said on Sunday.", doc_id="e"
        ),
    ]
    assert source_groups(docs, 0.8) == {"a": "a", "b": "b", "c": "b", "d": "a", "e": "e"}
    # At a threshold of 0 any article is a copy of the first, shared wording or not.
    assert set(source_groups(docs, 0.0).values()) == {"a"}


def test_a_sentence_only_syndicated_copies_state_is_not_multi_source(embedder):
    # b is a's wire story with a footer: what it says is cited to both copies,
    # but one story told twice is one source in the brief's statistics
    wire = (
        "The central bank raised its main interest rate by half a point on Thursday. "
        "Markets in the capital fell sharply after the announcement was made. "
        "Economists had expected a smaller increase of a quarter point this month."
    )
    docs = [
        build_document(wire, doc_id="a"),
        build_document(wire + " Copyright Daily Gazette.", doc_id="b"),
        build_document(QUAKE[0] + " " + QUAKE[1], doc_id="c"),
    ]
    sents = split_documents(docs)
    claims = [c for d in docs for c in claims_of(d, sents)]
    _, summary, points, stats = fuse(claims, docs, sents, embedder, FusionConfig())
    both = [s for s in summary + points if {c.source for c in s.citations} == {"a", "b"}]
    assert both and all(
        len({c.source for c in s.citations}) == 1 for s in summary + points if s not in both
    )
    assert stats["syndicated_copies"] == ["b"]
    assert stats["multi_source_sentences"] == 0


def test_concepts_are_stemmed_content_bigrams_shared_by_two_sources():
    from summarizer.fusion import concept_weights, concepts

    assert ("rescu", "team") in concepts("Rescue teams searched the rubble.")
    assert ("of", "the") not in concepts("most of the city")  # two stop words
    docs = [build_document(t, doc_id=f"q{i}") for i, t in enumerate(QUAKE)]
    weights = concept_weights(split_documents(docs), {d.id: d.id for d in docs})
    assert weights[("on", "sunday")] == 2  # "on Sunday" in two of the three articles
    assert ("old", "town") not in weights  # one source only: no consensus weight
    # bigrams with a stop word in them weigh function_bigrams; names and figures
    # count as concepts of their own with specific_concepts
    two = [
        build_document("Rescue teams searched the harbour of Valdera on Sunday.", doc_id="x"),
        build_document("Rescue teams reached the harbour of Valdera on Sunday.", doc_id="y"),
    ]
    groups = {"x": "x", "y": "y"}
    full = concept_weights(split_documents(two), groups)
    lean = concept_weights(split_documents(two), groups, 0.5, 0.0)
    assert full[("on", "sunday")] == 2 and lean[("on", "sunday")] == 0
    assert full[("rescu", "team")] == lean[("rescu", "team")] == 2
    assert lean[("", "valdera")] == 0.5 * 2 and ("", "valdera") not in full


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
    # the future: which Saturday is meant is left as written
    for future in ("A memorial will be held on Saturday.", "Talks are scheduled for Monday."):
        assert anchor_dates(future, "2025-03-05") == future
    # a weekday with its date written out is not anchored again
    dated = "Flowers were left on Tuesday, April 11, 2017, and on Wednesday 12 April."
    assert anchor_dates(dated, "2017-04-20") == dated


# -- abstractive fusion: the model rewrites a shared fact; only verified rewrites stay ------

C = build_document(
    "The earthquake that struck Valdera on Sunday had a magnitude of 6.1, seismologists said.",
    doc_id="c",
)


def _fuse_with(reply, embedder, docs=(A, B, C)):
    sents = split_documents(list(docs))
    claims = [c for d in docs for c in claims_of(d, sents)]
    seen = []

    def generate(inputs):
        seen.extend(inputs)
        return [reply for _ in inputs]

    out = fuse(claims, list(docs), sents, embedder, FusionConfig(), generate=generate)
    return out, seen


def test_verified_rewrite_of_a_shared_fact_replaces_it_and_cites_the_sources(embedder):
    rewrite = "A 6.1-magnitude earthquake struck Valdera on Sunday."
    (_, summary, _points, stats), prompts = _fuse_with(rewrite, embedder)
    assert prompts and "Valdera" in prompts[0] and prompts[0].count("\n- ") >= 2
    first = summary[0]
    assert first.text == rewrite
    assert len({c.source for c in first.citations}) >= 2
    assert stats["abstractive_kept"] >= 1


def test_rewrite_with_a_wrong_figure_or_new_fact_is_dropped(embedder):
    for bad in (
        "A 7.1-magnitude earthquake struck Valdera on Sunday.",  # changed number
        "A 6.1-magnitude earthquake struck Valdera on Monday.",  # changed day
        "A 6.1 earthquake struck Valdera, and the mayor resigned.",  # invented fact
    ):
        (_, summary, _points, stats), _ = _fuse_with(bad, embedder)
        assert summary[0].text != bad, bad
        assert "Valdera" in summary[0].text
        assert stats["abstractive_kept"] == 0


def test_single_source_claims_are_not_sent_to_the_model(embedder):
    (_, _s, _p, stats), prompts = _fuse_with("x", embedder, docs=(A,))
    assert prompts == [] and stats.get("abstractive_tried", 0) == 0


# -- coherence: a sentence that leans on its neighbour comes with it -------------------------


def test_dangling_sentence_is_offered_with_the_sentence_before_it():
    from summarizer.fusion import with_context

    doc = build_document(
        "The Daily Ledger reported that the mayor met the developers in secret.",
        "The mayor's office denied the report, he said.",
        doc_id="p",
    )
    sents = split_documents([doc])
    claims = claims_of(doc, sents)
    out = with_context(claims, sents, 60)
    texts = [c.text for c in out]
    assert texts[0] == claims[0].text
    assert texts[1] == f"{claims[0].text} {claims[1].text}"
    assert out[1].spans == (sents["p"][0].span, sents["p"][1].span)
    # over the word limit: left alone (selection penalises it instead)
    assert [c.text for c in with_context(claims, sents, 10)] == [c.text for c in claims]


@pytest.mark.parametrize(
    "before, leaning",
    [
        # the cleaner may leave a credit on a line of its own: it names no one "it" can be
        ("(State Department photo)", "For about a decade it operated unhindered, paying off."),
        # an interviewer's question: the pair would be a transcript, not a statement
        ("Did you expect the club to play the anthem early?", "“No. Certainly not. Unbelievable.”"),
    ],
)
def test_a_credit_or_a_question_is_no_context_for_a_leaning_sentence(before, leaning):
    from summarizer.fusion import leans, with_context

    doc = build_document(before, leaning, doc_id="c")
    sents = split_documents([doc])
    [claim] = [c for c in claims_of(doc, sents) if c.spans[0] == sents["c"][-1].span]
    assert is_dangling(claim.text)  # "it", or a bare quotation: what it means is elsewhere
    [out] = with_context([claim], sents, 60)
    assert out.text == claim.text and leans(out)


@pytest.mark.parametrize(
    ("text", "imperative"),
    [
        ("Find yourself a bank that won't gouge you for $5 a month.", True),
        ("Think about the man Colbert would be replacing.", True),
        ("Follow Jane Doe on Twitter at http://twitter.com/janedoe.", True),
        ("Stay with tampabay.com for updates.", True),
        ("Check fraud rose by 12% last year, the bank said.", False),  # a noun, not a verb
        ("Call volumes fell after the outage, the company said.", False),
        ("“Think about the children,” the mayor said.", False),  # a quotation reports
    ],
)
def test_an_imperative_to_the_reader_is_no_claim(text, imperative):
    from summarizer.fusion import addresses_reader

    assert addresses_reader(text) is imperative


def test_fusion_states_no_imperative_title_or_link_line(embedder):
    doc = build_document(
        "Flooding closed the main bridge in Valdera on Sunday, police said.",
        "Find yourself a route that avoids the bridge until the water goes down.",
        "Flood Warnings Remain in Place Across Valdera Region",
        "Read the police statement: http://example.org/valdera-floods",
        "The storm also cut power to 3,000 homes across the region overnight.",
        doc_id="f",
    )
    sents = split_documents([doc])
    claims = claims_of(doc, sents)
    _, summary, points, _ = fuse(claims, [doc], sents, embedder, FusionConfig(words=200))
    texts = [s.text for s in summary + points]
    assert any("bridge in Valdera" in t for t in texts) and any("3,000" in t for t in texts)
    assert not any(t.startswith(("Find", "Flood Warnings", "Read")) for t in texts), texts


def test_a_sentence_inside_a_quotation_never_speaks_in_the_briefs_voice(embedder):
    # the statement runs over two paragraphs: its second sentence names no speaker of its own
    doc = build_document(
        "The health ministry said in a statement: “There is always a degree of uncertainty "
        "about court cases. The ruling does not affect the laws on heroin and cocaine.",
        "“It does affect newer substances such as ketamine, and the bill will say so.”",
        "Parliament will sit late on Tuesday to pass the emergency bill, officials said.",
        "The court struck down the ban on ecstasy and ketamine on Monday morning.",
        doc_id="q",
    )
    sents = split_documents([doc])
    claims = claims_of(doc, sents)
    for context in (0, 60):
        cfg = FusionConfig(words=200, context_words=context, drop_dangling=True)
        _, summary, points, _ = fuse(claims, [doc], sents, embedder, cfg)
        texts = [s.text for s in summary + points]
        assert not any(t.startswith(("The ruling", "“It does")) for t in texts), texts
        # a quotation the brief opens, it closes; no source sentence is stated twice
        assert all(t.count("“") == t.count("”") for t in texts), texts
        assert sum("degree of uncertainty" in t for t in texts) == 1, texts
        assert any("ecstasy" in t for t in texts)


def test_continues_quotation_names_the_sentences_whose_speaker_is_before_them():
    from summarizer.fusion import continues_quotation
    from summarizer.text import quotations

    doc = build_document(
        "“We will rebuild. We never gave up,” Mayor Ruiz said. The port reopened.",
        "Ruiz told reporters: “The port is open. It will stay open.",
        "“Ships are back,” she said.",
        doc_id="m",
    )
    quotes = quotations(doc.text)
    inside = [s.text for s in split_documents([doc])["m"] if continues_quotation(s, quotes)]
    # "We never gave up," names its speaker after the quotation closes
    assert inside == ["It will stay open."]


def test_a_block_quotation_is_no_context_for_its_own_next_sentence():
    from summarizer.fusion import leans, with_context

    # a statement quoted as a block: the sentence before "We ..." names no speaker either
    doc = build_document(
        "The firm issued a statement on Monday.",
        "We apologise to the nominees for the error. The presenters were given the wrong "
        "envelope. We are investigating how this could have happened.",
        doc_id="b",
    )
    sents = split_documents([doc])
    [claim] = [c for c in claims_of(doc, sents) if c.text.startswith("We are")]
    [out] = [c for c in with_context(claims_of(doc, sents), sents, 60) if "We are" in c.text]
    assert out.text == claim.text and leans(out)
    # with the speaker named in the sentence before, the pair stands
    doc = build_document(
        "The presenters were given the wrong envelope, the firm said.",
        "“We are investigating how this could have happened,” it said.",
        doc_id="n",
    )
    sents = split_documents([doc])
    [out] = [c for c in with_context(claims_of(doc, sents), sents, 60) if "We are" in c.text]
    assert out.with_context and not leans(out)


def test_a_credit_glued_to_the_front_hides_no_leading_pronoun():
    assert is_dangling("(State Department photo) For about a decade it operated unhindered.")


def test_quotation_with_a_pronoun_speaker_is_dangling():
    assert is_dangling("“NATO has grown stronger in recent years,” he said.")
    assert is_dangling("The plan failed, she told reporters on Monday.")
    assert not is_dangling("“NATO has grown stronger in recent years,” Rutte said.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mike Smith Live on Periscope 12-29-2016.", True),  # a video's caption
        ("1. The Girls Were Dropped Off by Family & Were Reported Missing", True),  # a subhead
        ("Robert Hanashiro, USA TODAY", True),  # a photo credit
        ("FLOOD WARNINGS REMAIN ACROSS THE VALDERA REGION", True),  # a headline in capitals
        ("THE PRESIDENT SIGNED THE FLOOD BILL ON TUESDAY, HIS OFFICE SAID.", False),  # wire copy
        ("It is also known as 4-Mec or Snow Blow.", False),  # lower-case words: a sentence
        ("Consider it, Governor Haley.", False),  # too few words to tell
        ("Real Madrid beat Barcelona at the Camp Nou on Sunday.", False),
        # a link and its label
        ("Durbin letter to the bank's chief executive: http://politi.co/mXz2tc", True),
        ("The senator's letter is online at http://politi.co/mXz2tc and in print.", False),
    ],
)
def test_a_title_line_or_a_link_is_no_claim(text, title):
    from summarizer.fusion import is_fragment

    assert is_fragment(text) is title


def test_a_transcript_line_that_starts_mid_sentence_is_a_fragment():
    from summarizer.fusion import is_fragment

    assert is_fragment("GEORGE STEPHANOPOULOS: --attack on our homeland?")
    assert is_fragment("PRESIDENT OBAMA: ...vision for the future.")
    assert not is_fragment("PRESIDENT OBAMA: We have made steady progress on the economy.")


def test_a_sentence_introducing_the_next_one_with_a_colon_is_dangling():
    assert is_dangling("Senator Colbert fed the speculation on Twitter:")
    assert is_dangling("Officials released the following figures: ")
    assert not is_dangling("The senator listed three demands: pay, pensions and leave.")


def test_a_pair_that_still_ends_on_a_colon_leans_on_the_next_sentence():
    from summarizer.fusion import leans, with_context

    # with its context the pair says who "his" is, but not what the colon introduces
    doc = build_document(
        "Senator Ada Lind backed the bill, her office said on Monday. "
        "And on his own feed, Colbert fed the speculation:",
        "Mayor Ana Ruiz toured the flooded district of Valdera on Sunday.",
        "Asked about the damage, she said it was the worst in decades.",
        doc_id="c",
    )
    sents = split_documents([doc])
    pairs = [c for c in with_context(claims_of(doc, sents), sents, 40) if c.with_context]
    assert {p.text.split(". ")[1][:12] for p in pairs} == {"And on his o", "Asked about "}
    colon = next(p for p in pairs if p.text.endswith(":"))
    assert leans(colon)
    assert not leans(next(p for p in pairs if p is not colon))


def test_a_sentence_about_the_report_of_another_sentence_is_dangling():
    assert is_dangling("The Kremlin denied the report.")
    assert is_dangling("This decision angered the unions.")
    assert not is_dangling("The Kremlin denied the report that the two leaders spoke.")
    assert not is_dangling("The decision to close the plant was taken in May.")


def test_pipeline_hands_the_models_generate_to_fusion_and_validates_the_result(embedder):
    from summarizer.backends.extractive import ExtractiveSummarizer
    from summarizer.pipeline import summarize

    class ShortestReport(ExtractiveSummarizer):
        """A stand-in model: answers each fusion prompt with its shortest report."""

        calls = 0

        def generate_texts(self, texts):
            ShortestReport.calls += len(texts)
            return [
                min((ln[2:] for ln in t.splitlines() if ln.startswith("- ")), key=len)
                for t in texts
            ]

    docs = [
        "A magnitude 6.1 earthquake struck the port city of Valdera on Sunday morning, "
        "the national seismology institute said in a statement.\n"
        "Rescue teams pulled 40 people from collapsed buildings, the fire service said.",
        "A 6.1 earthquake hit Valdera on Sunday.\nSchools will stay closed all week.",
        "Valdera was hit by a 6.1 earthquake on Sunday.\nThe port reopened on Monday.",
    ]
    brief = summarize(docs, backend=ShortestReport(embedder), embedder=embedder)
    assert ShortestReport.calls >= 1
    assert brief.meta["abstractive_tried"] >= 1 and brief.meta["abstractive_kept"] >= 1
    quake = next(s for s in brief.sentences() if "Valdera" in s.text)
    assert len(quake.text.split()) < 15  # the short wording replaced the long one
    assert len({c.source for c in quake.citations}) >= 2


def test_drop_dangling_never_uses_a_leaning_sentence_alone(embedder):
    doc = build_document(
        "Flooding closed the main bridge in Valdera on Sunday, police said.",
        "The storm also cut power to 3,000 homes across the region overnight.",
        "“The water treatment plant is our biggest worry now, and we need pumps,” he said.",
        doc_id="q",
    )
    sents = split_documents([doc])
    claims = claims_of(doc, sents)
    for drop in (False, True):
        cfg = FusionConfig(words=100, context_words=0, drop_dangling=drop)
        _, summary, points, _ = fuse(claims, [doc], sents, embedder, cfg)
        texts = [s.text for s in summary + points]
        assert any(is_dangling(t) for t in texts) is not drop


def test_a_leaning_sentence_with_its_context_is_not_dropped(embedder):
    # "..., she said." comes with the sentence that names her, and is then not dropped
    doc = build_document(
        "Mayor Ana Ruiz toured the flooded district of Valdera on Sunday.",
        "“The water treatment plant is our biggest worry now, and we need pumps,” she said.",
        "The storm also cut power to 3,000 homes across the region overnight.",
        doc_id="q",
    )
    from summarizer.fusion import leans, with_context

    sents = split_documents([doc])
    [alone] = [c for c in claims_of(doc, sents) if "pumps" in c.text]
    [merged] = [c for c in with_context(claims_of(doc, sents), sents, 40) if "pumps" in c.text]
    assert leans(alone) and not leans(merged)  # its text still ends "..., she said."
    assert merged.text.startswith("Mayor Ana Ruiz toured") and len(merged.spans) == 2
    # fusion keeps it (the context sentence alone is left out, so it is no duplicate)
    [context] = [c for c in claims_of(doc, sents) if c.text.startswith("Mayor")]
    claims = [c for c in claims_of(doc, sents) if c is not context]
    cfg = FusionConfig(words=100, drop_dangling=True)
    _, summary, points, _ = fuse(claims, [doc], sents, embedder, cfg)
    assert any(s.text.startswith("Mayor Ana Ruiz toured") for s in summary + points)


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("We sincerely apologise to the families for the error.", True),  # who is "we"?
        ("“We will rebuild,” Mayor Ruiz said of the US aid.", False),
        ("There, officials found the wreck of the ferry.", True),
        ("There were 12 people on board the ferry.", False),  # existential
        ("This decision angered farmers across the region.", True),
        ("This year the harvest failed across the north.", False),
        ("It collapsed after heavy rain on Monday night.", True),
        ("It is unclear whether the dam will hold tonight.", False),  # nothing to point to
        ("The sales figure was reached between Saturday and Tuesday.", True),  # which figure?
        ("The figure of 12 dead was revised on Monday.", False),  # the figure is stated
        ("It's half pinball machine, half board game.", True),  # a contraction hides "it"
        ("It’s unclear whether the dam will hold tonight.", False),
        ("Oh, and a full desktop computer with a touchscreen.", True),  # speech going on
        ("Well, the council has a new slogan for next year's vote.", True),
        ("No, the port will not reopen before May, the mayor said.", True),  # an answer
        ("No ferry has left the port since Monday, officials said.", False),
        # a subject pronoun after an opening phrase that names no one it could be
        ("Since the mayor's death in 1990, they have run the port apart.", True),
        ("Walking through the harbour at dawn with reporters, she promised to keep it open.", True),
        ("In Mayor Ruiz's speech to the council, she promised to keep the port open.", False),
        ("When the dockers arrived at the harbour, they found the gates locked.", False),
        ("By the time Harbor Lines sold its ferries, they had lost money for years.", False),
        ("“Before the end of the season, they will reopen the port,” Ruiz said.", False),
        ("In so doing, the council hoped to save the ferry service.", True),
        ("If so, the port will reopen before May.", True),
        ("If not for the storm, the port would have reopened in May.", False),
        ("After that, the dockers blocked the rest of the harbour.", True),  # after what?
        ("Despite this, the ferry left on time.", True),
        ("After that week, the dockers went back to work.", False),  # a time
        # a demonstrative early on that names what another sentence said
        ("Ohr said those players spend more hours on football than on study.", True),
        ("The port authority balked at that claim on Monday.", True),
        ("Of that total, $7.1 billion comes from arms reserves.", True),
        ("Actually, that can't be right.", True),
        ("Officials said this week that the port would reopen.", False),  # a time
        ("Dockers rested during those long breaks they take at noon.", False),  # defined here
        ("Ferries carry twice as many as those listed in the 1990 census.", False),
        ("The film ends in one of those coincidences so beloved by thrillers.", False),
        ("“We will rebuild this port,” Mayor Ruiz said.", False),  # the speaker's own
        # later in a long sentence the antecedent is mostly in the sentence itself
        ("The port follows the principle of open access for every ship; this rule is old.", False),
    ],
)
def test_what_leans_on_a_neighbour(text, dangling):
    assert is_dangling(text) is dangling


def test_a_question_is_not_a_claim(embedder):
    doc = build_document(
        "What was your reaction to the early anthem?",
        "The anthem was played before the teams came out, the club said on Sunday.",
        "Fans booed when the band started playing before kickoff in Valdera.",
        doc_id="q",
    )
    sents = split_documents([doc])
    _, summary, points, _ = fuse(claims_of(doc, sents), [doc], sents, embedder, FusionConfig())
    texts = [s.text for s in summary + points]
    assert texts and not any(t.endswith("?") for t in texts)


def test_a_rare_name_shared_in_other_words_counts_as_another_source(embedder):
    from summarizer.fusion import score_claims

    filler = [f"The president spoke about the economy in speech number {i}." for i in range(30)]
    a = build_document(
        "Local media reported the president might pick Senator Ana Ruiz to run the finance "
        "ministry.",
        *filler,
        doc_id="a",
    )
    b = build_document(
        "The finance portfolio could go to Ana Ruiz, according to the press.",
        "The president wants the finance ministry to be run by someone new, aides said.",
        doc_id="b",
    )
    sents = split_documents([a, b])
    claim = claims_of(a, sents)[:1]
    on = score_claims(claim, sents, embedder, FusionConfig())[0][0]
    off = score_claims(claim, sents, embedder, FusionConfig(specific_support=1.0))[0][0]
    assert on.sources == {"a", "b"} and off.sources == {"a"}
    assert on.score > off.score
    # the supporting span is the sentence naming Ruiz, not the merely similar one
    assert [sp.doc_id for sp in on.support] == ["a", "b"]
    assert b.text[on.support[1].start : on.support[1].end].startswith("The finance portfolio")


def test_fragments_left_by_stray_punctuation_are_never_claims(embedder):
    from summarizer.fusion import is_fragment

    assert is_fragment(", according to the Pentagon.")
    assert is_fragment("and then the talks resumed.")
    assert not is_fragment("“We will respond,” the minister said.")
    doc = build_document(
        "Of the aid voted in spring, 9.2 billion dollars remain to be allocated. , according "
        "to the Pentagon.",
        "The Pentagon said the rest of the aid would be sent before January.",
        doc_id="f",
    )
    sents = split_documents([doc])
    assert any(s.text.startswith(",") for s in sents["f"])  # the splitter does yield it
    _, summary, points, _ = fuse(claims_of(doc, sents), [doc], sents, embedder, FusionConfig())
    assert summary and not any(is_fragment(s.text) for s in summary + points)


def test_a_sentence_without_a_figure_is_not_marked_contested(embedder):
    from summarizer.conflicts import CONTESTED_NOTE, detect_conflicts

    a = build_document(
        "Many passengers died when the ferry sank off Valdera on Sunday, the coast guard said.",
        "The port of Valdera reopened to traffic on Tuesday.",
        doc_id="a",
    )
    b = build_document(
        "The coast guard said 15 passengers died when the ferry sank off Valdera on Sunday.",
        doc_id="b",
    )
    c = build_document(
        "Officials said 12 passengers died when the ferry sank off Valdera on Sunday.",
        doc_id="c",
    )
    docs = [a, b, c]
    sents = split_documents(docs)
    conflicts = detect_conflicts(docs, sents, embedder)
    assert conflicts
    # a's ferry sentence is supported by both sides' sentences but states no figure
    _, summary, points, _ = fuse(claims_of(a, sents), docs, sents, embedder, FusionConfig(),
                                 conflicts)  # fmt: skip
    ferry = next(s for s in summary + points if "ferry" in s.text)
    assert {x.source for x in ferry.citations} >= {"a", "b"}
    assert CONTESTED_NOTE not in ferry.text
    # a side's own sentence says it is contested
    _, summary, points, _ = fuse(claims_of(c, sents), docs, sents, embedder, FusionConfig(),
                                 conflicts)  # fmt: skip
    assert CONTESTED_NOTE in (summary + points)[0].text


def test_a_title_unlike_the_top_fact_is_not_the_headline(embedder):
    import dataclasses

    sents = split_documents([A, B])
    claims = claims_of(A, sents) + claims_of(B, sents)
    for title, expected in [
        ("Story Continued Below", None),  # a page's boilerplate: the top fact instead
        (
            "Earthquake strikes the port city of Valdera",
            "Earthquake strikes the port city of Valdera",
        ),
    ]:
        a = dataclasses.replace(A, title=title)
        headline, summary, _, _ = fuse(claims, [a, B], sents, embedder, FusionConfig())
        assert headline == (expected or summary[0].text.rstrip(" ."))


@pytest.mark.parametrize(
    "text",
    [
        "Instead, the school called the boy's mother.",
        "As a result, the vote was postponed until March.",
        "Nevertheless, officials said the bridge would reopen.",
        "On the other hand, exports rose by 4 percent.",
    ],
)
def test_a_sentence_opening_with_a_connective_leans_on_its_neighbour(text):
    assert is_dangling(text)


def test_a_teaser_cut_off_with_an_ellipsis_is_a_fragment():
    from summarizer.fusion import is_fragment

    assert is_fragment("Ticket sales beat the owners' hopes, who have... (Associated Press)")
    assert is_fragment("The mayor announced that the new bridge will…")
    assert not is_fragment("The mayor said the bridge would reopen in May.")
    # a photo credit: parentheses only
    assert is_fragment("(Jane Roe Photography) (Jane Roe Photography)")
    assert not is_fragment("(AP) Police arrested a man on Monday.")
    assert not is_fragment("“We waited... and waited,” said one commuter at the station.")


def test_a_credit_line_is_a_fragment():
    from summarizer.fusion import is_fragment

    assert is_fragment("Starring Ada Lind and Tom Hale.")
    assert is_fragment("Directed by Mara van Esk.")
    assert not is_fragment("Starring in her first film, Ada Lind won the jury prize.")
    assert not is_fragment("Speaking in Valdera, Ada Lind said the port would reopen.")
    # a film review's language note, and prose that mentions subtitles
    assert is_fragment("In English and some French with English subtitles.")
    assert is_fragment("In Korean, with subtitles.")
    assert not is_fragment("In Valdera the film ran with English subtitles for a month.")


def test_a_pleasantry_or_a_line_of_links_is_a_fragment():
    from summarizer.fusion import is_fragment

    for line in ("Great to be here.", "Thank you so much.", "Thank you for subscribing.",
                 "Good evening, everyone.", "It's so nice to see you again.",
                 "Video: http://ab.cd/x1 Transcript: https://ab.cd/x2"):  # fmt: skip
        assert is_fragment(line), line
    for line in ("Great crowds came to see the ferry leave on Monday.",
                 "Thanks to the new bridge, the ferry crossing closed in May.",
                 "Thanks to the bridge, traffic fell.", "Welcome news for the dockers.",
                 "The full transcript is at https://ab.cd/x2 on the council's site."):  # fmt: skip
        assert not is_fragment(line), line


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("A court in Valdera struck down the drug law on Tuesday.", True),
        ("The outcome of this case does not affect the older drug laws.", False),
        ("Eastwood's film will leave such people uneasy.", False),
        ("Drugs such as heroin stay illegal, the court in Valdera ruled.", True),
        ("This week the court in Valdera struck down the drug law.", True),  # a time
        ("The mayor, however, said the port would reopen in May.", False),  # contrast
        ("Well, the council has a new slogan for next year's vote.", False),  # speech
        ("“We will rebuild,” Mayor Ana Ruiz said on Monday.", False),  # quotation first
        ("He said the port would reopen in May.", False),  # leans
        ("No ambulances were called to that pre-K center on Friday.", False),  # which?
        ("For that reason the port in Valdera stays shut.", False),
        ("Officials in Valdera said that no ambulances were called.", True),  # a conjunction
        ("At that time the port in Valdera was already shut.", True),  # a time
    ],
)
def test_what_may_open_a_brief(text, worthy):
    from summarizer.fusion import lead_worthy

    assert lead_worthy(text) is worthy


def test_the_brief_opens_with_a_claim_that_stands_alone(embedder, monkeypatch):
    import summarizer.fusion as fusion
    from summarizer.fusion import lead_worthy

    quote = "“We will rebuild every single one of them,” Governor Ada Lind said on Monday."
    a = build_document(quote, "Floods destroyed 12 bridges in Marrow County on Monday.", doc_id="a")
    b = build_document(quote, "The county fair in Marrow was cancelled.", doc_id="b")
    sents = split_documents([a, b])
    claims = claims_of(a, sents) + claims_of(b, sents)
    cfg = FusionConfig(words=80)
    monkeypatch.setattr(fusion, "LEAD_RANKS", 0)  # as picked: the quotation first
    monkeypatch.setattr(fusion, "LEDE_RANKS", 0)
    _, summary, points, _ = fuse(claims, [a, b], sents, embedder, cfg)
    as_picked = [s.text for s in summary + points]
    assert as_picked[0] == quote
    monkeypatch.undo()
    _, summary, points, _ = fuse(claims, [a, b], sents, embedder, cfg)
    opened = [s.text for s in summary + points]
    # a claim that can open a brief goes first, of two such ledes the one that dates the
    # news to a day ("on Monday"); the others keep their order
    first = "Floods destroyed 12 bridges in Marrow County on Monday."
    assert lead_worthy(first) and first in as_picked
    assert opened == [first] + [t for t in as_picked if t != first]


def test_the_brief_and_its_headline_open_with_an_articles_lede(embedder, monkeypatch):
    import summarizer.fusion as fusion

    lede = "A fire destroyed the Marrow County courthouse on Monday, officials said."
    detail = "The clerk, Ada Lind, had kept the county's records for 31 years."
    older = "The building had stood empty since the county moved its offices."
    quote = "“We will rebuild the courthouse,” Governor Ada Lind said on Tuesday."
    basement = "The fire began in a basement office late on Sunday night."
    insured = "Insurance will cover most of the loss, the county treasurer said."
    a = build_document(
        "Smoke rose over the town square for hours.", "Residents watched from the park.",
        older, lede, basement, insured, doc_id="a",
    )  # fmt: skip
    b = build_document(lede, "Firefighters from three towns fought the blaze.", detail, doc_id="b")
    c = build_document(quote, "Crews cleared the square.", doc_id="c")
    sents = split_documents([a, b, c])
    claims = claims_of(a, sents) + claims_of(b, sents) + claims_of(c, sents)
    cfg = FusionConfig(words=120, compress=False)

    def picked_as(*texts):
        def select(scored, *args, **kwargs):
            return [
                next(i for i, sc in enumerate(scored) if sc.claim.text == t
                     and (t != lede or sc.claim.doc_id == want)) for t in texts
            ]  # fmt: skip

        monkeypatch.setattr(fusion, "select", select)
        title, summary, points, _ = fuse(claims, [a, b, c], sents, embedder, cfg)
        return title, [s.text for s in summary + points]

    # b's lede is third in salience: it goes first, and is the headline
    want = "b"
    title, opened = picked_as(detail, older, lede, "Crews cleared the square.")
    assert opened == [lede, detail, older, "Crews cleared the square."]
    assert title == lede.rstrip(".")
    # the same sentence deep in article a is no lede: the order stays as picked
    want = "a"
    title, opened = picked_as(detail, older, lede)
    assert opened == [detail, older, lede]
    assert title != lede.rstrip(".")
    # a quotation that opens its article cannot open the brief
    title, opened = picked_as(detail, quote)
    assert opened == [detail, quote]
    # a lede below the top four picks leaves the order alone
    want = "b"
    title, opened = picked_as(detail, older, basement, insured, lede)
    assert opened == [detail, older, basement, insured, lede]


def test_a_short_answer_to_how_is_a_fragment():
    from summarizer.fusion import is_fragment

    assert is_fragment("By lending to small businesses.")
    assert is_fragment("Through cutting costs and selling two plants.")
    assert not is_fragment("By cutting costs, the firm returned to profit in May.")
    assert not is_fragment("Byron Lending said the bank would reopen.")


def test_a_quotation_top_fact_gives_way_to_a_headline_saying_the_same(embedder):
    from summarizer.fusion import headline

    top = (
        "“It is with great sadness that we confirm the death of our founder Mara Lind, "
        "who died on Monday at the age of 71,” the Lind Glassworks company said."
    )
    same = "Mara Lind, founder of the Lind Glassworks company, died on Monday aged 71."
    other = "The city council approved a new budget for road repairs on Tuesday."
    vecs = embedder.encode([top, same, other])
    candidates = [(same, 1.0, vecs[1]), (other, 3.0, vecs[2])]
    assert headline(scored(top), [], embedder, 0.4, candidates, vecs[0]) == same.rstrip(".")
    # nothing similar enough: the top fact all the same
    assert headline(scored(top), [], embedder, 0.4, candidates[1:], vecs[0]) == top.rstrip(".")
    # a long top fact that reads as a headline and that no deletion shortens stays
    lead = (
        "Mara Lind, who founded the Lind Glassworks company in 1979 and ran it for four "
        "decades, died on Monday at her home in the harbour town of Esk at the age of 71."
    )
    assert headline(scored(lead), [], embedder, 0.4, candidates, vecs[0]) == lead.rstrip(".")


def test_a_top_fact_that_cannot_open_the_brief_gives_way_to_the_briefs_lead(embedder):
    from summarizer.fusion import headline

    # The top fact is a quotation; a claim that echoes it would pass as a
    # headline, but the brief opens with the news itself: the headline says that.
    top = "“We will not let this sell-off shake our economy,” the spokesman said on Monday."
    echo = "Press secretary Jane Hale echoed the spokesman's view on Monday."
    lead = (
        "A global market sell-off accelerated on Monday, with the main index "
        "plunging nearly 1,600 points in afternoon trading."
    )
    vecs = embedder.encode([top])
    candidates = [(echo, 1.0, vecs[0])]  # as similar to the top fact as can be
    assert headline(scored(top), [], embedder, 0.4, candidates, vecs[0]) == echo.rstrip(".")
    got = headline(scored(top), [], embedder, 0.4, candidates, vecs[0], lead=lead)
    assert got == lead.rstrip(".")
    # a lead that reads as a paragraph (no cut brings it to a line) is a last resort
    long = (
        "A global market sell-off that began in Asian trading overnight accelerated on "
        "Monday in New York, with the main index plunging nearly 1,600 points in afternoon "
        "trading before it recovered about half of what it had lost by the close of trading."
    )
    got = headline(scored(top), [], embedder, 0.4, candidates, vecs[0], lead=long)
    assert got == echo.rstrip(".")
    # a lead that cannot open a brief either (a quotation) is no stand-in
    quoted = "“Markets fell hard today,” one trader said on Monday after the close."
    got = headline(scored(top), [], embedder, 0.4, candidates, vecs[0], lead=quoted)
    assert got == echo.rstrip(".")


def test_a_top_fact_too_long_for_a_headline_is_cut_to_length(embedder):
    from summarizer.fusion import HEADLINE_WORDS, headline

    top = (
        "In a surprise ruling that could reshape the regional rail network, a federal "
        "judge said on Thursday that the Marlow line can reopen to passenger trains next spring."
    )
    got = headline(scored(top), [], embedder)
    assert got == (
        "A federal judge said on Thursday that the Marlow line can reopen to passenger "
        "trains next spring"
    )
    assert count_words(got) <= HEADLINE_WORDS[1]
    # an opening scene holding what the rest points back to ("its") stays
    kept = (
        "Ignoring calls from the union to review the fate of the Marlow line, the rail "
        "authority explained on Thursday why it should close by the end of the year."
    )
    assert headline(scored(kept), [], embedder) == kept.rstrip(".")


def test_a_quotation_top_fact_with_nothing_similar_gives_way_to_the_next_fact(embedder):
    from summarizer.fusion import headline

    top = "“We are shocked and saddened by what happened at the depot,” the company said."
    following = [
        "“Nobody saw it coming,” one worker said.",  # a quotation again
        "Fire destroyed the bus depot in Norrholm overnight, leaving 40 buses burnt out.",
    ]
    got = headline(scored(top), [], embedder, following=following)
    assert got == following[1].rstrip(".")
    assert headline(scored(top), [], embedder) == top.rstrip(".")  # nothing to give way to
    # a fact stating a contested figure has no room to say so in a headline
    contested = "Floods killed 15 people in the valley on Monday (sources differ on this figure)."
    assert headline(scored(top), [], embedder, following=[contested]) == top.rstrip(".")
    # a fact too long for a line that no cut shortens still beats a quotation
    long = (
        "Fire destroyed the bus depot in the northern town of Norrholm overnight and left "
        "the regional transport company without most of its fleet for the winter."
    )
    assert count_words(long) > 20
    got = headline(scored(top), [], embedder, following=[following[0], long])
    assert got == long.rstrip(".")


def test_a_title_or_an_initial_does_not_end_a_sentence():
    from summarizer.fusion import headline_worthy

    assert headline_worthy("Sen. Ada Brook met Gov. Tom Hale in the U.S. Capitol on Friday.")
    assert not headline_worthy("The vote failed on Friday. Senators went home early.")
    assert not headline_worthy("The treaty was signed by the EU. It takes effect in May.")


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("Mara Lind, founder of the Lind Glassworks company, died on Monday aged 71.", True),
        ("“We will rebuild the glassworks,” the company said on Monday.", False),  # quotation
        ("We sincerely apologise to the families for the error on Monday.", False),  # we
        ("How could the wrong film have been named the winner?", False),  # question
        ("The mayor resigned. Her deputy takes over until the election.", False),  # two
        ("The minister was recorded saying, according to the indictment:", False),
        ("Lind died on Monday.", False),  # under six words
    ],
)
def test_what_may_stand_as_a_headline(text, worthy):
    from summarizer.fusion import headline_worthy

    assert headline_worthy(text) is worthy


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("In this Saturday, July 1, 2017, photo, people line up at a dispensary in Reno.", True),
        ("FILE - In this July 12, 2018 file photo, the agent is seated to testify.", True),
        ("In this image taken from video, a man walks past the ruins of the market.", True),
        ("In this photo provided by the Navy, sailors stand on the deck of the ship.", True),
        # the AP's caption dateline: a weekday set off by commas before a full date
        ("A police officer watches as a car is towed, Wednesday, Sept. 2, 2015 in Milton.", True),
        ("Mourners pray at a memorial in Fresno, Calif., Tuesday, April 11, 2017.", True),
        # not captions: a video as a source, a case as the topic, dates as news copy writes them
        ("In a video posted by the race, she said someone tried to kill her.", False),
        ("In this case, the court ruled for the state on Monday.", False),
        ("The vote is set for Tuesday, Nov. 5, 2024, the board said.", False),
        ("Police said the car was towed on Wednesday, Sept. 2, 2015, in Milton.", False),
    ],
)
def test_a_photo_caption_is_no_claim(text, caption):
    from summarizer.fusion import is_fragment

    assert is_fragment(text) is caption


@pytest.mark.parametrize(
    "interview",
    [
        # Q&A: questions in bold paragraphs, answers quoted
        (
            "Striker Ana Lopes spoke after Harbor City beat Northport 2-1 on Wednesday.",
            "You will play Northport again in four days at home. What are you expecting?",
            "“A hard game. They will want revenge.”",
            "You had two security guards beside you at the stadium. Were you threatened?",
            "“Not personally. The club is handling the emails.”",
        ),
        # a transcript with speaker labels
        (
            "Striker Ana Lopes spoke after Harbor City beat Northport 2-1 on Wednesday.",
            "JOHN REED: You will play Northport again in four days at home. What then?",
            "ANA LOPES: A hard game. They will want revenge.",
            "JOHN REED: You had two security guards beside you at the stadium. Why?",
            "ANA LOPES: The club is handling the emails.",
        ),
    ],
)
def test_an_interviewers_framing_is_no_claim(embedder, interview):
    doc = build_document(*interview, doc_id="a")
    other = build_document(
        "Harbor City beat Northport 2-1 on Wednesday, with two goals by Ana Lopes.",
        "Harbor City will play Northport again in four days.",
        doc_id="b",
    )
    sents = split_documents([doc, other])
    claims = claims_of(doc, sents) + claims_of(other, sents)
    _, summary, points, _ = fuse(claims, [doc, other], sents, embedder, FusionConfig())
    texts = " ".join(s.text for s in summary + points)
    assert "You will play" not in texts and "security guards" not in texts
    assert "Harbor City" in texts  # the article's own prose stays


def test_a_lead_in_in_capitals_is_written_as_the_articles_write_it(embedder):
    from summarizer.pipeline import summarize

    a = build_document(
        "THE SENATE IS to vote late tonight on an emergency bill to close the "
        "Rio Verde border crossing after floods, officials said.",
        "The NATO liaison office in the town was evacuated on Sunday.",
        doc_id="a",
    )
    b = build_document(
        "Floods cut the main road to the Rio Verde crossing on Saturday.", doc_id="b"
    )
    c = build_document(
        "The Senate vote on the Rio Verde crossing is expected after 10 p.m., a clerk said.",
        doc_id="c",
    )
    brief = summarize([a, b, c], backend="extractive", embedder=embedder)
    texts = [brief.headline] + [s.text for s in brief.sentences()]
    lead_in = [t for t in texts if t.startswith("The Senate is to vote late tonight")]
    assert lead_in, texts
    assert not any("SENATE" in t or " IS " in t for t in texts)
    assert any("NATO" in t for t in texts)  # an acronym keeps its capitals


def test_a_small_whole_number_is_no_rounding_of_its_neighbours(embedder):
    # "budget number 20" is not "budget number 19" rounded (nor are 20 dead 19
    # dead): each sentence cites only the articles that state its number
    docs = [
        build_document(
            f"The council approved budget number {n} on Tuesday after a long debate in the city.",
            doc_id=f"n{n}",
        )
        for n in (19, 20, 21, 22)
    ]
    sents = split_documents(docs)
    claims = [c for d in docs for c in claims_of(d, sents)]
    _, summary, points, _ = fuse(claims, docs, sents, embedder, FusionConfig())
    assert summary
    for s in summary + points:
        for c in s.citations:
            assert f"number {c.source[1:]} " in s.text
    assert numbers_agree("about 20 people were hurt", "Rescuers said 19 people were hurt.")
    assert not numbers_agree("20 people were hurt", "Rescuers said 19 people were hurt.")


def test_a_claim_that_states_nothing_new_is_not_stated_again(embedder):
    # the budget has room for every sentence, but the second article's first two say only
    # what the first article's opening says (with another attribution): the brief says it once
    storm = build_document(
        "Storm Elin killed at least 12 people and left 40,000 homes without power along "
        "the coast of Valdera on Tuesday, police said.",
        "Winds of up to 180 km/h tore the roofs off houses in the port.",
        doc_id="a",
    )
    later = build_document(
        "At least 12 people were killed, according to police.",
        "Power was cut to 40,000 homes on the coast of Valdera.",
        "The government promised 500 million kroner in emergency aid.",
        doc_id="b",
    )
    docs = [storm, later]
    sents = split_documents(docs)
    claims = claims_of(storm, sents) + claims_of(later, sents)
    _, summary, points, _ = fuse(claims, docs, sents, embedder, FusionConfig(words=200))
    texts = [s.text for s in summary + points]
    assert not any(t.startswith("At least 12 people were killed") for t in texts), texts
    # nor the 40,000 homes again in other words ("cut": :func:`_restates`); what is new stays
    assert not any("Power was cut" in t for t in texts) and any("kroner" in t for t in texts)


def test_a_small_cluster_states_a_related_fact_rather_than_one_sentence(embedder):
    # "The opposition welcomed ..." reads like the resignation (MiniLM about 0.78): a
    # duplicate where distinct claims fill the budget, but here the brief would be one
    # sentence of 21 words for a budget of 200
    docs = [
        build_document(
            "Valdera health minister Jane Roe resigned on Monday after a row over hospital "
            "funding, her office said.",
            doc_id="a",
        ),
        build_document(
            "The opposition welcomed the resignation of health minister Jane Roe.", doc_id="b"
        ),
    ]
    sents = split_documents(docs)
    claims = claims_of(docs[0], sents) + claims_of(docs[1], sents)

    def brief(config):
        _, summary, points, _ = fuse(claims, docs, sents, embedder, config)
        return [s.text for s in summary + points]

    stated = " ".join(brief(FusionConfig(words=200)))
    assert "opposition welcomed" in stated and "resigned on Monday" in stated
    # off (the same threshold as where the budget fills): one sentence
    assert len(brief(FusionConfig(words=200, sparse_duplicate_threshold=0.65))) == 1


@pytest.mark.parametrize(
    ("chosen", "claim"),
    [
        # a figure spelled out, a negation, a noun that is also a verb of reporting
        ("Five people died when the bus crashed near Valdera, police said.",
         "Two people died in the crash."),
        ("The plane was carrying passengers.", "The plane was not carrying passengers."),
        ("The bus company will pay compensation to the families, officials said.",
         "The state will pay compensation to the families."),
    ],
)  # fmt: skip
def test_a_claim_with_another_figure_a_negation_or_a_new_noun_is_not_subsumed(chosen, claim):
    from summarizer.fusion import _content

    assert not _content(claim) <= _content(chosen)


@pytest.mark.parametrize(
    ("chosen", "claim"),
    [
        # the same fact with another attribution, or a part of what the chosen one states
        ("Storm Elin killed at least 12 people along the coast on Tuesday, police said.",
         "At least 12 people were killed, according to police."),
        ("Five people died when the bus crashed near Valdera, police said.",
         "Five people died in the crash."),
        ("La tormenta mató a 12 personas en la costa, dijo la policía.",
         "La tormenta mató a 12 personas, según la policía."),
    ],
)  # fmt: skip
def test_a_claim_that_restates_part_of_a_chosen_one_is_subsumed(chosen, claim):
    from summarizer.fusion import _content

    assert _content(claim) <= _content(chosen)


def test_near_duplicates_fill_a_small_brief_only_to_half_its_budget():
    import numpy as np

    from summarizer.fusion import ScoredClaim, select

    texts = [f"Claim number {i} about the storm in Valdera and its harbour." for i in range(9)]
    scored = [
        ScoredClaim(Claim(t, "a", (), 0.0), (), frozenset({"a"}), 1.0 - i / 10)
        for i, t in enumerate(texts)
    ]
    # every claim at cosine 0.75 to every other: a duplicate at 0.65, not at 0.8
    vecs = np.linalg.cholesky(np.full((9, 9), 0.75) + np.eye(9) * 0.25)
    order = select(scored, vecs, 100, FusionConfig(words=100))
    words = sum(count_words(texts[i]) for i in order)
    assert len(order) > 1 and words <= 100 / 2 + count_words(texts[0]), (order, words)


def test_the_brief_opens_with_an_articles_first_sentence_before_a_second(embedder):
    # Two lede sentences are among the top picks: an article's second sentence, the
    # trial's verdict of January (background), and an article's first, the sentence passed
    # on Friday. The brief opens with the one an article opens with.
    from summarizer import summarize

    docs = [
        build_document(
            "A former city councillor has been jailed for seven years for his part in a"
            " £2 million fraud involving council housing contracts.",
            "David Marsh, 61, was sentenced at Birmingham Crown Court on Friday after being"
            " found guilty of fraud and money laundering in January.",
            "The court heard that Marsh, who chaired the council's housing committee between"
            " 2015 and 2019, steered contracts worth £2.1 million to a building firm run by his"
            " brother-in-law, Paul Kerr.",
            "Kerr, 58, was jailed for five years. A third man, accountant Simon Hale, was"
            " cleared of all charges.",
            'Judge Helen Ward told Marsh he had "betrayed the trust of the people he was elected'
            ' to serve".',
            doc_id="a",
            title="Former councillor jailed for 7 years over £2m housing fraud",
        ),
        build_document(
            "A former Birmingham councillor who funnelled council contracts to his relative's"
            " company has been sentenced to seven years in prison.",
            "David Marsh was convicted in January of fraud and money laundering after a"
            " six-week trial. He was sentenced on Friday.",
            "Prosecutors said the fraud cost taxpayers about £1.8 million. Marsh denied"
            " wrongdoing throughout the trial.",
            "His brother-in-law Paul Kerr, whose firm received the contracts, was given a"
            " five-year sentence.",
            'Passing sentence, Judge Helen Ward said: "You betrayed the trust of the people you'
            ' were elected to serve."',
            doc_id="b",
            title="Ex-councillor David Marsh sentenced for contract fraud",
        ),
        build_document(
            "A former Labour councillor was jailed for seven years on Friday for fraud linked"
            " to housing repair contracts, West Midlands Police said.",
            "Detective Inspector Sarah Khan said the investigation had begun in 2020 after a"
            ' whistleblower raised concerns. "This was a deliberate and sustained abuse of'
            ' power," she said.',
            "The scheme ran for four years, police said. Marsh and Kerr shared the profits,"
            " the court heard.",
            "Marsh resigned from the council in 2020.",
            doc_id="c",
            title="Councillor jailed in housing contracts case",
        ),
    ]
    brief = summarize(docs, words=200, backend="extractive", embedder=embedder, cache=None)
    opening = brief.summary[0].text
    assert "seven years" in opening and "convicted in January" not in opening


# A cluster not in English: the English embedding model finds any two of its
# articles alike, the stray included; the places and people it names tell it.
USINE = [
    "ROUEN - Un violent incendie s'est déclaré jeudi dans l'usine chimique Normachem, près de "
    "Rouen. La préfecture de Seine-Maritime a demandé aux habitants de 12 communes de rester "
    "chez eux. Plus de 200 pompiers ont été mobilisés.",
    "L'incendie de l'usine Normachem a été maîtrisé jeudi après-midi, a annoncé la préfecture. "
    "Des prélèvements sont en cours pour mesurer la qualité de l'air à Rouen.",
    "Les premières analyses de l'air après l'incendie de l'usine Normachem ne montrent pas de "
    "toxicité, selon la préfecture de Seine-Maritime. Les écoles rouvriront lundi.",
    # another angle on the same event: the reactions and the plant's past
    "Des centaines d'habitants se sont rassemblés vendredi devant la préfecture de Rouen pour "
    "réclamer la vérité sur les produits qui ont brûlé. Le parquet a ouvert une enquête. Le "
    "site avait déjà été mis en demeure en 2019 pour des manquements à la sécurité.",
]
FOOTBALL = (
    "LENS - L'Olympique de Marseille s'est imposé 2-1 sur la pelouse de Lens samedi soir, grâce "
    "à un but dans le temps additionnel. Les Marseillais remontent à la deuxième place du "
    "classement."
)


def test_a_stray_in_a_french_cluster_is_left_out_of_the_brief(embedder):
    from summarizer import summarize

    docs = [build_document(t, doc_id=f"u{i}") for i, t in enumerate(USINE)]
    docs.append(build_document(FOOTBALL, doc_id="stray"))
    brief = summarize(docs, words=150, backend="extractive", embedder=embedder, cache=None)
    assert brief.meta["off_topic"] == ["stray"]  # the reactions article stays
    cited = {c.source for s in brief.summary + brief.key_points for c in s.citations}
    assert "stray" not in cited


FRANA = [
    "Tre persone sono morte dopo che una frana ha travolto alcune case a Borgonovo, "
    "nell'entroterra di Genova. Più di 80 soccorritori lavorano sul posto.",
    "Sale a quattro il bilancio della frana di Borgonovo. La Protezione civile ha evacuato 120 "
    "residenti e ha mantenuto l'allerta rossa su tutta la Liguria.",
    "Le piogge torrenziali hanno provocato decine di frane in Liguria. La più grave a Borgonovo, "
    "dove le vittime sono almeno tre secondo la prefettura di Genova.",
]
ECONOMIA = (
    "La Banca d'Italia ha alzato la previsione di crescita del prodotto interno lordo per "
    "quest'anno allo 0,9 per cento, grazie ai consumi e al turismo. L'inflazione dovrebbe "
    "scendere al 2 per cento entro dicembre."
)


def test_a_stray_in_an_italian_cluster_is_found(embedder):
    from summarizer.language import use_language

    docs = [build_document(t, doc_id=f"f{i}") for i, t in enumerate(FRANA)]
    docs.append(build_document(ECONOMIA, doc_id="stray"))
    with use_language("it"):
        sents = split_documents(docs)
        strays = off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold)
    assert strays == ["stray"]


@pytest.mark.parametrize("title", EN_TITLE_ABBREVIATIONS.split("|"))
def test_a_title_abbreviation_does_not_end_a_headline(title):
    """Every English title the sentence splitter knows ("Pte.", "Cllr.") is one
    before a name in a headline too, not the end of a first sentence."""
    from summarizer.fusion import headline_worthy

    text = f"Rescuers found {title}. Tom Hale alive near the border crossing on Monday."
    assert headline_worthy(text)


def test_a_sides_sentence_shortened_to_an_undisputed_clause_is_not_marked(embedder):
    from summarizer.conflicts import CONTESTED_NOTE, detect_conflicts

    a = build_document(
        "At least 11 people were injured in the clashes in Valdera on Saturday, including"
        " nine officers, police said.",
        doc_id="a",
    )
    b = build_document(
        "Seven police officers were injured in the clashes in Valdera on Saturday, police said.",
        doc_id="b",
    )
    docs = [a, b]
    sents = split_documents(docs)
    conflicts = detect_conflicts(docs, sents, embedder)
    assert any("nine officers" in side.value for k in conflicts for side in k.sides)
    whole = claims_of(a, sents)[0]
    short = Claim(
        "At least 11 people were injured in the clashes in Valdera on Saturday, police said.",
        "a",
        whole.spans,
        whole.position,
    )
    for claim, noted in ((whole, True), (short, False)):
        _, summary, points, _ = fuse([claim], docs, sents, embedder, FusionConfig(), conflicts)
        assert (CONTESTED_NOTE in (summary + points)[0].text) is noted


def test_a_possessive_weekday_keeps_its_s_before_its_date():
    """ "Tuesday's bridge collapse" is anchored as "Tuesday's (2026-03-03) bridge collapse":
    the "'s" stays on its word, the date still follows the day, and a text already anchored
    so is not anchored again."""
    from summarizer.fusion import anchor_dates

    text = "The toll from Tuesday's bridge collapse rose to five on Wednesday."
    anchored = anchor_dates(text, "2026-03-04")  # a Wednesday
    assert anchored == (
        "The toll from Tuesday's (2026-03-03) bridge collapse rose to five"
        " on Wednesday (2026-03-04)."
    )
    assert anchor_dates(anchored, "2026-03-04") == anchored
    curly = anchor_dates("Rain slowed Monday’s search, officials said.", "2026-03-04")
    assert curly == "Rain slowed Monday’s (2026-03-02) search, officials said."
