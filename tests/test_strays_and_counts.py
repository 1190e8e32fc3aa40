"""An English article of the same kind on another subject is off-topic (another
company's results, a storm elsewhere); an article on the event from another angle
is not. A sentence whose subject is a bare count ("Four were in critical
condition.") leans on the sentence that named what it counts."""

import pytest

from summarizer import summarize
from summarizer.config import FusionConfig
from summarizer.fusion import _about_another, is_dangling, off_topic
from summarizer.language import use_language
from summarizer.pipeline import split_documents

from .builders import build_document, dated_documents

RESULTS = [
    "Norvale Foods on Tuesday reported second-quarter sales of $3.4 billion, up 7% from a "
    "year earlier, as higher prices for its frozen meals offset weaker volumes. Norvale "
    "raised its full-year profit forecast to $2.60 a share.",
    "Norvale Foods beat analysts' estimates for quarterly profit on Tuesday. Chief Executive "
    "Dana Whitlock said demand for frozen meals held up despite price increases. Norvale "
    "shares rose 5% in morning trading.",
    "Shares of Norvale Foods climbed on Tuesday after the frozen-meal maker lifted its annual "
    "outlook. Analysts at Halden Securities said Norvale had gained market share from store "
    "brands for a third straight quarter.",
]
# Another company's results, reported the same day in the same words of the trade.
OTHER_RESULTS = (
    "Brightwater Dairy on Tuesday reported a second-quarter loss of $85 million as milk "
    "prices fell. Brightwater cut its full-year forecast and said it would close two "
    "plants. Its shares fell 11% in morning trading."
)


def test_another_companys_results_are_left_out_of_the_brief(embedder):
    docs = [build_document(t, doc_id=f"n{i}") for i, t in enumerate(RESULTS)]
    docs.append(build_document(OTHER_RESULTS, doc_id="stray"))
    brief = summarize(docs, words=120, backend="extractive", embedder=embedder, cache=None)
    assert brief.meta["off_topic"] == ["stray"]
    cited = {c.source for s in brief.summary + brief.key_points for c in s.citations}
    assert "stray" not in cited
    assert "11%" not in brief.to_markdown()  # the stray's figure is not Norvale's


STORM = [
    "Hurricane Ines made landfall near Bay Harlan, Texas, on Sunday with winds of 115 mph, "
    "killing at least five people and cutting power to 300,000 homes, officials said.",
    "Residents of Bay Harlan returned on Monday to flooded homes after Hurricane Ines pushed a "
    "storm surge of nine feet into the city. The mayor said 1,800 homes had been damaged.",
]
# Another angle on the same storm: what it costs insurers.
INSURERS = (
    "Insured losses from Hurricane Ines could reach $5 billion, modelling firm Kestrel Risk "
    "estimated on Monday. Shares of Texas property insurers fell, and analyst Omar Reyes said "
    "smaller carriers would be tested."
)
# A storm of the same kind, elsewhere.
TYPHOON = (
    "Typhoon Soulik tore across northern Luzon in the Philippines on Sunday, killing nine "
    "people and forcing 80,000 to flee, disaster officials in Manila said. Landslides buried "
    "homes in Benguet province."
)


def strays_of(texts, embedder, language="en"):
    docs = [build_document(t, doc_id=doc_id) for doc_id, t in texts.items()]
    with use_language(language):
        sents = split_documents(docs)
        return off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold)


def test_a_storm_elsewhere_is_off_topic_and_the_insurers_angle_is_not(embedder):
    texts = {"a": STORM[0], "b": STORM[1], "insurers": INSURERS, "stray": TYPHOON}
    assert strays_of(texts, embedder) == ["stray"]


def test_an_article_that_opens_on_nothing_of_its_own_stays(embedder):
    """Background that names no subject of its own (a doctor's advice in a heat
    wave) is another angle, not another event, even naming nothing the others
    share."""
    texts = {
        "a": "Phoenix reached 118 degrees on Saturday, and Maricopa County confirmed 20 "
        "heat deaths this year.",
        "b": "Cooling centres across Phoenix stayed open all night on Sunday as the heat "
        "wave entered its ninth day.",
        "c": "Phoenix officials extended the excessive heat warning through Wednesday.",
        "advice": "Heat stroke happens when the body can no longer cool itself by sweating. "
        "Older adults and young children are at greater risk. Drink water before you feel "
        "thirsty.",
    }
    assert strays_of(texts, embedder) == []


