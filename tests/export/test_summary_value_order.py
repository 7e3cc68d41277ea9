"""A theme's table by role lists the values a reader looks up alphabetically, whatever
their case: a Swedish summary put "HR-strateg" before "avdelningschef" and "enhetschef"
in every theme's table, while its material table and charts had them in order (eyes21)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def test_roles_without_codings_follow_in_alphabetical_order(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        for n, role in enumerate(("socialsekreterare", "HR-strateg", "avdelningschef")):
            text = f"Intervju {n}.\n\n" + SV_TEXT
            project.import_text(f"doc_{n}.txt", text, lang="sv", attributes={"role": role})
        doc = next(d for d in project.documents() if d.name == "doc_0.txt")
        start = SV_TEXT.index("Nu har vi dialog") + len("Intervju 0.\n\n")
        project.add_coding(doc.id, start, start + 40, "mission_dialogue", "lena")
        out = project.export_summary(tmp_path / "s.md", layer="coder", lang="sv", viewer="lena")
    lines = out.read_text(encoding="utf-8").splitlines()
    table = lines[lines.index("| Roll | Segment | Kodade ord | Dokument |") :]
    roles = [row.split("|")[1].strip() for row in table[2:5]]
    assert roles == ["socialsekreterare", "avdelningschef", "HR-strateg"]
