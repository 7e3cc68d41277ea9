"""An export names its file as `codebook export FILE` does, or with -o: a new coder who had
just written `qualcode codebook export book.docx` typed `qualcode export summary sum.md`
and was told "Missing option '-o'" (eyes11). Naming none, or two, is one line, exit 1."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import run


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "study.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        unit = p.units(doc)[1]
        p.add_coding(doc, unit.start, unit.end, "integration", "karin")
    return path


def test_every_export_takes_its_file_as_an_argument_or_with_o(tmp_path: Path) -> None:
    path = _project(tmp_path)
    for command, name in (
        ("summary", "s.md"),
        ("codings", "c.csv"),
        ("qdpx", "p.qdpx"),
        ("qdc", "b.qdc"),
    ):
        extra = ["--layer", "coder"] if command == "summary" else []
        plain, with_o = tmp_path / f"a_{name}", tmp_path / f"o_{name}"
        status, _, err = run(path, "export", command, str(plain), *extra)
        assert status == 0 and plain.stat().st_size > 0, err
        status, _, err = run(path, "export", command, "-o", str(with_o), *extra)
        assert status == 0 and with_o.stat().st_size > 0, err


def test_no_file_or_two_files_is_one_line_and_nothing_written(tmp_path: Path) -> None:
    path = _project(tmp_path)
    status, _, err = run(path, "export", "codings")
    assert status == 1 and "name the file to write: qualcode export codings FILE" in err
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    status, _, err = run(path, "export", "codings", str(first), "-o", str(second))
    assert status == 1 and "once" in err and len(err.strip().splitlines()) == 1
    assert not first.exists() and not second.exists()
