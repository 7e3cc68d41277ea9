"""Summaries and coding tables, opened with the real readers (docx, openpyxl, html.parser)."""

from __future__ import annotations

import csv
import shutil
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError

# slow: renders whole summaries with charts (docx, xlsx, html)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lead_file(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(demo_file, path)  # the demo as built once per run
    with Project.open(path) as project:
        case = next(v.case for v in project.cases() if v.case.kind == "presence")
        project.decide(case.id, "union", "both readings hold", "lena")
        project.confirm_agreements("lena", ["karin", "johan"])  # the pair agrees more often
    return path


@pytest.fixture
def lead(lead_file: Path, tmp_path: Path) -> Project:
    copy = tmp_path / "lead.db"
    shutil.copy(lead_file, copy)
    with Project.open(copy) as project:
        yield project


def test_docx_has_headings_tables_figures_and_quotes(lead: Project, tmp_path: Path) -> None:
    path = lead.export_summary(tmp_path / "s.docx", layer="consensus", lang="sv")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Från individ- till systemperspektiv" in headings
    assert "Interbedömarreliabilitet" in headings
    assert len(document.tables) >= 9 and len(document.inline_shapes) == 8  # a panel per attribute
    assert any(p.style.name == "Quote" for p in document.paragraphs)


def test_xlsx_has_one_sheet_per_table(lead: Project, tmp_path: Path) -> None:
    path = lead.export_summary(tmp_path / "s.xlsx", layer="coder:karin")
    book = openpyxl.load_workbook(path)
    assert {"Themes", "Quotes", "Agreement", "Material", "Themes by participant"} <= set(
        book.sheetnames
    )
    header = [c.value for c in book["Themes"][1]]
    # the theme's name first, as a co-author reads it; the key last (eyes21)
    assert header == ["Theme", "Segments", "Coded words", "Documents", "Memo", "Code"]
    assert book["Themes"].max_row == 5
    by_place = book["Municipality – From mission"]  # cut at a word, not inside one
    header = [c.value for c in by_place[1]]
    assert header == ["Municipality", "Segments", "Coded words", "Documents"]
    places = [r[0].value for r in by_place.iter_rows(min_row=2)]
    assert "total" not in places and set(places) <= {"Ekstad", "Norrvik", "Åby"}
    assert all(len(name) <= 31 for name in book.sheetnames)
    # the interval is two numbers, shown to three decimals, the value kept whole
    agreement = book["Agreement"]
    head = [c.value for c in agreement[1]]
    low = agreement.cell(row=2, column=head.index("CI low") + 1)
    assert isinstance(low.value, float) and low.number_format == "0.000"
    swedish = openpyxl.load_workbook(lead.export_summary(tmp_path / "sv.xlsx", lang="sv"))
    assert {"Teman", "Citat", "Reliabilitet", "Teman per deltagare"} <= set(swedish.sheetnames)
    # a quote under its theme's name (a co-author reads no code keys); the key last
    quotes = swedish["Citat"]
    assert [c.value for c in quotes[1]] == [
        *("Tema", "Citat", "Källa", "Position", "Memo", "Original", "Kod")
    ]
    keys = {c.key for c in lead.codebook()}
    themes = {r[0].value for r in quotes.iter_rows(min_row=2)}
    assert "Från individ- till systemperspektiv" in themes and not themes & keys
    assert {r[6].value for r in quotes.iter_rows(min_row=2)} <= keys


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs).get("src") or "")


def test_html_is_one_self_contained_file(lead: Project, tmp_path: Path) -> None:
    path = lead.export_summary(tmp_path / "s.html", layer="consensus")
    parser = _Collector()
    parser.feed(path.read_text(encoding="utf-8"))
    assert parser.tags.count("h2") >= 5 and "table" in parser.tags
    assert parser.images and all(s.startswith("data:image/png;base64,") for s in parser.images)


def test_markdown_and_charts_beside_it(lead: Project, tmp_path: Path) -> None:
    path = lead.export_summary(tmp_path / "s.md", codes=["integration"], lang="en")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Theme summary") and "## Intercoder agreement" in text
    assert (tmp_path / "s_integration.png").read_bytes().startswith(b"\x89PNG")
    assert "Long-term" not in text


def test_codings_export_and_bad_suffix(lead: Project, tmp_path: Path) -> None:
    rows = list(csv.DictReader(lead.export_codings(tmp_path / "c.csv").open(encoding="utf-8-sig")))
    assert len(rows) == len(lead.codings()) and rows[0]["text"]
    assert {"municipality", "role", "participant", "turn", "memo", "language"} <= set(rows[0])
    assert "speaker" not in rows[0]  # the label may be a name: the participant is cited
    texts = {d.name: lead.document(d.id).text for d in lead.documents()}
    assert all(
        texts[r["document_name"]][int(r["start"]) : int(r["end"])] == r["text"] for r in rows
    )
    book = openpyxl.load_workbook(lead.export_codings(tmp_path / "c.xlsx"))
    assert book["codings"].max_row == len(rows) + 1
    with pytest.raises(ValidationError, match=r"choose \.csv or \.xlsx"):
        lead.export_codings(tmp_path / "c.pdf")
    with pytest.raises(ValidationError, match="unknown layer"):
        lead.export_summary(tmp_path / "s.md", layer="nope")


def test_report_commands(lead_file: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})  # the lead sees everyone's work
    out = runner.invoke(
        app, ["-p", str(lead_file), "report", "crosstab", "municipality", "-f", "csv"]
    )
    assert out.exit_code == 0, out.output + out.stderr
    assert out.stdout.splitlines()[0] == "\ufeffcode,Ekstad,Norrvik,Åby,total"
    bad = runner.invoke(app, ["-p", str(lead_file), "report", "crosstab", "shoe-size"])
    assert bad.exit_code == 1 and "no document attribute" in bad.stderr
    quotes = runner.invoke(
        app,
        [
            "-p",
            str(lead_file),
            "report",
            "quotes",
            "--code",
            "integration",
            "--per-code",
            "2",
            "-f",
            "json",
        ],
    )
    assert quotes.exit_code == 0 and len(__import__("json").loads(quotes.stdout)) == 2
