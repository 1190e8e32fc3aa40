"""Verbs of saying: one table per language, read alike by the day of a happening, the wish
rule and a quotation's speaker (each knew only some of the verbs before)."""

from __future__ import annotations

import pytest

from summarizer.events import event_date
from summarizer.facts import quotes
from summarizer.fusion import is_wish
from summarizer.language import use_language
from summarizer.saying import SAYING


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "La ministra escribió el martes una carta al Parlamento."),
        ("fr", "La ministre a écrit mardi une lettre au Parlement."),
        ("de", "Die Ministerin warnte am Dienstag vor einem Streik."),
        ("it", "La ministra ha scritto martedì una lettera al Parlamento."),
        ("pt", "A ministra escreveu na terça-feira uma carta ao Parlamento."),
    ],
)
def test_the_day_of_a_saying_is_no_day_of_a_happening(language, sentence):
    with use_language(language):
        assert event_date(sentence, "2024-11-13") is None


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Descanse en paz, advirtió el alcalde."),
        ("fr", "Repose en paix, a affirmé le maire."),
        ("de", "Ruhe in Frieden, betonte der Bürgermeister."),
        ("it", "Riposa in pace, ha affermato il sindaco."),
        ("pt", "Descanse em paz, afirmaram os vizinhos."),
    ],
)
def test_a_wish_someone_is_said_to_have_said_is_a_claim(language, sentence):
    with use_language(language):
        assert not is_wish(sentence)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Nous reconstruirons la ville », a précisé Jean Dupont.", "Jean Dupont"),
        ("„Wir bauen die Stadt wieder auf“, teilte Hans Müller mit.", "Hans Müller"),
        ("« Ricostruiremo la città », ha scritto Marco Rossi.", "Marco Rossi"),
        ("« Vamos reconstruir a cidade », disseram Ana Souza e o marido.", "Ana Souza"),
        ("« Reconstruiremos la ciudad », dijeron Ana García y su marido.", "Ana García"),
    ],
)
def test_a_quotations_speaker_is_read_after_any_verb_of_the_table(text, speaker):
    (quote,) = quotes(text, all_marks=True)
    assert quote.extra["speaker"] == speaker


@pytest.mark.parametrize("language", sorted(SAYING))
def test_every_word_of_the_table_works_in_each_use(language):
    table = SAYING[language]
    forms = table.verbs.split()
    if table.auxiliary:
        forms += [f"{table.auxiliary} {w}" for w in table.participles.split()]
    for form in forms:  # a quotation's speaker stands after each form
        (quote,) = quotes(f"« Nous reconstruirons la ville », {form} Ana García.", all_marks=True)
        assert quote.extra["speaker"] == "Ana García", form
    with use_language(language):  # a wish someone is said to have said is a claim
        for word in f"{table.verbs} {table.participles} {table.according}".split():
            assert not is_wish(f"Descanse en paz, {word} el alcalde."), word
