"""Wire and newspaper copy in Spanish, French, German, Italian and Portuguese: the
quotation marks, datelines, site notices and leaning sentences of those languages."""

import pytest

from summarizer.clean import clean
from summarizer.fusion import is_dangling
from summarizer.language import use_language
from summarizer.text import close_quotation, quotations
from tests.test_multilingual import body, brief_of

# -- quotation marks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Ein Sprecher sagte: „Wir ermitteln in alle Richtungen.“ Dann ging er.", "„Wir ermitteln"),
        ("Il a dit : « Nous reconstruirons. » Puis il est parti.", "« Nous reconstruirons. »"),
        ("Er sagte: »Wir bleiben.« Dann ging er.", "»Wir bleiben.«"),
    ],
)
def test_german_and_french_quotations_end_at_their_own_closing_mark(text, quoted):
    [(a, b)] = quotations(text)
    assert text[a:b].startswith(quoted)
    assert text[b - 1] in "“»«"


def test_a_german_quotation_closed_in_its_sentence_gets_no_extra_mark():
    text = "Ein Sprecher sagte, man ermittle „in alle Richtungen“."
    assert close_quotation(text) == text


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Ein Sprecher sagte: „Wir ermitteln.", "Ein Sprecher sagte: „Wir ermitteln.“"),
        ("Le maire a dit : « Nous reconstruirons.", "Le maire a dit : « Nous reconstruirons. »"),
        ("El alcalde dijo: «Reconstruiremos.", "El alcalde dijo: «Reconstruiremos.»"),
    ],
)
def test_a_quotation_running_on_is_closed_with_its_own_mark(text, closed):
    assert close_quotation(text) == closed


def test_a_german_brief_quotes_without_a_stray_english_mark(embedder):
    quote = "Ein Sprecher der Polizei sagte, man ermittle „in alle Richtungen“."
    texts = [
        f"Der Zug entgleiste am Abend bei Ulm. {quote} Die Strecke bleibt gesperrt.",
        "Der Zug entgleiste am Abend bei Ulm, teilte die Polizei mit. Die Strecke bleibt gesperrt.",
    ]
    brief = brief_of(*texts, embedder=embedder, words=120)
    said = [s.text for s in brief.sentences() if "Richtungen" in s.text]
    assert said and all("”" not in t and t.count("“") == 1 for t in said)


# -- datelines and site notices ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("ALÈS (Gard) - Les habitants découvrent les dégâts.", "Les habitants"),
        ("NÎMES (Gard), 15 octobre (AFP) - Le préfet a parlé.", "Le préfet"),
        ("Stuttgart - Die Bahn hat Probleme eingeräumt.", "Die Bahn"),
        ("Lyon - Le maire a démissionné mardi soir.", "Le maire"),
    ],
)
def test_a_dateline_with_a_region_or_a_regional_papers_place_is_cut(line, story):
    assert body(line).startswith(story)


def test_an_english_line_opening_with_a_name_and_a_dash_is_not_a_dateline():
    line = "Mobb Deep – “Shook Ones” was played twice that night, the DJ said."
    assert body(line) == line


@pytest.mark.parametrize(
    "notice",
    [
        "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre "
        "navigation, vous acceptez leur utilisation.",
        "Este sitio web utiliza cookies propias y de terceros. Al continuar navegando, "
        "acepta su uso.",
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.",
        "Abonnez-vous pour lire la suite. Déjà abonné ? Connectez-vous.",
        "Jetzt abonnieren und weiterlesen. Sie haben bereits ein Abo? Hier anmelden.",
        "Suscríbete a nuestro boletín y recibe las noticias más importantes del día.",
        "We use cookies to improve your experience. By continuing to browse, you accept them.",
    ],
)
def test_a_sites_cookie_or_subscription_notice_is_dropped(notice):
    prose = "Le Gardon est sorti de son lit à plusieurs endroits mardi."
    assert [prose] == [f"{prose}\n\n{notice}"[a:b] for a, b in clean(f"{prose}\n\n{notice}")]


