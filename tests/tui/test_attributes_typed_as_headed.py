"""An attribute typed as the documents list heads its column is that attribute: a Swedish
lead typed "kommun=Habo; roll=socialnämnd" for a plan she had imported, under the columns
"Kommun" and "Roll", and got two new attributes beside municipality and role, a second
"Kommun" and "Roll" column, and a document no report counted under its municipality
(eyes43). A project that holds an attribute of that very name keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # the whole app


@pytest.fixture
def led(project_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared project (aby_01.txt, municipality=Åby) with lena as its lead."""
    with Project.open(project_file) as p:
        p.add_coder("lena", role="lead")
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    return project_file


def _attributes(path: Path) -> dict[str, str]:
    with Project.open(path) as p:
        return dict(p.documents()[0].attributes)


async def test_the_swedish_headings_name_the_attributes(led: Path) -> None:
    async with documents_screen(led, "lena", "sv") as (pilot, _, _):
        typed = "kommun=Habo; Roll=socialnämnd; datum=2017-05-02; intervjuare=I"
        await pilot.press("A", "ctrl+u", *typed, "enter")
        await pilot.pause()
    assert _attributes(led) == {
        "municipality": "Habo",
        "role": "socialnämnd",
        "date": "2017-05-02",
        "interviewer": "I",
    }


def test_the_speakers_notes_name_the_attribute_as_its_column_does() -> None:
    """Where the Swedish screen tells how to overrule a guessed interviewer it names the
    attribute as the documents list heads it ("intervjuare=NAMN"), which A now reads."""
    from qualcode.tui.catalog import Catalog

    t = Catalog("sv")
    for key in ("speakers_overrule", "speakers_guess_note", "speakers_guess_prompt"):
        assert "intervjuare=NAMN" in t(key, label="I"), key


def test_an_attribute_of_that_very_name_is_kept(led: Path) -> None:
    """The service's rule, as the TUI asks it: a project whose sheet named a column
    "kommun" keeps writing to it."""
    from qualcode.tui.catalog import attribute_aliases

    with Project.open(led) as p:
        p.act_as("lena")
        doc = p.documents()[0].id
        p.edit_attributes(doc, "kommun=Åby", "lena")  # no headings: the key as typed
        p.edit_attributes(doc, "kommun=Habo; roll=chef", "lena", attribute_aliases())
    assert _attributes(led) == {"municipality": "Åby", "kommun": "Habo", "role": "chef"}
