"""The reconcile screen's prompt line at 80 columns keeps its key hint whole (tui47): its
placeholder was cut where the room ended, "… decided with lena, johan (Enter decides, Es"
and "… johan, karin, mira), Enter", so the lead did not read the key that acts."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode.tui.screens.reconcile_prompts import fitted_prompt
from tests.conftest import code_apart, team_project
from tests.tui.conftest import documents_screen, open_reconcile, settled

RATIONALE = "Rationale for x, decided with lena, johan, karin (Enter decides, Esc cancels)…"
COMMENT = 'Comment ("johan: …" records what a coder said; johan, karin, mira), Enter adds…'


def test_words_go_whole_before_the_hint() -> None:
    assert fitted_prompt(RATIONALE, 200) == RATIONALE
    # the hint's first key alone before a name goes: Esc is in the footer (tui49)
    assert fitted_prompt(RATIONALE, 76) == (
        "Rationale for x, decided with lena, johan, karin (Enter decides)…"
    )
    assert (
        fitted_prompt(RATIONALE, 60)
        == "Rationale for x, decided with lena, johan… (Enter decides)…"
    )
    assert (
        fitted_prompt(COMMENT, 60) == 'Comment ("johan: …" records what a coder said…), Enter adds…'
    )
    assert fitted_prompt(RATIONALE, 0) == RATIONALE  # not laid out yet: nothing to fit


@pytest.mark.slow
@pytest.mark.parametrize(("key", "hint"), [("1", "(Enter decides)…"), ("c", "Enter adds…")])
async def test_the_prompt_at_80_columns_ends_with_its_keys(
    tmp_path: Path, key: str, hint: str
) -> None:
    project, doc = team_project(tmp_path / "p.db")
    project.add_coder("mira")
    code_apart(project, doc)
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, key)
        line = screen.query_one("#rationale", Input)
        shown, width = line.placeholder, line.content_size.width
    assert shown.endswith(hint), shown
    assert len(shown) <= width, (shown, width)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "said"), [("en", "decided by lena ("), ("sv", "avgjort av lena (")]
)
async def test_the_lead_deciding_alone_reads_her_name_at_80_columns(
    demo: Path, lang: str, said: str
) -> None:
    """On the demo's first case, three coders', lena alone takes karin's version: the
    line read "Rationale for karin's version, decided by… (Enter decides, Esc cancels)…",
    her name cut for the Esc the footer shows (tui49)."""
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "2")
        line = screen.query_one("#rationale", Input)
        shown, width = line.placeholder, line.content_size.width
    assert said in shown, shown
    assert shown.endswith(("(Enter decides)…", "(Enter avgör)…")), shown
    assert len(shown) <= width, (shown, width)
