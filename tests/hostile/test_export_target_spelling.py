"""An export's file name that prints as another (red team, round 11).

Every writer says what it wrote ("wrote NAME"). A name holding a line break printed as
two lines ("wrote a", "wrote b.csv": a file that was not written, and one whose name is
not the file's); a right-to-left override showed "x<RLO>gpj.md" as xdm.jpg in the
listing and the message; a zero-width space made a name read as an existing file's. Such
a name is refused in one line before anything is worked out, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import OutputError
from qualcode.project.output_targets import check_target
from tests.hostile.export_kit import EXPORTS, SUFFIX, build_project, fails

NAMES = {
    "line break": "a\nwrote b.csv",
    "carriage return": "summary\r.md",
    "tab": "a\tb.csv",
    "escape": "a\x1b[2Jb.md",
    "right-to-left override": "x\u202egpj.md",
    "right-to-left mark": "rapport\u200f.md",
    "zero-width space": "rapport\u200b.md",
}


@pytest.mark.parametrize("name", list(NAMES))
def test_a_name_that_prints_as_another_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputError, match="choose a name of plain characters") as refused:
        check_target(tmp_path / NAMES[name])
    assert "\n" not in str(refused.value) and "\u202e" not in str(refused.value)


@pytest.mark.parametrize("command", ["summary-md", "codings-csv", "qdpx", "codebook-export"])
def test_no_export_writes_such_a_name(tmp_path: Path, command: str) -> None:
    project = build_project(tmp_path / "p.db")
    before = sorted(p.name for p in tmp_path.iterdir())
    target = tmp_path / f"x\u202egpj{SUFFIX[command]}"
    assert "choose a name of plain characters" in fails(project, *EXPORTS[command](str(target)))
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_plain_names_in_any_script_still_write(tmp_path: Path) -> None:
    for name in ("Åby intervjuer.md", "تقرير.md", "報告 2026.csv", "it's-(v2).csv"):
        assert check_target(tmp_path / name) == (tmp_path / name).resolve()
