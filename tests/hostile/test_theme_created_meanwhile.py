"""Two of the lead's windows making a theme of the same name at once. create_theme chose
the theme's key before the write lock and wrote the code and its theme status in two
transactions: the second window was refused with 'a code theme_... already exists' (a
theme of that name is what the lead asked for, and two themes of one name are numbered,
as codes are), and a crash between the two writes left a plain active code where the lead
made a theme. The key, the code and its status are one writer's now. Two themes of one
name were then both made, numbered as keys are (theme_samverkan_2); since small36b two
codes under one parent (the top, for themes) may not read alike, so the second window is
refused in one line naming the first, and nothing of it is written."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import CodebookError
from tests.hostile.hostile_kit import racing


def test_two_themes_of_one_name_at_once_make_one_and_a_plain_refusal(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as made:
        made.add_coder("lena", role="lead")

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            return project.create_theme("Samverkan", "lena")

    with Project.open(path) as other:
        other.act_as("lena")
        made_here, raised = racing(action, other, lambda p: p.create_theme("Samverkan", "lena"))
    assert made_here is None and isinstance(raised, CodebookError), raised
    assert "reads as 'theme_samverkan'" in str(raised) and "\n" not in str(raised)
    with Project.open(path) as project:
        statuses = project.store.codes.statuses()
        assert [(c.key, statuses[c.id][0]) for c in project.codebook()] == [
            ("theme_samverkan", "theme")
        ]
