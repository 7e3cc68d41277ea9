"""A memo's running text keeps a proposed place in the memo's own language (pseudo40b).

The English memos export of a Swedish study printed "Politikerna i Municipality A ..."
inside a Swedish memo: the key's proposals were read in the export's words everywhere,
the memo's sentence too. Headings stay in the export's language.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

SV = "I: Hur är arbetet i Ekstad?\n\nIP: Vi pratar mycket om uppdraget här i Ekstad.\n"
MEMO = "Politikerna i Ekstad var tveksamma till att satsa på dialogen med brukarna."


def test_a_swedish_memo_reads_kommun_in_an_english_export(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.import_text("eks_01.txt", SV, lang="sv", attributes={"municipality": "Ekstad"})
        project.apply_suggested_pseudonyms("lena", ["place"])
        project.add_memo("project", "project", "lena", MEMO)
        english = project.export_memos(tmp_path / "en.md", "lena", lang="en").read_text()
        swedish = project.export_memos(tmp_path / "sv.md", "lena", lang="sv").read_text()
    assert "Politikerna i Kommun A var" in english, english
    assert "Municipality" not in english and "Ekstad" not in english, english
    assert "Politikerna i Kommun A var" in swedish, swedish
