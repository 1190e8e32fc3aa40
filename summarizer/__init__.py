"""summarizer: a cluster of news articles in, one cited event brief out.

>>> from summarizer import summarize                          # doctest: +SKIP
>>> print(summarize("seeds/").to_markdown())                  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Document", "EventBrief", "SummarizerError", "__version__", "summarize"]

from summarizer.errors import SummarizerError
from summarizer.types import Document

if TYPE_CHECKING:
    from summarizer.brief import EventBrief


def summarize(inputs: Any, **kwargs: Any) -> EventBrief:
    """Summarize one cluster; see :func:`summarizer.pipeline.summarize`."""
    from summarizer.pipeline import summarize as _summarize

    return _summarize(inputs, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "EventBrief":
        from summarizer.brief import EventBrief

        return EventBrief
    raise AttributeError(name)