@pytest.mark.parametrize(
    "teaser",
    [
        "Lire aussi : Comment se préparer à un épisode cévenol.",
        "Más información: ¿Qué hacer durante un sismo? Guía práctica.",
        "Mehr zum Thema: Wie sicher sind Deutschlands Bahnstrecken?",
        "Leggi anche: Il terremoto del 2016.",
        "Leia também: O que fazer em caso de enchente.",
    ],
)
def test_a_read_also_teaser_in_another_language_is_dropped(teaser):
    prose = "Die Strecke bleibt bis auf Weiteres gesperrt."
    assert body(f"{prose}\n{teaser}") == prose


@pytest.mark.parametrize(
    "line",
    [
        "The bakery sold 300 cookies on Monday, its owner said.",
        # news of cookie rules speaks of consent, but not as the site to its reader
        "The EU will require websites to obtain consent before setting cookies, the commission"
        " said.",
        "Regulators fined Amazon 35 million euros for placing advertising cookies without consent.",
        "Girl Scouts accept orders for cookies until March.",
        "La Cnil a sanctionné le site pour avoir déposé des cookies sans le consentement des"
        " internautes.",
    ],
)
def test_a_story_about_cookies_is_prose(line):
    assert body(line) == line


# -- sentences that lean on the one before ----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il a ajouté que les recherches se poursuivaient près d'Alès."),
        ("fr", "La veille, les autorités faisaient encore état de 12 victimes."),
        ("fr", "Cependant, les pluies devraient reprendre jeudi."),
        ("fr", "« Nous avons tout perdu », a-t-elle ajouté."),
        ("es", "Otras 143 personas resultaron heridas."),
        ("es", "Además, anunció la declaratoria de emergencia en 14 distritos."),
        ("es", "Añadió que no había riesgo de tsunami."),
        ("de", "Er kündigte eine lückenlose Aufklärung an."),
        ("de", "Zudem richtete sie eine Hotline für Angehörige ein."),
        ("de", "„Wir ermitteln in alle Richtungen“, sagte er."),
        ("de", "Dieser Vorfall zeigt die Probleme der Strecke."),
        ("it", "Disse che le ricerche continuano."),  # the subject is in another sentence
        ("pt", "Depois, o trem parou."),
        ("it", "Inoltre, ha annunciato lo stato di emergenza."),
        ("pt", "Além disso, o governo anunciou ajuda."),
    ],
)
def test_a_sentence_leaning_on_the_one_before_is_dangling_in_its_language(language, text):
    with use_language(language):
        assert is_dangling(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il y a eu 12 morts dans le Gard mardi."),
        ("fr", "Ce mardi, le préfet a décrit une situation grave."),
        ("fr", "Environ 320 personnes ont été évacuées à Alès."),
        ("es", "Este martes el presidente visitó la zona."),
        ("es", "Según Indeci, unas 340 viviendas quedaron inhabitables."),
        ("de", "Diese Woche beginnt die Sanierung der Strecke."),
        ("de", "Dieses Jahr wurden 12 Menschen verletzt."),  # a demonstrative of a time
        ("de", "Diesen Montag wurde der Zug gestoppt."),
        ("pt", "Depois do acidente, o trem parou."),  # "after the accident": no connective
        ("fr", "Il pleuvait fort dans le Gard mardi."),  # the weather's "il"
        ("de", "Die Deutsche Bahn sprach den Angehörigen ihr Beileid aus."),
    ],
)
def test_a_sentence_standing_on_its_own_is_not_dangling(language, text):
    with use_language(language):
        assert not is_dangling(text)


def test_english_sentences_are_read_with_the_english_rules_only():
    # words that lean in another language are names or plain words in English
    assert not is_dangling("Die Hard returned to cinemas on Monday.")
    assert not is_dangling("Il Divo sang at the gala on Friday.")
    assert is_dangling("He added that the search went on.")
