"""Every report and the theme summary narrowed to one document set (``doc_set``): the
counts, quotes and co-occurrences of the set's documents only, and the summary saying
which set it is of. An unknown set is one line and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.conftest import add_plain_document


def test_frequencies_crosstab_and_quotes_count_the_sets_documents(towns: Project) -> None:
    towns.make_document_set("south", "lena", ["aby_01", "ekstad_01"])
    whole = towns.report_frequencies(["municipality"])
    assert set(whole["municipality"]) == {"Åby", "Ekstad", "Norrvik"}
    south = towns.report_frequencies(["municipality"], doc_set="south")
    assert set(south["municipality"]) == {"Åby", "Ekstad"}
    # karin and johan on both first sentences, johan on Ekstad's second: five codings
    assert south["segments"].sum() == 5 and whole["segments"].sum() == 7
    crosstab = towns.report_crosstab("municipality", doc_set="south")
    assert "Norrvik" not in crosstab.columns and "Åby" in crosstab.columns
    quotes = towns.report_quotes(per_code=10, doc_set="south")
    assert set(quotes["document_name"]) == {"aby_01.txt", "ekstad_01.txt"}


def test_cooccurrence_counts_within_the_set(towns: Project) -> None:
    # a second code beside Norrvik's first sentence: the two codes meet there only
    doc = next(d for d in towns.documents() if d.name == "norrvik_01.txt")
    unit = towns.units(doc.id)[0]
    towns.add_coding(doc.id, unit.start, unit.end, "caseload", "karin")
    towns.make_document_set("north", "lena", ["norrvik_01"])
    towns.make_document_set("south", "lena", ["aby_01", "ekstad_01"])
    north = towns.report_cooccurrence(doc_set="north")
    # karin's own passage: johan's code on it is his reading, not hers (study46)
    assert north.loc["caseload", "mission_dialogue"] == 1
    south = towns.report_cooccurrence(doc_set="south")
    assert "caseload" not in south.index or south.loc["caseload", "mission_dialogue"] == 0


def test_an_unknown_set_is_one_line_before_any_work(towns: Project, tmp_path: Path) -> None:
    for report in (
        lambda: towns.report_frequencies(doc_set="nope"),
        lambda: towns.report_cooccurrence(doc_set="nope"),
        lambda: towns.export_summary(tmp_path / "s.md", layer="coder", doc_set="nope"),
        lambda: towns.export_qdpx(tmp_path / "p.qdpx", doc_set="nope"),
    ):
        with pytest.raises(NotFoundError, match=r"^no document set 'nope' \(sets: none yet\)$"):
            report()
    assert not (tmp_path / "s.md").exists() and not (tmp_path / "p.qdpx").exists()


def test_the_summary_is_of_the_sets_documents_and_says_so(towns: Project) -> None:
    towns.make_document_set("north", "lena", ["norrvik_01"])
    summary = towns.build_summary("coder", doc_set="north")
    assert summary.layer == "all coders, documents of the set “north”"
    material = next(s for s in summary.sections if s.key == "material")
    assert material.text is not None and material.text.startswith("1 interview, 1 of 1")
    assert [q.document for theme in summary.themes for q in theme.quotes] == ["norrvik_01"]
    assert summary.methods is not None  # agreement on the set's one document, not three
    assert "2 sentence units in 1 document," in summary.methods
    assert "in 3 documents" in (towns.build_summary("coder").methods or "")
    swedish = towns.build_summary("coder", lang="sv", doc_set="north")
    assert swedish.layer == "alla kodare, dokumenten i gruppen ”north”"


@pytest.mark.slow  # renders the summary in every format, charts included
def test_every_summary_format_names_the_set(towns: Project, tmp_path: Path) -> None:
    import zipfile

    towns.make_document_set("north", "lena", ["norrvik_01"])
    for suffix in (".md", ".html", ".docx", ".xlsx"):
        path = towns.export_summary(tmp_path / f"s{suffix}", layer="coder", doc_set="north")
        if suffix in (".md", ".html"):
            text = path.read_text(encoding="utf-8")
        else:
            with zipfile.ZipFile(path) as archive:
                text = " ".join(
                    archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith("xml")
                )
        assert "north" in text, suffix  # the workbook's last sheet, 'Layer', says it too
        assert "aby_01" not in text and "ekstad_01" not in text, suffix


def test_a_codes_passages_are_those_of_the_set(towns: Project) -> None:
    towns.make_document_set("north", "lena", ["norrvik_01"])
    everywhere = towns.retrieve("mission_dialogue", "lena")
    north = towns.retrieve("mission_dialogue", "lena", doc_set="north")
    assert {p.document for p in everywhere} == {"aby_01.txt", "ekstad_01.txt", "norrvik_01.txt"}
    assert {p.document for p in north} == {"norrvik_01.txt"} and len(north) == 2
    # a value only documents outside the set have: no passage, not an error
    assert (
        towns.retrieve(
            "mission_dialogue", "lena", attributes={"municipality": "Åby"}, doc_set="north"
        )
        == []
    )
    with pytest.raises(NotFoundError, match=r"^no document set 'south'"):
        towns.retrieve("mission_dialogue", "lena", doc_set="south")


def test_cases_and_the_agenda_are_those_of_the_set(towns: Project, tmp_path: Path) -> None:
    # johan coded Ekstad's second sentence alone: the one case, and only in Ekstad
    towns.make_document_set("north", "lena", ["norrvik_01"])
    towns.make_document_set("south", "lena", ["aby_01", "ekstad_01"])
    assert len(towns.cases()) == 1
    assert towns.cases(doc_set="north") == []
    [case] = towns.cases(doc_set="south")
    assert case.case.document_id == next(
        d.id for d in towns.documents() if d.name == "ekstad_01.txt"
    )
    scope, items = towns.agenda(doc_set="north")
    assert items == [] and "in the set 'north'" in scope
    assert towns.write_agenda(tmp_path / "south.md", doc_set="south", viewer="lena") == 1
    assert "in the set 'south'" in (tmp_path / "south.md").read_text(encoding="utf-8")


def test_the_methods_paragraph_counts_the_material_of_the_set(towns: Project) -> None:
    """Of one set, the methods paragraph said 'The coders worked on 3 of the 4 documents'
    of the whole project: a paper about one round printed the other rounds' count (red
    team 17). A fourth document, nobody's coded, joins Norrvik's in the set."""
    add_plain_document(towns, "storby_01.txt", ["En mening som ingen kodade."])
    towns.make_document_set("north", "lena", ["norrvik_01", "storby_01"])
    assert "worked on 3 of the 4 documents" in towns.agreement().methods_paragraph()
    north = towns.agreement(doc_set="north").methods_paragraph()
    assert "worked on 1 of the 2 documents" in north
