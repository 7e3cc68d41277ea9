"""Å, ä and ö typed decomposed read as the letters they show (red team 36).

macOS writes file names decomposed (A and a combining ring for Å), and a value or word
pasted from one arrives so. The stored text is composed at import, but nothing else was:
`docs set aby_01 municipality=Åby` typed decomposed stored a second 'Åby' that every
report split from the first (two rows of one look), `--attr municipality=Åby` was refused
with "no document has municipality=Åby; known: ..., Åby", and `search ärende*` found
nothing in text full of it. Attribute keys and values are stored composed, and filters and
search terms, memo searches and quote keywords read composed.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import team_project

TEXT = "Intervjuare: Hur är läget?\nIP: Ärendena blir fler men vi hinner med dem i Åby.\n"


def _nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, first = team_project(tmp_path / "p.db")
    made.act_as("lena")
    made.set_attributes(first, {"municipality": "Åby"}, "lena")
    doc = made.import_text("b.txt", TEXT, lang="sv", attributes={"län": _nfd("Skåne")})
    made.set_attributes(doc.id, {"municipality": _nfd("Åby")}, "lena")
    for d in (first, doc.id):
        unit = made.units(d)[-1]
        made.add_coding(d, unit.start, unit.end, "mission", "lena")
    return made


def test_a_value_typed_decomposed_is_stored_composed(project: Project) -> None:
    values = {d.attributes["municipality"] for d in project.documents()}
    assert values == {"Åby"}
    assert {d.attributes.get("län") for d in project.documents()} == {None, "Skåne"}
    table = project.report_frequencies(["municipality"])
    assert table["municipality"].tolist() == ["Åby"] and table["documents"].tolist() == [2]
    project.close()


def test_a_filter_and_a_term_typed_decomposed_find_what_they_show(project: Project) -> None:
    composed = project.search_text("ärende*")
    assert composed and project.search_text(_nfd("ärende*")) == composed
    by_place = project.search_text("ärende*", attributes={"municipality": _nfd("Åby")})
    assert by_place == composed
    project.close()


def test_memos_and_quotes_searched_decomposed_are_found(project: Project) -> None:
    doc = next(d for d in project.documents() if d.name == "b.txt")
    project.add_memo("document", doc.id, "lena", "Ärendena växer i förvaltningen")
    assert len(project.memo_list("lena", _nfd("förvaltningen"))) == 1
    table = project.report_quotes(code="mission", keyword=_nfd("ärendena"))
    assert len(table) == 1
    project.close()


def test_a_mac_file_name_meets_its_row_in_a_typed_sheet(tmp_path: Path) -> None:
    """The file as macOS names it (decomposed), the sheet as Excel saves it (composed)."""
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / _nfd("Ödeby_intervju.txt")
    source.write_text(TEXT, encoding="utf-8")
    sheet = folder / "attrs.csv"
    sheet.write_text("file,municipality\nÖdeby_intervju.txt,Ödeby\n", encoding="utf-8")
    with Project.create(tmp_path / "p.db") as made:
        report = made.import_files([source], lang="sv", attributes_csv=sheet)
        assert not report.failed, report.failed
        assert [d.name for d in report.imported] == ["Ödeby_intervju.txt"]
        assert report.imported[0].attributes == {"municipality": "Ödeby"}
        doc = report.imported[0].id
        assert made.store.documents.resolve("Ödeby_intervju") == doc
        assert made.store.documents.resolve(_nfd("Ödeby_intervju")) == doc


def test_a_quote_pasted_decomposed_is_found_and_a_removed_name_too(
    project: Project, tmp_path: Path
) -> None:
    sheet = tmp_path / "quotes.csv"
    quote = _nfd("Ärendena blir fler men vi hinner med dem")
    sheet.write_text(f"document,code,text\nb.txt,mission,{quote}\n", encoding="utf-8")
    project.act_as("karin")
    assert project.import_quotes_csv(sheet, "karin").codings == 1
    project.act_as("lena")
    other = project.import_text("Ärenden.txt", "IP: Vi har fler ärenden i år än förra året.\n")
    project.remove_document(other.id, "fel fil", "lena")
    assert project.store.documents.resolve_removed(_nfd("Ärenden")) == other.id
    project.close()


def test_a_name_stored_decomposed_before_is_still_found(project: Project) -> None:
    """ee301ad composes a reference before names are looked up, but a project imported
    before it (on a Mac, or with ``import_text``) holds names decomposed: such a document
    answered 'no document' to its name in either form, pasted from `docs list` too. And
    ``import_text`` given a decomposed name stored it so."""
    given = project.import_text(_nfd("Ödeby_02.txt"), "IP: Det går bra nu.\n", lang="sv")
    assert given.name == "Ödeby_02.txt"  # composed, whichever door it came by
    with project.store.transaction():  # as a project written before the names were composed
        project.store.documents.db.execute(
            "UPDATE documents SET name = ? WHERE id = ?", [_nfd("Ödeby_01.txt"), given.id]
        )
    documents = project.store.documents
    for ref in ("Ödeby_01.txt", _nfd("Ödeby_01.txt"), "Ödeby_01", _nfd("Ödeby_0")):
        assert documents.resolve(ref) == given.id, ref
    project.remove_document(_nfd("Ödeby_01"), "fel fil", "lena")
    assert documents.resolve_removed("Ödeby_01") == given.id
    with pytest.raises(QualcodeError, match="was removed"):
        documents.resolve("Ödeby_01")
    project.close()
