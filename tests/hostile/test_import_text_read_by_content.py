"""``import_text`` reads a text by what it holds, not by the name it is given, and keeps it
as given.

Whether a text's lines part as its writer parted them (``plain_lines``: a policy document's
head a unit a line) was decided from the name ending in ".txt": the same plan given as
"plan", "plan.text" or "handlingsplan.docx" kept its head glued to its first sentence, one
unit a coder could only code whole. A PDF's text whose pages form feeds or page numbers
part is read without its running heads and page numbers from a file (`qualcode import`),
but a notebook's string keeps them: taken out, the offsets the notebook had worked out on
its own string fell on other words (pseudo46).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

PLAN = (
    "Åby kommun\nSocialnämnden\nMOTION\n2024-03-01\nDnr 2024/{n}\n"
    "Bättre arbetsmiljö i socialtjänsten\n"
    "Vi föreslår att nämnden utreder hur ärendemängden kan minska. Det behövs fler tjänster.\n"
)
PAGES = (
    "Handlingsplan för socialtjänsten {n}\n\nSida 1 av 2\n"
    "Nämnden ska följa upp ärendemängden varje kvartal och rapportera till fullmäktige.\n"
    "\f"
    "Handlingsplan för socialtjänsten {n}\n\nSida 2 av 2\n"
    "Personalomsättningen ska minska genom introduktion och mentorskap för nyanställda.\n"
)

# the same pages copied whole, no form feeds, their numbers standing ("Sida 1(2)")
MARKED = (
    PAGES.replace("\f", "").replace("Sida 1 av 2", "Sida 1(2)").replace("Sida 2 av 2", "Sida 2(2)")
)


def _units(p: Project, doc_id: str) -> list[str]:
    text = p.store.documents.get(doc_id).text
    return [text[u.start : u.end] for u in p.store.documents.units(doc_id)]


@pytest.mark.parametrize("name", ["plan", "plan.text", "PLAN.TXT", "handlingsplan.docx"])
def test_a_plan_reads_alike_whatever_its_name(tmp_path: Path, name: str) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        as_txt = p.import_text("plan.txt", PLAN.format(n=1), lang="sv")
        named = p.import_text(name, PLAN.format(n=2), lang="sv")
        assert len(_units(p, named.id)) == len(_units(p, as_txt.id))
        assert "Socialnämnden" in _units(p, named.id)  # a head line is its own unit


@pytest.mark.parametrize("paged", [PAGES, MARKED], ids=["form feeds", "page numbers"])
def test_a_pdfs_pages_given_as_a_string_keep_the_notebooks_offsets(
    tmp_path: Path, paged: str
) -> None:
    """The file loses its pages' furniture; the string is kept, and a coding at offsets the
    notebook found on its string covers the words it found them on."""
    given = paged.format(n="2024")
    path = tmp_path / "plan_pages.txt"
    path.write_text(given, encoding="utf-8")
    sentence = "Personalomsättningen ska minska genom introduktion och mentorskap för nyanställda."
    start = given.index(sentence)
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        p.act_as("lena")
        (from_file,) = p.import_files([path]).imported
        doc = p.import_text("plan pages", given, lang="sv")
        kept = p.store.documents.get(doc.id).text
        coding = p.add_coding(doc.id, start, start + len(sentence), "mission", "lena")
        assert "Sida 2 av 2" not in p.store.documents.get(from_file.id).text
    assert kept == given.strip("\n")
    assert kept[coding.start : coding.end] == sentence
