"""The reports screen titles its counts as `qualcode report crosstab --lang` does, in the
screen's language, from one home (``project/report_titles``). The CLI's titles were built in
the CLI and the TUI had its own words ("kodade segment per kommun · alla kodare" on the
chart only), so a Swedish lead never read on the screen what the CLI prints (tui49)."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app as cli
from tests.tui.conftest import open_reports, reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


def _shown(screen: Any, selector: str) -> str:
    """The words a Static shows, its wrapped rows joined again."""
    return " ".join(str(screen.query_one(selector, Static).render()).split())


def _printed(path: Path, coder: str, *args: str) -> str:
    """The first line `qualcode report ...` prints for ``coder``: its title."""
    got = CliRunner(env={"QUALCODE_CODER": coder}).invoke(cli, ["-p", str(path), *args])
    assert got.exit_code == 0, got.output
    return got.output.splitlines()[0]


async def test_a_swedish_project_reads_the_clis_swedish_title(demo: Path) -> None:
    """The login reads this project in Swedish (its remembered `L`): no --ui-lang."""
    from qualcode.tui.app import build_app

    with Project.open(demo) as project:
        project.remember_language(getpass.getuser(), "sv")
    app = build_app(demo, "lena", None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reports(app, pilot)
        title = _shown(screen, "#report-title")
        await pilot.press("g")
        await settle(app, pilot)
        chart = _shown(screen, "#chart .chart-title")
    cli_title = _printed(demo, "lena", "report", "crosstab", "municipality", "--lang", "sv")
    assert title.startswith("Kodade segment per kommun: alla kodares kodningar"), title
    assert title == cli_title and chart == cli_title


async def test_the_title_follows_the_layer_the_measure_and_the_blind_coder(demo: Path) -> None:
    async with reports_screen(demo, "lena", "sv", size=(80, 24)) as (pilot, app, screen):
        await pilot.press("l", "l")  # all coders, the consensus, then johan's
        await settle(app, pilot)
        assert _shown(screen, "#report-title") == "Kodade segment per kommun: johans kodningar"
        await pilot.press("w")
        await settle(app, pilot)
        assert _shown(screen, "#report-title") == "Kodade ord per kommun: johans kodningar"
    async with reports_screen(demo, "karin", "sv", size=(80, 24)) as (pilot, app, screen):
        title = _shown(screen, "#report-title")
    assert title == _printed(demo, "karin", "report", "crosstab", "municipality", "--lang", "sv")
    assert "karins kodningar (blind kodning: bara dina egna)" in title


async def test_english_reads_the_english_title(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en", size=(80, 24)) as (_, _, screen):
        title = _shown(screen, "#report-title")
    assert title == _printed(demo, "lena", "report", "crosstab", "municipality")
    assert title.startswith("Coded segments by municipality: every coder's codings pooled")


async def test_a_coder_is_titled_as_the_columns_name_her(demo: Path) -> None:
    """karin is "Kodare A" on the pseudonym key: the title over her layer named her
    "karins kodningar" where the CLI's says "Kodare A:s" (hostile49's printed_layer)."""
    with Project.open(demo) as project:
        project.act_as("lena")
        project.set_coder_pseudonym("karin", "Kodare A", "lena")
    async with reports_screen(demo, "lena", "sv", size=(80, 24)) as (pilot, app, screen):
        await pilot.press("l", "l", "l")  # all coders, the consensus, johan's, karin's
        await settle(app, pilot)
        title = _shown(screen, "#report-title")
    assert title == "Kodade segment per kommun: Kodare A:s kodningar", title
    args = ("report", "crosstab", "municipality", "--layer", "coder:karin", "--lang", "sv")
    assert title == _printed(demo, "lena", *args)
