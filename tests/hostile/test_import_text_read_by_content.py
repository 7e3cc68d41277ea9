"""``import_text`` reads a text by what it holds, not by the name it is given.

Whether a text's lines part as its writer parted them (``plain_lines``: a policy document's
head a unit a line) was decided from the name ending in ".txt": the same plan given as
"plan", "plan.text" or "handlingsplan.docx" kept its head glued to its first sentence, one
unit a coder could only code whole; and a PDF's text with its pages parted by form feeds,
which `qualcode import` reads without its running heads and page numbers, kept them.
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


def test_a_pdfs_pages_given_as_a_string_read_as_the_file_does(tmp_path: Path) -> None:
    path = tmp_path / "plan_pages.txt"
    path.write_text(PAGES.format(n=""), encoding="utf-8")
    read = []
    for door in ("file", "string"):
        with Project.create(tmp_path / f"{door}.db") as p:
            p.add_coder("lena", role="lead")
            p.act_as("lena")
            if door == "file":
                (doc,) = p.import_files([path]).imported
            else:
                doc = p.import_text("plan pages", PAGES.format(n=""), lang="sv")
            read.append((p.store.documents.get(doc.id).text, _units(p, doc.id)))
    assert read[0] == read[1]
    assert "Sida 2 av 2" not in read[0][0]
