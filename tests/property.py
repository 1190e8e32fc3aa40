"""How many examples a property test tries: its own count times
``SUMMARIZER_PROPERTY_SCALE`` (default 1).

The default suite stays quick; a heavier run finds the rare inputs that a few
hundred examples leave to chance (session 10 found three bugs in the
compression rules with 20 to 25 times the examples):

    SUMMARIZER_PROPERTY_SCALE=25 pytest -p no:cacheprovider \
        tests/test_compress.py tests/test_properties.py tests/test_facts.py
"""

from __future__ import annotations

import os

SCALE_VAR = "SUMMARIZER_PROPERTY_SCALE"


def examples(n: int) -> int:
    """``n`` times the scale in :data:`SCALE_VAR`, at least 1."""
    raw = os.environ.get(SCALE_VAR, "1")
    try:
        scale = float(raw)
    except ValueError:
        raise ValueError(f"{SCALE_VAR} must be a number, not {raw!r}") from None
    return max(1, round(n * scale))
