"""A project with no document yet offers `i` (import) in the documents list's footer at 80
columns: a new lead's footer read "Öppna, Stäm av, Rapporter, Citat, Avsluta, Hjälp",
none of which does anything without documents, and `i` was left out for want of room once
the note saying "i importerar" had gone (eyes43). The first document brings them back."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # the whole app


async def test_the_footer_offers_i_until_documents_come(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    async with documents_screen(path, "lena", "sv", size=(80, 24)) as (pilot, app, screen):
        empty = [k.description for k in app.screen.query("FooterKey")]
        with Project.open(path) as project:
            project.act_as("lena")
            project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        screen.reload()
        await pilot.pause()
        await pilot.pause()
        full = [k.description for k in app.screen.query("FooterKey")]
    assert "Importera" in empty and not {"Stäm av", "Rapporter", "Citat"} & set(empty), empty
    assert {"Stäm av", "Rapporter", "Citat"} <= set(full), full


async def test_the_note_on_no_documents_goes_when_they_come(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The note "No documents yet: i imports a transcript" stayed up for its 20 seconds beside the
    six documents a new lead had just imported with `i` (eyes44): it goes when they come."""
    path = tmp_path / "new.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    async with documents_screen(path, "lena", size=(80, 24)) as (pilot, app, screen):
        assert any(n.startswith("No documents yet") for n in notifications(app))
        with Project.open(path) as project:
            project.act_as("lena")
            project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        screen.reload()
        await pilot.pause()
        assert not any(n.startswith("No documents yet") for n in notifications(app))
