"""The consensus from the reconcile screen: `C` confirms the passages the coders agreed
on, and the consensus is compared with the coders once a code's cases are decided."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications, open_reconcile, settled

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


async def test_c_confirms_the_agreed_passages_into_the_consensus(tmp_path: Path) -> None:
    """The TUI had no way to put the passages the coders agreed on into the consensus
    (`qualcode reconcile confirm` only): a lead deciding every case here left them out of
    the consensus and its summary (eyes6). The filter line counts them and `C` confirms
    them after asking."""
    from tests.project.team_kit import agreed_and_decided

    project, doc = agreed_and_decided(tmp_path / "p.db")
    first = project.units(doc)[0]
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(100, 30)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        line = str(screen.query_one("#reconcile-filter", Static).render())
        assert "agreed, not in the consensus: 1 ([C] confirms)" in line
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        said = notifications(app)
        assert "1 passage the coders agreed on confirmed into the consensus" in said
        line = str(screen.query_one("#reconcile-filter", Static).render())
        assert "agreed, not in the consensus" not in line
    with Project.open(tmp_path / "p.db") as check:
        check.act_as("lena")
        consensus = {(c.start, c.end) for c in check.codings(layer="consensus")}
        assert (first.start, first.end) in consensus
        assert check.unconfirmed_agreements() == 0


async def test_the_consensus_is_compared_once_the_codes_cases_are_decided(
    tmp_path: Path,
) -> None:
    """One case of two decided read 'consensus vs johan α -0.044': the open passage counted
    as one the consensus leaves uncoded (eyes6). Until the code's last case is decided the
    line says when the comparison comes."""
    from tests.conftest import code_apart, team_project

    project, doc = team_project(tmp_path / "p.db")
    code_apart(project, doc)
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        assert len(screen.views) == 2
        await settled(pilot, app, "u", *"both", "enter")
        await settled(pilot, app, "up")
        line = str(screen.query_one("#agreement", Static).render())
        assert "1 of 2 cases of these codes decided" in line
        assert "consensus against the coders once all 2 cases are decided" in line
        assert "consensus vs" not in line
        await settled(pilot, app, "down", "u", *"both", "enter")
        await settled(pilot, app, "up")
        line = str(screen.query_one("#agreement", Static).render())
        assert "2 of 2 cases of these codes decided" in line and "consensus vs karin α" in line


async def test_c_where_the_coders_agreed_on_nothing_says_no_more(tmp_path: Path) -> None:
    """karin and johan coded different sentences: C said every passage they agreed on was
    in the consensus already, of a consensus that held none (eyes21). It says only that
    none waits to be confirmed."""
    from tests.conftest import code_apart, team_project

    project, doc = team_project(tmp_path / "p.db")
    code_apart(project, doc)
    project.close()
    async with documents_screen(tmp_path / "p.db", "lena", size=(120, 40)) as (pilot, app, _):
        await open_reconcile(pilot, app)
        await pilot.press("C")
        await pilot.pause()
        said = notifications(app)
    assert said[-1].startswith("No passage the coders agreed on is waiting to be confirmed")
    assert "(confirmed already: 0; same codes, other boundaries, to decide: 0)" in said[-1]
