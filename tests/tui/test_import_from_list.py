"""``i`` on the documents list imports transcripts (eyes39: a new coder with a .docx and
an empty list had only ``qualcode import`` in a terminal, which neither the footer nor
``?`` named)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.tui.catalog import Catalog
from qualcode.tui.screens.doc_import import typed_paths
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import documents_screen, notifications

T = Catalog("en")


def _files(folder: Path, *names: str) -> list[Path]:
    """Each a text of its own (a content already in the project is not imported again)."""
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(f"{SV_TEXT}\nR: Det sa {name} också.\n", encoding="utf-8")
    return [folder / name for name in names]


def test_a_typed_line_names_files_as_a_shell_would(tmp_path: Path) -> None:
    spaced, plain, other = _files(tmp_path / "in", "Intervju 3.txt", "ip1.txt", "ip2.md")
    assert typed_paths(str(spaced), T) == [spaced]  # spaces, no quotes: the whole line
    assert typed_paths(f'"{spaced}" {plain}', T) == [spaced, plain]
    assert typed_paths(str(spaced).replace(" ", "\\ ") + f" {other}", T) == [spaced, other]
    assert typed_paths(f"{tmp_path}/in/ip*", T) == [plain, other]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("{d}/nope.txt", "No file {d}/nope.txt"),
        ("{d}/*.docx", "No file matches {d}/*.docx"),
        ("{d}", "{d} is a folder: name its files, such as {d}/*.docx"),
        ('"{d}/ip1.txt', "A quote is not closed"),
        ("", "Type the path of a transcript"),
    ],
)
def test_a_line_naming_no_file_is_refused_in_words(tmp_path: Path, typed: str, said: str) -> None:
    _files(tmp_path, "ip1.txt")
    with pytest.raises(ValidationError) as refused:
        typed_paths(typed.format(d=tmp_path), T)
    assert said.format(d=tmp_path) in str(refused.value)


@pytest.mark.slow  # drives the whole app and imports through spaCy
async def test_i_imports_a_transcript_into_the_list(project_file: Path, tmp_path: Path) -> None:
    (spaced,) = _files(tmp_path / "in", "Intervju 3.txt")
    async with documents_screen(project_file, "karin") as (pilot, app, screen):
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*str(tmp_path / "nope.txt"), "enter")
        await pilot.pause()
        refusal = str(app.screen.query_one(".cb-dialog-error", Static).render())
        assert "No file" in refusal  # the dialog stays open, the line as typed
        await pilot.press("ctrl+u", *str(spaced), "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        names = [str(screen.query_one(DataTable).get_row_at(i)[0]) for i in range(2)]
        assert "Intervju 3.txt" in names, names
        assert any("Imported 1 document: Intervju 3.txt" in n for n in notifications(app))
    with Project.open(project_file) as project:
        assert sorted(d.name for d in project.documents()) == ["Intervju 3.txt", "aby_01.txt"]


@pytest.mark.slow
async def test_an_empty_project_says_how_to_import(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
    async with documents_screen(path, "karin") as (_, app, _screen):
        assert any("i imports a transcript" in n for n in notifications(app))
