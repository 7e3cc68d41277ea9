"""A Word export is marked as written in its language, where Word's spelling check reads
it: the default run language of its styles. The file's properties said "sv" while every
run stayed US English (python-docx's template), so a co-author who opened the Swedish
summary, codebook, memos or agenda in Word saw each Swedish word underlined as misspelt
(render43)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from qualcode import Project


def _spelling(path: Path) -> str | None:
    """The language of the document's default run, as Word's proofing reads it."""
    styles = Document(str(path)).styles.element
    tag = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return None if tag is None else tag.get(qn("w:val"))


@pytest.mark.parametrize(("lang", "tag"), [("sv", "sv-SE"), ("en", "en-US")])
def test_every_word_export_is_marked_in_its_language(
    demo: Path, tmp_path: Path, lang: str, tag: str
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.add_memo("project", "project", "lena", "Jämför kommunerna i nästa omgång.")
        written = [
            project.export_summary(tmp_path / "s.docx", layer="coder", lang=lang),
            project.export_codebook(tmp_path / "c.docx", lang=lang),
            project.export_memos(tmp_path / "m.docx", "lena", lang=lang),
        ]
        project.write_agenda(tmp_path / "a.docx", lang=lang)
    for path in [*written, tmp_path / "a.docx"]:
        assert _spelling(path) == tag, path.name
