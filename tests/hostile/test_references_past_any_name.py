"""A reference longer than any id or name (red team 41).

A document, coding, memo or suggestion is found by its id, its name or the start of
either, which the store asks SQLite with LIKE. SQLite refuses a LIKE pattern past 50,000
bytes, so a passage pasted where a document's name belongs (`code list --doc "$(cat
ip1.txt)"`) or a coding's id ended in 'sqlite3.OperationalError: LIKE or GLOB pattern
too complex', a traceback. No id (36 characters) or name (200) is that long: such a
reference now names nothing, in one line, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.hostile.hostile_kit import lena_coded, refused_here

PASTED = "R: " + "vi pratade om uppdraget " * 2_500  # 60,000 characters

COMMANDS = {
    "docs show": (["docs", "show", PASTED], "no document 'R: vi"),
    "docs remove": (["docs", "remove", PASTED, "--reason", "x"], "no document 'R: vi"),
    "docs restore": (["docs", "restore", PASTED], "no removed document 'R: vi"),
    "code list --doc": (["code", "list", "--doc", PASTED], "no document 'R: vi"),
    "code remove": (["code", "remove", PASTED], "no coding 'R: vi"),
    "memo add --coding": (["memo", "add", "x", "--coding", PASTED], "no coding 'R: vi"),
    "suggest accept": (["suggest", "accept", PASTED], "no suggestion 'R: vi"),
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    with lena_coded(tmp_path / "p.db", (30, 80, "mission_dialogue")) as p:
        return p.path


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_pasted_passage_names_nothing_in_one_line(project: Path, command: str) -> None:
    args, said = COMMANDS[command]
    first = refused_here(project, *args, coder="lena").splitlines()[0]
    assert first.startswith(f"error: {said}"), first[:200]
    assert len(first) < 300


def test_the_api_says_not_found_too(project: Path) -> None:
    with Project.open(project).act_as("lena") as p:
        with pytest.raises(NotFoundError, match="no document"):
            p.document(PASTED)
        with pytest.raises(NotFoundError, match="no coding"):
            p.coding(PASTED)
        assert p.document("ip1").name == "ip1.txt"  # a name's start still finds it
