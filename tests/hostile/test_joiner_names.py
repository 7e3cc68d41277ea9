"""A Persian transcript's file name and a Persian coder's name keep their joiners (red team,
round 12).

Names from a file system or a login must be one printable line (``oneline.plain_line``).
A zero-width non-joiner is an ordinary letter of Persian ("مصاحبه‌ها", interviews, draws
its two words apart only because of it), but it is no "printable" character to Python, so
the file "مصاحبه‌ها.txt" was refused as holding "a line break, tab or control character"
and its interview could not be imported, nor a coder "نیک‌نام" added. A joiner where it
joins or parts nothing drawn is still refused: "karin" with one inside prints as karin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError

INTERVIEW = "I: حال شما چطور است؟\nR: من خوبم. می\u200cخواهم درباره کار صحبت کنم.\n"


def test_a_persian_file_name_imports_and_a_persian_coder_is_added(tmp_path: Path) -> None:
    source = tmp_path / "مصاحبه\u200cها.txt"
    source.write_text(INTERVIEW, encoding="utf-8")
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([source], lang="en")
        assert report.failed == []
        assert [d.name for d in project.documents()] == ["مصاحبه\u200cها.txt"]
        assert project.add_coder("نیک\u200cنام").name == "نیک\u200cنام"


@pytest.mark.parametrize("name", ["kar\u200cin", "karin\u200d", "نامه\u200c"])
def test_a_joiner_that_shows_nothing_is_still_refused(tmp_path: Path, name: str) -> None:
    with Project.create(tmp_path / "p.db") as project:
        with pytest.raises(ValidationError):
            project.add_coder(name)
        with pytest.raises(ValidationError, match="document name"):
            project.import_text(f"{name}.txt", INTERVIEW, lang="en")
