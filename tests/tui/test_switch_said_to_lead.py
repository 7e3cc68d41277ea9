"""`w` pressed by a lead says what it does: she works as another coder for this session.

It asked "Who is coding? Type your name ... Remembered for this login", words for a
shared login's first run: the lead already is someone, and working as karin is never
kept for her login (tui45). A first run, and a login with nobody remembered, still ask
who is coding."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from textual.widgets import Input, Label

from qualcode import Project
from qualcode.tui.screens.modals import CoderScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


def _words(screen: CoderScreen) -> str:
    labels = " ".join(str(label.render()) for label in screen.query(Label))
    return labels + " | " + str(screen.query_one(Input).placeholder)


@pytest.mark.parametrize(
    ("lang", "title", "session", "asked"),
    [
        ("en", "Work as which coder?", "For this session only", "Type your name"),
        ("sv", "Arbeta som vilken kodare?", "Bara för den här sessionen", "Skriv ditt namn"),
    ],
)
async def test_a_leads_w_says_she_works_as_a_coder_for_the_session(
    lead_and_coder: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    title: str,
    session: str,
    asked: str,
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    async with documents_screen(lead_and_coder, "lena", lang, size=(100, 30)) as (pilot, app, _):
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, CoderScreen)
        words = _words(app.screen)
        assert title in words and session in words and "lena" in words, words
        assert asked not in words
        await pilot.press(*"karin", "enter")
        await pilot.pause()
        assert app.coder == "karin"
        await pilot.press("w")
        await pilot.pause()
        assert title in _words(app.screen)  # still lena at the keyboard, acting for karin


async def test_a_login_nobody_named_is_still_asked_who_is_coding(
    lead_and_coder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    from qualcode.tui.app import build_app

    app = build_app(lead_and_coder, None, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CoderScreen)
        words = _words(app.screen)
        assert "Who is coding?" in words and "Type your name" in words, words


async def test_a_lead_named_decomposed_is_told_she_works_as_a_coder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Mac types "Åsa" as an A and a combining ring; the service finds her by either
    form, and so must the dialog: it asked her "Who is coding?" (review45)."""
    path = tmp_path / "team.db"
    with Project.create(path) as project:
        project.add_coder("Åsa", role="lead")
        project.add_coder("karin")
    typed = unicodedata.normalize("NFD", "Åsa")
    monkeypatch.setenv("QUALCODE_CODER", typed)
    async with documents_screen(path, typed, "en", size=(100, 30)) as (pilot, app, _):
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, CoderScreen)
        assert "Work as which coder?" in _words(app.screen), _words(app.screen)
