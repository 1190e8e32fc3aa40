"""Indian English copy (an agency's dateline with no dash, lakh and crore, "Rs") and a
report in another language beside English ones: what a reader of the brief relies on."""

from __future__ import annotations

from summarizer.clean import dateline_outlet
from summarizer.config import FusionConfig
from summarizer.facts import entities
from summarizer.fusion import off_topic
from summarizer.language import use_language
from summarizer.pipeline import split_documents
from tests.builders import body_text, build_document, conflicts_of, fact

PTI_LEAD = (
    "Patna, Sept 9 (PTI) The death toll in the Bihar floods rose to 27 on Wednesday, "
    "while over 1.8 lakh people remained affected in 11 districts, officials said."
)


def test_an_indian_agency_dateline_without_a_dash_is_cut_and_names_the_outlet():
    """PTI and IANS copy opens "Place, Mon D (PTI) The ..." with no dash: the story starts
    after the tag, and the agency is the article's outlet."""
    doc = build_document("Bihar floods: toll rises to 27", PTI_LEAD, doc_id="pti")
    assert body_text(doc)[-1].startswith("The death toll in the Bihar floods")
    assert doc.outlet == "PTI"
    assert dateline_outlet("NEW DELHI, Sept 9 (IANS) The minister said the talks ended.") == "IANS"


def test_a_sentence_with_an_agency_after_a_date_keeps_its_words():
    """Without a place before the date, or with a word other than a capital after the
    tag, there is no dateline: "Paris, March 3 (AP) was ..." stays prose."""
    assert dateline_outlet("Paris, March 3 (AP) was a cold day for the strikers.") is None
    assert dateline_outlet("On Tuesday, Sept 9 (PTI) The minister resigned.") is None


def test_lakh_and_crore_are_read_as_their_values():
    """ "2.5 lakh people" are 250,000 people and "Rs 1,200 crore" is 12 billion rupees, the
    figures an international wire prints for the same facts."""
    readings = {
        "Over 2.5 lakh people were affected.": ("quantity", "250000", "people"),
        "Two lakh people fled.": ("quantity", "200000", "people"),
        "The state sanctioned a Rs 1,200 crore package.": ("money", "12000000000", "INR"),
        "The first Rs. 300 crore came.": ("money", "3000000000", "INR"),
        "It cost ₹5 lakh.": ("money", "500000", "INR"),
    }
    for text, reading in readings.items():
        f = fact(text)
        assert (f.kind, f.value, f.unit) == reading, text


def test_a_currency_or_a_time_zone_is_no_name():
    """ "Rs", "USD", "IST" and "GMT" are capitalised but name no one."""
    text = "At 2 pm IST the Rs 1,200 crore package for Assam was cleared; at 09:00 GMT, USD 5 more."
    assert [e.value for e in entities(text)] == ["assam"]


def test_the_same_package_in_crore_and_in_billions_of_rupees_is_no_conflict(embedder):
    """An Indian paper's "Rs 1,200 crore" and a wire's "12 billion rupees" agree; "2 lakh"
    people against "300,000" do not."""
    same = conflicts_of(
        "The state government announced a Rs 1,200 crore relief package for the flood victims.",
        "The state government announced a 12 billion rupee relief package for the flood victims.",
        embedder=embedder,
    )
    assert not same
    differ = conflicts_of(
        "The floods have affected 2 lakh people in the state, officials said on Monday.",
        "The floods have affected 300,000 people in the state, officials said on Monday.",
        embedder=embedder,
    )
    assert differ


FLOOD = {
    "pti": (
        "Bihar floods: toll rises to 27\n\n"
        f"{PTI_LEAD}\n\n"
        "The Kosi and the Gandak were flowing above the danger mark at Birpur and Valmikinagar "
        "at 2 pm IST, the water resources department said.\n\n"
        "Chief Minister Nitish Kumar said on Wednesday that the state had sanctioned a Rs 900 "
        "crore relief package for the affected districts."
    ),
    "paper": (
        "Floods ravage north Bihar, 21 dead; CM announces Rs 900 crore package\n\n"
        "Twenty-one people have died and 1.5 lakh people have been affected as the Kosi broke "
        "its banks in Supaul and Saharsa in Bihar on Tuesday, officials said.\n\n"
        "Chief Minister Nitish Kumar announced a Rs 900 crore relief package and asked the "
        "Centre for more NDRF teams.\n\n"
        "The SDRF evacuated over 700 people by boat from villages near Birpur."
    ),
    "wire": (
        "Floods in India's Bihar kill 27, affect 180,000 people\n\n"
        "Monsoon floods in the eastern Indian state of Bihar have killed 27 people and affected "
        "about 180,000 in 11 districts, officials said on Wednesday, as the Kosi river rose "
        "above the danger mark near the Nepal border.\n\n"
        "Chief Minister Nitish Kumar said the state would spend 9 billion rupees on relief."
    ),
    "later": (
        "Bihar flood toll climbs to 30 as Kosi swells\n\n"
        "The death toll in this year's floods in Bihar climbed to 30 on Thursday after three "
        "more bodies were recovered in Saharsa, officials said.\n\n"
        "Chief Minister Nitish Kumar said the first Rs 200 crore of the Rs 900 crore package "
        "had been released. The Kosi was flowing 40 cm above the danger level at Birpur."
    ),
    "stray": (
        "Bihar cabinet clears new industrial policy, Rs 4,000 crore investment expected\n\n"
        "The Bihar cabinet approved a new industrial policy offering capital subsidies of up "
        "to 30 per cent for factories built in backward districts.\n\n"
        "Industries Minister Samrat Chaudhary expects the policy to draw Rs 4,000 crore of "
        "investment over five years."
    ),
}


