"""A place on the key begins Swedish compounds (helper "pseudo"): "Storforsmodellen",
"Göteborgsregionen" and "Storforsbor" named the municipality in every export and passed
the leak check, which looked for the name as a word of its own. A place or workplace on
the key, written with its capital and at least five letters long, is now replaced where
it begins a compound ("Kommun A-modellen", a linking s dropped); a person's name never is
("Annandag"), nor a short place that begins ordinary words ("Mora", "Moralen")."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key

KEY = Key(
    {"Storfors": "Kommun A", "Göteborg": "Kommun G", "Mora": "Kommun M", "Anna": "IP1"},
    compounds=["Storfors", "Göteborg", "Mora"],
)


@pytest.mark.parametrize(
    ("written", "rendered"),
    [
        ("Storforsmodellen är bra", "Kommun A-modellen är bra"),
        ("Göteborgsregionen", "Kommun G-regionen"),  # the linking s dropped
        ("alla Storforsbor", "alla Kommun A-bor"),
        ("Storfors kommun", "Kommun A"),  # the pseudonym names the municipality already (eyes8)
        ("Storfors kommunstyrelse", "Kommun A kommunstyrelse"),  # as a word, as before
        ("Annandag", "Annandag"),  # a person's name begins no compound
        ("Moralen", "Moralen"),  # too short to tell from ordinary words
        ("storforsmodellen", "storforsmodellen"),  # written so, not the place's name
    ],
)
def test_a_place_beginning_a_compound(written: str, rendered: str) -> None:
    assert KEY.apply(written) == rendered
    assert bool(KEY.leaks(written)) == (written != rendered)
    assert KEY.leaks(rendered) == []


def test_offsets_follow_the_compound() -> None:
    text = "Anna sa: Storforsmodellen fungerar. Slut"
    rendered, moved = KEY.apply_mapped(text)
    assert rendered == "IP1 sa: Kommun A-modellen fungerar. Slut"
    for word in ("fungerar", "Slut", "sa:"):
        start = text.index(word)
        assert rendered[moved(start) : moved(start + len(word))] == word
    start = text.index("Storforsmodellen")
    assert rendered[moved(start) : moved(start + 16)] == "Kommun A-modellen"


TEXT = (
    "I: Hur arbetar ni?\n\n"
    "R: Vi följer Storforsmodellen sedan i fjol. Annandag jul var kontoret stängt.\n"
)


@pytest.mark.parametrize("suffix", [".csv", ".qdpx"])
def test_exports_hide_the_compound(tmp_path: Path, suffix: str) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.add_code("mission", {"sv": "Uppdrag"})
        doc = p.import_text("ip1.txt", TEXT, lang="sv").id
        start = TEXT.index("Vi följer")
        p.add_coding(doc, start, TEXT.index(" sedan"), "mission", "lena")
        p.add_coding(doc, TEXT.index("Annandag"), TEXT.index(" jul"), "mission", "lena")
        p.act_as("lena", "lena")
        p.set_pseudonym("Storfors", "Kommun A", "lena", kind="place")
        p.set_pseudonym("Anna", "IP1", "lena", kind="person")
        out = tmp_path / f"out{suffix}"
        if suffix == ".csv":
            p.export_codings(out, viewer="lena")
            text = out.read_text(encoding="utf-8")
        else:
            p.export_qdpx(out, viewer="lena")
            with zipfile.ZipFile(out) as archive:
                text = " ".join(archive.read(n).decode() for n in archive.namelist())
    assert "storfors" not in text.casefold()
    assert "Vi följer Kommun A-modellen" in text
    assert "Annandag" in text
