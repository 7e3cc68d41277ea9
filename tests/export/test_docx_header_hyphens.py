"""A Word summary's header words too long for their columns break at a syllable, with a
hyphen. With a fifth theme whose Swedish name runs long, the participants' table gave each
theme a column narrower than "systemperspektiv" or "verksamhetskvalitet", and LibreOffice
broke them where the column ended, hyphen-less: "systemperspekti" over "v" (team39)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from qualcode.export.docx_widths import PADDING, text_inches
from qualcode.export.hyphens import hyphenated, syllable_breaks
from tests.export.long_theme_kit import long_theme_summary


def _lines(cell: object) -> list[str]:
    """The header cell's text cut where Word may break a word: at its optional hyphens."""
    out = []
    for run in cell.paragraphs[0].runs:  # type: ignore[attr-defined]
        for child in run._r:
            if child.tag == qn("w:t"):
                out.append(child.text or "")
            elif child.tag == qn("w:softHyphen"):
                out.append("\u00ad")
    return "".join(out).replace("\u00ad", "-\n").split("\n")


def test_the_themes_headers_fit_their_columns_word_by_word(demo: Path, tmp_path: Path) -> None:
    path = long_theme_summary(demo, tmp_path / "s.docx")
    table = next(
        t for t in docx.Document(str(path)).tables if len(t.columns) == 6
    )  # the participants by the five themes
    size = 7  # the crowded table's size
    crowded = 0
    for column, cell in zip(table.columns, table.rows[0].cells, strict=True):
        room = column.width.inches - PADDING
        for line in _lines(cell):
            for word in line.split():
                assert text_inches(word, size, True) <= room + 0.01, (word, room)
        crowded += "-\n" in "\n".join(_lines(cell))
    assert crowded  # some header broke a word, at a syllable


def test_syllables_of_swedish_compounds() -> None:
    def cut(word: str) -> str:
        b = syllable_breaks(word)
        return "|".join(word[i:j] for i, j in zip([0, *b], [*b, len(word)], strict=True))

    assert cut("verksamhetskvalitet") == "verk|sam|hets|kva|li|tet"
    assert cut("socialsekreterartjänster") == "so|cial|se|kre|te|rar|tjäns|ter"
    assert cut("uppdragsmonolog") == "upp|drags|mo|no|log"
    assert hyphenated("Från individ- till systemperspektiv", 5.0, 9) == (
        "Från individ- till systemperspektiv"  # it fits: left as it is
    )
