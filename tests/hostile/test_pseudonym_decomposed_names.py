"""A name put on the pseudonym key with decomposed letters is the name the text holds.

A Mac pastes 'Åby' as an A and a combining ring above. `pseudonym set` kept it so: set
again as typed on another keyboard, the key held 'Åby' twice, as 'Ort X' and as 'Ort Y'
(one place under two pseudonyms, whichever an export came to first); `pseudonym remove
Åby` took out the composed entry only and left the other printing; and every export
said the municipality Åby was off the key while its text printed 'Ort X' (red team 37).
The key now keeps names composed (NFC), as the documents' text is kept, and finds an
entry an older project kept decomposed by either spelling.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from qualcode import Project

COMPOSED = "Åby"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def _project(path: Path) -> Project:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    return project


def test_the_same_place_set_twice_is_one_entry_kept_composed(tmp_path: Path) -> None:
    assert DECOMPOSED != COMPOSED
    with _project(tmp_path / "p.db") as project:
        project.set_pseudonym(DECOMPOSED, "Ort X", "lena", "place")
        project.set_pseudonym(COMPOSED, "Ort Y", "lena", "place")
        key = [(p.real, p.pseudonym) for p in project.pseudonyms("lena")]
        assert key == [(COMPOSED, "Ort Y")]


def test_a_decomposed_pseudonym_is_kept_composed(tmp_path: Path) -> None:
    with _project(tmp_path / "p.db") as project:
        project.set_pseudonym("Norrvik", unicodedata.normalize("NFD", "Ö-stad"), "lena", "place")
        assert [p.pseudonym for p in project.pseudonyms("lena")] == ["Ö-stad"]


def test_removed_by_either_spelling(tmp_path: Path) -> None:
    with _project(tmp_path / "p.db") as project:
        project.set_pseudonym(DECOMPOSED, "Ort X", "lena", "place")
        project.remove_pseudonym(COMPOSED, "lena")
        assert project.pseudonyms("lena") == []
        # an entry an older project kept decomposed, written as that project's store did
        project.store.pseudonyms.set(DECOMPOSED, "Ort X", "place", "lena")
        project.remove_pseudonym(COMPOSED, "lena")
        assert project.pseudonyms("lena") == []


def test_an_older_decomposed_entry_is_replaced_not_doubled(tmp_path: Path) -> None:
    with _project(tmp_path / "p.db") as project:
        project.store.pseudonyms.set(DECOMPOSED, "Ort X", "place", "lena")
        project.set_pseudonym(COMPOSED, "Ort Y", "lena", "place")
        assert [(p.real, p.pseudonym) for p in project.pseudonyms("lena")] == [(COMPOSED, "Ort Y")]


def test_a_place_keyed_decomposed_is_not_said_off_the_key(tmp_path: Path) -> None:
    source = tmp_path / "aby_01.txt"
    source.write_text("I: Hur är det i Åby?\nR: Bättre nu.\n", encoding="utf-8")
    with _project(tmp_path / "p.db") as project:
        project.import_files([source], lang="sv", attributes={"municipality": COMPOSED})
        assert project.places_off_key("lena") == [COMPOSED]
        project.store.pseudonyms.set(DECOMPOSED, "Ort X", "place", "lena")  # an older key
        assert project.places_off_key("lena") == []
