"""A plan's table (cells split by tabs, as a .docx table is read) in the coding screen: the
tab went to the terminal as it was, which jumped to its next tab stop over what was drawn
before, and the row read "Insatsmiljön bAnsvariges". Each tab is now drawn as one cell."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.widgets.transcript import TAB
from tests.conftest import small_codebook
from tests.tui.conftest import open_first_document

PLAN = (
    "Tidsplan\n\n"
    "Tabellen visar vem som ansvarar för varje insats under planperioden.\n\n"
    "Insats\tAnsvarig\tKlart\n\n"
    "Modell för ärendemängd och fördelning av utredningar\tAvdelningschef barn och unga"
    "\tJuni 2027\n\n"
    "Uppföljning sker två gånger per år."
)


async def test_a_table_row_is_drawn_one_cell_a_character(tmp_path: Path) -> None:
    path = tmp_path / "plan.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text("plan.txt", PLAN, lang="sv")
    app = build_app(path, "karin", "en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_document(pilot, app)
        view = screen.transcript
        width = view.scrollable_content_region.width
        rows = [view.render_line(y) for y in range(view.size.height)]
        texts = [strip.text for strip in rows]
        assert not any("\t" in text for text in texts)
        assert any(f"Insats{TAB}Ansvarig{TAB}Klart" in text for text in texts)
        assert all(strip.cell_length == width for strip in rows)
        # the long row wraps at a cell's edge, and every character keeps its offset
        start = PLAN.index("Modell")
        end = PLAN.index("2027") + 4
        lines = [view._lines[i] for i in range(view.line_of(start), view.line_of(end) + 1)]
        assert len(lines) > 1 and lines[0][0] == start and lines[-1][1] == end
        assert PLAN[lines[0][1] - 1] in " \t"
        view.move_to_offset(PLAN.index("Avdelningschef"))
        await pilot.pause()
        assert PLAN[slice(*view.selection)].startswith("Modell för ärendemängd")
    assert doc.name == "plan.txt"
