"""The note on names in memos off the pseudonym key counts exactly the memos the summary
printed, as its builder recorded them (Summary.memos_printed): counted by a rule of its own,
it told a lead of a name in a memo on a code the summary left out, on a coding no quote
showed, or on a code in a workbook, which has no place for a code's memos (small34a)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import ValidationError
from qualcode.project import Project

NAMED = "Phoned Tove Lindqvist after the visit; she wants her unit left out of it."
ALSO = "Tove Lindqvist again: she now agrees to the quote about the committee."


def _coding(project: Project, word: str, code: str) -> str:
    """karin's coding of the sentence beginning at ``word``, by id."""
    doc = project.documents()[0].id
    text = project.document(doc).text
    at = text.index(word)
    return project.add_coding(doc, at, text.index(".", at) + 1, code, "karin").id


def _told(project: Project, out: Path, **options: object) -> int:
    """The memos naming someone off the key that the summary written now is said to print."""
    project.export_summary(out, "coder", viewer="lena", **options)  # type: ignore[arg-type]
    return project.memos_off_key("lena", "summary")


def test_a_memo_on_a_code_the_summary_leaves_out(project: Project, tmp_path: Path) -> None:
    _coding(project, "Politikerna", "mission_dialogue")
    _coding(project, "Arbetsmiljöproblemen", "integration")
    project.add_memo("code", "integration", "lena", NAMED)
    assert _told(project, tmp_path / "some.md", codes=["mission_dialogue"]) == 0  # was 1
    assert "Lindqvist" not in (tmp_path / "some.md").read_text(encoding="utf-8")
    assert _told(project, tmp_path / "all.md") == 1
    assert "Lindqvist" in (tmp_path / "all.md").read_text(encoding="utf-8")


def test_a_memo_on_a_coding_no_quote_shows(project: Project, tmp_path: Path) -> None:
    project.add_memo("coding", _coding(project, "Politikerna", "mission_dialogue"), "karin", NAMED)
    assert _told(project, tmp_path / "none.md", quotes=0) == 0  # was 1
    assert "Lindqvist" not in (tmp_path / "none.md").read_text(encoding="utf-8")
    assert _told(project, tmp_path / "one.md", quotes=1) == 1


def test_a_workbook_prints_a_memo_on_a_code_in_its_themes_sheet(
    project: Project, tmp_path: Path
) -> None:
    """A workbook had no place for a code's memo, which every other format prints."""
    _coding(project, "Politikerna", "mission_dialogue")
    project.add_memo("code", "mission_dialogue", "lena", NAMED)
    assert _told(project, tmp_path / "s.xlsx") == 1  # printed, so counted
    themes = pd.read_excel(tmp_path / "s.xlsx", sheet_name=0)
    assert themes["Memo"].dropna().tolist() == [NAMED]
    assert _told(project, tmp_path / "s.docx") == 1


def test_every_memo_on_a_quoted_coding_is_printed_and_counted(
    project: Project, tmp_path: Path
) -> None:
    """Two memos on one coding: the summary printed the last one only."""
    coding = _coding(project, "Politikerna", "mission_dialogue")
    project.add_memo("coding", coding, "karin", NAMED)
    project.add_memo("coding", coding, "karin", ALSO)
    assert _told(project, tmp_path / "s.md") == 2
    page = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "visit" in page and "committee" in page  # was only the second


def test_no_summary_written_nothing_to_count(project: Project) -> None:
    with pytest.raises(ValidationError, match="no summary written yet"):
        project.memos_off_key("lena", "summary")


def test_export_summary_codes_says_nothing_of_a_memo_it_leaves_out(
    project: Project, tmp_path: Path
) -> None:
    _coding(project, "Politikerna", "mission_dialogue")
    project.add_memo("code", "integration", "lena", NAMED)
    path = project.store.path
    project.close()
    out = tmp_path / "s.md"
    args = ["-p", str(path), "--coder", "lena", "export", "summary", str(out), "--layer", "coder"]
    result = CliRunner().invoke(app, [*args, "--codes", "mission_dialogue"])
    assert result.exit_code == 0, result.output
    assert "memo holds names" not in result.stderr  # was "1 memo holds names not on ..."
    result = CliRunner().invoke(app, [*args, "--force"])
    assert "1 memo holds names not on the pseudonym key" in result.stderr
