"""Text above an interview's first speaker label (a title, a consent note, the minutes of a
meeting before the talk) had no turn and so no sentence units: no suggestion reached it and
a coding there counted in no unit's agreement. It is now a passage of nobody's, its units
made as every other passage's, whichever format the interview came in."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

# Invented for this test.
ABOVE = [
    "Intervju 7, Norrby kommun",
    "Samtycke lämnades muntligt. Inspelningen raderas när avskriften är granskad.",
]
TALK = [
    "I: Hur ser arbetsmiljön ut i gruppen?",
    "R: Vi har för många ärenden. Cheferna lyssnar ändå på oss.",
    "I: Vad har förändrats?",
    "R: Vi har fått en introduktion för nya kollegor.",
]


def _txt(path: Path) -> None:
    path.write_text("\n\n".join(ABOVE + TALK) + "\n", encoding="utf-8")


def _docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(ABOVE[0], 1)
    for line in ABOVE[1:] + TALK:
        document.add_paragraph(line)
    document.save(str(path))


def _odt(path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=ABOVE[0]))
    for line in ABOVE[1:] + TALK:
        document.text.addElement(P(text=line))
    document.save(str(path))


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".odt"])
def test_the_text_above_the_first_speaker_has_units(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"intervju{suffix}"
    {".txt": _txt, ".docx": _docx, ".odt": _odt}[suffix](path)
    with Project.create(tmp_path / "p.db") as project:
        project.import_files([path], lang="sv")
        doc = project.document("intervju")
        turns = project.turns(doc.id)
        units = [doc.text[u.start : u.end] for u in project.units(doc.id)]
    assert [t.speaker for t in turns] == [None, None, "I", "R", "I", "R"]
    assert [doc.text[t.start : t.end] for t in turns[:2]] == ABOVE
    assert units[:3] == [
        "Intervju 7, Norrby kommun",
        "Samtycke lämnades muntligt.",
        "Inspelningen raderas när avskriften är granskad.",
    ]
    assert units[3] == "Hur ser arbetsmiljön ut i gruppen?"
