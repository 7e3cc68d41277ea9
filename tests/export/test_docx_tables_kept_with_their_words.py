"""A Word summary keeps the sentence that says how to read a table, and a theme's chart
of an attribute, on the page of the table. Converted to PDF, the demo's English
consensus summary ended its first page on "Themes by municipality" and "Participants who
voiced the theme; n is the number of coded participants with that value.", with the
table those words explain at the top of the next (render43)."""

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


def _before_tables(path: Path) -> list[tuple[str, bool]]:
    """For each table, the paragraph just before it: its text (or "<picture>") and whether
    it keeps with the next."""
    body = Document(str(path)).element.body
    out = []
    previous = None
    for element in body.iterchildren():
        if element.tag == qn("w:tbl") and previous is not None:
            keep = previous.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
            kept = keep is not None and keep.get(qn("w:val")) in (None, "1", "true", "on")
            picture = bool(previous.findall(f".//{qn('w:drawing')}"))
            text = (
                "<picture>" if picture else "".join(t.text or "" for t in previous.iter(qn("w:t")))
            )
            style = previous.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            heading = style is not None and style.get(qn("w:val")).startswith("Heading")
            if not heading:  # a heading keeps with the next by its style
                out.append((text, kept))
        previous = element if element.tag == qn("w:p") else None
    return out


def test_the_words_before_a_table_keep_with_it(tmp_path: Path) -> None:
    before = _before_tables(_summary(tmp_path))
    sentences = [(text, kept) for text, kept in before if text != "<picture>"]
    assert any(text.startswith("Participants who voiced the theme") for text, _ in sentences)
    assert sentences and all(kept for _, kept in sentences), sentences


def test_a_themes_chart_keeps_with_its_table(tmp_path: Path) -> None:
    pictures = [kept for text, kept in _before_tables(_summary(tmp_path)) if text == "<picture>"]
    assert pictures and all(pictures)
