"""A double or multi-part name goes whole through the pseudonym key, in every export.

"Öberg-Lind" beside a keyed "Anna Öberg" went out as "IP2-Lind" (stop 44's closing note):
the key read "Öberg" as a word a hyphen may follow, as in a file name. And "af Klint" of a
keyed "Anna af Klint" went out as "af N2", its particle saying whose name it was.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.export.name_leak_kit import code_turns, exported_texts, exports_of, lead_and_coder


def _key() -> Key:
    entries = {
        "Anna Öberg": "IP2",
        "Anna": "IP2",
        "Öberg": "IP2",
        "Karin": "IP3",
        "Åby": "Kommun C",
        "Borås": "Ort A",
    }
    return Key(entries, compounds=["Åby", "Borås"], cased=["Anna", "Öberg"])


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Öberg-Lind sa nej.", "IP2 sa nej."),
        ("Lind-Öberg sa nej.", "IP2 sa nej."),
        ("Öberg-Linds enhet", "IP2:s enhet"),
        ("Lind-Öbergs enhet", "IP2:s enhet"),
        ("Öberg-Lind's team", "IP2's team"),
        ("ÖBERG-LIND", "IP2"),
        (unicodedata.normalize("NFD", "Öberg-Lind sa"), "IP2 sa"),
        ("Öberg-Lindfors sa", "IP2 sa"),  # a name ending in s, no genitive
        # an English surname's own s; a genitive where the text writes the name without it
        ("Öberg-Griffiths sa nej.", "IP2 sa nej."),
        ("Öberg-Griffith kom. Öberg-Griffiths chef", "IP2 kom. IP2:s chef"),
        ("Öberg-Lindqvists enhet", "IP2:s enhet"),
        # two keyed people, places joined, a compound, a file name: word by word as before
        ("Öberg-Karin", "IP2-IP3"),
        ("Åby-Borås", "Kommun C-Ort A"),
        ("Åby-modellen", "Kommun C-modellen"),
        ("Anna-intervju.txt", "IP2-intervju.txt"),
    ],
)
def test_a_double_name_goes_whole(text: str, printed: str) -> None:
    assert _key().apply(text) == printed


def test_offsets_land_on_the_whole_name() -> None:
    text = "Hon heter Öberg-Lind och jobbar här."
    rendered, moved = _key().apply_mapped(text)
    start, end = text.index("Öberg"), text.index(" och")
    assert rendered[moved(start) : moved(end)] == "IP2"


TALK = (
    "I: Vem bestämde?\n\n"
    "Karin: Det var Öberg-Lind som drev frågan, och Öberg-Linds chef höll med. "
    "Sedan kom af Klint och von Essen från nämnden. O’Neill räknade på konsulterna.\n"
)
NAMES = ["Lind", "Öberg", "Klint", "Essen", "Neill"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("double") / "p.db"
    with Project.create(path) as p:
        lead_and_coder(p)
        doc = p.import_text("aby_01.txt", TALK, lang="sv", attributes={"municipality": "Åby"})
        code_turns(p, doc.id, "Karin", ("lena", "johan"), "Öberg-Lind och af Klint, O'Neill")
        for real, pseudonym in (
            ("Karin", "IP1"),
            ("Anna Öberg", "IP2"),
            ("Anna af Klint", "N2"),
            ("Hans von Essen", "N3"),
            ("Sean O'Neill", "N4"),
        ):
            p.set_pseudonym(real, pseudonym, "lena", "speaker" if real == "Karin" else "person")
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "suffix"), exports_of("summary", "codings", "qdpx", "memos"))
def test_no_part_of_a_name_in_an_export(
    project: Path, tmp_path: Path, kind: str, suffix: str
) -> None:
    texts = [
        unicodedata.normalize("NFC", t) for t in exported_texts(project, kind, suffix, tmp_path)
    ]
    found = {n for t in texts for n in NAMES if re.search(rf"(?<!\w){n}", t)}
    assert found == set(), found
    assert any("IP2" in t for t in texts)
    assert not any(re.search(r"\b(?:af|von) N\d", t) for t in texts)
