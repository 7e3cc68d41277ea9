"""A Word summary keeps the sentence that says how to read a table, and a theme's chart
of an attribute, on the page of the table. Converted to PDF, the demo's English
consensus summary ended its first page on "Themes by municipality" and "Participants who
voiced the theme; n is the number of coded participants with that value.", with the
table those words explain at the top of the next (render43). Kept with the table from
above, they left the heading alone at a page's foot in LibreOffice wherever they fitted
and the table did not (render46): the table now stands right under its heading, and the
sentence or the chart under the table, its last row kept with them."""

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


def _around_tables(path: Path) -> list[tuple[str, str, bool]]:
    """For each table: the style of the paragraph just before it, the text of the one
    just after it (or "<picture>"), and whether its last row keeps with the next."""
    body = list(Document(str(path)).element.body.iterchildren())
    out = []
    for n, element in enumerate(body):
        if element.tag != qn("w:tbl"):
            continue
        before, after = body[n - 1], body[n + 1]
        style = before.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        picture = bool(after.findall(f".//{qn('w:drawing')}"))
        text = "<picture>" if picture else "".join(t.text or "" for t in after.iter(qn("w:t")))
        last = element.findall(qn("w:tr"))[-1]
        keeps = [p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") for p in last.iter(qn("w:p"))]
        out.append(
            (
                "" if style is None else style.get(qn("w:val")),
                text,
                all(
                    k is not None and k.get(qn("w:val")) in (None, "1", "true", "on") for k in keeps
                ),
            )
        )
    return out


def test_a_table_stands_under_its_heading_and_keeps_with_the_words_after_it(
    tmp_path: Path,
) -> None:
    around = _around_tables(_summary(tmp_path))
    assert all(style.startswith("Heading") for style, _, _ in around), around
    noted = [(text, kept) for _, text, kept in around if text.startswith("Participants who")]
    assert noted and all(kept for _, kept in noted), noted


def test_a_themes_chart_stands_under_its_table_kept_with_it(tmp_path: Path) -> None:
    pictures = [kept for _, text, kept in _around_tables(_summary(tmp_path)) if text == "<picture>"]
    assert len(pictures) == 4 and all(pictures)  # two themes, by municipality and by role
