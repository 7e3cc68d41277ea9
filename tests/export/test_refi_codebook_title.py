"""A .qdpx carries the codebook's own title, each language's. Its codebook member was
headed with the project file's name ('study'), so importing the file into a project put
'study' over the title the lead had given, and the Swedish title was lost (red team 17)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qualcode import Project
from qualcode.codebook import parse_codebook
from tests.conftest import TITLED_BOOK as BOOK
from tests.conftest import add_plain_document


def test_a_round_trip_keeps_the_codebooks_titles(tmp_path: Path) -> None:
    with Project.create(tmp_path / "study.db") as project:
        project.apply_codebook(parse_codebook(BOOK, "book.yaml"))
        add_plain_document(project, "ip1.txt", ["Nämnden lyssnade på oss."])
        package = project.export_qdpx(tmp_path / "study.qdpx")
    with Project.create(tmp_path / "other.db") as other:
        other.import_qdpx(package)
        titles = other.store.codes.titles()
        title = other.store.codes.title()
    assert titles == {
        "sv": "Vändpunkter i socialtjänsten",
        "en": "Turning points in social services",
    }
    assert title == "Turning points in social services"


def test_another_tools_file_leaves_the_projects_title(tmp_path: Path) -> None:
    """A .qdpx of another tool names no codebook title: importing one into a project put
    'REFI-QDA codebook' over the title the lead had given (a .qdc loaded alike)."""
    with Project.create(tmp_path / "study.db") as project:
        project.apply_codebook(parse_codebook(BOOK, "book.yaml"))
        add_plain_document(project, "ip1.txt", ["Nämnden lyssnade på oss."])
        ours = project.export_qdpx(tmp_path / "study.qdpx")
        project.export_qdc(tmp_path / "study.qdc")
    theirs = tmp_path / "nvivo.qdpx"
    with zipfile.ZipFile(ours) as source, zipfile.ZipFile(theirs, "w") as written:
        for item in source.infolist():
            if not item.filename.startswith("qualcode/"):  # what qualcode adds for itself
                written.writestr(item, source.read(item))
    with Project.create(tmp_path / "lead.db") as lead:
        lead.apply_codebook(parse_codebook(BOOK, "book.yaml"))
        lead.import_qdpx(theirs)
        lead.load_codebook(tmp_path / "study.qdc")
        assert lead.store.codes.title("sv") == "Vändpunkter i socialtjänsten"
        assert lead.store.codes.title() == "Turning points in social services"
