"""A paraphrase supports a sentence only where it words something of each deed the sentence
coordinates ("accepted the resignation and named a successor"), and a name opening the sentence
("Grant's replacement ...") counts as a name, not as content the evidence words."""

from __future__ import annotations

from summarizer.faithfulness import paraphrase_share, supported_by

NAMED = "Lee named Tom Hale, currently deputy police chief, to replace Grant."


def test_evidence_for_one_of_two_deeds_is_no_support(embedder):
    # Close in meaning (cosine above the paraphrase threshold) and wording most of the
    # sentence, but nothing says that Lee accepted any resignation.
    sentence = (
        "Mayor Ann Lee accepted the resignation and named deputy police chief Tom Hale "
        "as his replacement."
    )
    assert not supported_by(sentence, [NAMED], embedder)


def test_evidence_that_words_both_deeds_still_supports(embedder):
    sentence = "Mayor Ann Lee accepted the resignation and named Tom Hale as his replacement."
    evidence = "Lee accepted Grant's resignation and appointed Tom Hale to replace him."
    assert supported_by(sentence, [evidence], embedder)
    arrested = "Police arrested two men and charged them with burglary."
    assert supported_by(
        arrested, ["Two men were held and charged with burglary, police said."], embedder
    )


def test_a_possessive_name_opening_the_sentence_is_no_content(embedder):
    # "Grant" is in the evidence only as the man replaced; what is said of his replacement
    # (popular with young officers) is not.
    sentence = (
        "Grant's replacement, deputy chief Tom Hale, is said to be popular with young officers."
    )
    assert paraphrase_share(sentence, NAMED) == 0.5
    assert not supported_by(sentence, [NAMED], embedder)


def test_deeds_are_split_only_at_a_second_verb_in_a_past_tense():
    from summarizer.faithfulness import deeds

    assert deeds("Lee accepted the resignation and later named Hale.") == [
        "accepted the resignation",
        "named Hale.",
    ]
    assert deeds("Lee named Hale and Roe as deputies.") == []
    assert deeds("Hale and Roe resigned.") == []
