"""A coder's name in the reports screen's default export path is one word of a file name.

A coder's export is offered as ``<project>-<coder>-summary.docx``; a coder named
``a/b`` (a name may hold a slash) stopped the terminal UI with pathlib's "invalid name" as
soon as she pressed an export key, and one named ``CON`` was offered a name Windows
refuses. The name is now made one word of a file name (``file_names.file_word``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode.project.file_names import file_word
from qualcode.tui.app import build_app
from tests.conftest import team_project
from tests.tui.conftest import open_reports


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("karin", "karin"),
        ("Anna Berg", "Anna Berg"),
        ("a/b", "a_b"),
        ("x\\y", "x_y"),
        ("c:d*e?", "c_d_e"),
        ("..", "_"),
        ("CON", "CON_"),
        ("lpt1.txt", "lpt1.txt_"),
    ],
)
def test_a_name_as_a_word_of_a_file_name(name: str, word: str) -> None:
    assert file_word(name) == word


@pytest.mark.slow  # a whole app through the reports screen
async def test_a_coder_named_with_a_slash_is_offered_a_path_and_the_ui_stays(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.db"
    made, _ = team_project(path)
    with made:
        made.act_as("lena")
        made.add_coder("a/b")
    app = build_app(path, "a/b", "en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reports(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        offered = screen.query_one("#export-path", Input).value
    assert offered == str(tmp_path / "p-a_b-codings.xlsx")


def test_the_handout_tells_commands_that_can_be_copied(tmp_path: Path) -> None:
    """A coder named 'Anna Berg/2' was told to send `export-coder -o Anna Berg/2.json`:
    two words to a shell, and a folder that does not exist."""
    from tests.hostile.hostile_kit import qualcode

    path = tmp_path / "p.db"
    made, _ = team_project(path)
    with made:
        made.act_as("lena")
        made.add_coder("Anna Berg/2")
    said = qualcode(
        path, "handout", "Anna Berg/2", "-o", str(tmp_path / "anna copy.db"), coder="lena"
    )
    assert said.status == 0, said.stderr
    assert "`qualcode -p 'anna copy.db' export-coder -o 'Anna Berg_2.json'` back" in said.stderr
    assert "you run `qualcode merge 'Anna Berg_2.json'`" in said.stderr
