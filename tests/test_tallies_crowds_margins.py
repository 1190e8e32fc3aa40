"""Figures a brief used to misread in a vote, a sports meeting and a record: a vote's tally
("218-214", "218 votes to 214") read as a bare number, a crowd counted by other words in each
report ("68,000 watched", "a crowd of 72,000"), and a record's margin ("0.12 seconds off")
taken as updated by a later report's lap time."""

from .builders import conflicts_of, figures_of, sides_of, updates_of


def _units(text: str) -> list[tuple[str, str, str]]:
    """Each figure of ``text`` as (its text, value, unit)."""
    return [(m.fact.text, m.fact.value, m.unit) for m in figures_of(text)]


def test_a_tally_is_read_as_votes_for_and_against():
    assert _units("The bill passed 218-214 on Thursday.") == [
        ("218-214", "218", "vote (for)"),
        ("218-214", "214", "vote (against)"),
    ]
    assert _units("The House approved the plan by 218 votes to 214.") == [
        ("218 votes to 214", "218", "vote (for)"),
        ("218 votes to 214", "214", "vote (against)"),
    ]
    assert [u for _, _, u in _units("It passed by a vote of 1,217 to 1,214.")] == [
        "vote (for)",
        "vote (against)",
    ]


def test_years_and_changes_are_no_tallies():
    assert not any("vote (" in u for _, _, u in _units("The 2025-26 budget vote was delayed."))
    assert not any("vote (" in u for _, _, u in _units("Sales fell from 218 to 214 units."))


def test_two_sources_tallies_disagree_on_the_votes_for(embedder):
    [c] = conflicts_of(
        "The lower house passed the housing bill 218-214 on Thursday, sending it to the senate.",
        "The lower house on Thursday passed the housing bill by a vote of 217-214.",
        "Lawmakers approved the housing bill by 218 votes to 214 in the lower house on Thursday.",
        embedder=embedder,
    )
    assert c.topic == "votes for"
    [(said, by), (other, sources)] = sorted(sides_of(c))
    assert (said, by) == ("217-214", ["s1"])
    assert other in ("218-214", "218 votes to 214") and sorted(sources) == ["s0", "s2"]


def test_a_later_reports_tally_disputes_it(embedder):
    # a vote is counted once: a next-day report's other tally disputes it, it does not settle it
    from summarizer.fusion import live_conflicts

    texts = (
        "The lower house passed the housing bill by a vote of 217-214 on Thursday.",
        "The lower house approved the housing bill by 218 votes to 214 on Thursday evening.",
    )
    dates = ["2026-09-17", "2026-09-18"]
    updates = updates_of(*texts, embedder=embedder, dates=dates)
    [c] = live_conflicts(conflicts_of(*texts, embedder=embedder, dates=dates), updates)
    assert sorted(v for v, _ in sides_of(c)) == ["217-214", "218 votes to 214"]


def test_a_crowd_told_in_other_words_is_one_count(embedder):
    [c] = conflicts_of(
        "A crowd of 68,000 watched the final at the national stadium on Saturday.",
        "Mbeki scored twice in the second half to win the final for the visitors, "
        "in front of a sell-out crowd of 72,000 at the national stadium.",
        "The final drew 70,000 spectators, the league said.",
        embedder=embedder,
    )
    assert sorted(sides_of(c)) == [
        ("70,000 spectators", ["s2"]),
        ("crowd of 68,000", ["s0"]),
        ("crowd of 72,000", ["s1"]),
    ]
    assert c.topic == "people"


def test_a_margin_is_no_level():
    from summarizer.conflicts import margin

    def one(text: str, value: str) -> bool:
        [m] = [m for m in figures_of(text) if m.fact.value == value]
        return margin(m)

    assert one("She clocked 3:48.56 to take 0.12 seconds off her own mark.", "0.12")
    assert one("He improved his previous best by 0.21 seconds in Rome.", "0.21")
    assert one("The incumbent won by 312 votes after a recount.", "312")
    assert not one("She ran the last lap in 59.8 seconds.", "59.8")
    assert not one("The flight was delayed by three hours.", "3")
    # bettering counts only with a record as its object: a rate cut is the change itself
    assert not one("The central bank lowered its key rate by 0.25 percentage points.", "0.25")


def test_a_later_lap_time_leaves_a_disputed_margin_standing(embedder):
    texts = (
        "Okoro broke the 800 metres world record on Thursday, taking 0.12 seconds off her mark.",
        "Okoro lowered the 800m world record on Thursday, bettering her mark by 0.21 seconds.",
        "Okoro broke the 800 metres world record on Thursday night and ran the last lap "
        "in 55.8 seconds.",
    )
    dates = ["2026-06-12", "2026-06-12", "2026-06-13"]
    assert not updates_of(*texts, embedder=embedder, dates=dates)
    [c] = conflicts_of(*texts, embedder=embedder, dates=dates)
    assert sorted(v for v, _ in sides_of(c)) == ["0.12 seconds", "0.21 seconds"]


def test_a_range_a_date_span_or_a_distance_is_no_tally_nor_margin():
    """Review mends: a dash pair after a vote word that is an age range, a count of homes or
    a date span is read as before, and "miles off the coast" or "led by 200 veterans" is no
    margin; "Rs 2.5 lakh crore" is 2.5 trillion rupees, and a code before a name stays."""
    from summarizer.conflicts import margin
    from summarizer.facts import entities, numbers

    def units(text: str) -> list[str]:
        return [m.unit for m in figures_of(text)]

    assert units("The FDA approved the vaccine for children aged 5-11.") == ["years old"]
    assert units("The council approved plans for 40-50 new homes.") == ["home"]
    assert not any(u.startswith("vote") for u in units("Voters will cast ballots on June 6-9."))
    assert not any(margin(m) for m in figures_of("The ferry sank 12 miles off the coast."))
    assert not any(margin(m) for m in figures_of("The march, led by 200 veterans, set off."))
    [rupees] = numbers("The budget is Rs 2.5 lakh crore.")
    assert (rupees.value, rupees.unit) == ("2500000000000", "INR")
    assert [e.text for e in entities("Scientists at IST Austria said so at 2 pm IST.")] == [
        "IST Austria"
    ]


def test_fans_taken_to_hospital_are_no_side_against_the_crowd(embedder):
    texts = (
        "Three fans were taken to hospital after the final, police said.",
        "A crowd of 68,000 watched the final in Paris on Friday.",
    )
    assert conflicts_of(*texts, embedder=embedder) == []


def test_a_crowd_in_a_long_sentence_about_the_race_is_still_a_side(embedder):
    """A crowd is counted however little else its sentence shares ("in front of a sell-out
    crowd of 72,000" at the end of the race's sentence), while fans a clause says were taken
    to hospital are no crowd (the test above)."""
    [c] = conflicts_of(
        "A crowd of 68,000 watched at the stadium, the organisers said, a record for the meeting.",
        "The meeting drew 70,000 spectators, according to the organisers.",
        "Chebet ran 3:48.56 in the 1,500 metres on Thursday night, bettering the world record "
        "she set in Eugene last summer, in front of a sell-out crowd of 72,000.",
        embedder=embedder,
    )
    assert len(c.sides) == 3
