"""The harness and the `summarizer eval` CLI on tiny files written by the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import InputError
from summarizer.evaluation.harness import (
    LENGTH_CONTROL,
    Pair,
    SystemOutput,
    baseline_runner,
    config_hash,
    correlations_by_origin,
    evaluate_output,
    faithfulness_table,
    load_clusters,
    load_pairs,
    run_faithfulness,
    run_record,
    run_summaries,
    summaries_table,
)
from summarizer.types import BriefSentence, Citation

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = [
    "Antony Blinken spoke in Brussels on Wednesday. He said more than 10,000 North Korean "
    "soldiers were sent to Russia. The troops now fight in the Kursk region.",
    "In Brussels, Antony Blinken met NATO chief Mark Rutte. About 11,000 North Korean troops "
    "were deployed to Kursk, Kyiv said. Rutte warned of China's role.",
    "NATO chief Mark Rutte said China helps Russia. Blinken promised a firm response in "
    "Brussels. North Korean soldiers are fighting in Kursk.",
]
REFERENCE = "Blinken met Rutte in Brussels. North Korean troops fight for Russia in Kursk."


def write_clusters(path: Path, n: int = 2) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            docs = [{"id": f"c{i}-d{k}", "text": t} for k, t in enumerate(ARTICLES)]
            fh.write(json.dumps({"id": f"c{i}", "documents": docs, "reference": REFERENCE}) + "\n")
    return path


PAIRS = [
    ("Antony Blinken spoke in Brussels on Wednesday.", 1.0, "x", 0.9),
    ("Blinken spoke in Paris with Xi Jinping.", 0.0, "x", 0.8),
    ("About 4,000 North Korean soldiers were sent to Russia.", 0.0, "x", 0.7),
    ("More than 10,000 North Korean soldiers were sent to Russia.", 1.0, "y", 0.1),
    ("The troops now fight in the Kursk region.", 1.0, "y", 0.2),
    ("The troops now swim in the Baltic Sea near Riga.", 0.0, "y", 0.3),
]


def write_pairs(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, (summ, label, origin, base) in enumerate(PAIRS):
            row = {
                "id": f"p{i}",
                "document": ARTICLES[0],
                "summary": summ,
                "label_or_score": label,
                "origin": origin,
                "system": f"sys-{i % 2}",
                "baselines": {"Toy": base, "Missing": None},
            }
            fh.write(json.dumps(row) + "\n")
    return path


# --- loading -------------------------------------------------------------------------------


def test_load_clusters_and_limit(tmp_path):
    p = write_clusters(tmp_path / "c.jsonl", 3)
    cs = load_clusters(p, limit=2)
    assert [c.id for c in cs] == ["c0", "c1"]
    assert [d.id for d in cs[0].documents] == ["c0-d0", "c0-d1", "c0-d2"]
    assert cs[0].reference == REFERENCE


def test_a_clusters_file_with_a_byte_order_mark_loads(tmp_path):
    p = write_clusters(tmp_path / "c.jsonl", 2)
    p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes().replace(b"\n", b"\r\n"))
    assert [c.id for c in load_clusters(p)] == ["c0", "c1"]


def test_a_folder_is_one_cluster():
    (c,) = load_clusters(ROOT / "seeds")
    assert c.id == "seeds" and len(c.documents) == 5 and c.reference is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json\n", "c.jsonl:1: not valid JSON"),
        ('{"id": "x"}\n', "c.jsonl:1: expected a non-empty 'documents' list"),
        ('{"documents": [{"id": "d"}]}\n', "c.jsonl:1: document 0 has no 'text' string"),
        ("\n", "c.jsonl: no clusters in the file"),
    ],
)
def test_bad_cluster_files(tmp_path, content, message):
    p = tmp_path / "c.jsonl"
    p.write_text(content)
    with pytest.raises(InputError, match=message):
        load_clusters(p)


def test_bad_pairs_file(tmp_path):
    p = tmp_path / "p.jsonl"
    p.write_text('{"document": "a", "summary": "b"}\n')
    with pytest.raises(InputError, match="numeric 'label_or_score'"):
        load_pairs(p)


# --- records and tables --------------------------------------------------------------------


def test_run_record_says_what_produced_it():
    rec = run_record(seed=7, config={"words": 10})
    for key in ("package_version", "git_commit", "embedding_model", "embedding_revision"):
        assert key in rec
    assert rec["seed"] == 7 and rec["config_hash"] == config_hash({"words": 10})


def test_correlations_by_origin_headline_is_the_mean_of_origins():
    pairs = [Pair(str(i), "d", "s", lab, o) for i, (lab, o) in enumerate(
        [(0, "x"), (1, "x"), (2, "x"), (0, "y"), (1, "y"), (2, "y")])]  # fmt: skip
    r = correlations_by_origin([0, 1, 2, 0, 2, 1], pairs)
    assert r["by_origin"]["x"]["spearman"] == 1.0
    assert r["by_origin"]["y"]["spearman"] == 0.5
    assert r["mean_origin_spearman"] == 0.75
    assert r["overall"]["n"] == 6


def test_run_faithfulness_and_table(tmp_path):
    pairs = load_pairs(write_pairs(tmp_path / "p.jsonl"))
    r = run_faithfulness(pairs, embedder=None, show_progress=False)
    assert set(r["by_origin"]) == {"x", "y"}
    assert set(r["baselines"]) == {"Toy", "Missing", LENGTH_CONTROL}
    assert r["baselines"]["Missing"]["overall"]["n"] == 0
    # The scorer ranks the faithful summary of each origin above the unfaithful ones.
    assert r["by_origin"]["x"]["spearman"] > 0 and r["by_origin"]["y"]["spearman"] > 0
    assert r["baselines"]["Toy"]["by_origin"]["y"]["spearman"] < 0
    assert r["partial_by_system"]["n"] == len(PAIRS)  # FRANK's system-residualised figure
    table = faithfulness_table(r)
    assert table.splitlines()[2].startswith("ours (support score)")
    assert "partial rho" in table.splitlines()[0]


def test_run_summaries_baselines_only(tmp_path):
    clusters = load_clusters(write_clusters(tmp_path / "c.jsonl"))
    systems = {n: baseline_runner(n) for n in ("lead", "random")}
    rep = run_summaries(clusters, systems, words=30, show_progress=False)
    assert rep["systems"] == ["lead", "random"]
    assert len(rep["rows"]) == 4
    lead = rep["means"]["lead"]
    assert 0 < lead["rouge1"] <= 1 and lead["faithfulness"] == 1.0 and lead["words"] <= 30
    assert lead["citation_precision"] is None  # ours only
    assert "lead" in summaries_table(rep)


def test_a_wrong_number_in_a_system_output_is_caught(tmp_path):
    (cluster,) = load_clusters(write_clusters(tmp_path / "c.jsonl", 1))
    doc = cluster.documents[0]
    good = "He said more than 10,000 North Korean soldiers were sent to Russia."
    bad = "He said 4,000 North Korean soldiers were sent to Russia."
    start = doc.text.index(good)
    cite = (Citation(doc.id, start, start + len(good), good),)
    out = SystemOutput("x", cluster.id, (BriefSentence(good, cite), BriefSentence(bad, cite)), 0.1)
    row = evaluate_output(out, cluster, embedder=None, citations=True)
    assert row["contradicted"] == 1
    assert row["hallucinated_numbers"] == ["4,000 North Korean soldiers"]
    assert row["faithfulness"] < 1.0 and row["support"] == 0.5
    assert (row["citation_recall"], row["citation_precision"]) == (0.5, 0.5)


def test_the_briefs_weekday_anchor_is_checked_against_the_cited_articles_date(tmp_path):
    path = tmp_path / "c.jsonl"
    text = "November 13, 2024. Antony Blinken spoke in Brussels on Tuesday about the war."
    row = {"id": "c", "documents": [{"id": "d", "text": text}], "reference": REFERENCE}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (cluster,) = load_clusters(path)
    assert cluster.documents[0].date == "2024-11-13"
    quote = "Antony Blinken spoke in Brussels on Tuesday about the war."
    start = text.index(quote)
    cite = (Citation("d", start, start + len(quote), quote),)

    def scored(anchor: str) -> dict:
        said = f"Antony Blinken spoke in Brussels on Tuesday ({anchor}) about the war."
        out = SystemOutput("ours", "c", (BriefSentence(said, cite),), 0.1)
        return evaluate_output(out, cluster, embedder=None, citations=True)

    right = scored("2024-11-12")  # the Tuesday before the article's date
    assert right["faithfulness"] == 1.0 and right["hallucinated_numbers"] == []
    assert (right["citation_precision"], right["citation_recall"]) == (1.0, 1.0)
    wrong = scored("2024-11-05")  # a Tuesday, but a week too early
    assert wrong["faithfulness"] < 1.0 and wrong["citation_recall"] == 0.0


# --- the CLI -------------------------------------------------------------------------------


def test_help_is_instant_and_imports_nothing_heavy():
    code = (
        "import sys; from summarizer.cli import build_parser; build_parser(); "
        "print(any(m in sys.modules for m in ('torch', 'transformers', 'scipy', 'sumy', "
        "'summarizer.evaluation.harness')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_cli_faithfulness_json(tmp_path, capsys):
    p = write_pairs(tmp_path / "p.jsonl")
    assert main(["eval", "faithfulness", str(p), "--json", "--no-embed"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"overall", "by_origin", "mean_origin_spearman", "baselines"} <= set(out)
    assert set(out["overall"]) == {"spearman", "pearson", "n"}
    assert set(out["baselines"]["Toy"]) >= {"overall", "by_origin", "mean_origin_spearman"}
    assert "items" not in out


def test_cli_faithfulness_table_and_out(tmp_path, capsys):
    p = write_pairs(tmp_path / "p.jsonl")
    assert main(["eval", "faithfulness", str(p), "--no-embed", "--out", str(tmp_path / "r")]) == 0
    assert "headline: mean per-origin Spearman" in capsys.readouterr().out
    rep = json.loads((tmp_path / "r" / "report.json").read_text())
    assert len(rep["items"]) == len(PAIRS) and rep["record"]["config_hash"]


def test_cli_summaries_writes_reports(tmp_path, capsys, embedder):
    p = write_clusters(tmp_path / "c.jsonl", 1)
    out_dir = tmp_path / "out"
    rc = main(["eval", "summaries", str(p), "--words", "40", "--out", str(out_dir)])
    assert rc == 0
    table = capsys.readouterr().out
    for system in ("ours", "lead", "lexrank", "textrank", "random"):
        assert system in table
    assert "cite-P" in table and "R-Lsum" in table
    rep = json.loads((out_dir / "report.json").read_text())
    assert rep["means"]["ours"]["citation_recall"] is not None
    assert rep["record"]["pipeline"]["config_hash"]
    assert (out_dir / "report.md").read_text().startswith("# Summaries evaluation")
    assert (out_dir / "report.png").read_bytes()[:4] == b"\x89PNG"


def test_cli_summaries_on_the_seeds_with_gold(capsys, embedder):
    rc = main(
        [
            "eval", "summaries", str(ROOT / "seeds"), "--systems", "lead",
            "--gold", str(ROOT / "eval" / "seeds_gold_facts.json"), "--json",
        ]
    )  # fmt: skip
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert 0 < out["means"]["lead"]["gold_coverage"] <= 1


@pytest.mark.parametrize(
    "argv",
    [
        ["eval", "summaries", "nope.jsonl"],
        ["eval", "faithfulness", "nope.jsonl"],
    ],
)
def test_cli_bad_input_exits_2_with_one_line(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err == "summarizer: error: nope.jsonl: no such file"


def test_cli_unknown_system_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["eval", "summaries", "x.jsonl", "--systems", "lead,gpt"])
    assert exc.value.code == 2
    assert "unknown system gpt" in capsys.readouterr().err


def test_cli_summaries_gold_for_a_cluster_not_evaluated_is_a_one_line_error(tmp_path, capsys):
    gold = ROOT / "eval" / "seeds_gold_facts.json"  # "cluster": "seeds"
    mine = tmp_path / "myseeds"
    mine.mkdir()
    for p in (ROOT / "seeds").glob("*.txt"):
        (mine / p.name).write_bytes(p.read_bytes())
    out_dir = tmp_path / "out"
    argv = ["eval", "summaries", str(mine), "--systems", "lead", "--gold", str(gold)]
    assert main([*argv, "--out", str(out_dir)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"summarizer: error: gold file {gold} is for cluster 'seeds', which is not among the "
        "clusters evaluated: 'myseeds'\n"
    )
    assert not out_dir.exists()  # failed before writing anything

    # A gold file that names no cluster goes with a single cluster, never with several.
    anonymous = tmp_path / "gold.json"
    data = json.loads(gold.read_text(encoding="utf-8"))
    del data["cluster"]
    anonymous.write_text(json.dumps(data), encoding="utf-8")
    data_file = write_clusters(tmp_path / "c.jsonl", 2)
    assert main(["eval", "summaries", str(data_file), "--gold", str(anonymous)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "names no 'cluster' and 2 clusters are evaluated ('c0', 'c1')" in err


@pytest.mark.parametrize("command", ["summaries", "faithfulness"])
def test_an_empty_out_folder_name_is_a_usage_error(tmp_path, capsys, command):
    p = (
        write_pairs(tmp_path / "p.jsonl")
        if command == "faithfulness"
        else write_clusters(tmp_path / "c.jsonl", 1)
    )
    with pytest.raises(SystemExit) as exc:
        main(["eval", command, str(p), "--out", ""])
    assert exc.value.code == 2
    assert "argument --out: needs a folder name" in capsys.readouterr().err
