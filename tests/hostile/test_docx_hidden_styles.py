"""Text a Word document hides through a style (red team, round 10).

The Word reader left out a run formatted as hidden itself (``w:vanish``), as Word does not
show or print it. A template's character style with the Hidden effect (a "Dold" style for
the transcriber's notes: the participant's full name, a phone number), or a paragraph style
that hides its text, hides the same way in Word, but its text came into the transcript,
the coded passages and every export. A run's own setting still stands over its style's,
and a style hides what the style it is based on hides.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

from qualcode import Project


def _write(path: Path) -> Path:
    document = docx.Document()
    styles = document.styles
    dold = styles.add_style("Dold", WD_STYLE_TYPE.CHARACTER)
    dold.font.hidden = True
    child = styles.add_style("Dold namn", WD_STYLE_TYPE.CHARACTER)
    child.base_style = dold
    note = styles.add_style("Anteckning", WD_STYLE_TYPE.PARAGRAPH)
    note.font.hidden = True
    p = document.add_paragraph("R: Jag pratade med ")
    p.add_run("Anna Berg 070-123 45 67", style="Dold")
    p.add_run("chefen om det.")
    p = document.add_paragraph("R: Och ")
    p.add_run("Elin Sjöberg", style="Dold namn")
    p.add_run("hon höll med.")
    document.add_paragraph("Transkriberarens anteckning: Karin Ek ringde.", style="Anteckning")
    p = document.add_paragraph("R: Men ")
    shown = p.add_run("detta syns", style="Dold")
    shown.font.hidden = False  # the run's own word stands over its style's
    p.add_run(" ändå.")
    document.save(str(path))
    return path


def test_text_hidden_through_a_style_stays_out(tmp_path: Path) -> None:
    path = _write(tmp_path / "ip_01.docx")
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        text = project.document(doc.id).text
    for hidden in ("Anna Berg", "070-123", "Elin", "Karin Ek", "Transkriberarens"):
        assert hidden not in text, hidden
    assert "R: Jag pratade med chefen om det." in text
    assert "R: Och hon höll med." in text
    assert "R: Men detta syns ändå." in text
