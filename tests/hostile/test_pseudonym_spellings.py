"""Claim 6 (red team): a name on the pseudonym key leaves in no spelling.

Two spellings slipped past the key and its leak check: a name joined to a word by an
underscore, as file names are ("Elin_intervju.txt", an attribute "Elin_K"), and a name in
decomposed Unicode ("A" + combining ring for "Å", as a Mac types it and names its files).
Both reached the codings csv, the summary and the .qdpx.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.hostile.export_kit import export_text, run


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


KEY = Key({"Elin": "IP1", "Åby": "Kommun A", "Per": "IP2", "Ada": "IP3"})


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Elin_intervju.docx", "IP1_intervju.docx"),
        ("intervju_elin.txt", "intervju_IP1.txt"),
        (nfd("bor i Åby"), "bor i Kommun A"),
        (nfd("Åby_01.txt"), "Kommun_A_01.txt"),
        (nfd("ÅBY"), "KOMMUN A"),
    ],
)
def test_every_spelling_is_replaced_and_found(text: str, shown: str) -> None:
    assert KEY.apply(text) == shown
    assert KEY.leaks(text)


@pytest.mark.parametrize("text", ["Elinor", "Kelin", "per dag", "Åbyn", "IP1_intervju", "3ada4c"])
def test_other_words_stay(text: str) -> None:
    assert KEY.apply(text) == text
    assert not KEY.leaks(text)


TEXT = "I: Hur är det?\nElin: Det är bra här i Åby, sa Elin. Vi har en budget.\n"


def test_file_names_and_decomposed_memos_leave_pseudonymised(tmp_path: Path) -> None:
    from tests.conftest import small_codebook

    project = tmp_path / "p.db"
    with Project.create(project) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        first = p.import_text("Elin_intervju.txt", TEXT, lang="sv", attributes={"ip": "Elin_K"})
        second = p.import_text(nfd("Åby_Elin_2.txt"), TEXT + "Mer.\n", lang="sv")
        for doc in (first.id, second.id):
            coding = p.add_coding(doc, 15, 60, "mission_dialogue", "lena")
            p.add_memo("coding", coding.id, "lena", nfd("Elin i Åby tycker så"))
            p.set_status(doc, "lena", "done")
        p.set_pseudonym("Elin", "IP1", "lena", "speaker")
        p.set_pseudonym("Åby", "Kommun A", "lena", "place")
    names = re.compile(r"(?<![^\W\d_])(elin|åby)(?![^\W\d_])", re.IGNORECASE)
    for target, command in (
        ("c.csv", ["export", "codings"]),
        ("c.xlsx", ["export", "codings"]),
        ("s.md", ["export", "summary", "--layer", "coder"]),
        ("p.qdpx", ["export", "qdpx"]),
    ):
        code, _, err = run(project, *command, "-o", str(tmp_path / target))
        assert code == 0, err
        text = export_text(tmp_path / target)
        assert not names.findall(text), (target, names.findall(text))
        assert "IP1" in text
