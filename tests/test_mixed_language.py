"""Clusters mixing articles in the brief's language with one in another language: a
sentence in the other language is used only for what the brief's-language articles do
not say, and not in the opening paragraph."""

import numpy as np

from summarizer.config import FusionConfig
from summarizer.fusion import foreign_anchors, select
from summarizer.language import use_language
from summarizer.types import Document
from tests.builders import scored

ENGLISH = [
    "A passenger ferry sank off the Greek island of Chios on Tuesday evening, killing at least "
    "seven people, the coast guard said. Twelve people are still missing after the vessel, which "
    "was carrying 85 passengers, capsized in strong winds about two miles from the port. Divers "
    "and two navy helicopters searched the area through the night, a coast guard spokesman said. "
    "The ferry had been built in 1989 and passed its last inspection in March, the operator said.",
    "At least seven people died when a ferry capsized near Chios on Tuesday, Greek officials said, "
    "and twelve others are missing. The ship was carrying 85 passengers and nine crew members when "
    "it was hit by strong winds. Prime Minister Kyriakos Mitsotakis called the sinking a tragedy "
    "and said the government would help the families of the victims. The port of Chios was closed "
    "to all traffic on Wednesday while the search went on, the ministry said.",
    "Rescuers pulled 66 survivors from the sea after the ferry sank off Chios, the coast guard "
    "said on Wednesday. Seven bodies have been recovered and twelve people remain missing, it "
    "said. "
    "Survivors told state television that the ship listed sharply before it went down within "
    "minutes. The operator said it was cooperating with the investigation and would pay for the "
    "funerals of the victims. Weather forecasters had warned of strong winds across the Aegean.",
]
REPEAT = (
    "Al menos siete personas murieron y doce siguen desaparecidas tras el naufragio de un ferry "
    "frente a la isla griega de Quíos, informó el martes la guardia costera."
)
SPANISH = (
    f"{REPEAT} El barco transportaba a 85 pasajeros cuando volcó por los fuertes vientos, según "
    "las autoridades. Los equipos de rescate trabajaron durante toda la noche con la ayuda de "
    "helicópteros de la marina. Unos 300 voluntarios participan en la búsqueda de los "
    "desaparecidos, dijo el alcalde de la isla. Las familias de las víctimas esperaban noticias "
    "en el puerto, donde se instaló un centro de atención psicológica."
)


def test_only_a_foreign_sentence_stating_a_new_figure_may_be_used():
    docs = [Document("a", ENGLISH[0]), Document("b", ENGLISH[1]), Document("c", SPANISH)]
    new = "Unos 300 voluntarios participan en la búsqueda de los desaparecidos, dijo el alcalde."
    claims = [
        scored(REPEAT, "c").claim,
        scored(new, "c").claim,
        scored("Los equipos de rescate trabajaron durante toda la noche.", "c").claim,
        scored("Twelve people are still missing.", "a").claim,
    ]
    repeat, adds, nothing, own = foreign_anchors(claims, docs)
    assert repeat == frozenset() and nothing == frozenset()  # nothing the English lacks
    assert adds and "#300" in adds  # the volunteers' count only the Spanish article gives
    assert own is None  # a sentence in the brief's language is left as it was


def test_a_cluster_all_in_one_language_is_left_as_it_was():
    docs = [Document("a", SPANISH), Document("b", SPANISH.replace("300", "250"))]
    with use_language("es"):
        claims = [scored(REPEAT, "a").claim, scored(REPEAT, "b").claim]
        assert foreign_anchors(claims, docs) == [None, None]
    english = [Document("a", ENGLISH[0]), Document("b", ENGLISH[1])]
    assert foreign_anchors([scored("Twelve people are still missing.").claim], english) == [None]


