"""A subtitle file's turns follow each other line by line in the stored text ("Lena: ...\n
Birgitta: ..."): the coding screen draws an empty row before each speaker, as a .txt
interview has, so turns read apart. The stored text and its offsets are untouched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.widgets.transcript import TranscriptView
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Lena>Hur ser du på arbetsmiljön i förvaltningen?</v>

00:00:05.000 --> 00:00:12.000
<v Birgitta>Ärendemängden är för hög. Vi pratar om uppdraget med nämnden nu.</v>

00:00:13.000 --> 00:00:15.000
<v Lena>Och budgeten?</v>
"""


async def test_each_speaker_starts_after_an_empty_row(
    tmp_path: Path, karins_text: Callable[..., Path]
) -> None:
    source = tmp_path / "sjo_01.vtt"
    source.write_text(VTT, encoding="utf-8")
    path = karins_text(source)
    with Project.open(path) as project:
        text = project.document(project.documents()[0].id).text
    assert "\n\n" not in text  # the stored text: one line per turn, as imported
    async with karins_coding_screen(path, (100, 30), "sv") as (_pilot, _app, screen):
        view = screen.query_one(TranscriptView)
        rows = [text[s:e] for s, e in view._lines]
        speakers = [i for i, row in enumerate(rows) if row.startswith(("Lena:", "Birgitta:"))]
        assert len(speakers) == 3
        for i in speakers[1:]:
            assert rows[i - 1] == ""  # an empty row before every turn but the first
        assert rows.count("") == 2
        birgitta = text.index("Birgitta:")
        assert rows[view.line_of(birgitta)].startswith("Birgitta:")  # not the empty row
