"""The attributes sheet as Excel and people really write it, and the mistakes in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import IngestError
from qualcode.ingest.attributes import read_attributes_csv


def _sheet(tmp_path: Path, content: bytes, name: str = "attributes.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    "content",
    [
        "file,municipality,role\naby_01.txt,Åby,chef\n".encode(),
        "\ufefffile,municipality,role\r\naby_01.txt,Åby,chef\r\n".encode(),
        "file;municipality;role\r\naby_01.txt;Åby;chef\r\n".encode("cp1252"),  # Swedish Excel
        "file\tmunicipality\trole\naby_01.txt\tÅby\tchef\n".encode("utf-16"),
        'file,municipality,role\n"aby_01.txt","Åby","chef"\n\n\n'.encode(),
    ],
)
def test_the_same_sheet_in_every_dialect(tmp_path: Path, content: bytes) -> None:
    sheet = read_attributes_csv(_sheet(tmp_path, content))
    assert sheet.key_column == "file"
    assert sheet.rows == {"aby_01.txt": {"municipality": "Åby", "role": "chef"}}
    assert sheet.for_file(Path("x/aby_01.txt")) == {"municipality": "Åby", "role": "chef"}


def test_rows_match_by_stem_and_empty_cells_are_no_attribute(tmp_path: Path) -> None:
    sheet = read_attributes_csv(_sheet(tmp_path, b"name,role,lang\naby_01,,SV\naby_02,chef\n"))
    assert sheet.for_file(Path("aby_01.docx")) == {"lang": "sv"}
    assert sheet.for_file(Path("aby_02.txt")) == {"role": "chef"}
    assert sheet.for_file(Path("ekstad_01.txt")) is None


def test_a_quoted_cell_may_span_lines(tmp_path: Path) -> None:
    sheet = read_attributes_csv(_sheet(tmp_path, b'file,note\na.txt,"two\nlines"\n'))
    assert sheet.rows["a.txt"]["note"] == "two\nlines"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no rows of attributes (the file is empty)"),
        (b"file,role\n", "no rows of attributes under the header"),
        (b"municipality\n\xc3\x85by\n", "line 1: needs a column of file names"),
        (b"file,,role\na.txt,x,y\n", "line 1: column 2 has no name"),
        (b"file,m,m\na.txt,x,y\n", "line 1: column 'm' appears more than once"),
        (b"file,role\na.txt,chef,extra\n", "line 2: 3 cells but the header has 2 columns"),
        (b"file,role\n,chef\n", "line 2: no file name in column 'file'"),
        (
            b"file,role\na.txt,x\nb.txt,y\na.txt,z\n",
            "line 4: file 'a.txt' is listed twice (also line 2)",
        ),
        (b'file,role\n"a.txt,chef\n', "line 2: malformed CSV"),
        (b"file,lang\na.txt,de\n", "line 2: column 'lang': 'de' is not sv, en or auto"),
        (b"\x00\x01\x02\x03" * 50, "binary data"),
    ],
)
def test_mistakes_name_line_and_column(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(IngestError) as info:
        read_attributes_csv(_sheet(tmp_path, content, "sheet.csv"))
    assert str(info.value).startswith("sheet.csv: ")
    assert message in str(info.value) and "\n" not in str(info.value)


def test_missing_sheet(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"gone\.csv: cannot read: No such file"):
        read_attributes_csv(tmp_path / "gone.csv")
