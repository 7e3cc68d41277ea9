"""First run, the documents list, keys (keymap file, palette, labels in sv and en)."""

from __future__ import annotations

import getpass
import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.tui.app import build_app
from qualcode.tui.catalog import MESSAGES
from qualcode.tui.keys import load_keymap
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen
from qualcode.tui.screens.modals import CoderScreen
from tests.tui.conftest import documents_screen

EN_TEXT = "I: How did it start?\n\nR: The budget was cut. We lost two social workers.\n"


@pytest.fixture
def project_file(tui_base: Path, tmp_path: Path) -> Path:
    """The shared small project with a lead and an English interview."""
    path = tmp_path / "app.db"
    shutil.copy(tui_base, path)
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
        project.import_text(
            "ekstad_01.txt", EN_TEXT, lang="en", attributes={"municipality": "Ekstad"}
        )
    return path


@pytest.mark.slow
async def test_first_run_asks_who_and_remembers_for_this_login(project_file: Path) -> None:
    app = build_app(project_file, None, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CoderScreen)
        await pilot.press(*"LE")  # the list narrows to lena
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == 1
        await pilot.press("backspace", "backspace", "down", "down", "enter")  # karin, lena
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        assert app.coder == "lena"
    with Project.open(project_file) as check:
        assert check.remembered_coder(getpass.getuser()) == "lena"
    again = build_app(project_file, None, "en")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, DocumentsScreen) and again.coder == "lena"


@pytest.mark.slow
async def test_first_run_can_add_a_new_coder(project_file: Path) -> None:
    app = build_app(project_file, None, "sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"maria", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen) and app.coder == "maria"
    with Project.open(project_file) as check:
        assert check.coder("maria").role == "coder"
        assert check.remembered_coder(getpass.getuser()) == "maria"


@pytest.mark.slow
async def test_esc_while_switching_coder_keeps_the_coder_and_first_run_quits(
    project_file: Path,
) -> None:
    """`w` then Esc closed the whole program (the first run's Esc, which quits)."""
    first = build_app(project_file, None, "en")  # nobody remembered yet: who are you?
    async with first.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(first.screen, CoderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not first.is_running  # nobody chosen: Esc leaves
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, CoderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen) and app.coder == "karin"
        assert app.is_running


@pytest.mark.slow
async def test_documents_filter_by_attribute_and_text_and_show_progress(
    project_file: Path,
) -> None:
    with Project.open(project_file) as project:
        doc = next(d for d in project.documents() if d.name == "ekstad_01.txt")
        unit = project.units(doc.id)[-1]  # one of the document's two respondent units
        project.add_coding(doc.id, unit.start, unit.end, "integration", "karin")
        total = len(project.units(doc.id))
    async with documents_screen(project_file, "karin") as (pilot, app, _):
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        row = [str(cell) for cell in table.get_row(doc.id)]  # names are Text
        # the municipality right after the name, then my status, codings and progress
        assert row[1:5] == ["Ekstad", "in progress", "1", f"{100 / total:.0f}%"]
        await pilot.press("slash", *"municipality=ekst")
        await pilot.pause()
        assert [r.value for r in table.rows] == [doc.id]
        filter_input = app.screen.query_one("#filter", Input)
        filter_input.value = "aby"
        await pilot.pause()
        assert table.row_count == 1 and str(table.get_row_at(0)[0]) == "aby_01.txt"
        filter_input.value = "status=progress lang=en"
        await pilot.pause()
        assert [r.value for r in table.rows] == [doc.id]
        filter_input.value = "nowhere=x"
        await pilot.pause()
        assert table.row_count == 0
        # the column is headed in the interface's language; its heading filters as the key
        assert str(table.ordered_columns[1].label) == "Municipality"
        filter_input.value = "kommun=ekst"
        await pilot.pause()
        assert [r.value for r in table.rows] == [doc.id]


@pytest.mark.slow
async def test_keymap_remaps_a_binding_by_its_id(project_file: Path) -> None:
    app = build_app(project_file, "karin", "en", keymap={"coding.undo": "z"})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "j", "j", "2")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        with Project.open(project_file) as check:
            assert len(check.codings(coder="karin")) == 1
        await pilot.press("z")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert check.codings(coder="karin") == []


def test_keymap_file_both_spellings_and_a_clear_error(tmp_path: Path) -> None:
    good = tmp_path / "keys.toml"
    good.write_text('"coding.accept" = "enter"\n[coding]\nundo = "z, ctrl+z"\n', encoding="utf-8")
    assert load_keymap(good) == {"coding.accept": "enter", "coding.undo": "z,ctrl+z"}
    bad = tmp_path / "bad.toml"
    bad.write_text("[coding\nundo = z\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"bad\.toml"):
        load_keymap(bad)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text("[coding]\nundo = 3\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"coding\.undo"):
        load_keymap(wrong)
    assert load_keymap(tmp_path / "absent.toml") == {}


@pytest.mark.slow
async def test_palette_lists_the_screens_actions_in_the_interface_language(
    project_file: Path,
) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(120, 40)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        sv = MESSAGES["sv"]
        for ident in ("coding.redo", "coding.accept_all", "coding.memo", "coding.change"):
            assert sv[ident] in titles
        described = {b.binding.description for b in app.screen.active_bindings.values()}
        assert sv["coding.undo"] in described and "Undo" not in described
        # Textual's own keys (no binding id) too: the transcript's paging, the app's quit
        # (Home is the coding screen's own since eyes37: the first sentence)
        assert app.screen.active_bindings["pagedown"].binding.description == "Sida ned"
        assert app.screen.active_bindings["home"].binding.description == sv["coding.first_unit"]
        assert app.screen.active_bindings["ctrl+q"].binding.description == "Avsluta"
        # run an action from the palette: code a unit, then undo it through ctrl+p
        await pilot.press("j", "j", "2")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert len(check.codings(coder="karin")) == 1
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*sv["coding.undo"])
        await app.workers.wait_for_complete()  # the palette searches in a worker
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert check.codings(coder="karin") == []


def test_every_label_exists_in_both_languages() -> None:
    assert set(MESSAGES["sv"]) == set(MESSAGES["en"])
