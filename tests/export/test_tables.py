"""The tables papers print: denominators, themes x participants, themes by municipality
and role as participants of n coded; every figure recounted from the codings."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import docx
import pytest

from qualcode import Project
from tests.export.libreoffice_kit import needs_libreoffice, set_text

# slow: renders the tables for papers as docx/xlsx
pytestmark = pytest.mark.slow


def test_denominators_matrix_and_shares_recount(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        summary = project.build_summary(layer="coder", lang="en")
        docs = {d.id: d for d in project.documents()}
        codings = project.codings(layer="coder")
        numbers = project.participant_numbers()
        text = project.export_summary(tmp_path / "s.md", layer="coder").read_text("utf-8")
    coded = {c.document_id for c in codings}
    sections = {s.key: s for s in summary.sections}
    assert sections["material"].text.startswith(f"{len(docs)} interviews, {len(coded)} of them")
    material = sections["material"].table
    aby = material[(material["Value"] == "Åby")].iloc[0]
    in_aby = [d for d in docs.values() if d.attributes.get("municipality") == "Åby"]
    assert aby["Interviews"] == len(in_aby)
    assert aby["Coded"] == len([d for d in in_aby if d.id in coded])
    # themes x participants: codings per theme and participant, recounted
    matrix = sections["matrix"].table.set_index("Participants")
    expected: dict[tuple[str, str], int] = defaultdict(int)
    for c in codings:
        expected[(c.code, f"IP{numbers[c.document_id]}")] += 1
    names = {t.key: t.name for t in summary.themes}
    for (code, person), n in expected.items():
        assert matrix.loc[person, names[code]] == n
    assert all(
        matrix.loc["Participants who voiced it", t.name] == t.documents for t in summary.themes
    )
    # themes by municipality: participants who voiced it, of n coded there
    shares = sections["shares_municipality"].table.set_index("Municipality")
    row = next(r for r in shares.index if r.startswith("Åby (n="))
    assert row == f"Åby (n={len([d for d in in_aby if d.id in coded])})"
    voiced = {c.document_id for c in codings if c.code == "integration"} & {d.id for d in in_aby}
    assert shares.loc[row, names["integration"]] == len(voiced)
    # each theme's count carries its denominator
    theme = summary.themes[0]
    count = f"{theme.segments} coded segments from {theme.documents} of {len(coded)} participants"
    assert count in text


def test_docx_tables_for_papers_have_headers_that_fit(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        path = project.export_summary(tmp_path / "s.docx", layer="coder", lang="sv")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Material" in headings and any(h.startswith("Teman per deltagare") for h in headings)
    for table in document.tables:
        for cell in table.rows[0].cells:
            longest = max((len(w) for w in cell.text.split()), default=0)
            # 9 pt Calibri: about 0.07 inch a character (a crowded table is set smaller);
            # no header word may be broken
            size = cell.paragraphs[0].runs[0].font.size.pt if cell.text else 9
            inch = 0.07 * size / 9
            assert cell.width is None or cell.width.inches >= longest * inch, cell.text


@needs_libreoffice
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_docx_set_by_libreoffice_breaks_no_theme_word(
    demo: Path, tmp_path: Path, lang: str
) -> None:
    """Rendered to PDF as a co-author's LibreOffice sets it: every word of every theme name
    and role comes out whole (a broken 'uppdragsmonol|og' would be two fragments)."""
    with Project.open(demo) as project:
        path = project.export_summary(tmp_path / f"{lang}.docx", layer="coder", lang=lang)
        names = [c.name(lang) for c in project.codebook()]
    text = set_text(path)
    wanted = {w for name in names for w in re.findall(r"\w+", name) if len(w) > 3}
    broken = [
        f"{word[:cut]}|{word[cut:]}"
        for word in wanted
        for cut in range(2, len(word))
        if re.search(rf"(?<!\w){word[:cut]}[ \t]*\n\s*{word[cut:]}(?!\w)", text)
    ]
    assert wanted and not broken, broken


def test_the_matrix_last_row_is_named_for_what_it_counts(demo: Path) -> None:
    """Its last row was labelled "Deltagare" like the column above it, so a co-author read
    a participant called "Participants"; it says it counts the participants who voiced it."""
    with Project.open(demo) as project:
        sv = project.build_summary(layer="coder", lang="sv")
    matrix = next(s for s in sv.sections if s.key == "matrix").table
    assert matrix.iloc[-1, 0] == "Deltagare som tog upp temat"
    assert list(matrix.iloc[:-1, 0]).count("Deltagare") == 0
