"""The brief opens on the news, naming whom it is about; background follows the news."""

from summarizer import summarize
from summarizer.fusion import is_background, is_generic, names_no_one
from summarizer.language import use_language
from summarizer.types import Document


def test_a_past_statistic_is_background():
    assert is_background("The world market for bicycles was worth $80 billion in 2019.", None)
    assert is_background("The firm has expanded quickly over the past decade.", None)


def test_the_news_and_its_asides_are_not_background():
    assert not is_background("The ferry sank on Monday, its second accident since 2019.", None)
    assert not is_background("Cases tried under the 1994 Act could be reopened.", None)
    assert not is_background("Lee, who won gold in 2012, called the ban unfair.", None)
    assert not is_background("The Greens won 9%, their best result since 1994.", "2025")
    assert not is_background("Turnout was 63%, up from 58% at the last vote in 2021.", None)
    law = "The retention law, passed by parliament in 2019, was struck down by seven to two."
    assert not is_background(law, "2025")
    assert not is_background("Macron, whose party won in 2017, said the vote was fair.", "2025")
    assert not is_background("The president, speaking in 2019, promised reform.", "2025")
    assert not is_background("The bridge (built in 1932) collapsed on the river.", "2025")


def test_a_plan_or_forecast_a_source_reports_is_not_background():
    # the attribution's "said" tells nothing of the year: the plan is still to come
    assert not is_background("Officials said the new terminal will open in 2027.", None)
    assert not is_background("The minister said elections would be held in 2026.", None)
    assert not is_background("Inflation will ease in 2026, the central bank said.", None)
    assert is_background("Officials said the terminal opened in 2019.", None)


def test_an_opening_by_role_names_no_one():
    assert names_no_one("The actor died in hospital on Friday.")
    assert not names_no_one("Tom Reyes, the actor, died in hospital on Friday.")
    assert not names_no_one("The bridge collapsed on Friday.")
    assert not names_no_one("The actor Tom Reyes died in hospital on Friday.")
    assert names_no_one("The former president said he was saddened.")


def test_a_name_in_commas_after_the_role_names_whom_it_is_about():
    assert not names_no_one("The president, Emmanuel Macron, said he was saddened.")
    assert not names_no_one("The prime minister of Japan, Shigeru Ishiba, resigned on Sunday.")
    assert not names_no_one("The suspect, Tom Hale, 34, was arrested on Monday.")
    # a place after the verb names no one
    assert names_no_one("The singer died in Nashville, Tennessee, on Sunday.")
    assert names_no_one("The singer died at home in Santa Fe, New Mexico, on Sunday.")


def brief_sentences(*texts: str, date: str, embedder) -> list[str]:
    """The sentences of the brief on one article per text (ids a, b, ...), all
    published on ``date``, summary first."""
    docs = [Document(chr(97 + i), t, date=date) for i, t in enumerate(texts)]
    brief = summarize(docs, backend="extractive", embedder=embedder, cache=None)
    return [s.text for s in brief.sentences()]


def test_background_one_source_gives_follows_the_news(embedder):
    said = brief_sentences(
        "Harbor Air grounded its fleet of 40 turboprop planes on Tuesday after a cracked "
        "wing spar was found during an inspection.\n"
        "The regional carrier flew 2.1 million passengers in 2023, up from 1.4 million in 2019.\n"
        "About 300 flights were cancelled on Tuesday, the airline said.\n"
        "Inspectors from the aviation authority will examine every plane this week.",
        "Harbor Air grounded its 40 turboprop planes on Tuesday after inspectors found a "
        "cracked wing spar.\n"
        "The airline said about 300 flights were cancelled and passengers would be rebooked.\n"
        "The aviation authority said it would examine every plane this week.\n"
        "Shares in the company fell 8 percent on Tuesday.",
        date="2025-04-08",
        embedder=embedder,
    )
    [background] = [k for k, t in enumerate(said) if "passengers in 2023" in t]
    [shares] = [k for k, t in enumerate(said) if t.startswith("Shares in the company fell")]
    assert said[0].startswith("Harbor Air grounded") and shares < background


def test_the_brief_opens_on_the_lede_that_names_whom_it_is_about(embedder):
    said = brief_sentences(
        "Tom Reyes, the stage and screen actor best known for the police drama River Kings, "
        "has died aged 81.\n"
        "The actor died in hospital in Leeds on Friday after a short illness, his agent said.\n"
        "Reyes won two Bafta awards during a career that spanned five decades.\n"
        "His co-star Anna Bell said he was a generous and funny colleague.",
        "Tom Reyes, the star of the police drama River Kings, has died aged 81, his family said.\n"
        "Reyes, who won two Bafta awards, had been ill for several months.\n"
        "Anna Bell, who played his partner in the series, called him generous and funny.\n"
        "A private funeral will be held next month.",
        date="2025-04-12",
        embedder=embedder,
    )
    assert said[0].startswith("Tom Reyes")
    assert any(t.startswith("The actor died in hospital") for t in said[1:])


