"""The brief opens on the news, naming whom it is about; background follows the news."""

from summarizer import summarize
from summarizer.fusion import is_background, names_no_one
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
