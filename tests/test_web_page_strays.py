"""A local-news page saved with a cluster (the outlet's other story that day) is left
out even where its opening names no one: it names none of the event's names and tells
none of it. A report in another language, which shares next to none of the English
reports' words, sets no bar for how little an English article may tell."""

from summarizer import summarize
from summarizer.config import FusionConfig
from summarizer.fusion import _about_another, off_topic
from summarizer.language import use_language
from summarizer.pipeline import split_documents

from .builders import build_document

ATTACK = {
    "first": "Corbin Health, which runs seven hospitals, diverted ambulances on Monday after a "
    "ransomware attack shut down its computer systems, the company said. Doctors have "
    "been working with paper records since the attack began on Saturday.",
    "second": "Corbin Health said on Wednesday that hackers behind the ransomware attack had "
    "demanded $3 million and that it had not paid. Ambulances were still being diverted "
    "from two of its hospitals, and its computer systems remain down.",
    "third": "Corbin Health said its computer systems would stay down until next week, as "
    "engineers rebuild servers after the ransomware attack on its hospitals. Doctors are "
    "using paper records, and ambulances go elsewhere.",
}
FRENCH = (
    "Une cyberattaque a paralysé le groupe hospitalier Corbin Health depuis samedi. Les "
    "ambulances sont détournées vers d'autres hôpitaux et les médecins travaillent sur papier."
)
# The outlet's other story that day, on health care too: its opening names no one.
COUNCIL = (
    "The county board on Wednesday approved $4 million to open a walk-in clinic downtown, the "
    "board said. The clinic will treat minor injuries and take pressure off the hospitals. "
    "It is expected to open in the spring, and patients will be able to book appointments "
    "online."
)


def strays(texts, embedder):
    docs = [build_document(t, doc_id=doc_id) for doc_id, t in texts.items()]
    with use_language("en"):
        sents = split_documents(docs)
        return off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold)


def test_another_story_opening_on_no_name_is_off_topic(embedder):
    """The board's vote names neither Corbin nor Health and tells of no attack, though
    it is about as alike to the reports as they are to each other by its words of care."""
    assert strays({**ATTACK, "stray": COUNCIL}, embedder) == ["stray"]


def test_a_french_report_sets_no_bar_for_the_stray(embedder):
    """The French report shares a word of the English ones ("ambulances"): the stray,
    sharing as few ("hospitals"), is still told apart, and the French report stays."""
    assert strays({**ATTACK, "fr": FRENCH, "stray": COUNCIL}, embedder) == ["stray"]


def test_the_strays_figures_stay_out_of_the_brief(embedder):
    docs = [build_document(t, doc_id=k) for k, t in {**ATTACK, "fr": FRENCH}.items()]
    docs.append(build_document(COUNCIL, doc_id="stray"))
    brief = summarize(docs, words=150, backend="extractive", embedder=embedder, cache=None)
    assert brief.meta["off_topic"] == ["stray"]
    assert "$4 million" not in brief.to_markdown()


def test_an_angle_naming_the_event_still_stays(embedder):
    """An article opening on no name that names the hospital chain further on is the
    event's, however little of its words it shares."""
    advice = (
        "Patients should bring a list of their medicines to appointments. Corbin Health "
        "said nurses would check each list by hand."
    )
    assert strays({**ATTACK, "advice": advice, "stray": COUNCIL}, embedder) == ["stray"]


def test_a_tribute_quoted_with_no_name_of_the_event_is_not_set_apart_by_names():
    """A teacher's words on a pupil, quoted alone, name nothing the reports name and tell
    none of their words: a quotation is another angle on the event, not another event."""
    tribute = (
        '"He was curious and always wanted to help the others in class," she said. '
        '"We will miss him so much."'
    )
    texts = {**ATTACK, "tribute": tribute}
    docs = [build_document(t, doc_id=doc_id) for doc_id, t in texts.items()]
    with use_language("en"):
        sents = split_documents(docs)
        assert _about_another(sents, list(texts), {}, alike={"tribute": 0.1}) == set()
