"""In Swedish the documents list's filter hint names an attribute as its column does:
the list headed "Kommun" offered "nyckel=värde som municipality=Åby", a key a Swedish
coder never sees on the screen, though the filter takes "kommun=Åby" as well (eyes42,
a new coder with the Swedish interface)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from qualcode import Project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives the whole app (run_test)

TALK = "I: Hur länge har du arbetat här?\nR: I tre år, på barn och unga.\n"


@pytest.mark.parametrize(("lang", "example"), [("sv", "kommun=Åby"), ("en", "municipality=Åby")])
async def test_the_hint_names_the_attribute_as_the_column_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, example: str
) -> None:
    path = tmp_path / "studie.db"
    with Project.create(path) as project:
        project.add_coder("karin")
        project.import_text("aby_01.txt", TALK, lang="sv", attributes={"municipality": "Åby"})
        project.import_text(
            "ekstad_01.txt",
            TALK + "R: Och i Ekstad.\n",
            lang="sv",
            attributes={"municipality": "Ekstad"},
        )
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with documents_screen(path, "karin", lang, size=(80, 24)) as (pilot, app, _):
        box = app.screen.query_one("#filter", Input)
        assert f"{example}…" in box.placeholder, box.placeholder
        await pilot.press("slash", *example)  # and the example finds what it names
        await pilot.pause()
        assert app.screen.query_one(DataTable).row_count == 1
