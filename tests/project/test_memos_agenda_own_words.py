"""A name on the key that is one of the memos' or the agenda's own words is no name there.

The check that refuses an export where a real name would appear read the memos' and the
agenda's own headings as names: with a participant "Case" or "Fall" on the key every
agenda was refused, with "Memos" or "Namn" every memo export (user49b), though what is
filled in (memos, passages, coders, documents) went through the key. The summary had the
same fault (tests/project/test_summary_keys_fills_only.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from qualcode import Project

# slow: writes agendas of the demo's open cases as .md and .docx
pytestmark = pytest.mark.slow


def _copy(demo_file: Path, tmp: Path, real: str) -> Path:
    path = tmp / "p.db"
    shutil.copy(demo_file, path)
    with Project.open(path) as project:
        project.set_pseudonym(real, "IPX", "lena")
        project.add_memo("project", "project", "lena", f"{real} is quoted in chapter two.")
    return path


def _text(out: Path) -> str:
    if out.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("real", "lang", "heading"), [("Memos", "en", "Memos"), ("Namn", "sv", "Namn som finns")]
)
@pytest.mark.parametrize("suffix", ["md", "docx"])
def test_memos_export_with_a_name_that_is_one_of_its_words(
    demo_file: Path, tmp_path: Path, real: str, lang: str, heading: str, suffix: str
) -> None:
    with Project.open(_copy(demo_file, tmp_path, real)) as project:
        out = project.export_memos(tmp_path / f"co-authors.{suffix}", "lena", lang)
    text = _text(out)
    assert heading in text  # the file's own word stays as written
    assert "IPX is quoted in chapter two." in text  # the memo still goes through the key
    assert f"{real} is quoted" not in text


@pytest.mark.parametrize(("real", "lang"), [("Case", "en"), ("Fall", "sv")])
@pytest.mark.parametrize("suffix", ["md", "docx"])
def test_agenda_with_a_name_that_is_one_of_its_words(
    demo_file: Path, tmp_path: Path, real: str, lang: str, suffix: str
) -> None:
    with Project.open(_copy(demo_file, tmp_path, real)) as project:
        count = project.write_agenda(tmp_path / f"meeting.{suffix}", viewer="lena", lang=lang)
    text = _text(tmp_path / f"meeting.{suffix}")
    assert count > 0
    assert f"{real} " in text  # "Case 2b2d4b27": each case's own label
    assert "IPX" not in text
