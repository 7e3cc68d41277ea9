"""A Word file, .qdpx or .qdc whose XML parts are damaged in ways a parser meets only in
the wild is refused in one line, or read, never a traceback (red team 43, found by
mutating the demo's files).

Before: an XML declaration naming an encoding Python lacks (``encoding="UTQ-8"``) was a
LookupError out of `qualcode import`, `import-qdpx` and `codebook load`, and one naming a
multi-byte encoding (Shift JIS) a ValueError out of the last two; a Word document's
relation without a type, or to footnotes outside the file, an AttributeError or a
ValueError, and two relations to its styles or numbering a ValueError; a document part
without a body an AttributeError; its footnotes part not well-formed, lxml's
XMLSyntaxError. Each ended the
command, and the good files named beside the damaged one were not imported either.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.hostile_kit import lead_alone, qualcode

TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FOOTNOTES = f"{TYPES}/footnotes"
RELS = "word/_rels/document.xml.rels"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _word(path: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """A two-line interview saved by python-docx, its parts changed by ``edit``."""
    made = docx.Document()
    made.add_paragraph("I: Hur började uppdraget?")
    made.add_paragraph("R: Med ett möte i nämnden.")
    made.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    edit(parts)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _relation(extra: str) -> Callable[[dict[str, bytes]], None]:
    def edit(parts: dict[str, bytes]) -> None:
        parts[RELS] = parts[RELS].replace(b"</Relationships>", extra.encode() + b"</Relationships>")

    return edit


def _encoding(name: str) -> Callable[[dict[str, bytes]], None]:
    def edit(parts: dict[str, bytes]) -> None:
        head = parts[RELS].split(b"?>", 1)
        parts[RELS] = f'<?xml version="1.0" encoding="{name}"?>'.encode() + head[1]

    return edit


def _bodiless(parts: dict[str, bytes]) -> None:
    parts["word/document.xml"] = f'<w:document xmlns:w="{W}"/>'.encode()


def _broken_notes(parts: dict[str, bytes]) -> None:
    _relation(f'<Relationship Id="rId99" Type="{FOOTNOTES}" Target="footnotes.xml"/>')(parts)
    parts["word/footnotes.xml"] = b"<w:footnotes><w:footnote>"


REFUSED = {
    "unknown-encoding": (_encoding("UTQ-8"), "broken XML: unknown encoding: UTQ-8"),
    "broken-footnotes": (_broken_notes, "its footnotes:"),
    "no-body": (_bodiless, "its document has no body"),
}
READ = {
    "external-footnotes": _relation(
        f'<Relationship Id="rId99" Type="{FOOTNOTES}" Target="http://example.invalid/n" '
        'TargetMode="External"/>'
    ),
    "untyped-relation": _relation('<Relationship Id="rId99" Target="styles.xml"/>'),
    # python-docx will not choose between two: read as a file without styles or lists
    "styles-twice": _relation(
        f'<Relationship Id="rId99" Type="{TYPES}/styles" Target="styles.xml"/>'
    ),
    "numbering-twice": _relation(
        f'<Relationship Id="rId99" Type="{TYPES}/numbering" Target="numbering.xml"/>'
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_damaged_word_file_is_refused_and_the_good_one_beside_it_imports(
    tmp_path: Path, case: str
) -> None:
    edit, why = REFUSED[case]
    project = lead_alone(tmp_path / "p.db")
    bad = _word(tmp_path / "skadad.docx", edit)
    good = _word(tmp_path / "hel.docx", lambda parts: None)
    got = qualcode(project, "import", str(bad), str(good), coder="lena")
    assert "Traceback" not in got.stderr, got.stderr[-2000:]
    assert got.stderr.count("\n") == 1 and f"skadad.docx: not a readable .docx ({why}" in got.stderr
    with Project.open(project) as p:
        assert [d.name for d in p.documents()] == ["hel.docx"]


@pytest.mark.parametrize("case", list(READ))
def test_relations_python_docx_cannot_follow_are_passed_over(tmp_path: Path, case: str) -> None:
    path = _word(tmp_path / "intervju.docx", READ[case])
    with Project.create(tmp_path / "p.db") as p:
        report = p.import_files([path], lang="sv")
        assert report.failed == [] and len(report.imported) == 1
        assert "Med ett möte i nämnden." in p.document(report.imported[0].id).text


def _qdpx(path: Path, encoding: str) -> Path:
    qde = (
        f'<?xml version="1.0" encoding="{encoding}"?><Project '
        'xmlns="urn:QDA-XML:project:1.0" name="x" origin="NVivo 15"><Sources/></Project>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde.encode("ascii"))
    return path


@pytest.mark.parametrize("encoding", ["UTQ-8", "shift_jis", "rot13"])
def test_a_qdpx_or_qdc_declaring_an_unreadable_encoding_is_refused(
    tmp_path: Path, encoding: str
) -> None:
    target = tmp_path / "ny.db"
    got = qualcode(target, "import-qdpx", str(_qdpx(tmp_path / "nvivo.qdpx", encoding)))
    assert got.status == 1 and "Traceback" not in got.stderr, got.stderr[-2000:]
    assert got.stderr.startswith("error: ") and got.stderr.count("\n") == 1, got.stderr
    assert "nvivo.qdpx/project.qde: not readable XML (" in got.stderr
    assert not target.exists()
    qdc = tmp_path / "kodbok.qdc"
    qdc.write_bytes(
        f'<?xml version="1.0" encoding="{encoding}"?><CodeBook '
        'xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'.encode("ascii")
    )
    with Project.open(lead_alone(tmp_path / "p.db")) as p:
        p.act_as("lena")
        with pytest.raises(QualcodeError, match=r"kodbok\.qdc: not readable XML \("):
            p.load_codebook(qdc)
