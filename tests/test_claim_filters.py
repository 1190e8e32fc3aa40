"""Source sentences a brief should not state on their own: a wish or a
condolence (no claim at all), and a pronoun after an opening phrase whose only
names are titles in quotation marks (it leans on the sentence before it)."""

import pytest

from summarizer.config import FusionConfig
from summarizer.fusion import fuse, is_dangling, is_fragment, with_context
from summarizer.language import use_language
from summarizer.pipeline import split_documents

from .builders import build_document, claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Love and light to the family and friends of Ada Lind.",
        "Rest in peace, Ada Lind.",
        "RIP to a legend of the Valdera stage.",
        "RIP Ada Lind, one of the finest singers of her time.",
        "Our thoughts and prayers are with the victims and their families.",
        "Condolences to his family and all his loved ones.",
        "May he rest in peace after all these years.",
        "God bless America and all who serve her.",
        "My heart goes out to everyone in Valdera tonight.",
        "Congratulations to the whole cast of the film.",
        "Sending love and strength to the people of Valdera.",
        "RIP Ada Lind — Jo Roe (@joroe) June 20, 2017",  # a post and its signature
        "God bless you, you will be missed by the whole harbour.",
    ],
)
def test_a_wish_or_a_condolence_is_no_claim(text):
    assert is_fragment(text), text


@pytest.mark.parametrize(
    "text",
    [
        # someone is said to have said it: that is news
        "The mayor said her thoughts were with the families.",
        "“Our thoughts are with the families,” the mayor said.",
        "Our thoughts are with the families, the mayor said on Monday.",
        "Rest in peace, Ada Lind, the singer's label wrote on Twitter.",
        # the words are part of a sentence that reports
        "Condolences to the family poured in from across the world.",
        "God Bless America was sung before the game in Valdera.",
        "Rip currents killed three swimmers off Valdera on Sunday.",
        "Light to moderate rain fell across Valdera on Monday.",
        "May 2017 was the warmest month on record in Valdera.",
        "Prayers for the victims were held in the cathedral on Sunday.",
        "Thanks to the new bridge, the ferry crossing closed in May.",
    ],
)
def test_a_reported_wish_or_a_sentence_that_reports_stays_a_claim(text):
    assert not is_fragment(text), text


@pytest.mark.parametrize(
    ("language", "wish", "reported"),
    [
        ("es", "Descanse en paz, Ada Lind.", "Descanse en paz, dijo el alcalde de Valdera."),
        ("es", "Nuestras condolencias a la familia de Ada Lind.",
         "Nuestras condolencias a la familia, dijo el alcalde."),
        ("fr", "Toutes nos condoléances à la famille d'Ada Lind.",
         "Toutes nos condoléances à la famille, a déclaré le maire."),
        ("de", "Unsere Gedanken sind bei den Opfern und ihren Familien.",
         "Unsere Gedanken sind bei den Opfern, sagte der Bürgermeister."),
        ("it", "I nostri pensieri vanno alle vittime e alle loro famiglie.",
         "I nostri pensieri vanno alle vittime, ha detto il sindaco."),
        ("pt", "Nossos pensamentos estão com as vítimas e suas famílias.",
         "Nossos pensamentos estão com as vítimas, disse o prefeito."),
    ],
)  # fmt: skip
def test_a_wish_in_the_briefs_language_is_no_claim(language, wish, reported):
    with use_language(language):
        assert is_fragment(wish) and not is_fragment(reported)


def test_a_brief_states_no_condolence(embedder):
    doc = build_document(
        "Ada Lind, the singer from Valdera, died on Tuesday at the age of 42.",
        "She had been in hospital in Valdera for several days, her label said.",
        "Love and light to the family and friends of Ada Lind.",
        "Her last album sold 300,000 copies in its first week.",
        doc_id="w",
    )
    sents = split_documents([doc])
    _, summary, points, _ = fuse(
        claims_of(doc, sents), [doc], sents, embedder, FusionConfig(words=200)
    )
    texts = [s.text for s in summary + points]
    assert any("died on Tuesday" in t for t in texts)
    assert not any("Love and light" in t for t in texts), texts


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        # the only capitalised words before "they" are songs: who "they" are is elsewhere
        ('With hits like "Quiet Storm" and "Shook Ones," they became stars of the harbour.', True),
        ("With hits like “Quiet Storm” and “Shook Ones”, they topped the charts.", True),
        ("With songs such as ‘Harbour Lights’, they topped the charts in Valdera.", True),
        ("In “The Ferryman,” he plays a dock worker from Valdera.", True),
        ('After the album "Low Tide" came out, they toured the coast.', True),
        # a name is there as well: "they" may be the Beatles
        ('After the Beatles released "Help!", they toured the United States.', False),
        ("After the Beatles released “Help!”, they toured the United States.", False),
        ('When fans heard "Shook Ones," they knew the duo had arrived.', False),  # fans
        ('After Mobb Deep released "Shook Ones," they became famous in Valdera.', False),
        # a sentence that opens with a quotation is its speaker's
        ("“With ‘Harbour Lights’ on the radio, they will fill the stadium,” Ruiz said.", False),
    ],
)
def test_a_title_in_quotation_marks_is_no_antecedent(text, dangling):
    assert is_dangling(text) is dangling