def test_a_roundup_whose_articles_share_no_name_keeps_them_all(embedder):
    """Sunday talk-show segments: every article names its own guest, and no name
    is every other's, so no one of them is the stray."""
    texts = {
        "a": "Senator Ruth Calloway said on Sunday that the budget deal would pass the Senate.",
        "b": "Governor Ken Ashby said on Sunday that the budget deal shortchanged the states.",
        "c": "Congressman Leo Park said on Sunday that the budget deal cut too deeply.",
        "d": "Mayor Ana Soto said on Sunday that cities would lose transit money.",
    }
    assert strays_of(texts, embedder) == []


def test_a_reaction_that_names_the_defendant_stays(embedder):
    texts = {
        "a": "A jury on Thursday convicted former Harlan mayor Gerald Finch of taking bribes "
        "from developers in exchange for city contracts.",
        "b": "Gerald Finch was found guilty of seven counts of bribery and fraud on Thursday, "
        "and the judge set sentencing for September.",
        "reaction": "At a diner across from City Hall, retired teacher Linda Marsh said she "
        "had trusted Finch for twelve years. Council member Ed Pruitt said the city would "
        "seek to recover its money.",
    }
    assert strays_of(texts, embedder) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four were in critical condition.",
        "Two died in hospital.",
        "Three of them were children.",
        "12 remain missing after the collapse.",
        "1,200 were evacuated from the valley.",
        "Twenty-five were treated for smoke inhalation.",
        "Seven were arrested on Monday.",
    ],
)
def test_a_bare_count_as_subject_leans_on_what_another_sentence_named(text):
    assert is_dangling(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline's count, its "were" left out, tells its own news
        "Ten killed in bus crash in Peru on Monday.",
        "Two arrested after shooting at a Leeds nightclub.",
        "Two die in house fire in Leeds.",
        "Four people were injured.",
        "Two suspects were arrested.",
        "2024 was a record year.",
        "Three-quarters of voters backed the plan.",
        "Two hundred and ten people died.",
        "Seven of the dead were buried by a landslide.",
        "Two injured men were taken to hospital.",
        "One can only guess what happened next.",
        "10 Downing Street said the talks would go on.",
    ],
)
def test_a_count_with_its_noun_stands_alone(text):
    assert not is_dangling(text)


@pytest.mark.parametrize(
    ("language", "text", "leans"),
    [
        ("es", "Cuatro resultaron heridos.", True),
        ("es", "Tres de ellos eran niños.", True),
        ("es", "Cuatro personas resultaron heridas.", False),
        ("es", "2024 fueron meses de récord.", False),
        ("fr", "Deux sont morts.", True),
        ("fr", "Trois d'entre eux étaient des enfants.", True),
        ("fr", "Deux personnes sont mortes.", False),
        ("de", "Vier wurden verletzt.", True),
        ("de", "Vier Menschen wurden verletzt.", False),
        ("it", "Due sono morti.", True),
        ("it", "Due persone sono morte.", False),
        ("pt", "Dois morreram no hospital.", True),
        ("pt", "Duas pessoas morreram no hospital.", False),
    ],
)
def test_a_bare_count_in_other_languages(language, text, leans):
    with use_language(language):
        assert is_dangling(text) is leans


