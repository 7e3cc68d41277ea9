"""A codebook printed for a paper's appendix never ends a page on a code's name and key,
nor on the word "Examples": each goes to the next page with what it leads. Converted to
PDF, the demo's Swedish codebook ended its fifth page on "Från separering till
integrering av arbetsmiljö och verksamhetskvalitet" and "integration", its definition
overleaf (render43); with the key kept, that page ends on the code before it. A key kept
with the next still left the name alone at a page's foot in LibreOffice wherever the key
fitted and the definition's first two lines did not (render46): the key is now the
definition paragraph's first line."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from qualcode import Project
from tests.export.docx_keeps_kit import loose_headings


def _codebook(demo: Path, lang: str) -> Path:
    """The demo's codebook in ``lang`` once lena put every name qualcode proposes on the
    pseudonym key (the places in its examples read "Kommun A" and so on), as in render43's
    demo, whose fourth page the name and key ended."""
    with Project.open(demo) as project:
        project.act_as("lena")
        kinds = ("speaker", "person", "other", "place", "workplace")
        project.apply_suggested_pseudonyms("lena", kinds)
        return project.export_codebook(demo.with_name(f"codebook_{lang}.docx"), lang=lang)


def test_a_codes_key_opens_its_definition_and_its_examples_word_keeps_with_the_next(
    demo: Path,
) -> None:
    with Project.open(demo) as project:
        keys = {code.key for code in project.codebook()}
    path = _codebook(demo, "sv")
    paragraphs = Document(str(path)).paragraphs
    keyed = [p for p in paragraphs if p.text.split("\n")[0] in keys]
    assert len(keyed) == len(keys)
    assert all(p.text.split("\n")[1].startswith("Definition. ") for p in keyed)
    examples = [p for p in paragraphs if p.text == "Exempel"]
    assert len(examples) == len(keys)
    assert all(p.paragraph_format.keep_with_next for p in examples)
    assert loose_headings(path) == []
