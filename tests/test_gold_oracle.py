"""eval/gold_oracle.py: the extractive ceiling of gold-fact coverage is exact and
tells apart sentences that lean on a neighbour."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _oracle():
    spec = importlib.util.spec_from_file_location("gold_oracle", ROOT / "eval" / "gold_oracle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ceiling_is_the_exact_best_choice_not_the_greedy_one():
    # Greedy by facts per word takes the 3-fact sentence (4 words) and then has
    # no room; the best choice is the two 3-word sentences (4 facts in 6 words).
    rows = [("w " * 4, 4, 0b0111), ("x " * 3, 3, 0b0011), ("y " * 3, 3, 0b1100)]
    assert _oracle().ceiling(rows, 6)[:2] == (4, 6)
    assert _oracle().ceiling(rows, 5)[:2] == (3, 4)
    assert _oracle().ceiling([], 10) == (0, 0, [])


def test_report_on_a_cluster_with_gold_facts(tmp_path, capsys):
    cluster = tmp_path / "cluster"
    cluster.mkdir()
    (cluster / "a.txt").write_text(
        "Floods cut off the mountain town of Harlow on Monday after three days of rain.\n\n"
        "The army sent 40 trucks of food and water to Harlow on Tuesday.\n\n"
        "He said the road would reopen within a week.\n",
        encoding="utf-8",
    )
    (cluster / "b.txt").write_text(
        "Three days of rain left Harlow cut off by floods on Monday, officials said.\n\n"
        "The mayor said the bridge collapsed on Sunday night.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    facts = [
        {"id": "floods", "statement": "Floods cut off Harlow.", "match": [["flood", "Harlow"]]},
        {"id": "trucks", "statement": "The army sent 40 trucks.", "match": [["40 trucks"]]},
        {"id": "reopen", "statement": "The road reopens in a week.", "match": [["reopen"]]},
    ]
    gold.write_text(json.dumps({"facts": facts}), encoding="utf-8")

    assert _oracle().main([str(cluster), str(gold), "--words", "40"]) == 0
    out = capsys.readouterr().out
    # "He said the road would reopen ..." states a fact but leans on its neighbour
    assert "ceiling, any sentence: 3/3 = 1.000 in 36 words" in out
    assert "ceiling, standing alone: 2/3 = 0.667 in 27 words" in out
    # our brief states the two facts that stand alone, not the leaning one
    assert "our brief: 2/3 = 0.667" in out and "missing: reopen\n" in out


def test_a_bad_path_is_one_line_on_stderr(tmp_path, capsys):
    assert _oracle().main([str(tmp_path / "nowhere"), str(tmp_path / "gold.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gold_oracle: ") and err.count("\n") == 1
