"""Another tool's codes meet the project's own by name (project/refi_codes.py).

A colleague who coded with the team's codebook in NVivo could not bring the work in: the
file's "Mission dialogue" arrived beside the lead's code of that name and the import was
refused. And a file's code whose made-up key was one of the project's keys overwrote that
code, Swedish name and definition lost."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.codebook import parse_codebook
from qualcode.errors import IngestError, QualcodeError
from tests.conftest import add_plain_document

LEAD_BOOK = """version: 1
codes:
- key: dialogue
  name: {sv: Uppdragsdialog, en: Mission dialogue}
  definition: {sv: Samtal om uppdraget., en: Talk about the mission.}
- key: systems
  name: {sv: Systemperspektiv, en: Systems perspective}
"""


def _other_tools_file(tmp_path: Path, book: str, *codes: str) -> Path:
    """A .qdpx as another tool writes it (no qualcode member: codes by name only), with
    one document whose first sentence is coded with each of ``codes`` by the coder 'anna'."""
    with Project.create(tmp_path / "theirs.db") as theirs:
        theirs.add_coder("anna", role="lead")
        theirs.apply_codebook(parse_codebook(book, "book.yaml"))
        doc = add_plain_document(theirs, "ip7.txt", ["Vi pratade om uppdraget.", "Sedan inget."])
        for code in codes:
            theirs.add_coding(doc, 0, 24, code, "anna")
        ours = theirs.export_qdpx(tmp_path / "theirs.qdpx")
    made = tmp_path / "nvivo.qdpx"
    with zipfile.ZipFile(ours) as source, zipfile.ZipFile(made, "w") as written:
        for item in source.infolist():
            if not item.filename.startswith("qualcode/"):
                written.writestr(item, source.read(item))
    return made


def _lead(tmp_path: Path) -> Project:
    lead = Project.create(tmp_path / "lead.db")
    lead.add_coder("lena", role="lead")
    lead.apply_codebook(parse_codebook(LEAD_BOOK, "book.yaml"))
    return lead


def test_a_code_named_as_the_projects_takes_its_codings(tmp_path: Path) -> None:
    # named in Swedish in the other tool: the lead's code reads so in Swedish
    book = "version: 1\ncodes:\n- key: x\n  name: {en: Uppdragsdialog}\n"
    theirs = _other_tools_file(tmp_path, book, "x")
    with _lead(tmp_path) as lead:
        report = lead.import_qdpx(theirs)
        keys = [c.key for c in lead.codebook()]
        code = lead.code("dialogue")
        codings = lead.store.codings.list()
    assert report.codings == 1
    assert keys == ["dialogue", "systems"]
    assert [c.code for c in codings] == ["dialogue"]
    assert code.names == {"sv": "Uppdragsdialog", "en": "Mission dialogue"}
    assert code.definitions["sv"] == "Samtal om uppdraget."


def test_a_made_up_key_that_is_the_projects_takes_its_own(tmp_path: Path) -> None:
    # "Dialogue" makes the key 'dialogue': the lead's code of that key is another code
    book = "version: 1\ncodes:\n- key: x\n  name: {en: Dialogue}\n"
    theirs = _other_tools_file(tmp_path, book, "x")
    with _lead(tmp_path) as lead:
        lead.import_qdpx(theirs)
        ours = lead.code("dialogue")
        arrived = lead.code("dialogue_2")
        codings = lead.store.codings.list()
    assert ours.names == {"sv": "Uppdragsdialog", "en": "Mission dialogue"}
    assert ours.definitions == {"sv": "Samtal om uppdraget.", "en": "Talk about the mission."}
    assert arrived.names == {"en": "Dialogue"}
    assert [c.code for c in codings] == ["dialogue_2"]


def test_a_child_of_a_matched_code_stays_under_it(tmp_path: Path) -> None:
    book = (
        "version: 1\ncodes:\n- key: x\n  name: {en: Systems perspective}\n"
        "- key: y\n  parent: x\n  name: {en: Cooperation}\n"
    )
    theirs = _other_tools_file(tmp_path, book, "y")
    with _lead(tmp_path) as lead:
        lead.import_qdpx(theirs)
        child = lead.code("cooperation")
        parent = lead.code("systems")
        codings = lead.store.codings.list()
    assert child.parent_id == parent.id
    assert [c.code for c in codings] == ["cooperation"]


def test_a_qdc_naming_the_projects_codes_leaves_them(tmp_path: Path) -> None:
    with _lead(tmp_path) as lead:
        qdc = lead.export_qdc(tmp_path / "book.qdc")
        report = lead.load_codebook(qdc)
        codes = lead.codebook()
    assert report.created == []
    assert [c.key for c in codes] == ["dialogue", "systems"]
    assert codes[0].names == {"sv": "Uppdragsdialog", "en": "Mission dialogue"}


def test_two_codes_read_as_one_of_the_projects_code_the_passage_once(tmp_path: Path) -> None:
    """The file's 'Uppdragsdialog' and 'MISSION DIALOGUE' (two codes there) both read as
    the lead's one code, and both coded the same passage: the store refused the second
    coding, and the whole file with it. The passage is now coded once, both notes on it."""
    book = (
        "version: 1\ncodes:\n- key: x\n  name: {en: Uppdragsdialog}\n"
        "- key: y\n  name: {en: MISSION DIALOGUE}\n"
    )
    theirs = _other_tools_file(tmp_path, book, "x", "y")
    with _lead(tmp_path) as lead:
        report = lead.import_qdpx(theirs)
        codings = lead.store.codings.list()
        keys = [c.key for c in lead.codebook()]
    assert keys == ["dialogue", "systems"]
    assert [(c.code, c.start, c.end) for c in codings] == [("dialogue", 0, 24)]
    assert report.codings == 1
    assert len(report.skipped) == 1 and "coded once" in report.skipped[0]


def test_a_code_named_as_a_theme_groups_and_does_not_code(tmp_path: Path) -> None:
    """A file's 'Samverkan' meets the lead's theme of that name: its sub-code goes under
    the theme, and a passage coded with it is refused in one line (a theme is never coded;
    the import wrote the coding onto the theme)."""
    book = (
        "version: 1\ncodes:\n- key: x\n  name: {en: Samverkan}\n"
        "- key: y\n  parent: x\n  name: {en: Cooperation}\n"
    )
    for grouped in (True, False):
        here = tmp_path / str(grouped)
        here.mkdir()
        theirs = _other_tools_file(here, book, "y" if grouped else "x")
        with _lead(here) as lead:
            theme = lead.create_theme("samverkan", "lena")
            if grouped:
                lead.import_qdpx(theirs)
                assert lead.code("cooperation").parent_id == theme.id
                continue
            before = (lead.codebook(), lead.store.codings.list(), lead.documents())
            with pytest.raises(IngestError, match=r"is a theme.*nothing imported$") as refused:
                lead.import_qdpx(theirs)
            assert "\n" not in str(refused.value)
            assert (lead.codebook(), lead.store.codings.list(), lead.documents()) == before


def test_a_qdc_loaded_by_a_coder_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with _lead(tmp_path) as lead:
        lead.add_coder("karin")
        qdc = lead.export_qdc(tmp_path / "book.qdc")
        qdc.write_text("not a codebook", encoding="utf-8")
        lead.act_as("karin")
        with pytest.raises(QualcodeError, match="only a lead"):
            lead.load_codebook(qdc, actor="karin")
        assert [c.key for c in lead.codebook()] == ["dialogue", "systems"]