def test_a_foreign_sentence_whose_figures_and_names_are_chosen_already_is_redundant():
    claims = [
        scored("Unos 300 voluntarios buscan en Quíos, dijo el alcalde.", "c", 3.0),
        scored("El alcalde agradeció a los 300 voluntarios de Quíos su ayuda.", "c", 2.0),
        scored("Corbel prometió no despedir a nadie hasta 2029.", "c", 1.0),
    ]
    # as foreign_anchors gives them: each adds a figure the brief's-language articles lack
    anchors = [frozenset({"#300", "Quíos"})] * 2 + [frozenset({"@2029", "Corbel"})]
    vecs = np.zeros((3, 4))  # nothing alike to the (English) embedder
    chosen = select(claims, vecs, 100, FusionConfig(), foreign=anchors)
    assert chosen == [0, 2]


# -- a whole brief ---------------------------------------------------------------------------

BRIDGE = [
    (
        "Road bridge collapses in northern Portugal, at least 3 dead and 11 missing\n\nBy "
        "Sofia Ramos\n\nPORTO, Portugal, March 3, 2026 (Reuters) - A road bridge over the "
        "Douro river collapsed near the town of Peso da Régua in northern Portugal on "
        "Tuesday evening, sending at least six vehicles and a bus into the water, killing "
        "at least three people, civil protection officials said.\n\nEleven people were "
        "still missing on Wednesday morning, regional civil protection commander Carlos "
        'Teixeira told reporters at the scene.\n\n"Our divers are working in very '
        "difficult conditions. The current is strong and the water is muddy after days of "
        'rain," Teixeira said.\n\nThe central span of the 1960s concrete bridge gave way '
        "at about 19:40 local time, witnesses said. Heavy rain had raised the river level "
        "by more than four metres over the weekend.\n\nMore than 120 firefighters, navy "
        "divers and two helicopters were involved in the rescue operation, the civil "
        "protection authority said.\n\nPrime Minister Luís Montenegro said he was "
        "travelling to the site and promised a full investigation.\n"
    ),
    (
        "Régua bridge: toll rises to five as search for missing continues\n\nBy Miguel "
        "Pinto, Jornal de Notícias\n\nPESO DA RÉGUA, March 4 - Rescue teams recovered two "
        "more bodies from the Douro on Wednesday, raising the death toll from Tuesday's "
        "bridge collapse to five, the civil protection authority said in the "
        "evening.\n\nNine people remain missing, commander Carlos Teixeira said, after a "
        "woman reported missing was found safe at a relative's house in Lamego.\n\nThe "
        "bus, which belonged to a local operator and was carrying 14 passengers, was "
        "located by navy divers about 200 metres downstream of the bridge. Its driver, "
        "52-year-old Armando Sousa, was among the dead.\n\nLocal residents said they had "
        "warned the municipality about cracks in the bridge's pillars for years. "
        '"Everyone here knew the bridge was shaking when lorries went over it," said '
        "Fernanda Lopes, 67, who runs a café near the river.\n\nThe infrastructure agency "
        'Infraestruturas de Portugal said the bridge had been inspected in 2024 and "no '
        'structural anomaly" had been found.\n\nPhoto: Firefighters and divers on the '
        "banks of the Douro on Wednesday. (JN/Paulo Jorge)\n\nRead more:\n- Douro river "
        "levels: what the warnings said\n- Who owns Portugal's old bridges?\n- Weather: "
        "more rain expected in the north this weekend\n"
    ),
    (
        "Portugal: bridge collapse kills four, several missing\n\nLISBON, March 4 (AFP) - "
        "At least four people were killed when a bridge collapsed into the Douro river in "
        "northern Portugal, the authorities said on Wednesday, while rescuers searched for "
        "about ten missing people.\n\nThe bridge, near Peso da Régua, gave way on Monday "
        "evening during heavy rain, sending a bus and several cars into the "
        "river.\n\nPresident Marcelo Rebelo de Sousa declared three days of national "
        'mourning.\n\nInterior Minister Maria Lúcia Amaral said it was "too early" to say '
        "what caused the collapse and that prosecutors had opened an inquiry.\n\nThe "
        "disaster recalled the collapse of the Entre-os-Rios bridge over the same river in "
        "2001, which killed 59 people.\n"
    ),
    (
        "Al menos cinco muertos tras el derrumbe de un puente en el norte de "
        "Portugal\n\nOPORTO, 4 de marzo (EFE) - Al menos cinco personas murieron y nueve "
        "siguen desaparecidas tras el derrumbe de un puente sobre el río Duero en Peso da "
        "Régua, en el norte de Portugal, informó este miércoles la Protección Civil.\n\nEl "
        "puente cedió el martes por la noche, cuando un autobús y varios coches circulaban "
        "sobre él. Más de 150 bomberos, buzos de la Marina y helicópteros participan en "
        "las tareas de búsqueda.\n\nEl Gobierno portugués ha abierto una investigación "
        "sobre las causas del derrumbe.\n"
    ),
]


