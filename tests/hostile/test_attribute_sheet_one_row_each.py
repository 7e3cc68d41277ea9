"""A sheet of attributes for documents already in names each document in one row.

``docs attributes`` matches a row by the file name with or without its suffix, so 'ip1'
and 'ip1.txt' are two rows for one document; with different values the later row won
without a word ("set the attributes of 1 document"), and which role an interview counts
under depended on the order of the rows. Such a sheet is refused, nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from tests.conftest import team_project


def test_two_rows_for_one_document_are_refused(tmp_path: Path) -> None:
    made, _ = team_project(tmp_path / "p.db")
    with made:
        made.act_as("lena")
        made.set_attributes("ip1.txt", {"role": "chef"}, "lena")
        sheet = tmp_path / "attrs.csv"
        sheet.write_text("file,role\nip1,politiker\nip1.txt,socialsekreterare\n")
        with pytest.raises(ValidationError, match=r"rows 'ip1' and 'ip1.txt' both name ip1.txt"):
            made.load_attribute_sheet(sheet, "lena")
        assert dict(made.documents()[0].attributes) == {"role": "chef"}


def test_two_rows_for_one_file_refuse_it_at_import(tmp_path: Path) -> None:
    made, _ = team_project(tmp_path / "p.db")
    transcript = tmp_path / "ip7.txt"
    transcript.write_text("R: Vi hade tid för varandra, och chefen lyssnade på oss.\n")
    sheet = tmp_path / "attrs.csv"
    sheet.write_text("file,role\nip7,politiker\nip7.txt,socialsekreterare\n")
    with made:
        made.act_as("lena")
        report = made.import_files([transcript], lang="sv", attributes_csv=sheet)
        assert report.imported == []
        assert "rows 'ip7' and 'ip7.txt' of attrs.csv both name it" in str(report.failed)
        assert [d.name for d in made.documents()] == ["ip1.txt"]
