"""What a researcher reads in a summary: labels in the chosen language, quotes with their
speaker and position, memos, the agreement and reconciliation in brief."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pandas as pd
import pytest

from qualcode import Project
from qualcode.analysis.frames import cooccurrence, quotes

# slow: renders whole summaries with charts (docx, xlsx, html)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Path:
    path = tmp_path_factory.mktemp("content") / "demo.db"
    shutil.copy(demo_file, path)  # the demo as built once per run
    with Project.open(path) as project:
        cases = [v.case for v in project.cases() if v.case.kind == "presence"]
        project.decide(cases[0].id, "reject", "inte ett systemperspektiv", "lena")
        project.decide(cases[1].id, "union", "båda läsningarna håller", "lena")
        project.confirm_agreements("lena")
    return path


@pytest.fixture
def lead(decided: Path, tmp_path: Path) -> Project:
    shutil.copy(decided, tmp_path / "lead.db")
    with Project.open(tmp_path / "lead.db") as project:
        yield project


def test_swedish_docx_speaks_swedish(lead: Project, tmp_path: Path) -> None:
    brief = docx.Document(str(lead.export_summary(tmp_path / "b.docx", "consensus", lang="sv")))
    assert "Beslut" not in [c.text for t in brief.tables for c in t.rows[0].cells]  # in brief
    path = lead.export_summary(tmp_path / "s.docx", "consensus", lang="sv", appendix=True)
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Efter kommun" in headings and "Efter roll" in headings
    assert "Lager: konsensus" in text and "consensus" not in text
    assert "Interbedömarreliabiliteten bedömdes på" in text and "Intercoder" not in text
    assert "Vid avstämningen avgjorde lena 2 fall" in text
    agreement, decisions = document.tables[-2], document.tables[-1]
    assert [c.text for c in agreement.rows[0].cells][:4] == [
        "Kod",
        "Enheter",
        "Överens (%)",
        "α",
    ]
    assert agreement.rows[-1].cells[0].text == "Totalt"
    assert "," in agreement.rows[1].cells[3].text  # decimal comma
    header = [c.text for c in decisions.rows[0].cells]
    assert header[:2] == ["Dokument", "Passage"]  # each decision traceable to its passage
    assert all(row.cells[0].text and "–" in row.cells[1].text for row in decisions.rows[1:])
    verdicts = {row.cells[header.index("Beslut")].text for row in decisions.rows[1:]}
    assert verdicts == {"avvisa", "union"}


def test_quotes_name_speaker_role_position_and_memos(lead: Project, tmp_path: Path) -> None:
    first = lead.build_summary(codes=["mission_dialogue"], lang="en").themes[0].quotes[0]
    assert first.role and first.turn is not None and first.end > first.start
    doc = next(d for d in lead.documents() if d.name.startswith(first.document))
    assert lead.document(doc.id).text[first.start : first.end] == first.text
    underlying = next(
        c
        for c in lead.codings(layer="coder")
        if c.document_id == doc.id
        and c.code == "mission_dialogue"
        and c.start < first.end
        and first.start < c.end
    )
    lead.add_memo("coding", underlying.id, underlying.coder, "the clearest statement")
    lead.add_memo("code", "mission_dialogue", "lena", "mostly managers")
    html = lead.export_summary(tmp_path / "s.html", codes=["mission_dialogue"]).read_text()
    assert "Memo: the clearest statement" in html and "Memo: mostly managers" in html
    # cited as a paper cites (participant pseudonym, role, municipality), not by position
    assert first.participant and first.participant.startswith("IP")
    assert f"— {first.source('en')}" in html and f"characters {first.start}" not in html
    assert first.reference("en").endswith(
        f"turn {first.turn + 1}, characters {first.start}–{first.end}"
    )


def test_interviewer_quotes_are_not_the_interviewees_view() -> None:
    codings = pd.DataFrame(
        {
            "id": ["a", "b"],
            "document": ["d", "d"],
            "document_name": ["d.txt", "d.txt"],
            "code": ["x", "x"],
            "start": [3, 20],
            "end": [10, 30],
            "text": ["Hur går det?", "Det går bra nu."],
            "words": [3, 4],
        }
    )
    documents = pd.DataFrame({"id": ["d"], "name": ["d.txt"], "role": ["politiker"]})
    turns = pd.DataFrame(
        {
            "document": ["d", "d"],
            "turn": [0, 1],
            "speaker": ["Intervjuare", "Anders"],
            "start": [3, 18],
            "end": [15, 40],
        }
    )
    table = quotes(codings, documents, turns=turns).set_index("id")
    assert table.loc["a", "speaker_role"] == "interviewer"
    assert table.loc["b", "speaker_role"] == "politiker"
    assert list(table["turn"]) == [1, 0]  # longest first: b then a


def test_cooccurrence_within_turns_counts_each_turn_once() -> None:
    codings = pd.DataFrame(
        {
            "document": ["d"] * 4,
            "code": ["x", "y", "y", "z"],
            "start": [0, 30, 40, 60],
            "end": [10, 35, 45, 70],
        }
    )
    turns = pd.DataFrame(
        {
            "document": ["d", "d"],
            "turn": [0, 1],
            "speaker": ["A", "B"],
            "start": [0, 50],
            "end": [50, 80],
        }
    )
    within = cooccurrence(codings, turns)
    assert within.loc["x", "y"] == within.loc["y", "x"] == 1  # two y codings, one turn
    assert within.loc["x", "z"] == 0
    assert cooccurrence(codings).loc["x", "y"] == 0  # they never overlap


def test_report_cli_quotes_have_speakers_and_cooccurrence_by_turn(decided: Path) -> None:
    import json

    from typer.testing import CliRunner

    from qualcode.cli import app

    runner = CliRunner(env={"QUALCODE_CODER": "lena"})  # the lead sees everyone's work
    base = ["-p", str(decided), "report"]
    out = runner.invoke(app, [*base, "quotes", "--per-code", "2", "-f", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert len(rows) == 8 and all(r["speaker_role"] and r["turn"] >= 1 for r in rows)
    with Project.open(decided) as project:
        texts = {d.name: project.document(d.id).text for d in project.documents()}
    assert all(texts[r["document_name"]][r["start"] : r["end"]] == r["text"] for r in rows)
    turn = runner.invoke(app, [*base, "cooccurrence", "--within", "turn", "-f", "csv"])
    assert turn.exit_code == 0 and turn.stdout.startswith("\ufeffcode,integration,")
    matrix = pd.read_csv(__import__("io").StringIO(turn.stdout), index_col=0)
    assert (matrix.to_numpy() == matrix.to_numpy().T).all() and matrix.to_numpy().sum() > 0
    kwic = runner.invoke(app, [*base, "quotes", "--keyword", "ÄRENDEN", "-f", "json"])
    found = json.loads(kwic.stdout)
    assert found and all("ärenden" in r["text"].lower() for r in found)
    bad = runner.invoke(app, [*base, "cooccurrence", "--within", "page"])
    assert bad.exit_code == 1 and "use overlap or turn" in bad.stderr


def test_unknown_code_in_codes_is_an_error_not_an_empty_summary(
    lead: Project, tmp_path: Path
) -> None:
    from qualcode.errors import QualcodeError

    with pytest.raises(QualcodeError, match="intgration"):
        lead.export_summary(tmp_path / "s.md", codes=["intgration"])
    assert not (tmp_path / "s.md").exists()


def test_a_passage_both_coders_coded_is_quoted_once(lead: Project) -> None:
    table = lead.report_quotes(layer="coder")
    assert not table.duplicated(["code", "document_name", "start", "end"]).any()
    pooled = lead.build_summary(layer="coder", quotes=5)
    for theme in pooled.themes:
        spans = [(q.document, q.start, q.end) for q in theme.quotes]
        assert len(spans) == len(set(spans)) == 5


def test_swedish_methods_paragraph_states_every_figure_of_the_english_one(lead: Project) -> None:
    import re

    english = lead.build_summary(lang="en", codes=["integration"]).methods or ""
    swedish = lead.build_summary(lang="sv", codes=["integration"]).methods or ""
    figures = re.findall(r"\d+(?:\.\d+)?", english)
    assert len(figures) > 10
    for figure in figures:  # counts, coefficients, resamples and the years cited
        assert figure.replace(".", ",") in swedish, figure


def test_summary_names_codes_in_its_language_and_counts_the_open_cases(lead: Project) -> None:
    keys = [c.key for c in lead.store.codes.list()]
    still_open = len(lead.cases(open_only=True))
    assert still_open > 0  # the fixture decided two cases of many
    for lang, said in (
        ("sv", f"som ännu är öppna: {still_open}; konsensus omfattar dem inte än."),
        ("en", f"Disagreement cases still open: {still_open}; the consensus does not cover"),
    ):
        summary = lead.build_summary(lang=lang)
        assert summary.methods and not any(key in summary.methods for key in keys)
        assert said in (summary.decisions_brief or "")


def test_appendix_says_what_each_decision_put_in_and_who_took_part(
    lead: Project, tmp_path: Path
) -> None:
    from docx.enum.section import WD_ORIENT

    three = next(v.case for v in lead.cases() if v.case.kind == "code" and v.verdict is None)
    first = sorted(three.versions)[0]
    lead.decide(
        three.id, f"accept:{first}", "läsningen håller", "lena", participants=["karin", "johan"]
    )
    path = lead.export_summary(tmp_path / "a.docx", lang="sv", appendix=True)
    document = docx.Document(str(path))
    table = document.tables[-1]
    header = [c.text for c in table.rows[0].cells]
    assert header[header.index("Beslutat av") + 1] == "Diskuterat med"
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    names = {c.key: c.name("sv") for c in lead.store.codes.list()}
    accepted = next(r for r in rows if r[header.index("Motivering")] == "läsningen håller")
    # a case across codes names what the decision put into the consensus, never a blank
    kept = {names[k] for k in three.versions[first].codes}  # the accepted version's codes
    assert set(accepted[header.index("Kod")].split(", ")) == kept
    assert accepted[header.index("Diskuterat med")] == "karin, johan"
    assert all(r[header.index("Kod")] for r in rows)
    # eight columns do not fit a portrait page unbroken: the appendix is landscape
    assert document.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    assert document.sections[0].orientation == WD_ORIENT.PORTRAIT


def test_material_lists_values_in_alphabetical_order_whatever_their_case(lead: Project) -> None:
    summary = lead.build_summary(lang="sv")
    material = next(s.table for s in summary.sections if s.key == "material")
    assert material is not None
    roles = list(material.loc[material["Attribut"] == "roll", "Värde"])
    assert "HR-strateg" in roles and roles == sorted(roles, key=str.casefold)
    assert roles != sorted(roles)  # a plain sort put "HR-strateg" before "avdelningschef"
