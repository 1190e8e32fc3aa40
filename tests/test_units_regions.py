"""Figures in two units of one measure (durations, percentage points) and counts of a
compass region: compared as a reader would, not as different or clashing numbers."""

from __future__ import annotations

from tests.builders import BagEmbedder, conflicts_of, fact, sides_of, updates_of

EMBED = BagEmbedder()
LAUNCH = "The rocket launch was aborted {} after lift-off, the space agency said on Monday."
RATES = "The central bank {} in interest rates on Thursday, its governor said."
FLOODS = "Floods killed {} on Sunday, officials said."


def test_one_and_a_half_minutes_is_read_as_a_figure():
    f = fact("It was aborted one and a half minutes after lift-off.")
    assert (f.value, f.unit) == ("1.5", "minutes")


def test_durations_in_seconds_and_minutes_agree_and_share_citations():
    texts = [LAUNCH.format(x) for x in ("90 seconds", "one and a half minutes", "three minutes")]
    [c] = conflicts_of(*texts, embedder=EMBED)
    assert c.kind == "contradiction"
    assert sides_of(c) == [("90 seconds", ["s0", "s1"]), ("three minutes", ["s2"])]


def test_same_duration_in_two_units_is_no_conflict():
    texts = [LAUNCH.format("90 seconds"), LAUNCH.format("1.5 minutes")]
    assert conflicts_of(*texts, embedder=EMBED) == []


def test_percentage_point_spellings_are_one_unit():
    spellings = ("by 0.5 percentage points", "a 0.5 percentage-point rise", "by 0.5 pct points")
    units = {fact(t).unit for t in (*spellings, "a half-percentage-point rise")}
    assert units == {"percentage points"}
    assert fact("Rates were raised by 0.5 points.").unit == "percentage points"
    assert fact("He finished 80 points behind.").unit == "points"


def test_percentage_points_in_two_spellings_agree():
    texts = [RATES.format("raised rates by 0.5 percentage points"),
             RATES.format("announced a 0.5 percentage-point increase")]  # fmt: skip
    assert conflicts_of(*texts, embedder=EMBED) == []


def test_quarter_point_and_half_point_rises_conflict():
    texts = [RATES.format("announced a 0.25 percentage-point rise"),
             RATES.format("announced a half-percentage-point rise")]  # fmt: skip
    [c] = conflicts_of(*texts, embedder=EMBED)
    assert c.kind == "contradiction"
    assert {v for v, _ in sides_of(c)} == {"0.25 percentage-point", "a half-percentage-point"}


def test_a_region_count_and_the_country_count_are_no_dispute():
    pairs = [
        ("eight people in northern Italy", "14 people in Italy"),
        ("eight people in the north", "14 people across the country"),
        ("eight people in the country's north", "14 people in the country's south"),
    ]
    for a, b in pairs:
        assert conflicts_of(FLOODS.format(a), FLOODS.format(b), embedder=EMBED) == [], (a, b)


def test_a_region_counting_more_than_its_country_is_a_dispute():
    texts = [FLOODS.format("15 people in northern Italy"), FLOODS.format("eight people in Italy")]
    [c] = conflicts_of(*texts, embedder=EMBED)
    assert c.kind == "contradiction"


def test_two_counts_of_one_region_still_conflict():
    texts = [
        FLOODS.format("eight people in northern Italy"),
        FLOODS.format("14 people in northern Italy"),
    ]
    [c] = conflicts_of(*texts, embedder=EMBED)
    assert c.kind == "contradiction"


def test_a_country_s_north_and_its_south_are_two_counts():
    north, south = "eight people in Italy's north", "14 people in Italy's south"
    assert conflicts_of(FLOODS.format(north), FLOODS.format(south), embedder=EMBED) == []
    texts = [FLOODS.format("15 people in Italy's north"), FLOODS.format("eight people in Italy")]
    [c] = conflicts_of(*texts, embedder=EMBED)
    assert c.kind == "contradiction"


def test_a_region_of_no_named_country_is_part_of_the_country_the_other_names():
    part, whole = "eight people in the north", "14 people in Italy"
    for pair in ((part, whole), (whole, part)):
        assert conflicts_of(*(FLOODS.format(x) for x in pair), embedder=EMBED) == [], pair
    part, whole = "15 people in the north", "eight people in Italy"  # a part bigger than its whole
    for pair in ((part, whole), (whole, part)):
        [c] = conflicts_of(*(FLOODS.format(x) for x in pair), embedder=EMBED)
        assert c.kind == "contradiction"


def test_a_duration_in_a_later_report_is_superseded_as_stated():
    from summarizer.fusion import superseded_figures

    texts = [LAUNCH.format("one and a half minutes"), LAUNCH.format("three minutes")]
    pairs = updates_of(*texts, embedder=EMBED, dates=["2025-08-12", "2025-08-14"])
    # as a title states it: "aborted after 1.5 minutes", not 90 (seconds) minutes
    assert [(f.value, f.unit) for f, _ in superseded_figures(pairs)] == [("1.5", "minutes")]
