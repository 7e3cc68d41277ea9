"""The reports screen narrowed to a document set: S chooses the next set (then every
document again), and the table, the agreement and the exports count its documents only,
as ``--set NAME`` does on the command line. A project without sets shows no S."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from qualcode import Project
from tests.tui.conftest import export_prompt, reports_screen, settle, write_to

pytestmark = pytest.mark.slow  # drives a whole Textual app over the demo


def _counts(screen: object) -> dict[tuple[str, str], int]:
    """(code key, column) -> the number the frequency table shows, zeros and totals out."""
    table = screen.query_one("#frequencies", DataTable)  # type: ignore[attr-defined]
    columns = [str(c.label) for c in table.columns.values()][1:-1]
    shown = {}
    for row_key in table.rows:
        if row_key.value != "__total__":
            cells = table.get_row(row_key)[1:-1]
            for column, cell in zip(columns, cells, strict=True):
                if int(str(cell)):
                    shown[(str(row_key.value), column)] = int(str(cell))
    return shown


async def test_s_narrows_counts_agreement_and_exports_to_a_set(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.make_document_set("north", "lena", attributes={"municipality": "Norrvik"})
        # the roles in the interface's words, as the screen asks for them (minor46b)
        frame = project.report_frequencies(["role"], doc_set="north", names_in="en")
        expected = {(r["code"], r["role"]): int(r["segments"]) for r in frame.to_dict("records")}
        expected = {k: v for k, v in expected.items() if v}
        everywhere = len(project.documents())
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        assert screen.check_action("next_set", ())
        await pilot.press("b", "S")  # by role, then the set
        await settle(app, pilot)
        assert screen.doc_set == "north" and _counts(screen) == expected
        said = " ".join(str(screen.query_one("#report-controls", Static).render()).split())
        assert "Layer: all coders · [S] Set: north · [w] Showing" in said
        await pilot.press("a")
        await settle(app, pilot)
        methods = str(screen.query_one("#methods", Static).render())
        assert "documents · set north" in methods and f"of {everywhere} documents" not in methods
        prompt = await export_prompt(app, pilot, "s")
        assert "set north" in str(prompt.border_title)
        await write_to(app, pilot, prompt, tmp_path / "north.md")
        await pilot.press("S")  # past the last set: every document again
        await settle(app, pilot)
        assert screen.doc_set is None
        methods = str(screen.query_one("#methods", Static).render())
        assert "set north" not in methods
    text = (tmp_path / "north.md").read_text(encoding="utf-8")
    assert "documents of the set “north”" in text and "aby_01" not in text


async def test_a_project_without_sets_has_no_set_key(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        assert not screen.check_action("next_set", ())
        await pilot.press("S")
        await settle(app, pilot)
        assert screen.doc_set is None
