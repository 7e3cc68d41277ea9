"""An interviewer attribute naming a coder: a person, that coder, never a participant.

The interviewer attribute names a researcher. When she is one of the project's coders
(interviewer=Johan, coder johan) exports print her as they print that coder: by her own
pseudonym or her automatic label, never her real name, and never as a participant who
shares her name. Before (pseudo41), with a participant Johan on the key, the codings
export, the .qdpx and report query printed the interviewer as N9, the participant's
pseudonym.
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest

from qualcode import Project

TEXT = (
    "I: Hur var det på enheten?\n\n"
    "R: Det var tungt. Jag pratade med Johan om uppdraget och chefen lyssnade.\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Coder johan interviewed (typed "Johan" in the attribute); a participant Johan,
    named in the talk, is on the key as N9."""
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        p.add_coder("johan")
        p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
        p.act_as("lena")
        attributes = {"interviewer": "Johan", "municipality": "Ekstad"}
        doc = p.import_text("intervju.txt", TEXT, lang="sv", attributes=attributes).id
        p.set_pseudonym("Johan", "N9", "lena", "person")
        p.act_as("johan")
        start = TEXT.index("Det")
        p.add_coding(doc, start, start + 60, "mission", "johan")
    return path


def test_the_codings_export_prints_the_interviewer_as_the_coder(
    project: Path, tmp_path: Path
) -> None:
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        p.export_codings(tmp_path / "c.csv", viewer="lena", lang="sv")
    (row,) = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8-sig")))
    assert "N9" in row["text"]  # the participant named in the talk
    assert row["coder"] != "johan" and row["coder"].startswith("Kodare")
    assert row["interviewer"] == row["coder"]


def test_the_qdpx_and_report_query_print_the_interviewer_as_the_coder(
    project: Path, tmp_path: Path
) -> None:
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        printed = p.pseudonym_key(viewer="lena").coder("johan")
        p.export_qdpx(tmp_path / "p.qdpx", viewer="lena")
        (found,) = p.report_query(["mission"], "lena")
    assert printed.startswith("Kodare") or printed.startswith("Coder")
    assert found.attributes["interviewer"] == printed
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        qde = archive.read("project.qde").decode("utf-8")
    values = re.findall(r"<TextValue>([^<]*)</TextValue>", qde)
    assert "N9" not in values  # its key speaks English: "Coder B", as its coders read
    assert {printed.replace("Kodare", "Coder"), "Ekstad"} == set(values)
    assert not re.search(r"(?i)johan", qde)


def test_an_interviewer_who_is_no_coder_goes_through_the_key_as_before(
    project: Path, tmp_path: Path
) -> None:
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        key = p.pseudonym_key(viewer="lena")
    assert key.attribute("interviewer", "Fiona") == "Fiona"
    assert key.attribute("namn", "Johan") == "N9"  # another attribute: the participant's


def test_the_interviewers_whole_name_is_the_coder_too(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        key = p.pseudonym_key(viewer="lena")
    printed = key.coder("johan")
    assert key.attribute("interviewer", "Johan Ek") == printed  # was "N9 Ek"
    assert key.attribute("interviewer", "JOHAN") == printed


def test_the_audit_of_the_import_prints_the_interviewer_as_the_coder(project: Path) -> None:
    """The import's entry lists the document's attributes: the interviewer there is the
    coder too (it read N9)."""
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        printed = p.pseudonym_key(viewer="lena").coder("johan")
        (imported,) = [e for e in p.audit(viewer="lena") if e.action == "document.import"]
    assert imported.payload["attributes"]["interviewer"] == printed
