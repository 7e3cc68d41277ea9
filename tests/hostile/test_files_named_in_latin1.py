"""Files whose names were written in Latin-1 on a UTF-8 system (kodbok_å.yaml saved by an
older tool, a colleague's karin_å.json unpacked from an old zip). Python reads each byte
of such a name it cannot decode as a lone surrogate, which SQLite cannot store: loading the
codebook, merging the package, importing the quotes or translations sheet or the .qdpx was
refused with the audit entry's JSON as its only line, though every file was good. Each now
comes in, and the log names the file with U+FFFD where its byte could not be read.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT

pytestmark = pytest.mark.skipif(
    sys.getfilesystemencoding() != "utf-8", reason="names are bytes as Linux keeps them"
)


def _latin1(folder: Path, stem: bytes, suffix: str) -> Path:
    """A path in ``folder`` whose name holds the Latin-1 byte for å."""
    return folder / os.fsdecode(stem + b"_\xe5" + suffix.encode())


def _kept(project: Project, action: str, field: str) -> str:
    entries = project.store.audit.list(action)
    return str(entries[-1].payload[field])


def test_a_codebook_so_named_loads(tmp_path: Path) -> None:
    book = _latin1(tmp_path, b"kodbok", ".yaml")
    book.write_text("codes:\n  - key: arbete\n    name:\n      sv: Arbete\n", encoding="utf-8")
    with Project.create(tmp_path / "p.db") as project:
        project.load_codebook(book, actor="lena")
        assert [c.key for c in project.codebook()] == ["arbete"]
        assert _kept(project, "codebook.load", "source") == "kodbok_\ufffd.yaml"


def test_a_package_so_named_merges(packages: Path, lead_project: Path) -> None:
    package = _latin1(lead_project.parent, b"karin", ".json")
    shutil.copy(packages / "karin.json", package)
    with Project.open(lead_project) as project:
        lena = project.act_as("lena", "lena")
        assert lena.merge_package(package, "lena").added == 1
        assert _kept(lena, "coder.merge", "package") == "karin_\ufffd.json"
        assert [c.coder for c in lena.codings(coder="karin")] == ["karin"]


def test_sheets_so_named_import(packages: Path, lead_project: Path) -> None:
    quotes = _latin1(lead_project.parent, b"citat", ".csv")
    quotes.write_text(
        "document,code,text\naby_01,integration,Politikerna bestämde och vi fick bara göra\n"
    )
    with Project.open(lead_project) as project:
        lena = project.act_as("lena", "lena")
        assert lena.import_quotes_csv(quotes, coder="karin").codings == 1
        assert _kept(lena, "coding.import_csv", "file") == "citat_\ufffd.csv"
        written = lena.export_codings(lead_project.parent / "codings.csv")
        sheet = _latin1(lead_project.parent, b"codings", ".csv")
        os.rename(written, sheet)
        lena.import_translations(sheet, translator="lena")
        assert _kept(lena, "coding.translate_import", "file") == "codings_\ufffd.csv"


def test_a_qdpx_so_named_makes_its_project(packages: Path, lead_project: Path) -> None:
    with Project.open(lead_project) as project:
        written = project.act_as("lena", "lena").export_qdpx(lead_project.parent / "s.qdpx")
    archive = _latin1(lead_project.parent, b"studie", ".qdpx")
    os.rename(written, archive)
    with Project.create(lead_project.parent / "new.db") as fresh:
        report = fresh.import_qdpx(archive, "lena", arriving="lena")
        assert len(report.documents) == 1
        assert fresh.document(fresh.documents()[0].id).text.startswith(SV_TEXT.split("\n")[0])
        assert _kept(fresh, "project.import_qdpx", "file") == "studie_\ufffd.qdpx"


def test_a_transcript_so_named_is_refused_for_what_its_name_holds(
    packages: Path, lead_project: Path
) -> None:
    """Its name heads the document's rows and citations, so it is renamed, not mended;
    the refusal said 'a line break, tab or control character', which it holds none of."""
    transcript = _latin1(lead_project.parent, b"intervju", ".txt")
    transcript.write_text("I: Hur började det?\n\nR: Med en omorganisation.\n", encoding="utf-8")
    with Project.open(lead_project) as project:
        lena = project.act_as("lena", "lena")
        report = lena.import_files([transcript], lang="sv", actor="lena")
        assert report.imported == [] and len(report.failed) == 1
        assert report.failed[0][1] == (
            "document name 'intervju_\\udce5.txt' holds bytes that are not UTF-8 (a file name "
            "written in Latin-1 or another older encoding); rename the file"
        )
