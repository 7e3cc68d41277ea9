"""A codebook printed for a paper's appendix never ends a page on a code's name and key,
nor on the word "Examples": each goes to the next page with what it leads. Converted to
PDF, the demo's Swedish codebook ended its fifth page on "Från separering till
integrering av arbetsmiljö och verksamhetskvalitet" and "integration", its definition
overleaf (render43); with the key kept, that page ends on the code before it."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from qualcode import Project


def _codebook(demo: Path, lang: str) -> Path:
    """The demo's codebook in ``lang`` once lena put every name qualcode proposes on the
    pseudonym key (the places in its examples read "Kommun A" and so on), as in render43's
    demo, whose fourth page the name and key ended."""
    with Project.open(demo) as project:
        project.act_as("lena")
        kinds = ("speaker", "person", "other", "place", "workplace")
        project.apply_suggested_pseudonyms("lena", kinds)
        return project.export_codebook(demo.with_name(f"codebook_{lang}.docx"), lang=lang)


def test_a_codes_key_and_its_examples_word_keep_with_the_next(demo: Path) -> None:
    with Project.open(demo) as project:
        keys = {code.key for code in project.codebook()}
    paragraphs = Document(str(_codebook(demo, "sv"))).paragraphs
    leading = [p for p in paragraphs if p.text in keys or p.text == "Exempel"]
    assert len(leading) >= 2 * len(keys)
    assert all(p.paragraph_format.keep_with_next for p in leading)
