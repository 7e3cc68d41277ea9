"""`export memos`: every memo one may read as a document a co-author opens (.md, .docx).

Memos left the project only as a column of the codings sheet (memos on codings) or inside
a .qdpx: a document's, a passage's, a code's and the project's memos reached no file a
co-author without qualcode could read (eyes31).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import OutputError, ValidationError
from qualcode.project import Project


def _memos(project: Project) -> str:
    """Karin's memos of every kind and one of johan's, Åby on the key as 'Kommun A'."""
    doc = project.documents()[0].id
    text = project.document(doc).text
    project.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
    project.set_attributes(doc, {"role": "enhetschef"}, "lena")
    at = text.index("Politikerna")
    end = text.index(".", at) + 1
    coding = project.add_coding(doc, at, end, "mission_dialogue", "karin")
    project.add_memo("coding", coding.id, "karin", "Top-down in Åby before the change.")
    late = text.index("Ärendemängden")
    project.add_memo("document", doc, "karin", "Caseload named plainly.", span=(late, late + 13))
    project.add_memo("document", doc, "karin", "A calm interview\n\nsecond thought")
    project.add_memo("code", "integration", "karin", "Overlaps with caseload?")
    project.add_memo("project", "project", "karin", "Start with the managers.")
    project.add_memo("document", doc, "johan", "johan's own reading")
    return doc


def test_the_lead_reads_every_memo_grouped_with_its_passage(
    project: Project, tmp_path: Path
) -> None:
    _memos(project)
    target = project.export_memos(tmp_path / "memos.md", "lena")
    text = target.read_text(encoding="utf-8")
    # the project's, then the codes', then the documents' memos
    order = [text.index(h) for h in ("On the project", "On codes", "On documents and passages")]
    assert order == sorted(order) and text.count("On the project") == 1
    assert "### Integration" in text and "Overlaps with caseload?" in text
    # a coding's memo quotes its passage and names the code; a passage memo quotes its own
    assert "> Politikerna bestämde och vi fick bara göra." in text
    assert "**karin, " in text and "· Mission dialogue**" in text
    assert "> Ärendemängden" in text
    # the document's own memos come before those on its passages, the passage ones in
    # the order of the text
    assert text.index("A calm interview") < text.index("Top-down") < text.index("Caseload named")
    assert "second thought" in text and "johan's own reading" in text
    # through the pseudonym key: the municipality in the memo, the heading and the attribute
    assert "Åby" not in text and "Kommun A" in text
    assert "6 memos by johan, karin" in text
    # the role under the document's name in the memos' language, as the summary has it
    assert "*Kommun A · unit manager*" in text


def test_a_coder_under_blind_coding_exports_only_her_own(project: Project, tmp_path: Path) -> None:
    _memos(project)
    project.act_as("karin")
    text = project.export_memos(tmp_path / "mine.md", "karin").read_text(encoding="utf-8")
    assert "Start with the managers." in text and "johan's own reading" not in text
    assert "5 memos by karin" in text


def test_the_word_document_holds_the_same_in_swedish(project: Project, tmp_path: Path) -> None:
    _memos(project)
    target = project.export_memos(tmp_path / "memon.docx", "lena", "sv")
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    lines = [line for p in paragraphs for line in p.split("\n")]  # a memo is one paragraph
    assert paragraphs[0] == "Memon"
    assert {"Om projektet", "Om koder", "Om dokument och passager"} <= set(paragraphs)
    assert any(line.startswith("Politikerna bestämde") for line in lines)
    assert "Top-down in Kommun A before the change." in lines
    assert not any("Åby" in p for p in paragraphs)


@pytest.mark.parametrize(
    ("name", "error", "said"),
    [
        ("memos.txt", OutputError, "written as .md or .docx"),
        ("memos.xlsx", OutputError, "written as .md or .docx"),
    ],
)
def test_a_name_of_another_format_is_refused(
    project: Project, tmp_path: Path, name: str, error: type[Exception], said: str
) -> None:
    _memos(project)
    with pytest.raises(error, match=said):
        project.export_memos(tmp_path / name, "lena")
    assert not (tmp_path / name).exists()


def test_no_memo_is_one_clear_error_and_nothing_is_written(
    project: Project, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="no memos lena may read yet"):
        project.export_memos(tmp_path / "memos.md", "lena")
    assert not (tmp_path / "memos.md").exists()


def test_an_existing_file_is_kept_without_force(project: Project, tmp_path: Path) -> None:
    _memos(project)
    target = tmp_path / "memos.md"
    target.write_text("the co-author's notes", encoding="utf-8")
    with pytest.raises(OutputError):
        project.export_memos(target, "lena")
    assert target.read_text(encoding="utf-8") == "the co-author's notes"
    project.export_memos(target, "lena", force=True)
    assert "Start with the managers." in target.read_text(encoding="utf-8")


def test_the_cli_writes_it_and_names_the_places_off_the_key(
    project: Project, tmp_path: Path
) -> None:
    doc = project.documents()[0].id
    project.add_memo("document", doc, "karin", "Read again after the second round.")
    target = tmp_path / "memos.md"
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    got = runner.invoke(app, ["-p", str(project.path), "export", "memos", str(target)])
    assert got.exit_code == 0, got.output
    assert "wrote" in got.output and "Åby" in got.output  # off the key, said to the lead
    assert "Read again after the second round." in target.read_text(encoding="utf-8")
