"""A place or person on the key as file names spell it, without accents (red team, round
2): with Åby on the key, the demo's `aby_01_socialsekreterare.txt` left in every codings
export and quotes report as it was, while `norrvik_01_...` became `Kommun B_01_...`;
file names avoid å, ä and ö, so the municipality was named in every row. The plain
spelling counts against an underscore or digits, as file names write it; as a word of talk
it may be another word ("are" for Åre) and is left alone."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.conftest import SV_TEXT, small_codebook

KEY = Key({"Åby": "Kommun A", "Åre": "Kommun C", "Elin": "IP1"})


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("aby_01_socialsekreterare.txt", "Kommun_A_01_socialsekreterare.txt"),
        ("intervjuer/Aby_02.docx", "intervjuer/Kommun_A_02.docx"),
        ("ekstad_aby.txt", "ekstad_Kommun_A.txt"),
        ("ABY_03", "KOMMUN_A_03"),
        ("are_01.txt", "Kommun_C_01.txt"),
        ("Åby är fint", "Kommun A är fint"),  # the name itself, as before
    ],
)
def test_the_plain_spelling_in_a_file_name_is_replaced_and_caught(text: str, rendered: str) -> None:
    assert KEY.apply(text) == rendered
    assert KEY.leaks(text) and not KEY.leaks(rendered)


@pytest.mark.parametrize("text", ["we are here", "you are, yes", "kaby_01", "abyss_1"])
def test_the_plain_spelling_as_a_word_is_left_alone(text: str) -> None:
    assert KEY.apply(text) == text and not KEY.leaks(text)


@pytest.mark.parametrize(("text", "rendered"), [("Aby", "Kommun A"), ("aby", "Kommun A")])
def test_the_plain_spelling_as_a_whole_text_is_the_place(text: str, rendered: str) -> None:
    """A whole text (a table's cell, an attribute's value typed "aby") is the place, since
    stop 44: it went out as typed in every table (tests/export/test_names_without_accents)."""
    assert KEY.apply(text) == rendered


def test_a_codings_export_names_the_document_by_pseudonym(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("aby_01_socialsekreterare.txt", SV_TEXT, lang="sv").id
        p.add_coding(doc, 30, 80, "mission_dialogue", "lena")
        p.act_as("lena", "lena")
        p.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
        out = p.export_codings(tmp_path / "codings.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows[0]["document_name"] == "Kommun_A_01_socialsekreterare.txt"
    assert "aby" not in out.read_text(encoding="utf-8").casefold()
