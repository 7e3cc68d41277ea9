"""A document named after a place is named by one pseudonym in every export (user report):
a policy imported as "sundsvall_aml_svar" was cited in a summary as "Kommun B_aml_svar",
half a pseudonym and half a file name. A name between a file name's underscores is
replaced by its pseudonym written as one of the name's words, "Kommun_B_aml_svar", by the
key itself, so the summary's citation, the codings table and the REFI-QDA project name
the document alike and the name stays a file's name."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.conftest import small_codebook

POLICY = (
    "Svar om arbetsmiljölagen.\n\n"
    "Förvaltningen har ett uppdrag från nämnden och dialogen om uppdraget sker varje månad "
    "med politikerna och cheferna.\n"
)
PSEUDONYM = "Kommun_B_aml_svar"


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("sundsvall_aml_svar", "Kommun_B_aml_svar"),
        ("aml_svar_Sundsvall.docx", "aml_svar_Kommun_B.docx"),
        ("SUNDSVALL_01", "KOMMUN_B_01"),
        ("Sundsvall är en stad", "Kommun B är en stad"),  # in running text, as before
        ("sundsvall-aml.docx", "Kommun B-aml.docx"),
    ],
)
def test_a_name_in_a_file_name_takes_its_pseudonym_as_one_word(text: str, rendered: str) -> None:
    assert Key({"Sundsvall": "Kommun B"}).apply(text) == rendered


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("sundsvall_aml_svar.txt", POLICY, lang="sv").id
        p.add_coding(doc, 26, 120, "mission_dialogue", "lena", layer="consensus")
        p.act_as("lena", "lena")
        p.set_pseudonym("Sundsvall", "Kommun B", "lena", kind="place")
        yield p


def _read(path: Path) -> str:
    if path.suffix in (".docx", ".qdpx"):
        with zipfile.ZipFile(path) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(
            str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
        )
    return path.read_text(encoding="utf-8").replace("\\_", "_")


@pytest.mark.parametrize("suffix", [".md", ".docx", ".xlsx", ".html"])
def test_the_summary_cites_the_document_by_one_pseudonym(
    project: Project, tmp_path: Path, suffix: str
) -> None:
    path = project.export_summary(tmp_path / f"s{suffix}", lang="sv", viewer="lena")
    text = _read(path)
    assert PSEUDONYM in text
    assert "Kommun B_" not in text and "sundsvall" not in text.casefold()


def test_the_codings_and_the_qdpx_name_it_alike(project: Project, tmp_path: Path) -> None:
    out = project.export_codings(tmp_path / "c.csv", viewer="lena")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert {r["document_name"] for r in rows} == {f"{PSEUDONYM}.txt"}
    qdpx = _read(project.export_qdpx(tmp_path / "p.qdpx", viewer="lena"))
    assert f'name="{PSEUDONYM}.txt"' in qdpx or f'name="{PSEUDONYM}"' in qdpx
    assert "Kommun B_" not in qdpx and "sundsvall" not in qdpx.casefold()
