"""Every reader of a researcher's file says in one line, with its own error type, why a
folder or a missing file cannot be read (``qualcode.userfile``), and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.codebook.csv_io import read_codebook_csv
from qualcode.codebook.yaml_io import load_codebook
from qualcode.errors import CodebookError, IngestError, QualcodeError, ValidationError
from qualcode.export.refi_read import read_qdc
from qualcode.ingest.attributes import read_attributes_csv
from qualcode.project.translation_sheet import read_sheet

READERS: dict[str, tuple[Callable[[Path], Any], type[QualcodeError], str]] = {
    "yaml codebook": (load_codebook, CodebookError, "a codebook file"),
    "csv codebook": (read_codebook_csv, CodebookError, "a codebook file"),
    "qdc codebook": (read_qdc, CodebookError, "a codebook file"),
    "attributes": (read_attributes_csv, IngestError, "an attributes CSV file"),
    "translations": (lambda p: list(read_sheet(p)), ValidationError, "a translation sheet"),
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_folder_and_a_missing_file_are_one_line_each(tmp_path: Path, reader: str) -> None:
    read, error, kind = READERS[reader]
    folder = tmp_path / "sheet.csv"
    folder.mkdir()
    with pytest.raises(error) as info:
        read(folder)
    assert str(info.value) == f"sheet.csv: is a directory, not {kind}"
    with pytest.raises(error) as info:
        read(tmp_path / "gone.csv")
    assert str(info.value) == "gone.csv: cannot read: No such file or directory"


def test_a_quotes_sheet_that_is_not_there_writes_nothing(project: Project, tmp_path: Path) -> None:
    before = len(project.codings())
    with pytest.raises(ValidationError, match=r"^gone\.csv: cannot read: No such file"):
        project.import_quotes_csv(tmp_path / "gone.csv", coder="karin")
    assert len(project.codings()) == before
