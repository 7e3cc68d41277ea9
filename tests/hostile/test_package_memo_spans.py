"""A passage memo's span in a coder package (red team, round 9).

A memo on a passage carries its span, and ``add_memo`` keeps it inside the document. A
package's memo spans were taken as written: -5 to 999999, a span on a code memo, or a start
after its end came into the lead's project, where the memo list named a passage that is
not there and the coding screen was asked to mark one. The package is refused whole, naming
the memo, nothing written.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import small_team


@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    small_team(path)
    return path


def _package(team: Path, tmp_path: Path, edit: dict[str, Any]) -> Path:
    laptop = tmp_path / "laptop.db"
    shutil.copy(team, laptop)
    with Project.open(laptop) as p:
        p.act_as("karin")
        doc = p.documents()[0].id
        p.add_memo("document", doc, "karin", "about this passage", span=(10, 40))
        package = p.export_coder("karin", tmp_path / "karin.json")
    data = json.loads(package.read_text(encoding="utf-8"))
    data["memos"][0].update(edit)
    package.write_text(json.dumps(data), encoding="utf-8")
    return package


@pytest.mark.parametrize(
    "edit",
    [
        {"start": -5, "end": 999_999},
        {"start": 40, "end": 10},
        {"start": 10, "end": None},
        {"target_kind": "project", "target_id": "project"},
    ],
    ids=["outside", "reversed", "half", "not-a-document"],
)
def test_a_memo_span_that_is_no_passage_is_refused(
    team: Path, tmp_path: Path, edit: dict[str, Any]
) -> None:
    package = _package(team, tmp_path, edit)
    with Project.open(team) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=r"memos\[0\]"):
            p.merge_package(package)
        assert p.memos() == []


def test_the_package_as_written_merges_with_its_passage(team: Path, tmp_path: Path) -> None:
    package = _package(team, tmp_path, {})
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_package(package)
        (memo,) = p.memos()
        assert (memo.start, memo.end) == (10, 40)
