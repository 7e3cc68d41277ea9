"""A notebook's string given to ``Project.import_text`` is held to what a file of the same
text is (hostile46).

A .txt holding a zero byte, or ESC and BEL in more than one character of a hundred, is
refused as binary data; the same text given as a string went in whole, so a transcript
carrying a terminal's escape sequences reached the codings CSV as they were. Bytes or
None given as the text died in a TypeError deep in the reading. Each is now one line,
and the project holds no document more.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import IngestError, ValidationError
from tests.conftest import project_with

LONG = "R: Vi pratade om arbetsmiljön och uppdraget i nämnden. " * 40


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return project_with(tmp_path / "p.db", acting="lena")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("R: Hej\x00 där.\n", "binary data ("),
        ("R: Hej\x1b[31m röd\x1b[0m där.\x07\n", "binary data (control character 0x1b"),
    ],
    ids=["nul", "escape-sequences"],
)
def test_a_string_a_file_would_be_refused_for_is_refused(
    project: Project, tmp_path: Path, text: str, said: str
) -> None:
    file = tmp_path / "same.txt"
    file.write_text(text, encoding="utf-8")
    report = project.import_files([file], lang="sv", actor="lena")
    assert said in " ".join(why for _, why in report.failed)
    with pytest.raises(IngestError) as refused:
        project.import_text("same.txt", text, lang="sv", actor="lena")
    assert said in str(refused.value) and "\n" not in str(refused.value)
    assert project.documents() == []


def test_a_rare_control_in_a_long_text_goes_in_as_from_a_file(project: Project) -> None:
    """One ESC in a long transcript is no sign of binary data, for a file or a string."""
    doc = project.import_text("long.txt", LONG + "Slut\x1b.\n", lang="sv", actor="lena")
    assert "\x1b" in project.document(doc.id).text


@pytest.mark.parametrize("text", [b"R: Hej.\n", None], ids=["bytes", "none"])
def test_a_text_that_is_no_string_is_one_line(project: Project, text: object) -> None:
    # refused at the door before every public method (api_doors.py, types47)
    with pytest.raises(ValidationError, match=r"^import_text: text must be text, not "):
        project.import_text("b.txt", text, lang="sv", actor="lena")  # type: ignore[arg-type]
    assert project.documents() == []
