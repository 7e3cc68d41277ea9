"""A transcript headed by a title with a colon ("Interview 4: team leader, elder care") read
the title as a speaker: a participant "Interview 4" cited in quotes and offered a pseudonym,
whose turn ran on over the heading below it up to the interviewer's first question."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import find_turns, read_document

# Invented for this test.
TALK = (
    "Interviewer: Could you describe your team?\n\n"
    "Respondent: We are nine nurses and one planner.\n\n"
    "Interviewer: And the weeks?\n\n"
    "Respondent: Mondays we plan, Fridays we look back.\n"
)


def test_a_docx_title_with_a_colon_is_no_speaker(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Interview 4: team leader, elder care", 1)
    document.add_heading("Background", 2)
    for line in TALK.strip().split("\n\n"):
        document.add_paragraph(line)
    path = tmp_path / "interview.docx"
    document.save(str(path))
    raw = read_document(path)
    # the title and the heading are passages of nobody's (ingest39), the title no speaker
    assert [t.speaker for t in raw.turns] == [None, None] + ["Interviewer", "Respondent"] * 2
    said = [raw.text[t.start : t.end] for t in raw.turns[:3]]
    assert said == [
        "Interview 4: team leader, elder care",
        "Background",
        "Could you describe your team?",
    ]


def test_a_speaker_heard_once_at_the_top_still_speaks() -> None:
    """One who says a sentence first, as a host welcoming, is a speaker as before."""
    text = "Lena: Welcome, and thank you for coming.\n\n" + TALK
    assert [t.speaker for t in find_turns(text)][:2] == ["Lena", "Interviewer"]