def test_the_next_days_report_that_never_names_the_country_stays_beside_a_stray(embedder):
    """With a stray from the same country among them, the only name every other article
    gives is the country's; a report on the storm that names the cyclone, the province and
    the town the rest name, but not the country, and opens on a river of its own, is no
    stray. The stray, which shares only the country, still is."""
    texts = {
        "a": "Cyclone Mareva struck the Chilean province of Arauco on Monday, flooding the "
        "town of Lebu and cutting power to 90,000 homes, officials said.",
        "b": "Cyclone Mareva hit the Chilean coast at Arauco on Monday. Roads to Lebu were "
        "closed and 4,000 people were evacuated.",
        "c": "Chilean rescuers reached Lebu on Tuesday after Cyclone Mareva tore through "
        "Arauco. Three people died, the interior ministry said.",
        "next": "The Biobio River burst its banks on Tuesday as Cyclone Mareva moved inland "
        "from Arauco, and more families left Lebu for shelters.",
        "stray": "A magnitude 5.9 earthquake shook the Chilean city of Antofagasta on "
        "Tuesday. The Atacama Seismic Institute said no damage had been reported.",
    }
    assert strays_of(texts, embedder) == ["stray"]


FERRY_FIRE = [
    "A fire broke out on a Baltvik Lines ferry in the Gulf of Riga on Saturday, killing three "
    "passengers and injuring 40, the coast guard said. The ferry was towed to port.",
    "Coast guard crews evacuated 600 passengers from the burning Baltvik Lines ferry. The fire "
    "started in the engine room, and the dead were found on the car deck, officials said.",
    "Survivors of the ferry fire described smoke filling the car deck within minutes. Baltvik "
    "Lines chief executive Ilze Ozola said the company was shocked and would help investigators.",
]
# Weeks earlier, the same company and its chief executive, with other news.
FERRY_FARES = (
    "Baltvik Lines said it would raise fares on its Gulf of Riga ferry routes by 12% from May "
    "and sell two of its oldest ships, as fuel costs climbed. Chief executive Ilze Ozola said "
    "the company's bookings had slowed since January, and the shares of the ferry operator "
    "fell 4%."
)
# Weeks later, a short report on the same fire.
FERRY_INQUIRY = (
    "Investigators said on Monday that a fire door on the Baltvik Lines ferry had been left "
    "open. Chief executive Ilze Ozola said the company would review its procedures."
)


def test_the_same_companys_news_from_weeks_before_is_off_topic(embedder):
    """An article weeks older than the event's, about the same company and chief executive
    but not the event (fares, not the fire), is left out of the brief."""
    docs = dated_documents(
        [*FERRY_FIRE, FERRY_FARES], ["2025-06-14", None, "2025-06-15", "2025-05-20"]
    )
    brief = summarize(docs, words=120, backend="extractive", embedder=embedder, cache=None)
    assert brief.meta["off_topic"] == ["s3"]
    assert "fares" not in brief.to_markdown()


def test_a_later_report_on_the_same_event_stays(embedder):
    """A report weeks after the event, on the event (the inquiry into the fire), is no
    stray, however far its date."""
    docs = dated_documents(
        [*FERRY_FIRE, FERRY_INQUIRY], ["2025-06-14", None, "2025-06-15", "2025-07-14"]
    )
    with use_language("en"):
        sents = split_documents(docs)
        assert off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold) == []


def test_of_two_dated_articles_weeks_apart_neither_is_called_the_stray(embedder):
    """Only a side story of the fire's week and the later inquiry carry dates: nothing tells
    which of the two lies apart, so the side story, which shares few of the reports' words,
    stays."""
    relatives = (
        "Relatives waited at the Riga terminal on Sunday for news. Baltvik Lines set up a help "
        "desk for families."
    )
    docs = dated_documents(
        [*FERRY_FIRE, relatives, FERRY_INQUIRY], [None, None, None, "2025-06-15", "2025-07-14"]
    )
    with use_language("en"):
        sents = split_documents(docs)
        assert off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold) == []


def test_the_same_companys_older_news_is_off_topic_in_spanish(embedder):
    fire = [
        "Un incendio en una fábrica de Textiles Morales en Elche mató a dos trabajadores el "
        "martes y obligó a desalojar a 300 vecinos, informaron los bomberos.",
        "Los bomberos tardaron cinco horas en controlar el incendio de la fábrica de Textiles "
        "Morales. Los dos trabajadores muertos estaban en el almacén, según la policía.",
        "Vecinos de Elche describieron el humo negro del incendio en la fábrica. El director de "
        "Textiles Morales, Javier Ruiz, dijo que la empresa colaborará con la investigación.",
    ]
    prices = (
        "Textiles Morales anunció que venderá su tienda de Madrid y subirá sus precios un 8% "
        "por el coste de la energía. El director de la empresa, Javier Ruiz, dijo que las "
        "ventas cayeron en enero."
    )
    docs = dated_documents([*fire, prices], ["2025-06-10", None, "2025-06-11", "2025-05-12"])
    with use_language("es"):
        sents = split_documents(docs)
        assert off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold) == ["s3"]


