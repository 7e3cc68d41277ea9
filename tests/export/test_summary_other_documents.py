"""A study of interviews and policy documents: the theme summary counted a plan or a policy
(text without speakers) as an "interview" and made it a participant "IP<n>". It now says how
many interviews and how many other documents there are, in every format, and keeps the
participants' figures to the interviews."""

from __future__ import annotations

import csv
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest

from qualcode import Project

# slow: renders the summary as docx, xlsx and html with charts
pytestmark = pytest.mark.slow

INTERVIEW_1 = (
    "I: How did the spring go for the unit?\n"
    "R: The caseload grew and two colleagues left, so every family waited longer for help.\n"
    "I: What did the committee do?\n"
    "R: They came to our meeting and listened, and afterwards we set the priorities together.\n"
)
INTERVIEW_2 = (
    "I: What changed after the reorganisation?\n"
    "R: We finally talked with the politicians about what the money can pay for this year.\n"
)
POLICY = (
    "Purpose\n"
    "This plan describes how the department will shorten waiting times for families.\n\n"
    "Measures\n"
    "The committee will fund two more posts and review every case older than four months.\n"
)


def _plan_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Integration plan", 1)
    document.add_paragraph("Every newly arrived family is offered a named contact person.")
    document.add_paragraph("The committee reviews the plan each autumn with the council.")
    document.save(str(path))
    return path


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two interviews, a policy in .txt and a plan in .docx (no speakers), all in Åby; karin
    codes both interviews and the policy, not the plan."""
    folder = tmp_path_factory.mktemp("mixed")
    path = folder / "study.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.add_code("workload", {"en": "Workload"})
        project.add_code("dialogue", {"en": "Mission dialogue"})
        aby = {"municipality": "Åby"}
        one = project.import_text("ip_anna.txt", INTERVIEW_1, lang="en", attributes=aby)
        two = project.import_text("ip_bo.txt", INTERVIEW_2, lang="en", attributes=aby)
        policy = project.import_text("waiting_policy.txt", POLICY, lang="en", attributes=aby)
        report = project.import_files([_plan_docx(folder / "plan.docx")], lang="en", attributes=aby)
        assert not report.failed and len(report.imported) == 1
        for doc, text, words, code in [
            (one, INTERVIEW_1, "The caseload grew and two colleagues left", "workload"),
            (one, INTERVIEW_1, "we set the priorities together", "dialogue"),
            (two, INTERVIEW_2, "We finally talked with the politicians", "dialogue"),
            (policy, POLICY, "fund two more posts and review every case", "workload"),
        ]:
            start, end = _span(text, words)
            project.add_coding(doc.id, start, end, code, "karin")
    return path


def test_the_material_counts_interviews_and_other_documents_apart(study: Path) -> None:
    with Project.open(study) as project:
        summary = project.build_summary(layer="coder", lang="en", quotes=5)
        swedish = project.build_summary(layer="coder", lang="sv", quotes=5)
    sections = {s.key: s for s in summary.sections}
    material = sections["material"]
    assert material.text.startswith(
        "2 interviews and 2 other documents (texts without speakers, such as plans and "
        "policies). With codings in this layer (all coders): 2 of the interviews and 1 of "
        "the other documents."
    )
    row = material.table.set_index("Value").loc["Åby"]
    assert (row["Interviews"], row["Coded"]) == (2, 2)
    assert (row["Other documents"], row["Other documents coded"]) == (2, 1)
    sv = {s.key: s for s in swedish.sections}["material"].text
    assert sv.startswith("2 intervjuer och 2 andra dokument (texter utan talare")
    # the matrix: the two participants, then the policy by its name; the last row counts
    # participants only
    matrix = sections["matrix"].table.set_index("Participants and other documents")
    assert list(matrix.index) == ["IP1", "IP2", "waiting_policy", "Participants who voiced it"]
    assert matrix.loc["waiting_policy", "Workload"] == 1
    assert matrix.loc["Participants who voiced it", "Workload"] == 1
    assert matrix.loc["Participants who voiced it", "Mission dialogue"] == 2
    shares = sections["shares_municipality"].table
    assert list(shares.iloc[:, 0]) == ["Åby (n=2)"]  # participants coded, not documents
    workload = next(t for t in summary.themes if t.key == "workload")
    assert (workload.documents, workload.others) == (2, 1)
    policy_quote = next(q for q in workload.quotes if q.document == "waiting_policy")
    assert policy_quote.participant == "waiting_policy"  # cited as the document, no "IP3"
    assert not any(q.participant == "IP3" for t in summary.themes for q in t.quotes)


def test_every_format_says_interviews_and_other_documents(study: Path, tmp_path: Path) -> None:
    sentence = "2 interviews and 2 other documents"
    count = "2 coded segments from 1 of 2 participants and 1 of 1 other document"
    with Project.open(study) as project:
        md = project.export_summary(tmp_path / "s.md", layer="coder", quotes=5)
        word = project.export_summary(tmp_path / "s.docx", layer="coder", quotes=5)
        book = project.export_summary(tmp_path / "s.xlsx", layer="coder", quotes=5)
        page = project.export_summary(tmp_path / "s.html", layer="coder", quotes=5)
    text = md.read_text("utf-8")
    assert sentence in text and count in text and "IP3" not in text
    paragraphs = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert sentence in paragraphs and count in paragraphs and "IP3" not in paragraphs

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    reader = Text()
    reader.feed(page.read_text("utf-8"))
    shown = re.sub(r"\s+", " ", "".join(reader.parts))
    assert sentence in shown and count in shown
    sheet = openpyxl.load_workbook(book)["Material"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in cells if "Interviews" in r)
    assert header[-2:] == ["Other documents", "Other documents coded"]
    assert any(r[:6] == ["municipality", "Åby", 2, 2, 2, 1] for r in cells)


def test_interviews_alone_read_as_before(tmp_path: Path) -> None:
    """No document without speakers: the sentence and tables keep their interview words,
    and one interview is singular."""
    with Project.create(tmp_path / "one.db") as project:
        project.add_coder("karin")
        project.add_code("workload", {"en": "Workload"})
        doc = project.import_text("ip_anna.txt", INTERVIEW_1, lang="en")
        start, end = _span(INTERVIEW_1, "The caseload grew")
        project.add_coding(doc.id, start, end, "workload", "karin")
        summary = project.build_summary(layer="coder", lang="en")
        text = project.export_summary(tmp_path / "one.md", layer="coder").read_text("utf-8")
        swedish = project.export_summary(tmp_path / "en.md", layer="coder", lang="sv")
    sections = {s.key: s for s in summary.sections}
    assert sections["material"].text.startswith(
        "1 interview, 1 of 1 with codings in this layer (all coders)"
    )
    # each count's noun in its number: '1 codings from 1 of 1 participants' was printed
    assert "1 coded segment from 1 of 1 participant, 3 coded words." in text
    assert "1 kodat segment från 1 av 1 deltagare, 3 kodade ord." in swedish.read_text("utf-8")
    matrix = sections["matrix"].table
    assert matrix.columns[0] == "Participants" and list(matrix.iloc[:, 0]) == [
        "IP1",
        "Participants who voiced it",
    ]


def test_quotes_codings_and_qdpx_give_a_plan_no_participant(study: Path, tmp_path: Path) -> None:
    """The quotes report cited the policy as 'waiting_policy, IP4 ?, turn 4', the codings
    table gave it a participant 'IP4' and the .qdpx a case 'IP4' of its own. The codings
    table names it as the crosstab by participant counts it, by its name, not empty as
    the interviewer's questions are (user49)."""
    from typer.testing import CliRunner

    from qualcode.cli import app

    with Project.open(study) as project:
        quotes = project.report_quotes(code="workload")
        codings = project.export_codings(tmp_path / "c.csv", layer="coder")
        qdpx = project.export_qdpx(tmp_path / "s.qdpx")
    by_doc = dict(zip(quotes["document_name"], quotes["participant"], strict=True))
    assert by_doc["ip_anna.txt"] == "IP1" and by_doc["waiting_policy.txt"] is None
    with codings.open(encoding="utf-8-sig", newline="") as sheet:
        rows = list(csv.DictReader(sheet))
    assert {r["document_name"]: r["participant"] for r in rows} == {
        "ip_anna.txt": "IP1",
        "ip_bo.txt": "IP2",
        "waiting_policy.txt": "waiting_policy",
    }
    got = CliRunner().invoke(
        app,
        ["-p", str(study), "report", "quotes", "--code", "workload"],
        env={"QUALCODE_CODER": "lena"},
    )
    assert got.exit_code == 0, got.output
    assert "waiting_policy, paragraph 4" in got.output and "ip_anna, IP1, turn 2" in got.output
    assert "IP1 ?" not in got.output  # no role given is no question mark (a6cee69)
    with zipfile.ZipFile(qdpx) as archive:
        xml = archive.read("project.qde").decode("utf-8")
    assert 'name="IP1"' in xml and 'name="IP2"' in xml
    assert not re.search(r'<[^>]*Case [^>]*name="(IP[34]|waiting_policy|plan)"', xml)


