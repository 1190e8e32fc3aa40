"""The MiniLM embedder's batching: texts of like length share a batch."""

import numpy as np

from summarizer.embed import MiniLMEmbedder, length_batches


def test_one_long_text_gets_a_batch_of_its_own():
    lengths = [20] * 63 + [200]
    batches = length_batches(lengths, 64)
    assert batches == [list(range(63)), [63]]


def test_batches_cover_every_text_once_shortest_first_and_never_exceed_the_size():
    lengths = [(7 * i) % 50 + 3 for i in range(150)]
    batches = length_batches(lengths, 16)
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(150))
    assert [lengths[i] for i in flat] == sorted(lengths)
    assert max(len(batch) for batch in batches) <= 16


def test_no_texts_no_batches():
    assert length_batches([], 64) == []


def test_short_sentences_are_not_padded_to_a_long_ones_width():
    short = [f"The council met on day {n} to vote on the budget." for n in range(20)]
    long = " ".join(
        f"Clause {n} of the plan sets aside money for roads and bridges." for n in range(15)
    )
    fresh = MiniLMEmbedder()
    fresh._load()
    fresh._model = _ShapeSpy(fresh._model)
    vecs = fresh.encode([*short, long])
    widths = sorted(fresh._model.shapes, key=lambda shape: shape[1])
    assert len(widths) == 2 and widths[0][0] == 20 and widths[1][0] == 1
    assert widths[0][1] < widths[1][1] / 5  # the short ones' batch is padded to their own width
    fresh._memo.clear()
    alone = np.concatenate([fresh.encode([t]) for t in [*short, long]])  # no padding at all
    assert np.allclose(vecs, alone, atol=1e-5)


class _ShapeSpy:
    """Wraps a model and records the (batch, width) of each call."""

    def __init__(self, model):
        self.model, self.shapes = model, []

    def __call__(self, **inputs):
        self.shapes.append(tuple(inputs["input_ids"].shape))
        return self.model(**inputs)