# A ferry sinking in Chile, told by a wire, a local paper (its town only in its headline and
# dateline) and an agency; and a government plan from the same country the same week.
FERRY = {
    "wire": "A passenger ferry sank in the Aldán river near the town of Puerto Viel in southern "
    "Chile on Tuesday, killing at least six people, navy officials said. Twelve people were "
    "still missing on Wednesday, navy commander Rodrigo Salas told reporters.",
    "local": "Viel ferry: divers recover two more bodies\n\nPUERTO VIEL, March 4 - Divers "
    "recovered two more bodies from the river in southern Chile on Wednesday, raising the "
    "death toll from the sinking to eight, the navy said. Ten people remain "
    "missing, said commander Rodrigo Salas, "
    "after a fisherman from Ancud was found safe.",
    "agency": "At least seven people were killed when a ferry sank in the Aldán river in southern "
    "Chile, the authorities said on Wednesday. The ferry, near Puerto Viel, capsized on Tuesday "
    "evening in a storm. President Elena Varas declared two days of mourning.",
}
PORTS_PLAN = (
    "Chile's government on Monday approved a plan worth 900 million dollars to repair 30 "
    "ageing ports over the next six years, the Transport Ministry said. The plan will put the "
    "ports of Valparaíso and Talcahuano first, Transport Minister Jorge Ibarra said."
)


def test_a_plan_from_the_same_country_is_off_topic_beside_the_event(embedder):
    """Every report names the country, and so does the stray: it names none of the event's
    own place (the river, the town) and tells none of the sinking."""
    texts = {**FERRY, "stray": PORTS_PLAN}
    assert strays_of(texts, embedder) == ["stray"]


def test_a_report_naming_the_town_only_in_its_headline_stays(embedder):
    """The local paper names the town only above its body: no stray
    beside a plan of the same country."""
    texts = {**FERRY, "stray": PORTS_PLAN}
    assert "local" not in strays_of(texts, embedder)


def test_an_event_named_in_ordinary_words_still_sets_the_stray_apart(embedder):
    """The event's town and river are named in ordinary words ("Mill Park", the Rose) that
    a report also writes in lower case ("the water rose"): they are still the event's own
    names, which a plan of the same country never gives."""
    names = {"Aldán": "Rose", "PUERTO VIEL": "MILL PARK", "Puerto Viel": "Mill Park"}
    names |= {"Viel": "Mill Park", "said commander Rodrigo Salas": "the navy said"}
    texts = {}
    for key, text in FERRY.items():
        for old, new in names.items():
            text = text.replace(old, new)
        texts[key] = text
    texts["wire"] += " The water rose fast near the old mill, and crowds gathered in a park."
    texts["stray"] = PORTS_PLAN
    docs = [build_document(t, doc_id=doc_id) for doc_id, t in texts.items()]
    with use_language("en"):
        sents = split_documents(docs)
        assert _about_another(sents, list(texts), {}) == {"stray"}  # by the names alone
        assert off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold) == ["stray"]


def test_a_report_naming_the_town_only_in_its_title_stays(embedder):
    """A document read from JSON has its headline as its title, not in its text: the town
    the title names counts as the report's, beside a plan of the same country."""
    body = (
        "Ten people remain missing in southern Chile after a fisherman from Ancud was found safe."
    )
    docs = [build_document(t, doc_id=k) for k, t in FERRY.items() if k != "local"]
    docs += [
        build_document(body, doc_id="local", title="Viel ferry: divers recover two more bodies"),
        build_document(PORTS_PLAN, doc_id="stray"),
    ]
    with use_language("en"):
        sents = split_documents(docs)
        assert off_topic(docs, sents, embedder, FusionConfig().off_topic_threshold) == ["stray"]
