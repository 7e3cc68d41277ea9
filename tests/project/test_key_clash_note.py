"""A pseudonym key saved before set_pseudonym refused it (6487100) may hold one word both
as a real name and as someone's pseudonym: 'Anna Berg' printed as 'Vera' while a real Vera
is on the key as 'IP2'. Exports then print 'Vera' for Anna and replace every 'Vera' by IP2.
key_clash_note gives the one line every export and ``pseudonym list`` say: the word to a
lead, a plain 'ask the lead' to anyone else (the word is a real name)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import team_project


def _old_key(path: Path, *entries: tuple[str, str]) -> None:
    """The key written straight into the project, as an older qualcode let it be."""
    made, _ = team_project(path)
    with made, made.store.transaction():
        for real, pseudonym in entries:
            made.store.pseudonyms.set(real, pseudonym, "person", "lena")


def test_a_lead_is_told_the_word(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _old_key(path, ("Anna Berg", "Vera"), ("Vera", "IP2"), ("Åby", "Kommun A"))
    with Project.open(path) as project:
        note = project.key_clash_note("lena")
    assert note is not None and "\n" not in note
    assert note.startswith("warning: the pseudonym key holds 'Vera' both as a real name")
    assert "Anna Berg" not in note and "Åby" not in note


def test_a_word_reading_as_the_pseudonym_counts_too(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _old_key(path, ("Anna Berg", "Vera"), ("VERA", "IP2"))
    with Project.open(path) as project:
        assert "'VERA'" in (project.key_clash_note("lena") or "")


def test_a_coder_is_told_to_ask_the_lead_without_the_word(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _old_key(path, ("Anna Berg", "Vera"), ("Vera", "IP2"))
    with Project.open(path) as project:
        note = project.key_clash_note("karin") or ""
        assert "ask the lead" in note and "Vera" not in note
        assert note == project.key_clash_note(None)


def test_a_clean_key_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    # one person under two names with one pseudonym is allowed, and no clash
    _old_key(path, ("Anna Berg", "IP1"), ("Anna", "IP1"), ("Vera", "IP2"))
    with Project.open(path) as project:
        assert project.key_clash_note("lena") is None
