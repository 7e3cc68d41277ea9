"""A summary cited a document by its name without the file's suffix, so a plan imported
as plan.docx and as plan.pdf read 'plan' twice and an appendix could not say which a quote
or a decision came from. A document keeps its suffix where the short name would clash, and
two documents of one whole name are told apart by their ids, in every export that cites."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.project.export_names import cited_names

# Invented for this test.
PLAN_A = "Varje nyanställd får en mentor under det första halvåret.\n"
PLAN_B = "Budgeten för placeringar följer behoven i stället för fjolårets utfall.\n"
INTERVIEW = "I: Hur går det?\nR: Ärendena är för många för varje handläggare.\n"


def test_the_suffix_stays_only_where_names_would_read_alike() -> None:
    cited = cited_names(
        [
            ("a1", "plan.docx"),
            ("a2", "Plan.PDF"),  # alike to a reader, case aside
            ("b1", "aby_01.txt"),
            ("c1", "Intervju 3. Åby"),  # no import format's suffix: nothing to cut
            ("d1aaaaaaaa", "intervju.txt"),
            ("d2bbbbbbbb", "intervju.txt"),  # two folders' files of one name
            ("e1", "policy"),
            ("e2", "policy.md"),
        ]
    )
    assert cited == {
        "a1": "plan.docx",
        "a2": "Plan.PDF",
        "b1": "aby_01",
        "c1": "Intervju 3. Åby",
        "d1aaaaaaaa": "intervju.txt (d1aaaaaa)",
        "d2bbbbbbbb": "intervju.txt (d2bbbbbb)",
        "e1": "policy",
        "e2": "policy.md",
    }
    assert len({name.casefold() for name in cited.values()}) == len(cited)


def _study(path: Path) -> Path:
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.add_code("mentors", {"sv": "Mentorer"})
        project.add_code("budget", {"sv": "Budget"})
        for name, text, code in [
            ("plan.docx", PLAN_A, "mentors"),
            ("plan.pdf", PLAN_B, "budget"),
            ("aby_01.txt", INTERVIEW, "budget"),
        ]:
            doc = project.import_text(name, text, lang="sv")
            start = text.index("Ärendena") if "R:" in text else 0
            project.add_coding(doc.id, start, len(text.rstrip()), code, "karin")
    return path


def test_a_summary_cites_plan_docx_and_plan_pdf_apart(tmp_path: Path) -> None:
    with Project.open(_study(tmp_path / "p.db")) as project:
        summary = project.build_summary(layer="coder", lang="sv", quotes=5)
    cited = {q.document for theme in summary.themes for q in theme.quotes}
    assert cited == {"plan.docx", "plan.pdf", "aby_01"}
    matrix = next(s for s in summary.sections if s.key == "matrix").table
    assert {"plan.docx", "plan.pdf"} <= set(matrix.iloc[:, 0])


def test_report_quotes_cites_them_apart(tmp_path: Path) -> None:
    path = _study(tmp_path / "p.db")
    result = CliRunner().invoke(app, ["-p", str(path), "--coder", "lena", "report", "quotes"])
    assert result.exit_code == 0, result.output
    assert "plan.docx, paragraph 1" in result.output
    assert "plan.pdf, paragraph 1" in result.output
    assert "aby_01, " in result.output
