"""A codebook exported to read in Swedish was headed in English: the demo's Swedish
appendix opened 'Turning points in Swedish social services (vändpunkter)' over Swedish
codes (eyes19, a co-author's look at `codebook export codebook.docx --lang sv`). A codebook
may give its title per language (``codebook: {sv: ..., en: ...}``); .md and .docx are
headed in their --lang, YAML keeps both and loads again, a plain title works as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import TITLED_BOOK as BOOK


def _run(project: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_codebook_read_in_swedish_is_headed_in_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    project = tmp_path / "p.db"
    book = tmp_path / "book.yaml"
    book.write_text(BOOK, encoding="utf-8")
    _run(project, "init")
    _run(project, "codebook", "load", str(book))
    _run(project, "codebook", "export", str(tmp_path / "sv.md"), "--lang", "sv")
    _run(project, "codebook", "export", str(tmp_path / "en.md"), "--lang", "en")
    assert (tmp_path / "sv.md").read_text("utf-8").startswith("# Vändpunkter i socialtjänsten")
    assert (tmp_path / "en.md").read_text("utf-8").startswith("# Turning points in social")
    _run(project, "codebook", "export", str(tmp_path / "again.yaml"))
    again = tmp_path / "again.yaml"
    text = again.read_text("utf-8")
    assert "sv: Vändpunkter i socialtjänsten" in text and "en: Turning points" in text
    other = tmp_path / "q.db"  # the YAML written loads again, with both titles
    _run(other, "init")
    _run(other, "codebook", "load", str(again))
    _run(other, "codebook", "export", str(tmp_path / "sv2.md"), "--lang", "sv")
    assert (tmp_path / "sv2.md").read_text("utf-8").startswith("# Vändpunkter i socialtjänsten")
    # a plain title loaded later replaces both
    book.write_text(BOOK.replace(BOOK.split("version")[0], "codebook: Plain title\n"), "utf-8")
    _run(project, "codebook", "load", str(book))
    _run(project, "codebook", "export", str(tmp_path / "plain.md"), "--lang", "sv")
    assert (tmp_path / "plain.md").read_text("utf-8").startswith("# Plain title")


def test_a_title_in_a_language_the_codebook_does_not_speak_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    book = tmp_path / "book.yaml"
    book.write_text(BOOK.replace("  en: Turning", "  de: Wendepunkte"), encoding="utf-8")
    _run(project, "init")
    result = CliRunner().invoke(app, ["-p", str(project), "codebook", "load", str(book)])
    assert result.exit_code == 1
    assert "'codebook': a title per language takes sv and en, not 'de'" in result.output


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("[Vändpunkter, Turning points]", "'codebook': a title must be text, not a list"),
        ("{sv: [a, b], en: Fine}", "'codebook.sv': a title must be text, not a list"),
        ("{en: {x: 1}}", "'codebook.en': a title must be text, not a mapping"),
        ("yes", "'codebook': a title must be text; YAML read it as a bool: put it in quotes"),
    ],
)
def test_a_title_that_is_no_text_is_refused(tmp_path: Path, title: str, said: str) -> None:
    """A list or a mapping as the title was stored as Python writes it ("['Vändpunkter',
    'Turning points']") and headed every appendix exported; `codebook: yes` read 'True'
    (red team 17). Refused in one line, nothing loaded."""
    project = tmp_path / "p.db"
    book = tmp_path / "book.yaml"
    book.write_text(BOOK.replace(BOOK.split("version")[0], f"codebook: {title}\n"), "utf-8")
    _run(project, "init")
    result = CliRunner().invoke(app, ["-p", str(project), "codebook", "load", str(book)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: book.yaml: {said}"
