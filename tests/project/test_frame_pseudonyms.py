"""``save_frame`` writes a notebook's table through the pseudonym key, as every export
(pseudo36). The frames hold the stored text for analysis, and a pivot by municipality or a
column of passages saved for a paper went out with the participants' and places' real
names while `qualcode export` printed their pseudonyms. Cells, headers, the index, sheet
names, a categorical column and a tuple of coders are printed through the key; the frame
itself keeps the stored text; a lead's ``real_names=True`` keeps the names, a coder's is
refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import small_codebook

TEXT = "Elin: Jag jobbar i Åby sedan i våras, och Elins chef är bra.\n"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    made = Project.create(tmp_path / "p.db")
    made.apply_codebook(small_codebook())
    made.add_coder("lena", role="lead")
    made.add_coder("karin")
    doc = made.import_text("elin_01.txt", TEXT, lang="sv", attributes={"municipality": "Åby"})
    made.add_coding(doc.id, 6, len(TEXT) - 1, "mission_dialogue", "karin")
    lena = made.act_as("lena", "lena")
    lena.set_pseudonym("Elin", "IP1", "lena", kind="speaker")
    lena.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
    lena.set_pseudonym("karin", "Kodare A", "lena")
    yield lena
    made.close()


def _cells(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    cells = [str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row]
    return " ".join([*book.sheetnames, *cells])


def test_a_saved_table_prints_pseudonyms(project: Project, tmp_path: Path) -> None:
    frames = project.frames(layer="coder")
    codings, documents = frames["codings"], frames["documents"]
    places = documents.set_index("id")["municipality"]
    by_place = codings.assign(municipality=codings["document"].map(places).astype("category"))
    pivot = by_place.pivot_table(
        index="municipality", columns="coder", aggfunc="size", fill_value=0, observed=True
    )
    by_place["pair"] = [("johan", "karin")] * len(by_place)
    written = project.save_frame({"Åby": by_place, "pivot": pivot}, tmp_path / "a.xlsx")
    text = _cells(written)
    for name in ("Elin", "Åby", "karin"):
        assert name not in text, name
    assert "Kommun A" in text and "IP1:s chef" in text and "Kodare A" in text
    csv = project.save_frame(pivot, tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    assert "Kommun A" in csv and "Kodare A" in csv and "Åby" not in csv and "karin" not in csv
    assert codings["text"].str.contains("Elins").all()  # the frame keeps the stored text


def test_the_lead_s_own_copy_and_a_coder_s_refusal(project: Project, tmp_path: Path) -> None:
    codings = project.frames(layer="coder")["codings"]
    own = project.save_frame(codings, tmp_path / "own.csv", real_names=True)
    assert "Elins chef" in own.read_text(encoding="utf-8-sig")
    karin = project.act_as("karin", "karin")
    with pytest.raises(QualcodeError, match="lead"):
        karin.save_frame(codings, tmp_path / "hers.csv", real_names=True)
    assert not (tmp_path / "hers.csv").exists()
    hers = karin.save_frame(karin.frames()["codings"], tmp_path / "hers.csv")
    assert "IP1:s chef" in hers.read_text(encoding="utf-8-sig")
