"""A codebook CSV is decoded as a transcript is (``qualcode/textbytes.py``): Notepad's and
Excel's "Unicode text" is UTF-16, often without a byte-order mark, and a Swedish Excel
writes cp1252. A UTF-16 file without a mark was read as UTF-8 with a zero byte between
letters and refused as "not text (neither UTF-8 nor cp1252)", or its headers were not
found; binary junk named .csv gets one line saying it is binary."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

CODEBOOK = (
    "Kod;Namn (sv);Name (en);Definition\r\n"
    "samverkan;Samverkan över gränser;Collaboration;Arbete där flera aktörer möts\r\n"
    "arenden;Ärendemängd;Caseload;Tal om antalet ärenden och bördan\r\n"
)


def _load(project: Project, path: Path) -> tuple[int, str, dict[str, str]]:
    db = str(project.store.path)
    project.close()
    result = CliRunner().invoke(app, ["-p", db, "codebook", "load", str(path), "--coder", "lena"])
    with Project.open(db) as again:
        names = {c.key: c.name("sv") for c in again.codebook()}
    return result.exit_code, result.output, names


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "cp1252"])
def test_a_codebook_csv_in_utf16_without_a_mark_or_cp1252(
    project: Project, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "kodbok.csv"
    path.write_bytes(CODEBOOK.encode(encoding))  # Python's -le/-be codecs write no mark
    assert not path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    code, output, names = _load(project, path)
    assert code == 0, output
    assert names["samverkan"] == "Samverkan över gränser"
    assert names["arenden"] == "Ärendemängd"


@pytest.mark.parametrize("first", [0, 1])  # with zero bytes, and without
def test_binary_junk_is_refused_in_one_line(project: Project, tmp_path: Path, first: int) -> None:
    path = tmp_path / "kodbok.csv"
    path.write_bytes(bytes(range(first, 256)) * 8)  # a renamed image or archive, say
    before = [c.key for c in project.codebook()]
    code, output, names = _load(project, path)
    assert code == 1
    assert output.strip().count("\n") == 0
    assert output.startswith("error: kodbok.csv: ") and "binary data" in output
    assert list(names) == before
