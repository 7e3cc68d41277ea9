"""The reports screen's exports warn, as the CLI's do, of a key word that is both a real
name and another name's pseudonym (a key saved before 6487100): the lead is told the word,
a coder to ask the lead; the export is still written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import team_project
from tests.tui.conftest import export_to, reports_screen

pytestmark = pytest.mark.slow  # a whole app through the reports screen


@pytest.fixture
def old_key(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    unit = made.units(doc)[0]
    made.add_coding(doc, unit.start, unit.end, "mission", "karin")
    with made, made.store.transaction():
        made.store.pseudonyms.set("Anna Berg", "Vera", "person", "lena")
        made.store.pseudonyms.set("Vera", "IP2", "person", "lena")
    return path


async def _export_codings(path: Path, who: str, lang: str) -> list[str]:
    target = path.parent / f"{who}.csv"
    async with reports_screen(path, who, lang) as (pilot, app, _):
        said = await export_to(app, pilot, "c", target)
    assert target.is_file(), said
    return [n for n in said if "seudonym" in n]


async def test_the_lead_is_told_the_word(old_key: Path) -> None:
    (said,) = await _export_codings(old_key, "lena", "en")
    assert said.startswith("The pseudonym key holds “Vera” both as a real name"), said
    assert "Anna Berg" not in said


async def test_a_coder_is_told_to_ask_the_lead_in_swedish(old_key: Path) -> None:
    (said,) = await _export_codings(old_key, "karin", "sv")
    assert said.startswith("Pseudonymnyckeln har ett ord både som verkligt namn"), said
    assert "Vera" not in said
