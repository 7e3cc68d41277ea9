"""A document's title, its cover page and a heading above one sentence are never suggested
on their own; a quoted sentence standing as its own paragraph is a sentence, and is.

Each document is imported through the project (the product's reader, spaCy's units) and
suggested with the core tier. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.nlp import headings
from tests.nlp.engine_kit import turn_unit

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"
POINT = (
    "Hög personalomsättning bland socialsekreterare gör att familjer möter nya handläggare "
    "hela tiden. Nämnden vill därför minska ärendemängden."
)


def test_only_the_few_lines_before_the_first_sentence_are_a_title_page() -> None:
    title = [
        turn_unit(0, "Arbetsmiljöplan"),
        turn_unit(1, "Socialförvaltningen"),
        turn_unit(2, "Bilaga 2"),
    ]
    body = [turn_unit(3, "Planen gäller från januari.")]
    assert headings.headings(title + body).tolist() == [True, True, True, False]
    # seven lines are a list (or a page read line by line), and lines alone no title page
    items = [turn_unit(k, f"Insats nummer {k} för nyanställda") for k in range(7)]
    assert headings.headings([*items, turn_unit(7, "Planen gäller från januari.")]).sum() == 0
    assert headings.headings(title).sum() == 0  # three lines alone: a list, as before


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "cover.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


def _suggested(project: Project, path: Path) -> list[str]:
    report = project.import_files([path], lang="sv")
    doc = report.imported[0].id
    text = project.store.documents.get(doc).text
    return [text[s.start : s.end] for s in project.suggest([doc], semantic=False)]


@pytest.mark.slow
def test_the_lines_of_a_cover_page_are_not_suggested(project: Project, tmp_path: Path) -> None:
    """Three lines before the first sentence were taken for a list's items, and the third,
    a plan's subtitle naming its themes, was integration 0.99."""
    path = tmp_path / "program.txt"
    subtitle = "Hög personalomsättning, sjukskrivningar och arbetsmiljö bland socialsekreterare"
    path.write_text(
        "Personalpolitiskt program 2025-2028\n\nFör socialtjänsten i Sundsvalls kommun\n\n"
        f"{subtitle}\n\nProgrammet antogs av kommunfullmäktige i november.\n\n{POINT}\n",
        encoding="utf-8",
    )
    suggested = _suggested(project, path)
    assert not any(subtitle in s or "Personalpolitiskt" in s for s in suggested)
    assert any(s.startswith("Hög personalomsättning bland") for s in suggested)


@pytest.mark.slow
def test_a_long_title_of_a_word_document_is_not_suggested(project: Project, tmp_path: Path) -> None:
    """A title of thirteen words is longer than a heading, yet opens the document."""
    import docx

    title = (
        "Ledarskap, arbetsmiljö och hög personalomsättning bland socialsekreterare "
        "i socialtjänsten 2025-2028"
    )
    document = docx.Document()
    document.add_paragraph(title)
    document.add_paragraph("Programmet antogs av kommunfullmäktige i november.")
    document.add_paragraph(POINT)
    path = tmp_path / "program.docx"
    document.save(str(path))
    suggested = _suggested(project, path)
    assert not any("Ledarskap" in s for s in suggested)
    assert any(s.startswith("Hög personalomsättning") for s in suggested)


@pytest.mark.slow
def test_a_heading_above_one_sentence_is_not_suggested(project: Project, tmp_path: Path) -> None:
    """Twelve words between two sentences: a heading, though the paragraph under it has one
    unit (``section_heads`` asks for two, as a list's last item may stand above one)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Programmet antogs av kommunfullmäktige i november.\n\n"
        "Hög personalomsättning, sjukskrivningar och dålig arbetsmiljö bland "
        "socialsekreterarna i kommunen\n\nNämnden följer upp programmet varje år.\n",
        encoding="utf-8",
    )
    assert _suggested(project, path) == []


@pytest.mark.slow
def test_a_quoted_sentence_as_its_own_paragraph_is_suggested(
    project: Project, tmp_path: Path
) -> None:
    """Its full stop lies inside the closing quote: it was read as a heading and never
    scored."""
    path = tmp_path / "news.txt"
    path.write_text(
        "Socialsekreterarna beskriver hur besluten kom uppifrån.\n\n"
        "”Ingen frågade oss någonsin vad vi tyckte.”\n\n"
        "Nämnden följer upp programmet varje år.\n",
        encoding="utf-8",
    )
    assert any("Ingen frågade oss" in s for s in _suggested(project, path))
