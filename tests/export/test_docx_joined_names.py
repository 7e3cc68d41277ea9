"""A document's file name in the Word summary's "Themes by document" table breaks after an
"_", not mid-word. A policy's name beside four themes' columns was set as
"handlingsplan_arbet" over "smiljo_ifo" (eyes22, rendered with LibreOffice): the name was
measured as one word, the crowded table squeezed its column, and nothing told Word or
LibreOffice where the name could break. A name wider than its column now carries a break
opportunity after each "_"; a name that fits is written as it is."""

from __future__ import annotations

import io

import docx
import pandas as pd

from qualcode.export.docx_widths import PADDING, text_inches
from qualcode.export.render_docx import BREAK_AFTER, docx_summary
from qualcode.export.summary import Section, Summary

THEMES = [
    "From mission monologue to mission dialogue",
    "From individual to systems perspective",
    "From separating to integrating work environment and service quality",
    "From short-term to long-term economic governance",
]


def test_a_long_joined_name_breaks_between_its_parts() -> None:
    summary = Summary("Theme summary", "en", "consensus")
    matrix = pd.DataFrame(
        [["handlingsplan_arbetsmiljo_ifo", 3, 3, 2, 4], ["sn_ff", 2, 1, 1, 3]],
        columns=["Document", *THEMES],
    )
    summary.sections.append(Section("matrix", "Themes by document", None, matrix, "Matrix"))
    table = docx.Document(io.BytesIO(docx_summary(summary))).tables[0]
    long, short = (row.cells[0] for row in table.rows[1:])
    assert long.text == f"handlingsplan_{BREAK_AFTER}arbetsmiljo_{BREAK_AFTER}ifo"
    assert short.text == "sn_ff"  # it fits: written as it is
    # the column holds each part whole, at the size the table is set in
    size = int(long.paragraphs[0].runs[0].font.size.pt)
    room = long.width.inches - PADDING
    assert text_inches("handlingsplan_arbetsmiljo_ifo", size, True) > room
    assert all(
        text_inches(p, size, True) <= room for p in ("handlingsplan_", "arbetsmiljo_", "ifo")
    )