def test_a_brief_states_in_its_own_language_what_its_articles_say(embedder):
    """Three English reports and one Spanish one of a bridge collapse: the Spanish lede's
    toll, missing and day are all in the English reports, so it is no sentence of the
    English brief; its opening paragraph reads in English."""
    from summarizer.pipeline import summarize

    docs = [Document(chr(ord("a") + i), t) for i, t in enumerate(BRIDGE)]
    brief = summarize(docs, backend="extractive", embedder=embedder, words=250)
    assert all({c.source for c in s.citations} != {"d"} for s in brief.summary)
    assert not any("personas murieron" in s.text for s in brief.sentences())


def test_a_german_sentence_names_nothing_by_its_capitals():
    # German capitalises every noun: "Aktie", "Unternehmen" are no names an English
    # sentence would have to state before the German one counts as said.
    from summarizer.fusion import _anchors

    with use_language("en"):
        got = _anchors(
            "Corbel zahlt 48 Euro je Aktie, teilten die Unternehmen am Montag mit.", "de"
        )
    assert got == {"#48", "@monday"}


def test_two_reports_in_another_language_neither_open_nor_head_the_brief(embedder):
    """Two English reports and two Spanish ones whose lede, giving a newer toll, is the
    top pick (both sources give it): the headline and the opening sentence are English
    ones, the Spanish lede coming after what the English ones say."""
    from summarizer.pipeline import summarize

    english = [
        "A road bridge over the Douro river collapsed near Peso da Régua in northern Portugal "
        "killing three people and leaving eleven missing, civil protection "
        "officials said. A bus and several cars fell into the water when the central span gave "
        "way during heavy rain. More than 120 firefighters and navy divers searched the river "
        "through the night.",
        "Three people were killed when a bridge collapsed into the Douro river in northern "
        "Portugal, the authorities said, and eleven others are missing. The bridge "
        "near Peso da Régua gave way while a bus and cars were crossing it. Prosecutors have "
        "opened an inquiry into the cause of the collapse.",
    ]
    lede = (
        "Cinco personas murieron y nueve siguen desaparecidas tras el derrumbe de un puente "
        "sobre el río Duero en Peso da Régua, informó el miércoles la Protección Civil."
    )
    spanish = [
        f"{lede} El puente cedió el martes por la noche, cuando un autobús y varios coches "
        "circulaban sobre él. Más de 150 bomberos y buzos de la Marina participan en la búsqueda.",
        f"{lede} El Gobierno portugués ha abierto una investigación sobre las causas del "
        "derrumbe. Los vecinos habían advertido de grietas en los pilares del puente.",
    ]
    docs = [
        Document(i, t, date=day)
        for i, t, day in zip(
            "abcd", [*english, *spanish], ["2026-03-03"] * 2 + ["2026-03-04"] * 2, strict=True
        )
    ]
    brief = summarize(docs, backend="extractive", embedder=embedder, words=250)
    assert "personas" not in brief.headline and "murieron" not in brief.headline
    assert {c.source for c in brief.summary[0].citations} <= {"a", "b"}
