"""`t` on the reports screen: the coders a lead's agreement and summary count.

A lead whose coders karin and omar had both finished aby_05, in a project where johan and
mira had finished six others and never opened it, found the agreement tab counting all four
on no document (thirty rows of dashes, the reason under them) and the summary the screen
exported saying agreement was undefined; only the CLI could name the team (eyes19). `t`
names it, checked by the service, for the tab and every summary exported from the screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from qualcode.tui.screens.prompt import PromptScreen
from tests.conftest import two_finish_aby_05
from tests.tui.conftest import notifications, reports_screen, settle

pytestmark = pytest.mark.slow  # drives the whole app through the reports screen


async def test_t_names_the_team_the_agreement_and_summary_count(demo: Path, tmp_path: Path) -> None:
    two_finish_aby_05(demo)
    async with reports_screen(demo, "lena", "en", size=(80, 24)) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        methods = str(screen.query_one("#methods", Static).render())
        assert methods.startswith("Counted: 4 coders (johan, karin, mira, omar), 0 of 15")
        assert "(t chooses the coders)" in methods
        # nothing counts: the table of dashes is not shown above the reason
        assert not screen.query_one("#agreement-table", DataTable).display
        await pilot.press("t")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        await pilot.press("ctrl+u", *"karin, omarr", "enter")  # a name nobody has
        await pilot.pause()
        assert app.screen is prompt  # refused in the dialog, in one line
        error = str(prompt.query_one(".cb-dialog-error", Static).render())
        assert "omarr" in error
        await pilot.press("backspace", "enter")
        await settle(app, pilot)
        assert app.screen is screen
        methods = str(screen.query_one("#methods", Static).render())
        assert methods.startswith("Counted: 2 coders (karin, omar), 1 of 15"), methods
        assert screen.query_one("#agreement-table", DataTable).display
        # the summary exported from the screen counts them too
        target = tmp_path / "summary.md"
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("ctrl+u", *str(target), "enter")
        await settle(app, pilot)
    written = target.read_text("utf-8")
    assert "2 coders (karin, omar)" in " ".join(written.split()), written[-1500:]
    assert "no document had been worked on by every rater" not in written


async def test_the_keys_panel_names_t_in_swedish(demo: Path) -> None:
    from qualcode.tui.screens.keys_help import KeysScreen

    async with reports_screen(demo, "lena", "sv") as (pilot, app, _):
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, KeysScreen)
        listed = {(keys, what) for _section, keys, what in panel.rows}
    assert ("t", "Kodare") in listed, listed


async def test_r_after_t_counts_the_coders_chosen(demo: Path) -> None:
    """The lead chose karin and omar with `t`, went back and pressed R: the reconcile
    screen counted its own default team, all four coders on no document, and showed no
    case (eyes21). It counts the chosen coders, and says so."""
    two_finish_aby_05(demo)
    async with reports_screen(demo, "lena", "en", size=(120, 35)) as (pilot, app, _):
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+u", *"karin, omar", "enter")
        await settle(app, pilot)
        await pilot.press("escape", "R")
        await settle(app, pilot)
        reconcile = app.screen
        assert type(reconcile).__name__ == "ReconcileScreen"
        assert reconcile.team == ["karin", "omar"]
        assert reconcile.every and reconcile.scope.startswith("2 coders, 1 of 15")
        notes = notifications(app)
        assert any("karin, omar" in n for n in notes)


async def test_the_team_t_offers_is_taken_as_offered(demo: Path) -> None:
    """With the participants Karin and Johan on the key, the agreement tab counts coders
    karin and johan as "Kodare A" and "Kodare B", and `t` offers them so; entered as
    offered, the service refused "Kodare A" as an unknown coder (team46). It counts
    them, and the screen keeps printing them as it did."""
    from qualcode import Project

    with Project.open(demo) as project:
        project.act_as("lena")
        for name in ("Karin", "Johan"):
            project.set_pseudonym(name, f"P{name}", "lena", kind="person")
    async with reports_screen(demo, "lena", "sv", size=(120, 35)) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        assert prompt.value == "Kodare A, Kodare B, Kodare C"  # mira too (user49)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen, str(prompt.query_one(".cb-dialog-error", Static).render())
        assert app.team == ("Kodare A", "Kodare B", "Kodare C")
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Coder B, mira", "enter")  # the English label too
        await settle(app, pilot)
        assert app.screen is screen
        methods = str(screen.query_one("#methods", Static).render())
        assert "2 kodare (Kodare B, Kodare C), 6 av 15" in methods, methods[:300]
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Kodare A, Kodare Q", "enter")  # printed for nobody
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        error = str(prompt.query_one(".cb-dialog-error", Static).render())
    assert error.startswith("Ingen kodare skrivs som Kodare Q; rapporterna skriver"), error
