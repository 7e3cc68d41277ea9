"""A file the Swedish interface refuses to import is refused in Swedish: an old .doc, a
file of no known type, an empty file, a PDF that is not one, a Word file that is no zip
archive, and a transcript imported twice each read "Inte importerad: x.doc: an old Word
document (.doc) is not read; ..." in English among Swedish."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import SUPPORTED_SUFFIXES
from qualcode.tui.catalog import Catalog
from tests.conftest import project_with

TEXT = "I: Hur började det?\nR: Vi pratade om uppdraget med politikerna.\n"


def test_each_refused_file_is_said_in_swedish(tmp_path: Path) -> None:
    files = {
        "gammal.doc": b"\xd0\xcf\x11\xe0 ett gammalt format",
        "intervju": TEXT.encode(),
        "tom.txt": b"",
        "rapport.pdf": b"ingen pdf alls",
        "trasig.docx": b"inget zip-arkiv",
        "ip1.txt": TEXT.encode(),
        "ip1-kopia.txt": TEXT.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with project_with(tmp_path / "p.db") as project:
        report = project.import_files([tmp_path / n for n in files], actor="lena")
    assert [d.name for d in report.imported] == ["ip1.txt"]
    sv = Catalog("sv")
    said = {
        name: sv.refusal(report.keyed[i].key, report.keyed[i].values) if i in report.keyed else why
        for i, (name, why) in enumerate(report.failed)
    }
    assert said == {
        "gammal.doc": ".doc-filer läses inte; öppna filen i Word eller LibreOffice, spara den "
        "som .docx och importera den",
        "intervju": "Filnamnet har ingen ändelse som säger dess format; använd en av "
        + " ".join(sorted(SUPPORTED_SUFFIXES)),
        "tom.txt": "Filen är tom",
        "rapport.pdf": "Ingen PDF-fil, fast namnet säger det",
        "trasig.docx": "Ingen läsbar .docx (inget zip-arkiv: avkortad, skadad eller en annan "
        "sorts fil med nytt namn)",
        "ip1-kopia.txt": "Samma innehåll som ip1.txt, som redan finns i projektet; en text "
        "importeras en gång",
    }
