"""The reports screen's frequency columns go through the pseudonym key as its counts do.

The counts came through the key (Project.report_frequencies) while the list of every
value's column was read from the documents as stored: with Åby on the key as "Kommun A",
the lead's table showed "Kommun A" with the codings beside an empty "Åby" column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import reports_screen

pytestmark = pytest.mark.slow  # a whole Textual app on the reports screen


@pytest.fixture
def keyed(tmp_path: Path) -> Path:
    path = tmp_path / "keyed.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        aby = project.import_text(
            "aby_01.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby"}
        )
        ekstad = SV_TEXT.replace("Åby", "Ekstad")
        project.import_text(
            "ekstad_01.txt", ekstad, lang="sv", attributes={"municipality": "Ekstad"}
        )
        project.act_as("lena")
        project.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
        project.act_as("karin")
        unit = project.units(aby.id)[0]
        project.add_coding(aby.id, unit.start, unit.end, "integration", "karin")
    return path


async def test_frequency_columns_are_the_keyed_values(keyed: Path) -> None:
    async with reports_screen(keyed, "lena", "sv", size=(120, 36)) as (_, app, _):
        table = app.screen.query_one("#frequencies", DataTable)
        columns = [str(c.label) for c in table.columns.values()][1:-1]
        assert "Kommun A" in columns and "Ekstad" in columns
        assert "Åby" not in columns  # not an empty column beside its pseudonym
        assert app.screen.pivot_data is not None
        assert app.screen.pivot_data.get("integration", "Kommun A", "segments") == 1


@pytest.mark.parametrize(
    ("ui_lang", "shown", "other"),
    [("en", "Municipality A", "Kommun A"), ("sv", "Kommun A", "Municipality A")],
)
async def test_a_proposed_place_reads_in_the_interface_language(
    keyed: Path, ui_lang: str, shown: str, other: str
) -> None:
    """A place's pseudonym qualcode proposed heads its column in the interface's words,
    as the summary in that language names it (eyes31: 'Kommun A' on an English screen)."""
    with Project.open(keyed) as project:
        project.act_as("lena")
        project.set_pseudonym("Åby", "Kommun A", "lena", kind="place", generated=True)
    async with reports_screen(keyed, "lena", ui_lang, size=(120, 36)) as (_, app, _):
        table = app.screen.query_one("#frequencies", DataTable)
        columns = [str(c.label) for c in table.columns.values()][1:-1]
        assert shown in columns and other not in columns and "Åby" not in columns
        assert app.screen.pivot_data is not None
        assert app.screen.pivot_data.get("integration", shown, "segments") == 1
