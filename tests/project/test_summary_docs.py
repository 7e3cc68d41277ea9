"""`export summary --docs` covers the documents a lead chose, as `agree --docs` counts them.

Four coders; sara coded only the first of the two documents the lead measures, and karin
also coded a third nobody else opened. `agree --docs` reports sara as missing on the
second; the summary had no `--docs`, so its agreement could not say so, and its counts took
in karin's third document (lead33).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import team_project

TEXT = (
    "R: Vi pratade om uppdraget med nämnden i våras. Efter mötet blev det lugnare. "
    "Sedan kom sommaren och alla var borta. Vi tog upp uppdraget igen i höstas.\n"
)
CODERS = ["karin", "johan", "sara", "omar"]


def _study(path: Path) -> list[str]:
    """ip2 and ip3 coded alike by karin, johan and omar; sara codes ip2 only; karin alone
    codes ip4 too. Every coder marks what she coded done."""
    project, _ = team_project(path)
    with project:
        docs = [
            project.import_text(f"ip{i}.txt", TEXT + f"I: Tack, nummer {i}.\n", lang="sv").id
            for i in (2, 3, 4)
        ]
        project.add_coder("sara")
        project.add_coder("omar")
        plan = {"karin": docs, "johan": docs[:2], "sara": docs[:1], "omar": docs[:2]}
        for coder, finished in plan.items():
            project.act_as(coder)
            for doc in finished:
                units = project.units(doc)
                for unit in (units[0], units[3]):
                    project.add_coding(doc, unit.start, unit.end, "mission", coder)
                project.set_status(doc, coder, "done")
        return docs


def test_the_summary_of_chosen_documents_reports_their_agreement(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    docs = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        chosen = ["ip2", "ip3.txt"]
        agree = project.agreement(CODERS, docs=chosen).methods_paragraph("en")
        summary = project.build_summary("coder", coders=CODERS, docs=chosen)
        whole = project.build_summary("coder", coders=CODERS)
        sv = project.build_summary("coder", lang="sv", coders=CODERS, docs=chosen)
    assert "sara did not code ip3.txt" in agree
    assert summary.methods == agree
    assert "sara kodade inte ip3.txt" in (sv.methods or "")
    (theme,) = summary.themes
    (all_of_it,) = whole.themes
    assert (theme.documents, all_of_it.documents) == (2, 3)  # karin's ip4 left out
    assert "2 of 4 documents" in summary.layer and "2 av 4 dokument" in sv.layer
    assert docs  # the study made its three documents


def test_every_format_carries_the_chosen_documents_agreement(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    runner = CliRunner()
    said = "sara did not code ip3.txt"
    texts: dict[str, str] = {}
    for suffix in ("md", "html", "docx", "xlsx"):
        out = tmp_path / f"summary.{suffix}"
        args = ["-p", str(path), "--coder", "lena", "export", "summary", "--layer", "coder"]
        args += ["--coders", ",".join(CODERS), "--docs", "ip2,ip3", "-o", str(out)]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        if suffix == "docx":
            texts[suffix] = "\n".join(p.text for p in Document(str(out)).paragraphs)
        elif suffix == "xlsx":
            book = openpyxl.load_workbook(out, read_only=True)
            cells = (c for sheet in book.worksheets for row in sheet.iter_rows() for c in row)
            texts[suffix] = "\n".join(str(c.value) for c in cells if c.value is not None)
        else:
            texts[suffix] = out.read_text(encoding="utf-8")
    for suffix, text in texts.items():
        assert said in text, suffix
        assert "2 of 4 documents" in text, suffix
    assert zipfile.is_zipfile(tmp_path / "summary.docx")


@pytest.mark.parametrize(
    ("docs", "expected"), [("ip2,ip9", "no document"), ("ip2,ip", "matches several")]
)
def test_an_unknown_document_is_one_line_and_writes_nothing(
    tmp_path: Path, docs: str, expected: str
) -> None:
    path = tmp_path / "p.db"
    _study(path)
    out = tmp_path / "summary.md"
    args = ["-p", str(path), "--coder", "lena", "export", "summary", "--layer", "coder"]
    result = CliRunner().invoke(app, [*args, "--docs", docs, "-o", str(out)])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "\n" not in line and expected in line, line
    assert not out.exists()


def test_a_document_outside_the_set_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    docs = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        project.make_document_set("first", "lena", docs[:1])
        with pytest.raises(QualcodeError, match=r"'ip3\.txt' is not in the set 'first'"):
            project.build_summary("coder", coders=CODERS, doc_set="first", docs=["ip3"])
