"""A .txt pasted out of a PDF reads as paragraphs on the coding screen, as the PDF would:
its stored lines stay as they were (every offset too), drawn wrapped over as spaces."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.model import Document
from qualcode.project.layout import line_parts
from qualcode.tui.widgets.paragraphs import paragraph_blocks
from tests.tui.conftest import karins_coding_screen, screen_rows

LINES = [
    "Förvaltningen har under året arbetat med att",
    "minska arbetsbelastningen för de socialsekreterare",
    "som utreder barn, och med att ge nyanställda",
    "en mentor under det första halvåret.",
]


@pytest.mark.slow
async def test_a_wrapped_text_file_reads_as_one_paragraph(
    tmp_path: Path, karins_text: Callable[..., Path]
) -> None:
    source = tmp_path / "rapport.txt"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    async with karins_coding_screen(karins_text(source), (120, 35)) as (_pilot, _app, screen):
        view = screen.transcript
        assert "med att\nminska" in view.text  # stored as read
        rows = [strip.text for strip in screen_rows(view)]
        assert any("arbetat med att minska arbetsbelastningen" in row for row in rows), rows


def test_a_wrapped_texts_title_and_paragraphs_stand_apart() -> None:
    """Joined whole, the title ran into the first paragraph: a line after one ending short
    of the text's full width stands apart, unless it goes on mid-sentence."""
    text = "Rapport om arbetsmiljön\n" + "\n".join(LINES) + "\n"
    text += "Nästa år ska fler chefer i första linjen anställas och varje\n"
    text += "grupp få en egen samordnare för introduktionen av nya kolleger.\n"
    blocks = paragraph_blocks(
        text, True, [], line_parts(Document("id", "rapport.txt", "sv", text, "", None, ""))
    )
    assert [b.split("\n")[0] for b in blocks if b.strip()] == [
        "Rapport om arbetsmiljön",
        "Förvaltningen har under året arbetat med att",
        "Nästa år ska fler chefer i första linjen anställas och varje",
    ]
