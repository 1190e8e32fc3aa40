"""The harness and the `summarizer eval` CLI on tiny files written by the tests."""

from __future__ import annotations

import io
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
        ("{not json\n", "c.jsonl:1: invalid JSON"),
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


def test_the_harness_reads_a_cited_span_with_its_articles_date(tmp_path):
    path = tmp_path / "c.jsonl"
    text = "November 13, 2024. Antony Blinken spoke in Brussels on Tuesday about the war."
    row = {"id": "c", "documents": [{"id": "d", "text": text}], "reference": REFERENCE}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (cluster,) = load_clusters(path)
    quote = "Antony Blinken spoke in Brussels on Tuesday about the war."
    start = text.index(quote)
    cite = (Citation("d", start, start + len(quote), quote),)
    said = "Antony Blinken spoke in Brussels on 12 November about the war."
    out = SystemOutput("ours", "c", (BriefSentence(said, cite),), 0.1)
    row = evaluate_output(out, cluster, embedder=None, citations=True)
    # the cited "Tuesday", in an article of 13 November 2024, is the 12th
    assert row["faithfulness"] == 1.0 and row["hallucinated_numbers"] == []


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


def test_an_interrupted_report_leaves_the_earlier_one_whole(tmp_path, monkeypatch, embedder):
    # Ctrl-C or SIGTERM while the report is written: each file is the old one or
    # the whole new one, never a part, and no temporary file is left behind.
    import matplotlib.figure

    p = write_clusters(tmp_path / "c.jsonl", 1)
    out_dir = tmp_path / "out"
    argv = ["eval", "summaries", str(p), "--words", "40", "--systems", "lead", "-q"]
    assert main([*argv, "--out", str(out_dir)]) == 0
    before = {f.name: f.read_bytes() for f in out_dir.iterdir()}
    real = matplotlib.figure.Figure.savefig

    def interrupted(fig, fname, **kwargs):
        real(fig, fname, **kwargs)
        if hasattr(fname, "write"):  # a stream: cut it short, as a kill would
            fname.truncate(100)
        else:
            with open(fname, "r+b") as fh:
                fh.truncate(100)
        raise KeyboardInterrupt

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", interrupted)
    assert main([*argv, "--words", "30", "--out", str(out_dir)]) == 130  # as Ctrl-C
    assert sorted(f.name for f in out_dir.iterdir()) == sorted(before)
    assert (out_dir / "report.png").read_bytes() == before["report.png"]


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


# --- bad input on the command line: exit 2, one line naming the file and line --------------


def _one_error(capsys) -> str:
    """The single stderr line of a failed run (no traceback, no progress bar, no stdout)."""
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("summarizer: error: "), captured.err
    return captured.err.strip().removeprefix("summarizer: error: ")


def test_cli_faithfulness_baselines_that_are_not_an_object_name_the_line(tmp_path, capsys):
    p = write_pairs(tmp_path / "p.jsonl")
    rows = [json.loads(line) for line in p.read_text().splitlines()]
    rows[1]["baselines"] = "x"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["eval", "faithfulness", str(p), "--no-embed"]) == 2
    assert _one_error(capsys) == f"{p}:2: 'baselines' must be an object (NAME: number), got 'x'"


@pytest.mark.parametrize("label", ["NaN", "Infinity", '"-inf"'])
def test_cli_faithfulness_a_label_that_is_not_finite_names_the_line(tmp_path, capsys, label):
    # A NaN label used to drop out of every correlation: n 0, exit 0, a report of nothing.
    p = write_pairs(tmp_path / "p.jsonl")
    lines = p.read_text().splitlines()
    lines[2] = lines[2].replace('"label_or_score": 0.0', f'"label_or_score": {label}')
    p.write_text("\n".join(lines) + "\n")
    assert main(["eval", "faithfulness", str(p), "--no-embed"]) == 2
    assert _one_error(capsys).startswith(f"{p}:3: 'label_or_score' must be a finite number, got ")


def test_cli_summaries_a_reference_that_is_not_a_string_names_the_line(tmp_path, capsys):
    p = write_clusters(tmp_path / "c.jsonl", 2)
    rows = [json.loads(line) for line in p.read_text().splitlines()]
    rows[1]["reference"] = 5  # was silently evaluated as a cluster without a reference
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["eval", "summaries", str(p), "--systems", "lead"]) == 2
    assert _one_error(capsys) == f"{p}:2: 'reference' must be a string, got 5"


