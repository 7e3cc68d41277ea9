"""``codebook export`` to a name that promises another format (red team, round 10).

The codebook is written as a paper's appendix (.md, .docx) or, under any other name, as
YAML that ``codebook load`` reads again. A lead who wanted the codebook in a spreadsheet
ran ``codebook export codebook.csv`` (or ``.xlsx``), and one for NVivo ``codebook export
codebook.qdc``: each wrote YAML under that name and said "wrote". Excel refused the .xlsx
and showed the .csv as one column of YAML lines, NVivo refused the .qdc, and qualcode's own
``codebook load`` read the .csv as a spreadsheet and the .qdc as XML, so the file loaded
nowhere, not even back into the project. Such a name is refused in one line, nothing
written; .txt and names without a suffix stay YAML, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.export_kit import build_project, fails, run


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".xlsx", ".qdc", ".qdpx", ".json"])
def test_a_name_of_another_format_is_refused(tmp_path: Path, suffix: str) -> None:
    project = build_project(tmp_path / "p.db")
    target = tmp_path / f"codebook{suffix}"
    line = fails(project, "codebook", "export", str(target))
    assert line.startswith(f"codebook{suffix}: a {suffix} name promises"), line
    assert "nothing written" in line
    assert not target.exists()


def test_yaml_under_its_own_or_a_plain_name_loads_again(tmp_path: Path) -> None:
    project = build_project(tmp_path / "p.db")
    for name in ("codebook.yaml", "codebook.txt", "codebook"):
        target = tmp_path / name
        status, _, err = run(project, "codebook", "export", str(target))
        assert status == 0, err
        assert run(project, "codebook", "load", str(target))[0] == 0
