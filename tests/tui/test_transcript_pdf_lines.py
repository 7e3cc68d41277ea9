"""A PDF in the coding screen reads as paragraphs. Its stored text keeps the page's line
ends inside a paragraph, and the view wrapped each of them on its own: at 120 columns a
municipal plan stood as ragged half-lines ("mer stöd för de nyanställda –" / "nu får ...").
Those line ends are now wrapped over as spaces; a list item keeps its own line, and every
character keeps its offset."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.model import Document
from qualcode.project.layout import keeps_page_lines
from qualcode.tui.widgets.paragraphs import paragraph_blocks
from tests.ingest.pdf_kit import pages_pdf
from tests.tui.conftest import karins_coding_screen, screen_rows

LINES = [
    "Handlingsplan för arbetsmiljön",
    "Förvaltningen har under året arbetat med att",
    "minska arbetsbelastningen för socialsekreterarna",
    "genom fler tjänster och en ny introduktion.",
    "• Fler chefer i första linjen",
    "• Stöd till nya medarbetare",
]


def test_lines_stand_apart_where_the_import_parts_them() -> None:
    """The screen's rule is the import's (``starts_own``): a PDF stored before the import
    set paragraphs apart with blank lines wraps as the import would part it now."""
    text = "Hon såg på oss.\n—Vi måste, sa hon.\nInledning\t3\n• Fler chefer\nsom stannar"
    assert paragraph_blocks(text, True, []) == [
        "Hon såg på oss.",
        "—Vi måste, sa hon.",
        "Inledning\t3",
        "• Fler chefer\nsom stannar",
    ]
    assert paragraph_blocks(text, False, []) == text.split("\n")


def test_which_documents_keep_their_page_lines_is_the_projects_to_say() -> None:
    def doc(name: str, source: str | None) -> Document:
        return Document("id", name, "sv", "", "", source, "")

    assert keeps_page_lines(doc("plan", "/home/karin/Plan.PDF"))
    assert keeps_page_lines(doc("plan.pdf", None))
    assert not keeps_page_lines(doc("plan.pdf", "/home/karin/plan.docx"))
    assert not keeps_page_lines(doc("intervju.txt", None))


@pytest.mark.slow
async def test_a_pdf_paragraph_wraps_as_one(
    tmp_path: Path, karins_text: Callable[..., Path]
) -> None:
    source = tmp_path / "plan.pdf"
    source.write_bytes(pages_pdf([LINES]))
    async with karins_coding_screen(karins_text(source), (120, 35)) as (pilot, _app, screen):
        view = screen.transcript
        text = view.text
        assert "med att\nminska" in text  # stored as read
        rows = [strip.text for strip in screen_rows(view)]
        assert any("arbetat med att minska arbetsbelastningen" in row for row in rows), rows
        bullets = [row for row in rows if "•" in row]
        assert len(bullets) == 2 and all(row.count("•") == 1 for row in bullets)
        # the rows are stretches of the stored text in order: offsets map as before
        ends = [0, *(end for _, end in view._lines)]
        assert all(start >= ends[i] for i, (start, _) in enumerate(view._lines))
        start = text.index("genom fler")
        view.move_to_offset(start)
        await pilot.pause()
        assert text[slice(*view.selection)].startswith("Förvaltningen har")  # its sentence


@pytest.mark.slow
async def test_a_text_file_keeps_its_line_ends(
    tmp_path: Path, karins_text: Callable[..., Path]
) -> None:
    """Only a PDF's lines are its page's: a .txt's line ends are the writer's own."""
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(LINES[1:4]) + "\n", encoding="utf-8")
    async with karins_coding_screen(karins_text(source), (120, 35)) as (_pilot, _app, screen):
        rows = [screen.transcript.render_line(y).text for y in range(5)]
        assert not any("arbetat med att minska" in row for row in rows)
