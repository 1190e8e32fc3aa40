"""Verbs of saying in Spanish, French, German, Italian and Portuguese: one table per
language, from which each use derives its pattern.

Three rules need them: the day of a saying is not the day of a happening
(:func:`summarizer.events.event_date`), a wish that someone is said to have said is a claim
(:func:`summarizer.fusion.is_wish`), and the speaker of a quotation stands beside one
(:func:`summarizer.facts.quotes`). The first two look for any of the words in a clause
(:func:`saying_words`); the third wants the forms that stand next to a speaker's name, the
compound past with its auxiliary ("a déclaré", "ha detto"; :func:`speech_forms`). English
keeps its own lists in each module: there the rules want different verbs ("announced" names a
speaker, but the day something was announced is the day of a happening).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Saying:
    """The verbs of saying of one language, as space-separated words. ``verbs``: forms that
    say on their own ("dijo", "sagte", "déclare"); ``participles``: past participles ("dicho",
    "déclaré"), which ``auxiliary`` opens where the compound past stands before the speaker
    ("a déclaré Jean Dupont"; None where it does not: German "hat ... gesagt"); ``according``:
    "according to" ("según", "laut", "zufolge")."""

    verbs: str
    participles: str
    auxiliary: str | None
    according: str


# fmt: off
SAYING = {
    "es": Saying(
        "dijo dijeron dice declaró declararon afirmó afirmaron aseguró aseguraron señaló"
        " señalaron indicó indicaron explicó informó informaron escribió añadió agregó tuiteó"
        " advirtió subrayó",
        "dicho declarado afirmado informado",
        "ha",
        "según",
    ),
    "fr": Saying(
        "dit déclare affirme indique écrit",
        "dit déclaré affirmé indiqué expliqué souligné précisé assuré rapporté ajouté écrit"
        " tweeté averti insisté estimé",
        "a",
        "selon",
    ),
    "de": Saying(
        "sagte sagten sagt erklärte erklärten betonte betonten teilte teilten berichtete"
        " berichteten schrieb fügte twitterte warnte",
        "gesagt erklärt mitgeteilt berichtet",
        None,
        "laut zufolge",
    ),
    "it": Saying(
        "disse dichiarò affermò riferì dice dichiara scrive",
        "detto dichiarato affermato spiegato sottolineato riferito scritto aggiunto",
        "ha",
        "secondo",
    ),
    "pt": Saying(
        "disse disseram diz afirmou afirmaram declarou declararam explicou informou informaram"
        " escreveu acrescentou garantiu sublinhou",
        "dito afirmado declarado",
        None,
        "segundo",
    ),
}
# fmt: on


def saying_words(language: str) -> str:
    """Every word of saying of ``language`` as a regular expression's alternation: what a
    clause that reports a saying has somewhere ("Police dijo el martes que ...").

    >>> saying_words("de").split("|")[-3:]
    ['berichtet', 'laut', 'zufolge']
    """
    s = SAYING[language]
    return "|".join(dict.fromkeys(f"{s.verbs} {s.participles} {s.according}".split()))


def speech_forms() -> str:
    """The forms of saying of every language that stand next to a speaker's name, as a
    regular expression's alternation (a space or tab inside a compound past): "dijo", "a
    déclaré", "ha detto", "sagte".

    >>> import re
    >>> [bool(re.fullmatch(speech_forms(), w)) for w in ("a déclaré", "déclaré", "sagte")]
    [True, False, True]
    """
    forms = []
    for s in SAYING.values():
        forms += s.verbs.split()
        if s.auxiliary:
            forms.append(rf"{s.auxiliary}[ \t]+(?:{'|'.join(s.participles.split())})")
    return "|".join(dict.fromkeys(forms))
