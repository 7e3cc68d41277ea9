"""A name or id typed where the project looks something up is quoted back cut short
(limits2, item 4). ``qualcode audit --actor`` with a pasted page answered with one error
line of five thousand characters, then advised adding that page as a coder; a document,
code, coding or pseudonym looked up by such a reference did the same. The refusal is
still one line naming what was not found, now a readable one."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.conftest import team_project
from tests.hostile.hostile_kit import refused_here

PAGE = "ett mycket långt namn " * 250  # 5,500 characters


@pytest.fixture
def made(tmp_path: Path) -> Path:
    project, _ = team_project(tmp_path / "p.db")
    project.close()
    return tmp_path / "p.db"


@pytest.mark.parametrize(
    "args",
    [
        ("audit", "--actor", PAGE),
        ("docs", "show", PAGE),
        ("code", "list", "--code", PAGE),
        ("pseudonym", "remove", PAGE),
        ("codebook", "rename", PAGE, "--name-en", "New"),
    ],
    ids=["audit-actor", "docs-show", "code-list", "pseudonym-remove", "codebook-rename"],
)
def test_the_cli_quotes_a_long_reference_cut_short(made: Path, args: tuple[str, ...]) -> None:
    line = refused_here(made, *args, coder="lena").splitlines()[0]
    assert len(line) < 200, line[:300]
    assert "ett mycket långt namn ett mycket" in line and "..." in line


def test_an_unknown_long_coder_is_not_suggested_for_adding(made: Path) -> None:
    line = refused_here(made, "audit", "--actor", PAGE, coder="lena").splitlines()[0]
    assert line.startswith("error: unknown coder 'ett mycket") and "coder add" not in line


def test_an_unknown_short_coder_still_gets_the_hint(made: Path) -> None:
    line = refused_here(made, "audit", "--actor", "maja", coder="lena").splitlines()[0]
    assert line == (
        "error: unknown coder 'maja'; add them to the project's coders first "
        "(`qualcode coder add maja`)"
    )


def test_the_api_refuses_alike(made: Path) -> None:
    with Project.open(made) as project:
        project.act_as("lena", "lena")
        for lookup in (project.coder, project.document, project.code):
            with pytest.raises(NotFoundError) as caught:
                lookup(PAGE)
            assert len(str(caught.value)) < 200
