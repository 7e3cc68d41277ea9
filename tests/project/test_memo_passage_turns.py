"""A memo's passage keeps each speaker's turn on a line of its own in the memos document,
in Word and in Markdown (render45). Flattened to one line, the demo's memo on a passage of
aby_03 quoted "IP3: Ja, det är lugnt. … Lena: Kan du börja med att berätta", the
interviewer's question run on after the interviewee's answer as if she had asked it."""

from __future__ import annotations

from pathlib import Path

import docx

from qualcode.project import Project

# my own words: an interview's turns
TEXT = (
    "I: Hur ser veckan ut?\n"
    "R: Vi har nämnd på torsdag så det är mycket just nu.\n"
    "I: Kan du berätta hur länge du har suttit i nämnden?\n"
    "R: Sedan valet, snart tre år.\n"
)


def _memo(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.db")
    project.add_coder("lena", role="lead")
    project.act_as("lena")
    doc = project.import_text("intervju.txt", TEXT, lang="sv")
    start = TEXT.index("R: Vi har")
    end = TEXT.index("nämnden?") + len("nämnden?")
    project.add_memo("document", doc.id, "lena", "Vem styr agendan?", span=(start, end))
    return project


def test_the_word_memos_quote_the_passage_a_turn_a_line(tmp_path: Path) -> None:
    with _memo(tmp_path) as project:
        target = project.export_memos(tmp_path / "memos.docx", "lena")
    quoted = next(p for p in docx.Document(str(target)).paragraphs if "torsdag" in p.text)
    assert quoted.text.split("\n")[:2] == [  # the byline and the memo after it (render46)
        "R: Vi har nämnd på torsdag så det är mycket just nu.",
        "I: Kan du berätta hur länge du har suttit i nämnden?",
    ]


def test_the_markdown_memos_break_the_quote_at_each_turn(tmp_path: Path) -> None:
    with _memo(tmp_path) as project:
        target = project.export_memos(tmp_path / "memos.md", "lena")
    lines = target.read_text("utf-8").splitlines()
    first = next(n for n, line in enumerate(lines) if "torsdag" in line)
    assert lines[first : first + 2] == [
        "> R: Vi har nämnd på torsdag så det är mycket just nu.\\",
        "> I: Kan du berätta hur länge du har suttit i nämnden?",
    ]
