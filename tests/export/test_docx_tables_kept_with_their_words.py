"""A Word summary keeps the sentence that says how to read a table, and a theme's chart
of an attribute, with the table. Converted to PDF, the demo's English consensus summary
ended its first page on "Themes by municipality" and "Participants who voiced the theme;
n is the number of coded participants with that value.", with the table those words
explain at the top of the next (render43). Kept with the table from above, they left the
heading alone at a page's foot in LibreOffice wherever they fitted and the table did not
(render46), which then put them under the table; md and html have them above, and a
co-author comparing the files read two orders (minor47). They stand above the table
again, under its heading, kept with nothing: the heading keeps with them, no chain."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from qualcode import Project

# my own words, an interview's answers
PLAN = (
    "I: Hur följer ni upp arbetsmiljön?\n"
    "R: Nämnden vill att arbetsmiljön följs upp i samma rapport som kvaliteten i stödet.\n"
    "I: Och konsulterna?\n"
    "R: Kostnaden för inhyrda konsulter ska vägas mot vad en fast tjänst kostar över flera år.\n"
)


def _summary(tmp_path: Path) -> Path:
    """Two interviews in two municipalities, each coded with both codes by lena."""
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("integration", {"en": "Integration", "sv": "Integrering"})
        project.add_code("economics", {"en": "Long-term economics", "sv": "Långsiktighet"})
        for n, place in enumerate(("Åby", "Ekstad")):
            text = f"{PLAN}I: Tack.\nR: Det var intervju nummer {n + 1}.\n"
            doc = project.import_text(f"intervju_{n}.txt", text, lang="sv")
            project.set_attributes(doc.id, {"municipality": place, "role": "politiker"})
            for answer, code in (("Nämnden", "integration"), ("Kostnaden", "economics")):
                start = text.index(answer)
                project.add_coding(doc.id, start, text.index("\n", start), code, "lena")
        return project.export_summary(tmp_path / "s.docx", layer="coder", lang="en")


def _around_tables(path: Path) -> list[tuple[str, str, str, bool]]:
    """For each table: what stands before it (a heading's style, "<picture>" or the text
    of a paragraph) and before that (a style, or ""), the text of what follows it, and
    whether the paragraph before it keeps with the next."""
    body = list(Document(str(path)).element.body.iterchildren())

    def said(element: object) -> str:
        if element.tag != qn("w:p"):  # type: ignore[attr-defined]
            return ""
        style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")  # type: ignore[attr-defined]
        if style is not None:
            return str(style.get(qn("w:val")))
        if element.findall(f".//{qn('w:drawing')}"):  # type: ignore[attr-defined]
            return "<picture>"
        return "".join(t.text or "" for t in element.iter(qn("w:t")))  # type: ignore[attr-defined]

    out = []
    for n, element in enumerate(body):
        if element.tag != qn("w:tbl"):
            continue
        before = body[n - 1]
        keeps = before.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
        kept = keeps is not None and keeps.get(qn("w:val")) in (None, "1", "true", "on")
        out.append((said(before), said(body[n - 2]), said(body[n + 1]), kept))
    return out


def test_the_words_on_a_table_stand_above_it_under_its_heading(tmp_path: Path) -> None:
    around = _around_tables(_summary(tmp_path))
    noted = [
        (older, kept) for before, older, _, kept in around if before.startswith("Participants who")
    ]
    assert noted and all(o.startswith("Heading") and not k for o, k in noted), noted
    # nothing that explains a table under it: a table ends what its heading leads
    assert all(after == "" or after.startswith("Heading") for _, _, after, _ in around), around


def test_a_themes_chart_stands_above_its_table_kept_with_nothing(tmp_path: Path) -> None:
    pictures = [
        (o, k) for before, o, _, k in _around_tables(_summary(tmp_path)) if before == "<picture>"
    ]
    assert len(pictures) == 4, pictures  # two themes, by municipality and by role
    assert all(o.startswith("Heading") and not k for o, k in pictures), pictures
