"""The agenda's context that opens on a speaker's turn opens with the speaker's label. The
demo's agenda (render44) quoted "Vad hände då?" and then "IP1: Då ... öh, då pratade ...":
the interviewer's label was left off its first line, so a team read a question with no
speaker, and a case opening on a respondent's turn gave no hint whose words came first."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

# my own words, an interview's turns
TEXT = (
    "Intervjuare: Hur började det hela för er del?\n"
    "IP: Nämnden kom ut till oss en gång i månaden och frågade hur det gick.\n"
    "Intervjuare: Och vad hände sedan med det?\n"
    "IP: Sedan satte vi upp en plan tillsammans med cheferna och nämnden.\n"
)
PASSAGE = "Sedan satte vi upp en plan tillsammans med cheferna och nämnden."


def test_a_context_opening_on_a_turn_shows_its_label(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        for coder in ("johan", "karin"):
            project.add_coder(coder)
        project.add_code("dialogue", {"sv": "Uppdragsdialog"})
        doc = project.import_text("intervju_07.txt", TEXT, lang="sv")
        start = TEXT.index(PASSAGE)
        project.add_coding(doc.id, start, start + len(PASSAGE), "dialogue", "karin")
        question = TEXT.index("Och vad hände")  # a sentence johan alone codes, elsewhere
        project.add_coding(doc.id, question, question + 13, "dialogue", "johan")
        for coder in ("johan", "karin"):
            project.set_status(doc.id, coder, "done")
        project.act_as("lena")
        project.write_agenda(tmp_path / "agenda.md", lang="sv")
    agenda = (tmp_path / "agenda.md").read_text("utf-8")
    lines = agenda.splitlines()
    # the first line of each quoted context
    openings = [
        line
        for line, before in zip(lines, ["", *lines], strict=False)
        if line.startswith(">") and not before.startswith(">")
    ]
    assert openings, agenda
    # each opens on a speaker's label ("> Intervjuare: ...", "> IP: ...")
    assert all(line.split()[1].endswith(":") for line in openings), openings
