"""The README's Python API example runs as written on a team's project and prints what it
says: counts per code and coder, per role, the agreement table and the methods paragraph."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from tests.e2e.readme_kit import readme_block


def _example() -> str:
    lines = readme_block("## The Python API", "python")
    assert lines, "the README has no Python example"
    return "\n".join(lines) + "\n"


def test_the_readme_api_example_runs_and_says_true_things(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(demo, tmp_path / "study.db")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(_example(), "README.md", "exec"), {})
    out = printed.getvalue()
    with Project.open(tmp_path / "study.db") as project:
        project.act_as("lena")
        codings = project.frames(layer="coder")["codings"]
        report = project.agreement()
    assert set(codings["layer"]) == {"coder"}  # the consensus is not counted twice
    for (code, coder), n in codings.groupby(["code", "coder"]).size().items():
        assert re.search(rf"{coder}\s+{n}\b", out), (code, coder, n)
    assert "socialsekreterare" in out  # the per-role table
    sheet = openpyxl.load_workbook(tmp_path / "by_role.xlsx")["data"]  # and its file
    assert sheet["A1"].value == "role" and "socialsekreterare" in {c.value for c in sheet["A"]}
    low = f"{report.rows[0].alpha_low:.6f}"
    assert low in out  # the agreement table with its interval
    assert "(johan, karin)" in out and "(johan, mira)" not in out  # karin's pairs, tuples
    assert "Interbedömarreliabiliteten bedömdes på" in out
    # what the figures rest on: a coder who finished one document narrows it to that one
    assert report.scope.startswith("3 coders (johan, karin, mira), 6 of 15 documents") and (
        report.scope in out
    )
