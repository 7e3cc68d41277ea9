"""`qualcode report query`: passages coded with every code named and none of --not."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.cli.cli_kit import code_add, fails, import_text, lead_project, ok

SV = "R: Vi pratar om uppdraget. Ärendena är för många. Chefen lyssnar.\n"


@pytest.fixture
def coded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    project = lead_project(tmp_path)
    import_text(project, "ip1.txt", SV, "sv")
    first, second = SV.index("Vi"), SV.index("Ärendena")
    end = SV.index("Chefen") - 1
    code_add(project, "ip1", first, end, "mission")
    code_add(project, "ip1", second, end, "caseload")
    return project


def test_query_lists_the_text_coded_with_both(coded: Path) -> None:
    out = ok(coded, "report", "query", "mission", "caseload", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [r["text"] for r in rows] == ["Ärendena är för många."]
    assert "no passages" in ok(coded, "report", "query", "mission", "--not", "caseload")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "query", "mission", "--not", "mission"], "both wanted and excluded"),
        (["report", "query", "nope"], "unknown code 'nope'"),
        (["report", "query", "mission", "--layer", "x"], "unknown layer"),
        (["report", "query", "mission", "--attr", "role"], "write it as KEY=VALUE"),
    ],
)
def test_bad_query_is_one_line(coded: Path, args: list[str], message: str) -> None:
    assert message in fails(coded, *args)
