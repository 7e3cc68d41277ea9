"""Every Word export is set on A4, with 6.5 inches between the side margins (eyes33).

python-docx's template is US Letter, and every .docx qualcode wrote (the summary, the
codebook, the memos, the reconciliation agenda) was Letter: Word in Sweden shows it so
and prints it scaled or asks for other paper. The tables are measured to 6.5 inches, so
the side margins keep that width."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qualcode import Project

pytestmark = pytest.mark.slow  # the demo project and a summary with charts


def _pages(path: Path) -> list[tuple[int, int, float]]:
    """(width mm, height mm, text width in inches) of each section of ``path``."""
    return [
        (
            round(s.page_width.mm),
            round(s.page_height.mm),
            round((s.page_width - s.left_margin - s.right_margin) / 914400, 2),  # EMU per inch
        )
        for s in docx.Document(str(path)).sections
    ]


def test_the_word_exports_are_a4(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        project.add_memo("code", "integration", "lena", "a memo for the export")
        summary = project.export_summary(tmp_path / "s.docx", layer="coder", lang="sv")
        codebook = project.export_codebook(tmp_path / "c.docx", lang="sv")
        memos = project.export_memos(tmp_path / "m.docx", "lena", lang="sv")
        project.write_agenda(tmp_path / "a.docx", lang="sv")
    for path in (summary, codebook, memos, tmp_path / "a.docx"):
        assert set(_pages(path)) == {(210, 297, 6.5)}, path.name
    agenda = docx.Document(str(tmp_path / "a.docx"))  # begun as the others: title, language
    said = agenda.core_properties
    assert (said.language, said.title) == ("sv", agenda.paragraphs[0].text)
