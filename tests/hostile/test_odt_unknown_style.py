"""An .odt paragraph naming a style the file lacks (red team, round 12).

The writer shows such a paragraph in the default paragraph style, as one naming no style
(a template's styles removed, a paragraph pasted from another file): where that style
hides its text (a notes template), the writer shows none of it, but it was read, since
only a paragraph naming no style was taken to be in the default one.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.hostile_kit import odt_file

NAMED = (
    '<office:styles><style:default-style style:family="paragraph">'
    '<style:text-properties text:display="none"/></style:default-style>'
    '<style:style style:name="Intervju" style:family="paragraph">'
    '<style:text-properties text:display="true"/></style:style></office:styles>'
)


def test_a_paragraph_in_a_missing_style_hides_as_the_default(tmp_path: Path) -> None:
    body = (
        '<text:p text:style-name="Saknas">Anteckning: Karin Ek ringde.</text:p>'
        '<text:h text:style-name="Rubrik_20_okänd">Elin Sjöberg</text:h>'
        '<text:p text:style-name="Intervju">R: Vi fick tid '
        '<text:span text:style-name="Saknas">att</text:span> prata.</text:p>'
    )
    path = odt_file(tmp_path / "ip_01.odt", "", body, NAMED)
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        assert project.document(doc.id).text == "R: Vi fick tid att prata."
