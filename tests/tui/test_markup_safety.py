"""Names, quotes and memos holding markup or control characters are shown as typed on
every screen, and no ``[@click=...]`` in them runs an action (Pilot on the real demo)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.content import Content
from textual.pilot import Pilot

from qualcode import Project
from qualcode.model import CodeSpec
from qualcode.tui.safe import CONTROLS, cleaned, literal, markup, plain
from tests.tui.conftest import documents_screen

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow

CODE = "[bold red]X[/] [link=http://evil]y[/link]\x1b[31m"
DOC = "[@click=app.quit]z"
MEMO = "[@click=app.quit]m [BOLD]b[/BOLD] [$accent]v"
TEXT = "[i]INT[/i]: what is [@click=app.quit]this?\n[b]R[/b]: it is [red]red[/red].\n"
SHOWN_CODE = "[bold red]X[/]"


@pytest.mark.parametrize(
    "raw",
    [CODE, DOC, MEMO, "[1] [ b]q", "a\\", "x\\[b]y", "tab\tand\nline", "\x07\x9b\x7f"],
)
def test_helpers_show_text_as_typed(raw: str) -> None:
    expected = raw
    for ch in "\x1b\x07\x9b\x7f":
        expected = expected.replace(ch, "\ufffd")
    assert plain(raw) == expected
    # a trailing backslash is followed by a zero-width space (it would escape a tag)
    assert Content.from_markup(markup(raw)).plain.removesuffix("\u200b") == expected
    assert literal(raw).plain == expected
    assert not CONTROLS.search(cleaned(Text(raw, style="bold")).plain)  # Rich drops some


@pytest.fixture
def hostile(demo: Path) -> Path:
    with Project.open(demo) as project:
        project.act_as("lena")
        # a name holding ESC is refused now (tests/hostile/test_one_line_names.py); a file
        # written before that rule may hold one, so it goes in as an old version put it
        with project.store.transaction():
            spec = CodeSpec(
                key="evil", names={"en": CODE, "sv": CODE}, definitions={"en": "[b]def[/b]"}
            )
            project.store.codes.upsert(spec, None)
        doc = project.import_text(DOC, TEXT, lang="en", actor="lena")
        project.add_coding(doc.id, 0, 30, "evil", "karin", memo=MEMO)
        project.add_coding(doc.id, 0, 30, "evil", "lena")
        project.add_memo("document", doc.id, "karin", MEMO)
        project.add_coder("[red]mal[/red]", actor="lena")
    return demo


def screen_text(pilot: Pilot[Any]) -> str:
    return "\n".join(strip.text for strip in pilot.app.screen._compositor.render_strips())


async def _visit(pilot: Pilot[Any], *keys: str) -> str:
    await pilot.press(*keys)
    await pilot.pause()
    await pilot.pause()
    shown = screen_text(pilot)
    assert pilot.app.is_running, f"{keys} ran an action hidden in a name"
    assert "\x1b" not in shown
    return shown


async def test_a_coder_sees_hostile_names_literally(hostile: Path) -> None:
    async with documents_screen(hostile, "karin", size=(120, 40)) as (pilot, _, _):
        assert DOC in screen_text(pilot)  # documents list
        coding = await _visit(pilot, "enter")  # the hostile document is listed first
        assert "[@click=app.quit]this?" in coding and "[red]red[/red]" in coding
        assert SHOWN_CODE in coding and "[@click=app.quit]m" in coding  # sidebar, memos
        for x in range(10, 60, 5):  # clicking on the text runs nothing hidden in it
            await pilot.click(offset=(x, 1))
        await _visit(pilot, "q")
        for x in range(1, 20, 3):
            await pilot.click(offset=(x, 5))  # the hostile document's name
        await _visit(pilot, "escape")


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (("v", "c", *"evil", "enter"), [DOC, SHOWN_CODE, "[i]INT[/i]: what is [@click"]),
        (("N",), [DOC, "[@click=app.quit]m [BOLD]b[/BOLD] [$accent]v"]),
        (("T",), [SHOWN_CODE]),
        (("R",), []),  # opens, runs nothing, sends no ESC
        (("ctrl+b",), [SHOWN_CODE]),
        (("P", "a"), []),  # agreement tab: opens, runs nothing, sends no ESC
        (("w",), ["[red]mal[/red]  (coder)"]),
    ],
)
async def test_the_lead_sees_hostile_names_literally(
    hostile: Path, keys: tuple[str, ...], expected: list[str]
) -> None:
    async with documents_screen(hostile, "lena", size=(120, 40)) as (pilot, _, _):
        shown = await _visit(pilot, *keys)
        for text in expected:
            assert text in shown


async def test_dialogs_show_their_message_literally(hostile: Path) -> None:
    from qualcode.tui.screens.confirm import ConfirmScreen

    async with documents_screen(hostile, "lena", size=(120, 40)) as (pilot, app, _):
        app.push_screen(ConfirmScreen(f"Replace {DOC} and {SHOWN_CODE}?"))
        shown = await _visit(pilot, "tab")
        assert f"Replace {DOC} and {SHOWN_CODE}?" in shown