def _strays(texts: dict[str, str], embedder) -> list[str]:
    """The articles :func:`off_topic` leaves out of an English brief of ``texts``."""
    docs = [build_document(t, doc_id=doc_id) for doc_id, t in texts.items()]
    with use_language("en"):
        return off_topic(docs, split_documents(docs), embedder, FusionConfig().off_topic_threshold)


def test_the_same_states_other_news_is_off_topic_though_both_write_rs(embedder):
    """The cabinet's policy names the state, as every flood report does, and "Rs", as the
    Indian reports do: a currency is no name of the flood's, so the stray is left out."""
    assert _strays(FLOOD, embedder) == ["stray"]


FERRY = {
    "wire": (
        "Ferry capsizes off Indonesia's Sulawesi, at least 11 dead and 25 missing\n\n"
        "A passenger ferry capsized in rough seas off the Indonesian island of Sulawesi early "
        "on Tuesday, killing at least 11 people and leaving 25 missing, the search and rescue "
        "agency said.\n\n"
        "Rescuers had pulled 140 people from the water by Tuesday evening, agency spokesperson "
        "Yusuf Latif said. The KM Sinar Bangka was carrying 176 passengers according to its "
        "manifest, he said.\n\n"
        "Transport Minister Dudy Purwagandhi said an investigation would determine why the "
        "ferry had sailed despite a storm warning."
    ),
    "copy": (
        "Eleven killed, dozens missing as ferry sinks off Sulawesi\n\n"
        "A passenger ferry capsized in rough seas off the Indonesian island of Sulawesi early "
        "on Tuesday, killing at least 11 people and leaving 25 missing, the search and rescue "
        "agency said.\n\n"
        "Rescuers had pulled 140 people from the water by Tuesday evening, agency spokesperson "
        "Yusuf Latif said. The KM Sinar Bangka was carrying 176 passengers according to its "
        "manifest, he said."
    ),
    "live": (
        "Sulawesi ferry sinking: live updates\n\n"
        "The search and rescue agency now says 140 people have been rescued and 11 bodies "
        "recovered off Sulawesi. Twenty-five people are still missing, spokesperson Yusuf "
        "Latif told reporters in Kendari.\n\n"
        "Transport Minister Dudy Purwagandhi said the manifest of the KM Sinar Bangka listed "
        "176 passengers. Relatives in Kendari said at least 200 people were on board."
    ),
    "italian": (
        "Indonesia, traghetto affonda al largo di Sulawesi: 9 morti e 40 dispersi\n\n"
        "Un traghetto con a bordo circa 200 persone è affondato nella notte al largo "
        "dell'isola di Sulawesi, in Indonesia. Lo ha reso noto l'agenzia di soccorso.\n\n"
        "Secondo un primo bilancio, nove persone sono morte e 120 sono state tratte in salvo, "
        "mentre circa 40 risultano disperse.\n\n"
        "Il traghetto, il Sinar Bangka, era partito da Kendari. Al momento dell'incidente il "
        "mare era molto agitato e le ricerche proseguono con l'aiuto della marina militare."
    ),
}


def test_a_report_in_another_language_on_the_same_sinking_stays(embedder):
    """An Italian report of the sinking, beside English reports, names the ferry, the island
    and the port they name; the English embedder finds it alike to none of them, and it
    quotes not the minister they quote: it is still the event's report, not a stray."""
    assert _strays(FERRY, embedder) == []


def test_a_report_in_another_language_on_the_same_countrys_other_news_is_left_out(embedder):
    """A Spanish report of other news from Sulawesi shares only the island with the
    sinking's reports: names alone judge a foreign report, and it names too few of the
    event's (the island, the port, the ferry), so it is left out while the Italian report
    of the sinking stays."""
    stray = (
        "Indonesia aprueba un plan para modernizar los aeropuertos de Sulawesi\n\n"
        "El Gobierno de Indonesia aprobó este martes un plan de 3.000 millones de dólares para "
        "modernizar 25 aeropuertos regionales de la isla de Sulawesi durante los próximos "
        "cinco años.\n\n"
        "La ministra de Planificación, Rachmini Widyastuti, dijo en Yakarta que las obras "
        "comenzarán en 2027 y darán prioridad a las islas orientales del país."
    )
    assert _strays({**FERRY, "stray": stray}, embedder) == ["stray"]
