"""Names written with letters in another form (red team, round 5): text taken from a PDF
holds the font's ligatures, one character for "fi", "ff" or "st" ("Soﬁa", "Staﬀan",
"Staﬀanstorp"), and text typed in an East Asian input mode full-width letters ("Ｅｌｉｎ").
They print as the name, yet the key did not find them: every export printed "Soﬁa" where
the lead's key said IP1, a speaker label "Soﬁa" kept its name, and the leak check, using
the same matcher, let the files through. The key now looks for names in the text's
plain-letter view and replaces them in the text as stored, other words left as they are.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.conftest import small_codebook

KEY = Key(
    {"Sofia": "IP1", "Staffan Berg": "IP2", "Elin": "IP3", "Staffanstorp": "Kommun S"},
    compounds=["Staffanstorp"],
)


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("Soﬁa sa det.", "IP1 sa det."),
        ("Soﬁas chef", "IP1:s chef"),
        ("till Staﬀan Berg.", "till IP2."),
        ("i Staﬀanstorp", "i Kommun S"),
        ("Staﬀanstorpsmodellen", "Kommun S-modellen"),
        ("Ｅｌｉｎ sa", "IP3 sa"),
        ("ett oﬃce, Elin och en ﬁn dag", "ett oﬃce, IP3 och en ﬁn dag"),  # kept as stored
    ],
)
def test_a_name_in_lookalike_letters_is_replaced_and_caught(text: str, rendered: str) -> None:
    assert KEY.apply(text) == rendered
    assert KEY.leaks(text) and not KEY.leaks(rendered)


def test_offsets_map_onto_the_stored_text() -> None:
    text = "en ﬁn dag sa Soﬁa till oss"
    rendered, moved = KEY.apply_mapped(text)
    start, end = text.index("till"), len(text)
    assert rendered[moved(start) : moved(end)] == "till oss"
    assert rendered[moved(text.index("Soﬁa")) : moved(text.index(" till"))] == "IP1"
    assert KEY.pseudonym("Soﬁa") == "IP1"  # a speaker label as a PDF spells it


def test_a_codings_export_hides_them(tmp_path: Path) -> None:
    text = "Intervjuare: Vem var med?\n\nIP: Soﬁa och Staﬀan Berg från Staﬀanstorp, en ﬁn dag.\n"
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("intervju.txt", text, lang="sv").id
        p.add_coding(doc, text.index("Soﬁa"), len(text) - 1, "mission_dialogue", "lena")
        p.act_as("lena", "lena")
        for real, pseudo, kind in (
            ("Sofia", "IP1", "person"),
            ("Staffan Berg", "IP2", "person"),
            ("Staffanstorp", "Kommun S", "place"),
        ):
            p.set_pseudonym(real, pseudo, "lena", kind=kind)
        out = p.export_codings(tmp_path / "codings.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows[0]["text"] == "IP1 och IP2 från Kommun S, en ﬁn dag."
