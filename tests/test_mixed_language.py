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
