"""The decisions appendix's "Discussed with" names the others in the discussion, not the
lead who decided: a lead deciding alone read "Decided by lena · Discussed with lena", as if
she had talked it through with herself (eyes11, a Gothenburg document reconciled alone)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def test_discussed_with_leaves_out_who_decided(tmp_path: Path) -> None:
    with Project.create(tmp_path / "t.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.add_coder("johan")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        units = project.units(doc.id)
        for unit in (units[1], units[4]):  # karin codes two sentences johan leaves
            project.add_coding(doc.id, unit.start, unit.end, "integration", "karin")
        project.add_coding(doc.id, units[-1].start, units[-1].end, "integration", "johan")
        for coder in ("karin", "johan"):
            project.set_status(doc.id, coder, "done")
        first, second, *_ = (v.case for v in project.cases())
        project.decide(first.id, "reject", "inte integrering", "lena")
        project.comment(second.id, "karin", "meningen handlar om bemanning")
        project.decide(second.id, "union", "karins läsning håller", "lena")
        table = project.build_summary(lang="en", appendix=True).decisions
        talks = {v.rationale: v.discussed_with for v in project.cases() if v.verdict}
    assert talks == {"inte integrering": (), "karins läsning håller": ("karin",)}
    assert table is not None
    rows = table.set_index("Rationale")
    assert rows.loc["inte integrering", "Decided by"] == "lena"
    assert rows.loc["inte integrering", "Discussed with"] == "–"
    assert rows.loc["karins läsning håller", "Discussed with"] == "karin"