def test_a_study_of_policies_alone_has_documents_not_participants(
    tmp_path: Path,
) -> None:
    """Plans and policies only: no '0 interviews', no participant matrix row, no share of
    participants; each theme counts documents."""
    folder = tmp_path
    with Project.create(folder / "policies.db") as project:
        project.add_coder("karin")
        project.add_code("workload", {"en": "Workload"})
        policy = project.import_text("waiting_policy.txt", POLICY, lang="en")
        project.import_files([_plan_docx(folder / "plan.docx")], lang="en")
        for words in ("fund two more posts", "shorten waiting times"):
            start, end = _span(POLICY, words)
            project.add_coding(policy.id, start, end, "workload", "karin")
        summary = project.build_summary(layer="coder", lang="en")
        text = project.export_summary(folder / "p.md", layer="coder").read_text("utf-8")
    sections = {s.key: s for s in summary.sections}
    assert sections["material"].text.startswith(
        "2 documents without speakers (texts such as plans and policies), 1 of them with "
        "codings in this layer (all coders); there are no interviews, so no participants."
    )
    matrix = sections["matrix"]
    assert matrix.heading == "Themes by document"
    assert matrix.text == "Codings per document and theme."
    assert list(matrix.table["Document"]) == ["waiting_policy"]
    assert not any(k.startswith("shares_") for k in sections)
    assert "2 coded segments from 1 of 1 document, " in text
    assert "IP1" not in text and "who voiced" not in text
