"""Red team: a Word document whose inserted parts (``w:altChunk``) loop or repeat.

An inserted part is read where its marker stands. A part whose relationship points back at
itself (or two that insert each other) was read again and again until Python's recursion
limit ended the import with a traceback; a thousand markers inserting one large part built
text a thousand times its size from a small file. Now either is refused in one line, and a
part inserted twice by ordinary markers is still read twice, as Word shows it.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

from qualcode import Project

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _marker(rid: str) -> object:
    return parse_xml(f'<w:altChunk xmlns:w="{W}" xmlns:r="{R}" r:id="{rid}"/>')


def _insert(document: object, rid: str, times: int = 1) -> None:
    body = document.element.body  # type: ignore[attr-defined]
    for _ in range(times):
        body.insert(len(body) - 1, _marker(rid))


def _project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "p.db")
    p.add_coder("lena", role="lead")
    p.act_as("lena")
    return p


def test_a_part_that_inserts_itself_is_refused_in_one_line(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Vi har hög arbetsbelastning.")
    rid = document.part.relate_to(document.part, RT.A_F_CHUNK)  # the main part, itself
    _insert(document, rid)
    path = tmp_path / "self.docx"
    document.save(str(path))
    with _project(tmp_path) as p:
        report = p.import_files([path])
        assert report.failed == [("self.docx", "an inserted part inserts itself; not imported")]
        assert p.documents() == []


def test_two_parts_that_insert_each_other_are_refused(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Inledning.")
    body = f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p>'
    first = Part(PackURI("/word/a.xml"), MAIN, b"", document.part.package)
    second = Part(PackURI("/word/b.xml"), MAIN, b"", document.part.package)
    to_second = first.relate_to(second, RT.A_F_CHUNK)
    to_first = second.relate_to(first, RT.A_F_CHUNK)
    first._blob = (body % "A" + f'<w:altChunk r:id="{to_second}"/></w:body></w:document>').encode()
    second._blob = (body % "B" + f'<w:altChunk r:id="{to_first}"/></w:body></w:document>').encode()
    _insert(document, document.part.relate_to(first, RT.A_F_CHUNK))
    path = tmp_path / "loop.docx"
    document.save(str(path))
    with _project(tmp_path) as p:
        (failed,) = p.import_files([path]).failed
        assert failed == ("loop.docx", "an inserted part inserts itself; not imported")


def test_markers_repeating_a_large_part_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_MAX_UNZIP_MB", "1")
    document = docx.Document()
    page = ("<p>" + "Personalomsättningen var hög. " * 2000 + "</p>").encode()  # ~60 kB
    part = Part(PackURI("/word/page.html"), "text/html", page, document.part.package)
    _insert(document, document.part.relate_to(part, RT.A_F_CHUNK), times=40)  # ~2.4 MB
    path = tmp_path / "many.docx"
    document.save(str(path))
    assert path.stat().st_size < 100_000
    with _project(tmp_path) as p:
        (failed,) = p.import_files([path]).failed
    assert failed == ("many.docx", "its inserted parts repeat beyond 1 MB of text; not imported")


def test_a_part_inserted_twice_is_read_twice(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Inledning.")
    page = b"<p>Bilagan om budgeten.</p>"
    part = Part(PackURI("/word/page.html"), "text/html", page, document.part.package)
    _insert(document, document.part.relate_to(part, RT.A_F_CHUNK), times=2)
    path = tmp_path / "twice.docx"
    document.save(str(path))
    with _project(tmp_path) as p:
        p.import_files([path])
        doc = p.store.documents.resolve("twice")
        assert p.store.documents.texts([doc])[doc].count("Bilagan om budgeten.") == 2


def test_an_inserted_part_reads_its_own_inserted_parts(tmp_path: Path) -> None:
    """A marker inside an inserted Word part names that part's relationship, not the main
    document's: looked up among the main document's, it found nothing (or another part)."""
    document = docx.Document()
    document.add_paragraph("Inledning.")
    inner = Part(PackURI("/word/inner.xml"), MAIN, b"", document.part.package)
    page = Part(PackURI("/word/page.html"), "text/html", b"<p>Bilaga B.</p>", inner.package)
    rid = inner.relate_to(page, RT.A_F_CHUNK)
    inner._blob = (
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p><w:r><w:t>Bilaga A.</w:t>'
        f'</w:r></w:p><w:altChunk r:id="{rid}"/></w:body></w:document>'
    ).encode()
    _insert(document, document.part.relate_to(inner, RT.A_F_CHUNK))
    path = tmp_path / "nested.docx"
    document.save(str(path))
    with _project(tmp_path) as p:
        p.import_files([path])
        doc = p.store.documents.resolve("nested")
        text = p.store.documents.texts([doc])[doc]
    assert text.index("Inledning.") < text.index("Bilaga A.") < text.index("Bilaga B.")
