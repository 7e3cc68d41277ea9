"""A rationale the lead wrote on several lines keeps its lines in the .docx appendix: the
summary's cells and paragraphs are written run by run (so that a date keeps its hyphens
unbroken), and a run's text added as it stands puts a line break into ``w:t``, where Word
and LibreOffice show a space, and a tab likewise; written as ``w:br`` and ``w:tab`` it
reads as the lead wrote it, as it did before the figures were kept whole."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from qualcode import Project

pytestmark = pytest.mark.slow  # the demo project and a summary with charts

RATIONALE = "Båda läsningarna håller.\nKarin såg 2024-2025 som en period.\tSe memot."


def test_a_rationale_on_several_lines_keeps_them_in_the_docx(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        case = next(v.case for v in project.cases() if v.case.kind == "presence")
        project.decide(case.id, "reject", RATIONALE, "lena")
        project.confirm_agreements("lena")
        path = project.export_summary(tmp_path / "a.docx", lang="sv", appendix=True)
    table = docx.Document(str(path)).tables[-1]
    column = [c.text for c in table.rows[0].cells].index("Motivering")
    cell = table.rows[1].cells[column]
    runs = [r._r for p in cell.paragraphs for r in p.runs]
    texts = [t.text or "" for r in runs for t in r.findall(qn("w:t"))]
    assert not any("\n" in t or "\t" in t for t in texts)  # shown as spaces
    assert sum(len(r.findall(qn("w:br"))) for r in runs) == 1
    assert sum(len(r.findall(qn("w:tab"))) for r in runs) == 1
    assert sum(len(r.findall(qn("w:noBreakHyphen"))) for r in runs) == 1  # still whole
    assert cell.text == RATIONALE