@pytest.mark.parametrize("bad", ["true", "1.5", "[1]", '{"a": 1}'])
@pytest.mark.parametrize("field", ["cluster", "document"])
def test_cli_summaries_an_id_that_is_not_a_string_names_the_line(tmp_path, capsys, bad, field):
    # an id of true was evaluated as cluster "True" (`summarizer batch` refuses it)
    p = write_clusters(tmp_path / "c.jsonl", 2)
    rows = [json.loads(line) for line in p.read_text().splitlines()]
    if field == "cluster":
        rows[1]["id"] = json.loads(bad)
    else:
        rows[1]["documents"][2]["id"] = json.loads(bad)
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["eval", "summaries", str(p), "--systems", "lead", "-q"]) == 2
    whose = "'id'" if field == "cluster" else "document 2's 'id'"
    shown = repr(json.loads(bad))
    assert _one_error(capsys) == f"{p}:2: {whose} must be a string, got {shown}"


@pytest.mark.parametrize("bad", ["false", "2.0", '["p1"]', "{}"])
def test_cli_faithfulness_an_id_that_is_not_a_string_names_the_line(tmp_path, capsys, bad):
    p = write_pairs(tmp_path / "p.jsonl")
    rows = [json.loads(line) for line in p.read_text().splitlines()]
    rows[3]["id"] = json.loads(bad)
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["eval", "faithfulness", str(p), "--no-embed", "-q"]) == 2
    assert _one_error(capsys) == f"{p}:4: 'id' must be a string, got {json.loads(bad)!r}"


def test_whole_number_ids_are_their_decimal_strings_and_a_missing_one_is_made_up(tmp_path):
    # as `summarizer batch` and the article loader read ids: 0 is an id, null and "" are none
    p = tmp_path / "c.jsonl"
    docs = [{"id": 0, "text": ARTICLES[0]}, {"id": None, "text": ARTICLES[1]}, ARTICLES[2]]
    lines = [{"id": 7, "documents": docs}, {"id": 0, "documents": docs}, {"documents": docs}]
    lines.append({"id": "", "documents": docs})
    p.write_text("".join(json.dumps(x) + "\n" for x in lines))
    clusters = load_clusters(p)
    assert [c.id for c in clusters] == ["7", "0", "line3", "line4"]
    assert [d.id for d in clusters[0].documents] == ["0", "7-d1", "7-d2"]
    q = write_pairs(tmp_path / "p.jsonl")
    rows = [json.loads(line) for line in q.read_text().splitlines()]
    rows[0]["id"], rows[1]["id"] = 0, None
    q.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert [x.id for x in load_pairs(q)][:3] == ["0", "line2", "p2"]


def test_cli_summaries_a_gold_file_whose_cluster_is_not_a_string_is_one_line(tmp_path, capsys):
    gold = tmp_path / "gold.json"
    data = json.loads((ROOT / "eval" / "seeds_gold_facts.json").read_text(encoding="utf-8"))
    data["cluster"] = True
    gold.write_text(json.dumps(data), encoding="utf-8")
    argv = ["eval", "summaries", str(ROOT / "seeds"), "--systems", "lead", "--gold", str(gold)]
    assert main([*argv, "-q"]) == 2
    assert _one_error(capsys) == f"{gold}: 'cluster' must be a string, got True"


def _data(tmp_path: Path, command: str) -> Path:
    if command == "faithfulness":
        return write_pairs(tmp_path / "data.jsonl")
    return write_clusters(tmp_path / "data.jsonl", 1)


def _argv(command: str, path: Path) -> list[str]:
    extra = ["--no-embed"] if command == "faithfulness" else ["--systems", "lead", "--words", "20"]
    return ["eval", command, str(path), *extra, "--json"]


