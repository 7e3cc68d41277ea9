"""A coding that begins inside a participant's name does not cut the name out of the key.

The agenda prints each open case's passage in bold within its context; each piece went
through the key alone, so a coding beginning at "rin:" of "Karin:" left "Ka" and "rin",
neither her name: the Markdown agenda printed "Ka**rin:" and the Word agenda was refused
as naming her (pseudo40). The context is rendered whole and cut where the passage was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.export_kit import export_text

TEXTS = {
    "sv": (
        "I: Hur var det på enheten när du började?\n\n"
        "Karin: Det var tungt, vi hade för många ärenden och ingen tid.\n\n"
        "I: Vad hände sedan?\n\n"
        "Karin: Vi fick fler tjänster till slut.\n"
    ),
    "en": (
        "I: How was it in the team when you started?\n\n"
        "Karin: It was hard, far too many cases and no time at all.\n\n"
        "I: And then?\n\n"
        "Karin: We got more posts in the end.\n"
    ),
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_agenda_keeps_a_name_a_coding_cuts(tmp_path: Path, lang: str) -> None:
    text = TEXTS[lang]
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        for name in ("johan", "mira"):
            project.add_coder(name)
        project.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        project.add_code("systems", {"sv": "System", "en": "Systems"})
        project.act_as("lena")
        doc = project.import_text(f"doc_{lang}.txt", text, lang=lang).id
        project.apply_suggested_pseudonyms("lena")
        start = text.index("Karin") + 2  # "rin: ..."
        for name, code in (("johan", "mission"), ("mira", "systems")):
            project.act_as(name)
            project.add_coding(doc, start, start + 40, code, name)
            project.set_status(doc, name, "done")
        project.act_as("lena")
        for suffix in (".md", ".docx"):
            assert project.write_agenda(tmp_path / f"a{suffix}", lang=lang, viewer="lena") == 1
    for suffix in (".md", ".docx"):
        written = export_text(tmp_path / f"a{suffix}").replace("*", "")
        assert "Karin" not in written and "IP1" in written, written
