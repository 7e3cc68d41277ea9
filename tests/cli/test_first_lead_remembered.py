"""The lead who joins a new project by being the first person named (``--coder lena``)
is who her login acts as from then on, as the first lead ``coder add`` adds is (user49).
She was not remembered: the project's first `qualcode --coder karin tui`, a lead's look at
karin's screen, made the login karin's, and every later command of the lead's was refused
("you are karin (the coder login root chose last), not lena") in her own project."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import small_codebook

runner = CliRunner()
NOBODY = {"QUALCODE_CODER": ""}


def _joined(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    Project.create(path).close()
    book = tmp_path / "book.yaml"
    with Project.create(tmp_path / "book.db") as made:
        made.apply_codebook(small_codebook())
        made.export_codebook(book)
    loaded = runner.invoke(
        app, ["-p", str(path), "--coder", "lena", "codebook", "load", str(book)], env=NOBODY
    )
    assert loaded.exit_code == 0 and "lena joins the project as its lead" in loaded.stderr
    added = runner.invoke(app, ["-p", str(path), "coder", "add", "karin"], env=NOBODY)
    assert added.exit_code == 0, added.stderr
    return path


def test_the_lead_who_joined_first_is_who_the_login_acts_as(tmp_path: Path) -> None:
    path = _joined(tmp_path)
    with Project.open(path) as project:
        assert project.remembered_coder(getpass.getuser()) == "lena"
    who = runner.invoke(app, ["-p", str(path), "team", "whoami"], env=NOBODY)
    assert who.exit_code == 0 and who.stdout.startswith("lena (lead)")


@pytest.mark.slow  # drives the whole app
async def test_a_look_at_a_coder_s_screen_keeps_the_login_the_lead_s(tmp_path: Path) -> None:
    from qualcode.tui.app import build_app

    path = _joined(tmp_path)
    look = build_app(path, "karin", "en")  # `qualcode --coder karin tui`, as the lead
    async with look.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert look.coder == "karin"
    with Project.open(path) as project:
        assert project.remembered_coder(getpass.getuser()) == "lena"
    again = runner.invoke(app, ["-p", str(path), "--coder", "lena", "docs", "list"], env=NOBODY)
    assert again.exit_code == 0, again.stderr