def test_a_general_state_of_affairs_is_generic_background():
    assert is_generic("Kidnappings for ransom have become a lucrative business for armed gangs.")
    assert is_generic("Piracy has long been a problem off the coast of the peninsula.")
    assert is_generic("Earthquakes are common in the region, which sits on two fault lines.")
    assert is_generic("Armed gangs often raid villages in the north for cattle.")
    assert is_generic("More than 900 pupils have been abducted from schools since 2014.")
    assert is_generic("Wildfires have grown larger in recent years.")
    # a bound ("at least", "at most") is no record of the event's ("its worst", "the most")
    assert is_generic("At least 200 people have been killed in the fighting since 2021.")
    assert is_generic("Clashes have displaced at most 5,000 villagers since 2019.")


def test_the_news_is_never_generic_background():
    assert not is_generic("Gunmen freed 27 schoolchildren on Sunday.")
    assert not is_generic("The storm killed 11 people in Valdera.")
    assert not is_generic("Gunmen have released 27 of the pupils abducted last week, police said.")
    assert not is_generic("Attacks have been reported in three villages near the border.")
    assert not is_generic("Rescuers are searching for survivors in the rubble.")
    assert not is_generic("The death toll has risen to 11.")
    assert not is_generic("Nvidia has become the first company worth $5 trillion.")
    assert not is_generic("Siemens has become a target of activist investors.")
    assert not is_generic("The ferry sank on Monday, its second accident since 2019.")
    assert not is_generic("The floods have left the most people homeless since 2019.")
    assert not is_generic("Floods are common in the valley, the mayor said on Tuesday.")


def test_generic_background_is_read_in_english_only():
    for language, text in (
        ("es", "Los secuestros se han convertido en un negocio lucrativo para las bandas."),
        ("fr", "Les enlèvements sont devenus une activité lucrative pour les gangs."),
        ("de", "Entführungen sind zu einem lukrativen Geschäft für Banden geworden."),
    ):
        with use_language(language):
            assert not is_generic(text)
            assert not is_generic("Kidnappings have become a lucrative business for gangs.")


# Two wires close on the same stock paragraph of background; a paper tells a later turn.
_STOCK = (
    "Abductions for ransom have become a lucrative business for armed groups, known locally "
    "as militias, in eastern Borvia. More than 600 aid workers have been abducted in the "
    "region since 2015."
)
_RELEASE = (
    "KESSA, Borvia, April 10, 2026 (Reuters) - Rebels have released 14 of the aid workers "
    "abducted from a food warehouse in eastern Borvia last week, the regional government said "
    "on Friday, adding that three workers remained in captivity.\n\n"
    "The workers were handed over to police near the village of Tamba late on Thursday and "
    "taken to a clinic in Kessa for checks, regional security chief Daniel Okoro said.\n\n"
    '"The released workers are in good health and are receiving medical care. Efforts are '
    'ongoing to free the remaining three," Okoro said in a statement.\n\n'
    "Okoro said no ransom had been paid.\n\n"
    "Armed men on motorcycles stormed the warehouse in Kessa on April 2, seizing 17 workers "
    "of the charity, according to the regional government.\n\n" + _STOCK,
    "KESSA, April 11 - Relatives of the Kessa aid workers freed by their captors said on "
    "Saturday that families had raised money to pay a ransom, contradicting government claims "
    "that no money changed hands.\n\n"
    '"We sold our goats and our land. We gathered the money and gave it to the middlemen," '
    "said Peter Lado, whose brother was among those released.\n\n"
    "According to the charity's director, 15 workers were freed on Thursday and two remain "
    "with the kidnappers.\n\n"
    "The regional government said it had paid nothing and did not know of any payment by "
    "families.",
    "TAMBA, April 10 (AFP) - Fourteen aid workers kidnapped from a warehouse in eastern Borvia "
    "have been freed, the army said on Friday, while three others remained in the hands of "
    "their captors.\n\n"
    'Army spokesman Paul Deng said soldiers had "rescued" the workers in hills near the border '
    'after "sustained pressure" on the group.\n\n'
    "The workers were seized on April 2 when gunmen raided the charity's warehouse in Kessa."
    "\n\n" + _STOCK,
)


def test_background_several_wires_repeat_comes_after_the_news(embedder):
    said = brief_sentences(*_RELEASE, date="2026-04-11", embedder=embedder)
    generic = [k for k, t in enumerate(said) if t.startswith(("Abductions for", "More than 600"))]
    news = [k for k, t in enumerate(said) if not t.startswith(("Abductions for", "More than 600"))]
    assert said[0].startswith(("Rebels have released", "Fourteen aid workers"))
    assert generic  # the background is kept, not dropped
    assert all(k > max(news[:4]) for k in generic)


def test_background_does_not_head_a_brief_in_the_news_place(embedder):
    # A quotation cannot head the brief; the next fact that reads as a headline does,
    # but not a general state of affairs the wires repeat.
    from summarizer.fusion import headline

    from .builders import scored

    top = "“We have waited for this day for two months,” one mother said."
    following = [
        "More than 1,400 students have been abducted from schools since 2014.",
        "Gunmen freed 27 kidnapped schoolchildren in Kaduna state on Sunday.",
    ]
    got = headline(scored(top), [], embedder, following=following)
    assert got == following[1].rstrip(".")
