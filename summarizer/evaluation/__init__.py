"""Evaluation harness, one module per stage of the measurement.

* :mod:`summarizer.evaluation.metrics`       ROUGE, correlation with human labels, citation
  precision/recall (ALCE-style), coverage of consensus facts, hand-written gold facts;
* :mod:`summarizer.evaluation.baselines`     lead, LexRank, TextRank and random baselines;
* :mod:`summarizer.evaluation.harness`       runs over datasets, tables, plots and the record of
  what produced a report;
* :mod:`summarizer.evaluation.cli`           ``summarizer eval summaries|faithfulness``.

Faithfulness (summary -> sentences -> facts -> verdicts against the sources, with evidence spans
and scores) is :mod:`summarizer.faithfulness`, outside the harness: fusion verifies every
citation with the same check.

Nothing heavy is imported here, so ``summarizer --help`` stays instant.
"""