@pytest.mark.parametrize("command", ["summaries", "faithfulness"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_cli_a_data_file_with_a_byte_order_mark_is_read_as_brief_reads_it(
    tmp_path, capsys, command, encoding
):
    p = _data(tmp_path, command)
    p.write_bytes(p.read_text(encoding="utf-8").encode(encoding))
    assert main(_argv(command, p)) == 0
    assert json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("command", ["summaries", "faithfulness"])
def test_cli_a_binary_data_file_is_not_a_text_file(tmp_path, capsys, command):
    p = tmp_path / "data.jsonl"
    p.write_bytes(bytes(range(256)) * 8)
    assert main(_argv(command, p)) == 2
    assert _one_error(capsys) == f"{p}: not a text file (binary content)"


def test_cli_a_legacy_encoded_data_file_is_read_with_a_notice(tmp_path, capsys):
    p = write_pairs(tmp_path / "p.jsonl")
    p.write_bytes(
        p.read_bytes().replace(
            b"Blinken spoke in Paris", "Blinken spoke in Paris café".encode("cp1252")
        )
    )
    assert main(_argv("faithfulness", p)) == 0
    err = capsys.readouterr().err
    assert f"summarizer: notice: {p} is not UTF-8; decoded as Windows-1252 (Latin-1)" in err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[fusion\nwords = 3\n", "bad.toml is not valid TOML"),
        ("[fusion]\nbogus = 3\n", "unknown config key 'fusion.bogus'"),
    ],
)
@pytest.mark.parametrize("systems", ["lead", "ours,lead"])
def test_cli_summaries_a_bad_config_fails_before_any_work(
    tmp_path, capsys, monkeypatch, toml, message, systems
):
    # It was ignored when `ours` was not run (exit 0), and said only after the progress bar.
    import summarizer.embed

    def no_model():
        raise AssertionError("the embedding model was loaded before the config was checked")

    monkeypatch.setattr(summarizer.embed, "default_embedder", no_model)
    cfg = tmp_path / "bad.toml"
    cfg.write_text(toml)
    p = write_clusters(tmp_path / "c.jsonl", 1)
    argv = ["eval", "summaries", str(p), "--config", str(cfg), "--systems", systems]
    assert main(argv) == 2
    err = _one_error(capsys)
    assert message in err


def test_cli_faithfulness_on_a_folder_says_it_wants_a_jsonl_file(capsys):
    seeds = ROOT / "seeds"
    assert main(["eval", "faithfulness", str(seeds), "--no-embed"]) == 2
    assert (
        _one_error(capsys) == f"{seeds}: is a folder, not a JSONL file (one JSON object per line)"
    )


def test_cli_summaries_help_says_a_folder_is_accepted(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["eval", "summaries", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "DATA.jsonl" not in out
    assert "or a folder of articles" in " ".join(out.split())


@pytest.mark.parametrize("command", ["summaries", "faithfulness"])
def test_cli_out_folder_is_not_left_behind_after_an_input_error(tmp_path, capsys, command):
    p = tmp_path / "data.jsonl"
    p.write_text("{not json\n")
    out_dir = tmp_path / "reports" / "run1"
    assert main([*_argv(command, p), "--out", str(out_dir)]) == 2
    assert (
        _one_error(capsys)
        == f"{p}:1: invalid JSON (Expecting property name enclosed in double quotes)"
    )
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize("command", ["summaries", "faithfulness"])
def test_cli_out_that_cannot_be_a_folder_fails_before_any_work(tmp_path, capsys, command):
    blocker = tmp_path / "file"
    blocker.write_text("")
    p = _data(tmp_path, command)
    assert main([*_argv(command, p), "--out", str(blocker / "sub")]) == 2
    assert _one_error(capsys) == (
        f"{blocker / 'sub'}: cannot create the output folder ({blocker} is not a folder)"
    )


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("command", ["summaries", "faithfulness"])
def test_cli_progress_bars_only_on_a_terminal_and_none_under_quiet(tmp_path, capsys, command):
    # `eval` had no -q, and drew its tqdm bars into logs and pipes as well.
    p = _data(tmp_path, command)
    p.write_bytes(p.read_bytes().replace(b"Brussels", "Brüssel".encode("cp1252")))
    notice = f"summarizer: notice: {p} is not UTF-8; decoded as Windows-1252 (Latin-1)\n"
    assert main(_argv(command, p)) == 0  # stderr is not a terminal here
    captured = capsys.readouterr()
    assert captured.err == notice and json.loads(captured.out)
    with pytest.MonkeyPatch.context() as mp:
        for quiet in (False, True):
            terminal = _Terminal()
            mp.setattr(sys, "stderr", terminal)
            assert main([*_argv(command, p), *(["-q"] if quiet else [])]) == 0
            if quiet:
                assert terminal.getvalue() == ""  # no bar, no notice
            else:
                assert f"eval {command}:" in terminal.getvalue() and notice in terminal.getvalue()
            assert json.loads(capsys.readouterr().out)  # the report, either way
        terminal = _Terminal()
        mp.setattr(sys, "stderr", terminal)
        assert main(["eval", command, str(tmp_path / "none.jsonl"), "-q"]) == 2  # errors still
        assert terminal.getvalue().startswith("summarizer: error: ")
