"""A .qdpx carries the codebook's own title, each language's. Its codebook member was
headed with the project file's name ('study'), so importing the file into a project put
'study' over the title the lead had given, and the Swedish title was lost (red team 17)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.codebook import parse_codebook
from tests.conftest import add_plain_document

BOOK = """codebook:
  sv: Vändpunkter i socialtjänsten
  en: Turning points in social services
version: 1
codes:
- key: dialogue
  name: {sv: Uppdragsdialog, en: Mission dialogue}
"""


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
