"""In a summary workbook's quotes sheet the quote keeps the widest column: the columns
beside it (theme, source, position) give up their room first. Narrowed together, the demo's
quotes sheet set every quote in 32 characters beside a theme, a source and a position 32
wide, seven lines a quote (render44)."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pandas as pd

from qualcode.export.workbook import cell_by_cell, xlsx_bytes

# my own words
QUOTE = (
    "Vi började räkna på vad det kostade när någon slutade, och då blev det tydligt för "
    "nämnden att det var dyrare att hyra in konsulter än att anställa en person till."
)
QUOTES = pd.DataFrame(
    {
        "Tema": ["Från kortsiktighet till långsiktighet i den ekonomiska styrningen"] * 3,
        "Citat": [QUOTE, QUOTE[:120], QUOTE[:90]],
        "Källa": ["IP3, politiker, Kommun C, en kommun med många invånare"] * 3,
        "Position": ["Kommun_C_01_socialsekreterare, tur 38, tecken 6876–7061"] * 3,
        "Memo": [None, None, None],
        "Original": [None, None, None],
        "Kod": ["long_term_economics"] * 3,
    }
)


def _widths(data: bytes) -> dict[str, float]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    return {str(cell.value): sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]}


def test_the_quote_keeps_the_widest_column() -> None:
    data = xlsx_bytes({"Citat": QUOTES}, wrap_headers=True)
    widths = _widths(data)
    assert sum(widths.values()) <= 165  # a page wide at two thirds of its size
    others = [widths[c] for c in ("Tema", "Källa", "Position")]
    assert widths["Citat"] >= 45 and widths["Citat"] > max(others), widths  # was 32, as all


def test_both_writers_size_and_wrap_alike() -> None:
    sheets = {"Citat": QUOTES}

    def parts(data: bytes) -> list[tuple[str, bytes]]:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # core.xml: when it was made
            return [
                (i.filename, archive.read(i))
                for i in archive.infolist()
                if "core" not in i.filename
            ]

    assert parts(xlsx_bytes(sheets, wrap_headers=True)) == parts(
        cell_by_cell(sheets, wrap_headers=True)
    )


def test_no_column_is_narrower_than_its_longest_word() -> None:
    """Narrowed to 24, the position column broke "Kommun_C_01_socialsekreterare," inside
    the word in LibreOffice; it keeps the word's width, and the quote gives up the room."""
    widths = _widths(xlsx_bytes({"Citat": QUOTES}, wrap_headers=True))
    assert widths["Position"] >= len("Kommun_C_01_socialsekreterare,") + 2
    assert sum(widths.values()) <= 165
