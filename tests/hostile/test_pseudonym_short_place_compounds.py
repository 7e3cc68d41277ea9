"""A place of three or four letters on the key begins a compound too (pseudo36): the key
found places in compounds only from five letters ("Mora" begins "Moralen"), so
"Åbyborna", "Åbyskolan" and "Umeåregionen" named the municipality in every export and
passed the leak check. Such a place is now found before the words a place begins a
compound with (name_words.COMPOUND_HEADS); "Moralen" stays. A place ending in s before
"skolan" keeps the s of skolan ("Storforsskolan" was "Kommun S-kolan")."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.conftest import small_codebook
from tests.hostile.export_kit import export_text, run

KEY = Key(
    {"Åby": "Kommun A", "Mora": "Kommun M", "Storfors": "Kommun S", "Umeå": "Kommun U"},
    compounds=["Åby", "Mora", "Storfors", "Umeå"],
)


@pytest.mark.parametrize(
    ("written", "rendered"),
    [
        ("alla Åbyborna", "alla Kommun A-borna"),
        ("Åbyskolan och Åbysjukhuset", "Kommun A-skolan och Kommun A-sjukhuset"),
        ("Umeåregionen", "Kommun U-regionen"),
        ("Åbygatan 4", "Kommun A-gatan 4"),
        ("Storforsskolan", "Kommun S-skolan"),  # skolan's s, no linking s
        ("Moralen var god", "Moralen var god"),  # an ordinary word a short place begins
        ("Moraskolan", "Kommun M-skolan"),
        ("åbyborna", "åbyborna"),  # written so, not the place's name
    ],
)
def test_a_short_place_beginning_a_compound(written: str, rendered: str) -> None:
    assert KEY.apply(written) == rendered
    assert bool(KEY.leaks(written)) == (written != rendered)
    assert KEY.leaks(rendered) == []


def test_an_export_prints_no_short_place_in_a_compound(tmp_path: Path) -> None:
    text = "Intervjuare: Hur är det?\nSvar: Åbyborna vet att Åbyskolan behöver fler lärare.\n"
    path = tmp_path / "study.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("ip_01.txt", text, lang="sv", attributes={"municipality": "Åby"})
        p.add_coding(doc.id, text.index("Åbyborna"), len(text) - 1, "mission_dialogue", "lena")
        p.act_as("lena", "lena").set_pseudonym("Åby", "Kommun A", "lena", kind="place")
    out = tmp_path / "c.csv"
    status, _, err = run(path, "export", "codings", "-o", str(out))
    assert status == 0, err
    written = export_text(out)
    assert "Åby" not in written and "Kommun A-borna vet att Kommun A-skolan" in written
