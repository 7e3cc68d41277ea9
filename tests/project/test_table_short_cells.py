"""A written table's short cells get no suggestion of their own (small37).

A plan imported from .docx keeps its tables as tab-parted rows. After a cell's full stop,
the rest of the row ("Ansvarig: politiken och förvaltningschef", "Budget 2027") was a unit
of its own and was suggested mission dialogue at 0.92, two of its words being the code's
keywords; a lone "Överanställning." cell got codes too. A row whose cell is a statement
keeps its suggestions, and so does a transcript's short answer laid out with tabs.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

PLAN = (
    "Syftet med planen är att minska sjukfrånvaron och personalomsättningen genom att ge "
    "nya socialsekreterare en strukturerad introduktion med mentor.\n\n"
    "Åtgärd\tAnsvarig\tNär\n\n"
    "Mentorskap för nyanställda. Varje ny medarbetare får en mentor.\tAnsvarig: enhetschef"
    "\tQ1\n\n"
    "Överanställning.\tAnsvarig: politiken och förvaltningschef\tBudget 2027\n\n"
    "Minska ärendemängden per handläggare till högst 25 ärenden\tAnsvarig: förvaltningschef"
    "\tLöpande\n"
)


def test_short_cells_get_no_suggestion_and_statements_keep_theirs(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("karin")
        doc = project.import_text("handlingsplan.docx", PLAN, lang="sv").id
        found = project.suggest([doc], coder="karin", min_score=0.05)
        ranked = project.ranked(doc, coder="karin", limit=100)
    said = {PLAN[s.start : s.end] for s in found} | {r.text for r in ranked}
    for cells in ("Ansvarig: enhetschef\tQ1", "Överanställning.", "Åtgärd\tAnsvarig\tNär"):
        assert not any(text.strip() == cells for text in said), cells
    assert not any(t.startswith("Ansvarig: politiken") for t in said)
    # the statements in the table's cells are still suggested
    assert any(t.startswith("Minska ärendemängden") for t in said)
    assert any("Varje ny medarbetare får en mentor." in t for t in said)


def test_only_the_cells_a_span_touches_count() -> None:
    from qualcode.project.table_cells import only_short_cells

    row = "Åtgärd\tAnsvarig: enhetschef\tQ1"
    assert only_short_cells(row, 7, len(row))
    statement = "Minska ärendemängden per handläggare till högst 25 ärenden\tQ1"
    assert not only_short_cells(statement, 0, len(statement))
    assert not only_short_cells("Ingen tabell här.", 0, 5)
