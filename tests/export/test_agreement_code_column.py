"""The summary .docx's agreement table gives its code column the room the names need.

Eight columns on a portrait page: the measured widths left the columns of figures too
little, and the fallback set the code column at its longest word (1.2 inches) and gave
the figures the rest, so "From separating to integrating work environment and service
quality" ran seven lines deep beside six columns of "0.72" up to 1.1 inches wide (seen
rendered by LibreOffice). The figures now get their longest header word and the names
the rest: four lines at most in the demo with figures of two decimals, five since every
coefficient is given to three as the methods paragraph cites it (91eeb1db: the five
columns of figures each took a digit's width from the names), every header and figure
still unbroken."""

from __future__ import annotations

import math
from pathlib import Path

import docx
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.export.docx_widths import PADDING, text_inches


def test_the_code_names_get_the_room_the_figures_do_not_need(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.docx"
    result = CliRunner().invoke(
        app,
        ["-p", str(demo), "--coder", "lena", "export", "summary", str(out), "--layer", "coder"],
    )
    assert result.exit_code == 0, result.output
    table = docx.Document(str(out)).tables[-1]
    header = [c.text for c in table.rows[0].cells]
    assert header[:3] == ["Code", "Units", "Agreement (%)"]
    widths = [c.width.inches for c in table.rows[0].cells]
    size = int(table.rows[1].cells[1].paragraphs[0].runs[0].font.size.pt)
    names = [r.cells[0].text for r in table.rows[1:]]
    room = widths[0] - PADDING
    deepest = max(math.ceil(text_inches(name, size, True) / room) for name in names)
    assert deepest <= 5, (widths, deepest)  # seven lines before
    for i, name in enumerate(header[1:7], start=1):  # the columns of figures
        word = max(text_inches(w, size, True) for w in name.split())
        figures = max(text_inches(r.cells[i].text, size, False) for r in table.rows[1:])
        need = max(word, figures) + PADDING
        assert need - 0.01 <= widths[i] <= need + 0.06, (name, widths[i], need)
