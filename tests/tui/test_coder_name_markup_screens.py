"""A coder's printed name holding Rich markup is shown as typed on every screen that
names coders (hostile49b): her pseudonym on the reports screen and its agreement tab, a
real name (a file from before the one-line name rule may hold one) in the reconcile
panes, the who-are-you list and the audit screen. Nothing in a name is obeyed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import documents_screen, settle
from tests.tui.test_markup_safety import screen_text

pytestmark = pytest.mark.slow  # a whole Textual app per screen

PSEUDONYM = "[bold red]K[/]"  # karin's pseudonym, printed where reports name her
REAL = "[@click=app.quit]J[link=http://evil]x[/link]"  # johan's name, as an old file held it


@pytest.fixture
def named(demo: Path) -> Path:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.set_pseudonym("karin", PSEUDONYM, "lena", kind="coder")
    conn = sqlite3.connect(demo)
    with conn:
        conn.execute("UPDATE coders SET name = ? WHERE name = 'johan'", [REAL])
    conn.close()
    with Project.open(demo) as project:  # an entry of his, for the audit screen's actor column
        project.act_as(REAL)
        doc = project.documents()[0]
        project.set_status(doc.id, REAL, "done")
    return demo


async def _shown(path: Path, *keys: str) -> str:
    async with documents_screen(path, "lena", size=(160, 45)) as (pilot, app, _):
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        shown = screen_text(pilot)
        assert app.is_running, f"{keys} ran an action hidden in a name"
    assert "\x1b" not in shown
    return shown


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (("P", "l", "l"), [f"Layer: {REAL}", f"{REAL}'s codings"]),  # reports: the layer
        (("P", "l", "l", "l"), [f"{PSEUDONYM}'s codings"]),
        (
            ("P", "a"),
            [f"3 coders ({REAL}, {PSEUDONYM}, mira)", f"{REAL} – mira", f"{REAL}  κ"],
        ),
        (("R",), [f"│ {REAL}'s:", f"{REAL}: not"]),  # reconcile: pane 1, boundaries
        (("w",), [f"{REAL}  (coder)"]),  # who are you
        (("H",), [f"pseudonym: {PSEUDONYM}", REAL[:8]]),  # audit screen
    ],
)
async def test_a_coder_s_name_is_shown_as_typed(
    named: Path, keys: tuple[str, ...], expected: list[str]
) -> None:
    shown = await _shown(named, *keys)
    for text in expected:
        assert text in shown, (text, shown)
