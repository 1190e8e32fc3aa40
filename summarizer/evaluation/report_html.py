"""``report.html`` of ``summarizer eval summaries``: the metrics table, the plot of every
system's scores side by side (the PNG of :func:`plot_summaries`, embedded as a ``data:`` URI)
and, per cluster, each system's sentences with those the scorer did not find supported marked.

One self-contained page like the HTML brief (same template environment, autoescaped): it opens
from ``file://`` and makes no request.
"""

from __future__ import annotations

import base64
import io
import json
from typing import Any

from summarizer.evaluation.harness import SUMMARY_COLUMNS, _fmt, plot_summaries
from summarizer.render_html import environment

TEMPLATE = "report.html.j2"

VERDICT_LABELS = {
    "supported": "supported",
    "unsupported": "unsupported",
    "contradicted": "contradicted",
}


def plot_data_uri(report: dict[str, Any]) -> str:
    """The grouped-bar plot as a ``data:image/png;base64,...`` URI."""
    buf = io.BytesIO()
    plot_summaries(report, buf)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _columns(report: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (k, h)
        for k, h in SUMMARY_COLUMNS
        if any(report["means"][s].get(k) is not None for s in report["systems"])
    ]


def context(report: dict[str, Any], data: str | None = None) -> dict[str, Any]:
    cols = _columns(report)
    table = [
        {"system": s, "cells": [_fmt(report["means"][s].get(k), k) for k, _ in cols]}
        for s in report["systems"]
    ]
    clusters: dict[str, list[dict[str, Any]]] = {}
    for row in report["rows"]:
        sentences = row.get("sentences") or []
        clusters.setdefault(row["cluster"], []).append(
            {
                "system": row["system"],
                "cells": [_fmt(row.get(k), k) for k, _ in cols],
                "sentences": [
                    {**s, "label": VERDICT_LABELS.get(s["verdict"], s["verdict"])}
                    for s in sentences
                ],
                "n_unsupported": sum(s["verdict"] != "supported" for s in sentences),
            }
        )
    record = report.get("record") or {}
    return {
        "lang": "en",
        "title": "Summaries evaluation",
        "data": data or (record.get("data") or {}).get("path"),
        "words": (record.get("config") or {}).get("words"),
        "headers": [h for _, h in cols],
        "table": table,
        "plot": plot_data_uri(report) if report["systems"] else None,
        "clusters": [{"id": cid, "systems": rows} for cid, rows in clusters.items()],
        "record": json.dumps(record, indent=2, default=str) if record else None,
    }


def report_html(report: dict[str, Any], data: str | None = None) -> str:
    """The report of :func:`summarizer.evaluation.harness.run_summaries` as one HTML page.

    >>> rep = {"systems": ["lead"], "means": {"lead": {"words": 3.0, "n": 1}},
    ...        "rows": [{"system": "lead", "cluster": "c1", "words": 3, "sentences": [
    ...            {"text": "A <b> claim.", "verdict": "unsupported", "support": 0.1}]}]}
    >>> page = report_html(rep)
    >>> "A &lt;b&gt; claim." in page and 'class="verdict unsupported"' in page
    True
    """
    return environment().get_template(TEMPLATE).render(**context(report, data))
