"""A refusal of the service reaches the Swedish interface in Swedish, for every screen at
once (``tui/said.py`` reads the key the service raises it with): a lead adding "Berg, Anna"
as a coder in the Swedish interface read the service's English, flags of the command line
and all ("coder name 'Berg, Anna': a comma or semicolon parts names wherever a team is
typed (--coders, --with)...")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from tests.conftest import project_with
from tests.tui.conftest import documents_screen, karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app


@pytest.fixture
def with_lead(tui_base: Path, tmp_path: Path) -> Path:
    path = tmp_path / "lead.db"
    shutil.copy(tui_base, path)
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
    return path


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        (
            "sv",
            "Berg, Anna",
            "En kodares namn har inget komma eller semikolon: de skiljer namn åt där ett team "
            "skrivs; skriv Berg, Anna utan (Anna Berg)",
        ),
        (
            "sv",
            "kаrin",
            "'k\\u0430rin' läses som karin, redan kodare i projektet: välj karin för att "
            "arbeta som den kodaren, eller ge en ny person ett namn som läses annorlunda",
        ),
        (
            "en",
            "Berg, Anna",
            "A coder's name holds no comma or semicolon: they part names wherever a team is "
            "typed; write Berg, Anna without one (Anna Berg)",
        ),
    ],
)
async def test_a_coder_name_refused_is_said_in_the_interfaces_language(
    with_lead: Path, lang: str, typed: str, line: str
) -> None:
    app = build_app(with_lead, "lena", lang)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("w", *typed, "enter")
        await pilot.pause()
        assert notifications(app)[-1] == line
        assert "--coders" not in line
    with Project.open(with_lead) as project:
        assert [c.name for c in project.coders()] == ["karin", "lena"]  # nobody joined


async def test_a_name_too_long_is_refused_in_swedish(with_lead: Path) -> None:
    """check_name's limit (200 characters) reached the Swedish interface as "coder name
    'aaaa...': 201 characters long; a name may have at most 200"."""
    async with documents_screen(with_lead, "lena", "sv") as (pilot, app, _):
        await pilot.press("w", *("a" * 201), "enter")
        await pilot.pause()
        line = notifications(app)[-1]
        assert line == "Ett namn får ha högst 200 tecken; det här har 201"
    with Project.open(with_lead) as project:
        assert [c.name for c in project.coders()] == ["karin", "lena"]


async def test_an_attribute_value_too_long_is_refused_in_swedish(with_lead: Path) -> None:
    """The attributes line (A) said check_value's limit in English: "aby_01.txt: attribute
    'role': value 501 characters long; a value may have at most 500 (...)"."""
    from textual.widgets import Static

    async with documents_screen(with_lead, "lena", "sv") as (pilot, app, _):
        await pilot.press("A", "end", *"; role=", *("x" * 501), "enter")
        await pilot.pause()
        shown = str(app.screen.query_one(".cb-dialog-error", Static).render())
        assert shown == (
            "Ett värde får ha högst 500 tecken (en längre anteckning hör hemma i ett "
            "dokumentmemo); det här har 501"
        )


@pytest.fixture
def without_codes(tmp_path: Path) -> Path:
    """A project with a document and a coder but no codebook yet (a lead's first day)."""
    path = tmp_path / "uncoded.db"
    talk = ("samtal.txt", "I: Hur går det?\n\nR: Det går bra nu.\n")
    project_with(path, talk, coders=[("karin", "coder")]).close()
    return path


async def test_the_suggestion_helpers_refusal_is_said_in_swedish(without_codes: Path) -> None:
    """The helper process sent its refusal as an English line ("the project has no codes to
    suggest yet: load a codebook or add codes first"), its key lost on the way."""

    async with karins_coding_screen(without_codes, size=(120, 30), ui_lang="sv") as (pilot, app, _):
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        lines = notifications(app)
        assert lines[-1:] == [
            "Projektet har inga koder att föreslå ännu: en ledare lägger först till dem i kodboken"
        ]
