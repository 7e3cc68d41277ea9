"""The Markdown summary's tables set their columns of figures to the right, as the .docx
and the page do: rendered (GitHub, Pandoc), a rule of plain '---' left every count under
a theme or a role on the left, 12 under 3 read by its first digit (render40)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

SAID = "Vi talar om uppdraget och om vad det kostar på lång sikt för familjerna."


def _table_after(text: str, heading: str) -> list[str]:
    """The lines of the first pipe table after ``heading``."""
    lines = text[text.index(heading) :].splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("|"))
    end = next((n for n in range(start, len(lines)) if not lines[n].startswith("|")), None)
    return lines[start:end]


def test_counts_stand_to_the_right_and_names_to_the_left(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.add_code("dialogue", {"sv": "Från uppdragsmonolog till uppdragsdialog"})
        for n, role in enumerate(("enhetschef", "politiker")):
            text = f"I: Berätta om intervju {n + 1}.\nR: {SAID}\n"
            doc = project.import_text(f"intervju_{n}.txt", text, lang="sv")
            project.set_attributes(doc.id, {"role": role, "municipality": "Åby"})
            start = text.index(SAID)
            project.add_coding(doc.id, start, start + len(SAID), "dialogue", "lena")
        page = project.export_summary(tmp_path / "s.md", layer="coder", lang="sv")
    text = page.read_text("utf-8")
    material = _table_after(text, "## Material")
    assert material[0].startswith("| Attribut | Värde | Intervjuer |")
    assert material[1].startswith("| --- | --- | ---: | ---: |")  # was '| --- | --- | --- |'
    by_role = _table_after(text, "Efter roll")
    assert by_role[1] == "| --- | ---: | ---: | ---: |", by_role[:2]
