"""``Project.coders_offered``: the order the first question lists the coders in is the
service's. A coder's own copy (`handout`) offers her first, the others in their order; the
TUI sorted the list itself (review49). omar, opening his copy and pressing ↓ and Enter,
worked as the lead lena, whose name sorts first (user49)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def _copy(tmp_path: Path) -> tuple[Path, Path]:
    lead = tmp_path / "team.db"
    with Project.create(lead) as project:
        project.apply_codebook(small_codebook())
        for name, role in (("lena", "lead"), ("karin", "coder"), ("omar", "coder")):
            project.add_coder(name, role=role)
        project.act_as("lena")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        project.handout("omar", tmp_path / "omar.db")
    return lead, tmp_path / "omar.db"


def test_a_copy_offers_its_coder_first_and_the_others_in_order(tmp_path: Path) -> None:
    _, copy = _copy(tmp_path)
    with Project.open(copy) as project:
        coders, handed = project.coders_offered()
    assert handed == "omar"
    names = [c.name for c in coders]
    assert names[0] == "omar" and names[1:] == sorted(names[1:]) and "lena" in names


def test_the_leads_own_project_and_a_lead_switching_keep_the_order(tmp_path: Path) -> None:
    lead, copy = _copy(tmp_path)
    with Project.open(lead) as project:
        coders, handed = project.coders_offered()
    assert handed is None and [c.name for c in coders] == ["karin", "lena", "omar"]
    with Project.open(copy) as project:
        coders, handed = project.coders_offered(lead="lena")
    names = [c.name for c in coders]
    assert handed is None and names == sorted(names) and names[0] != "omar"
