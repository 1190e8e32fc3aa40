"""An installed (non-editable) copy carries configs/ and prompts/ inside the package."""

import subprocess
import sys
import zipfile

import pytest


@pytest.mark.slow
def test_wheel_ships_configs_and_prompts(tmp_path):
    import shutil
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    src = tmp_path / "src"  # built from a copy: a build leaves build/ in the source tree
    for name in ("summarizer", "configs", "prompts"):
        shutil.copytree(root / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(root / name, src / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(src)],
        check=True,
    )
    [wheel] = tmp_path.glob("summarizer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for p in (root / "configs").glob("*.toml"):
        assert f"summarizer/data/configs/{p.name}" in names
    for p in (root / "prompts").glob("*.txt"):
        assert f"summarizer/data/prompts/{p.name}" in names
    assert "summarizer/backends/seq2seq.py" in names
    assert "summarizer/templates/brief.html.j2" in names