def test_a_pronoun_after_song_titles_comes_with_the_sentence_naming_the_duo():
    doc = build_document(
        "Ada Lind and Jo Roe formed the duo Low Tide in Valdera in 1991.",
        'With hits like "Quiet Storm" and "Shook Ones," they became the sound of the harbour.',
        doc_id="t",
    )
    sents = split_documents([doc])
    [merged] = [c for c in with_context(claims_of(doc, sents), sents, 60) if "Storm" in c.text]
    assert merged.text.startswith("Ada Lind and Jo Roe formed") and len(merged.spans) == 2


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # a number with no noun: whose people or things another sentence named
        ("The two became synonymous with East Coast rap.", True),
        ("Both pleaded not guilty.", True),
        ("All three were released on bail on Friday.", True),
        ("The two married in 2010.", True),
        # a number before its noun, or an adjective in -ed before one, names them here
        ("Two people were killed in the blast.", False),
        ("The two men were arrested on Monday.", False),
        ("The three credited producers were on stage.", False),
        ("Both sides agreed to resume talks.", False),
    ],
)
def test_a_number_with_no_noun_leans_on_the_sentence_that_named_them(text, leans):
    assert is_dangling(text) is leans


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        # the pronoun is the sentence's own subject's: it agrees with a noun it opens with
        ("The river burst its banks on Tuesday.", False),
        ("The company said its quarterly profit rose by a tenth.", False),
        ("The mayor said she would resign at the end of the month.", False),
        # ... contracted too, with a comma later in the sentence
        ("The mayor said she's resigning, effective Friday.", False),
        ("The company said it'll cut 300 jobs, mostly in Ohio.", False),
        ("Three people lost their homes in the fire.", False),
        ("The two men said they had not seen the driver.", False),
        ("Floods forced 300 people from their homes in the valley.", False),
        # no such subject: who the pronoun is stays in another sentence
        ("The report said he had left the country in May.", True),  # a report is no "he"
        ("The mayors said she would resign.", True),  # "she" is not the mayors
        ("The move means they will have to wait.", True),  # nor "they" a move
        ("This time it aimed its headlight at the car.", True),  # "time" is no subject
        ("The decision, he said, was final.", True),  # a speaker from elsewhere
        ("On Tuesday he said the talks had failed.", True),
        ("Yesterday they left the city.", True),
        # an object pronoun is never its own clause's subject
        ("The judge sentenced him to life in prison.", True),
        ("The president thanked her for her work.", True),
        ("The prosecutors charged them with fraud.", True),
        # a span of time, a report, the other gender
        ("Two weeks later they returned to the city.", True),
        ("Reports say they fled across the border.", True),
        ("The woman said he had attacked her.", True),
        # a thousands separator is no comma before the pronoun
        ("1,200 people lost their homes in the fire.", False),
        ("The father of the boy, her lawyer said, was arrested.", True),
    ],
)
def test_a_pronoun_of_the_sentences_own_subject_does_not_lean(text, dangling):
    assert is_dangling(text) is dangling


def test_a_brief_states_an_article_whose_only_sentence_has_its_own_subject(embedder):
    # two one-sentence articles: each sentence stands alone, so the brief states both
    docs = [
        build_document("The river burst its banks on Tuesday in Valdera.", doc_id="a"),
        build_document("The mayor of Valdera said she would open three shelters.", doc_id="b"),
    ]
    sents = split_documents(docs)
    claims = [c for d in docs for c in claims_of(d, sents)]
    _, summary, points, _ = fuse(claims, docs, sents, embedder, FusionConfig(words=200))
    texts = " ".join(s.text for s in summary + points)
    assert "burst its banks" in texts and "open three shelters" in texts, texts
