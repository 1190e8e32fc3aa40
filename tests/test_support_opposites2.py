"""The support check rejects evidence that says the opposite of a sentence in three more ways:
a verb of the opposite side (confirmed / denied, welcomed / condemned), a negation that ends
its clause and so denies the clause before ("..., but the second is not"), and an opposite
word of Spanish, French, German, Italian or Portuguese in a brief in that language. Words of
the same side, and evidence that has both sides, still agree."""

from __future__ import annotations

import pytest

from summarizer.faithfulness import disagrees, negates, supported_by
from summarizer.language import use_language


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("The ministry confirmed the report.", "The ministry denied the report."),
        ("The ministry denied the report.", "The ministry confirmed the report."),
        (
            "The ministry confirmed that a strike had closed the port.",
            "The ministry denied on Monday that a strike had closed the port.",
        ),
        ("The union welcomed the pay deal.", "The union condemned the pay deal."),
        ("The union condemned the pay deal.", "The union welcomed the pay deal."),
        (
            "Opposition leaders praised the court ruling.",
            "Opposition leaders denounced the court ruling.",
        ),
        (
            "The city lifted the night curfew on Friday.",
            "The city imposed a night curfew on Friday.",
        ),
        (
            "The rocket launch succeeded on Friday.",
            "The rocket launch failed to reach orbit on Friday.",
        ),
    ],
)
def test_a_verb_of_the_opposite_side_is_no_support(sentence, evidence):
    assert not supported_by(sentence, [evidence], None)


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        (
            "The first suspect is in custody, but the second is not.",
            "The first suspect is in custody, and the second is in custody too.",
        ),
        (
            "The mayor has resigned, but the governor has not.",
            "The mayor has resigned, and the governor has resigned as well.",
        ),
        (
            "The bakery raised its prices, though its rival did not.",
            "The bakery raised its prices, and its rival raised them too.",
        ),
        (
            "Two ferries will sail on Sunday, but the third will not.",
            "Two ferries will sail on Sunday, and the third will sail as well.",
        ),
    ],
)
def test_a_negation_that_ends_its_clause_denies_the_clause_before(sentence, evidence):
    assert not supported_by(sentence, [evidence], None)
    assert supported_by(sentence, [sentence], None)


def test_evidence_for_the_other_subject_says_the_opposite_of_an_elliptic_negation():
    sentence = "The first suspect is in custody, but the second is not."
    assert disagrees(sentence, ["The second suspect is in custody."])


def test_an_elliptic_negation_agrees_with_its_predicate_written_out():
    sentence = "The first suspect was arrested on Monday, but the second was not."
    evidence = ["The first suspect was arrested on Monday.", "The second suspect was not arrested."]
    assert not disagrees(sentence, evidence)
    assert disagrees(sentence, ["The second suspect was arrested on Monday."])


def test_a_sentence_with_an_elliptic_negation_negates():
    assert negates("The first suspect is in custody, but the second is not.")
    assert not negates("The first suspect is in custody, and the second is too.")


@pytest.mark.parametrize(
    ("language", "sentence", "evidence"),
    [
        ("es", "Los precios del pan subieron en marzo.", "Los precios del pan bajaron en marzo."),
        (
            "es",
            "El ministerio confirmó la noticia del cierre.",
            "El ministerio negó la noticia del cierre.",
        ),
        (
            "es",
            "La empresa aumentó su plantilla en 2023.",
            "La empresa redujo su plantilla en 2023.",
        ),
        ("fr", "Les prix du pain ont augmenté en mars.", "Les prix du pain ont baissé en mars."),
        (
            "fr",
            "Le ministère a confirmé la fermeture du site.",
            "Le ministère a démenti la fermeture du site.",
        ),
        ("de", "Die Brotpreise sind im März gestiegen.", "Die Brotpreise sind im März gesunken."),
        (
            "de",
            "Das Ministerium bestätigte die Schließung des Werks.",
            "Das Ministerium dementierte die Schließung des Werks.",
        ),
        (
            "it",
            "I prezzi del pane sono aumentati a marzo.",
            "I prezzi del pane sono diminuiti a marzo.",
        ),
        (
            "it",
            "Il ministero ha confermato la chiusura dello stabilimento.",
            "Il ministero ha smentito la chiusura dello stabilimento.",
        ),
        ("pt", "Os preços do pão aumentaram em março.", "Os preços do pão diminuíram em março."),
        (
            "pt",
            "O ministério confirmou o fecho da fábrica.",
            "O ministério negou o fecho da fábrica.",
        ),
    ],
)
def test_an_opposite_word_of_the_briefs_language_is_no_support(language, sentence, evidence):
    with use_language(language):
        assert not supported_by(sentence, [evidence], None)
        assert supported_by(sentence, [sentence], None)


def test_words_of_the_same_side_still_agree():
    assert not disagrees("Oil prices rose on Monday.", ["Oil prices rose sharply on Monday."])
    assert not disagrees("The union welcomed the deal.", ["The union hailed the deal."])
    assert not disagrees(
        "The ministry confirmed the report.", ["The ministry said the report was true."]
    )
    with use_language("es"):
        assert not disagrees(
            "Los precios subieron en marzo.", ["Los precios subieron un 3% en marzo."]
        )
        assert not disagrees("Las ventas aumentaron en marzo.", ["Las ventas crecieron en marzo."])


def test_evidence_with_both_sides_does_not_flip():
    assert not disagrees(
        "The ministry confirmed the strike.",
        ["The ministry confirmed the strike but denied reports of casualties."],
    )
    both = "The union welcomed the pay rise but condemned the job cuts."
    assert not disagrees(both, [both])
    with use_language("fr"):
        assert not disagrees("Les prix ont augmenté.", ["Les prix ont augmenté, puis baissé."])


def test_a_function_word_is_no_opposite_in_another_language():
    # Spanish "bajo" ("under") has the stem of "bajar" ("to fall").
    with use_language("es"):
        assert not disagrees(
            "Los precios subieron en marzo.",
            ["Los precios, bajo control del gobierno, se dispararon en marzo."],
        )


def test_a_negating_word_that_ends_its_clause_on_its_own_denies_nothing_before():
    # "found nothing" is no elliptic "did not": what the searchers did stays supported
    assert supported_by(
        "Rescuers searched the river on Monday, but found nothing.",
        ["Rescuers searched the river on Monday but no bodies were found."],
        None,
    )
    assert supported_by(
        "Police searched three homes in Leeds on Friday but found none.",
        ["Police searched three homes in Leeds on Friday; no weapons were found."],
        None,
    )


def test_a_negation_in_another_language_reaches_its_verb_past_the_auxiliary():
    # "no ha confirmado" negates "confirmado", not "ha": evidence with "ha" unnegated and
    # the same negated fact says the same
    with use_language("es"):
        assert not disagrees(
            "El Gobierno no ha confirmado la cifra de muertos.",
            ["El Gobierno ha dicho que la cifra de muertos aún no está confirmada."],
        )
        assert disagrees(
            "El Gobierno no ha confirmado la cifra.", ["El Gobierno ha confirmado la cifra."]
        )


def test_function_words_of_another_language_are_no_shared_content():
    from summarizer.faithfulness import paraphrase_share

    # only "ministra", "sanidad", "congreso" and the verb carry content; "de", "la" do not
    with use_language("es"):
        share = paraphrase_share(
            "La oposición celebró en el Congreso la dimisión de la ministra de Sanidad.",
            "La ministra de Sanidad dimitió en el Congreso.",
        )
    assert share < 0.5
