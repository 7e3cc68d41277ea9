"""$QUALCODE_CODER names the person of one session; the login keeps its own choice (eyes35).

The README offers a colleague who codes on someone else's login `QUALCODE_CODER=nils
qualcode tui`. The TUI then remembered nils as the login's coder: the lead who owned the
login opened her next session as nils, and every CLI command of hers was refused as a
lead's ("you are sara (the coder login root chose last), not lena").
"""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.documents import DocumentsScreen

pytestmark = pytest.mark.slow  # drives the whole app twice


async def test_a_colleague_named_by_the_variable_leaves_the_login_its_lead(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = getpass.getuser()
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena", "lena")
        project.remember_coder(login, "lena")  # the lead's own login
    monkeypatch.setenv("QUALCODE_CODER", "karin")  # karin codes here for an afternoon
    visit = build_app(project_file, "karin", "sv")
    async with visit.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(visit.screen, DocumentsScreen) and visit.coder == "karin"
    with Project.open(project_file) as check:
        assert check.remembered_coder(login) == "lena"
    monkeypatch.delenv("QUALCODE_CODER")  # the lead, back at her desk
    back = build_app(project_file, None, "sv")
    async with back.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(back.screen, DocumentsScreen) and back.coder == "lena"


async def test_a_login_chosen_in_the_tui_is_still_remembered(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    app = build_app(project_file, "karin", "en")  # --coder karin: her own choice
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.coder == "karin"
    with Project.open(project_file) as check:
        assert check.remembered_coder(getpass.getuser()) == "karin"
