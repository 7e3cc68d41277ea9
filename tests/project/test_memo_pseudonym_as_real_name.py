"""A pseudonym on the key may also be the name, or the first name, of a real person in the
study. A memo naming a participant by her pseudonym holds no name off the key (9f06e75),
but a memo naming the real person still does: "Vera Lind" was read as "• Lind" once Vera
was Anna Berg's pseudonym, and no export warned of it. And the key may not hold one word
both as a real name and as another's pseudonym: it printed the word for one participant
and replaced it for the other."""

from __future__ import annotations

import pytest

from qualcode.errors import ValidationError
from qualcode.project import Project

SPOKEN = (
    "I: Hur ser arbetsdagen ut?\n\n"
    "Vera: Vi har för många ärenden och för lite tid att prata med varandra.\n\n"
    "I: Och chefen?\n\n"
    "Vera: Hon lyssnar, men beslut tas någon annanstans.\n"
)


def test_a_real_name_beginning_with_a_pseudonym_is_off_the_key(project: Project) -> None:
    project.set_pseudonym("Anna Berg", "Vera", "lena", kind="person")
    project.add_memo("code", "mission_dialogue", "lena", "Compare what Vera says with the plan.")
    assert project.memos_off_key("lena", "memos") == 0  # the pseudonym used as one
    project.add_memo("project", "project", "lena", "Talked with Vera Lind after the meeting.")
    assert project.memos_off_key("lena", "memos") == 1  # was 0: read as "• Lind"
    found = {c.real: c for c in project.suggest_pseudonyms("lena")}
    assert "Vera Lind" in found and not found["Vera Lind"].on_key
    assert "Vera" not in found  # the pseudonym alone is no name to key
    # keyed whole, she is covered; the memo naming Vera (Anna) by her pseudonym still counts not
    project.set_pseudonym("Vera Lind", "Maja Ek", "lena", kind="person")
    assert project.memos_off_key("lena", "memos") == 0


def test_a_speaker_named_as_someone_elses_pseudonym_still_counts(project: Project) -> None:
    """The interviewee whose label is Vera is off the key, and "Vera" is also Anna Berg's
    pseudonym: which one a memo means nobody can tell, so it counts until the real Vera is
    keyed, which the key allows only once Anna has another pseudonym."""
    project.import_text("norrvik_02.txt", SPOKEN, lang="sv", attributes={"municipality": "Åby"})
    project.set_pseudonym("Anna Berg", "Vera", "lena", kind="person")
    project.add_memo("project", "project", "lena", "Vera says the decisions are made elsewhere.")
    assert project.memos_off_key("lena", "memos") == 1
    with pytest.raises(ValidationError, match="'Vera' is the pseudonym of another name") as got:
        project.set_pseudonym("Vera", "IP2", "lena", kind="speaker")
    assert "\n" not in str(got.value)
    assert {p.real for p in project.pseudonyms("lena")} == {"Anna Berg"}  # nothing written
    project.set_pseudonym("Anna Berg", "Klara", "lena", kind="person")
    project.set_pseudonym("Vera", "IP2", "lena", kind="speaker")
    assert project.memos_off_key("lena", "memos") == 0


def test_the_key_never_holds_a_word_as_real_name_and_pseudonym(project: Project) -> None:
    project.set_pseudonym("Anna Berg", "Vera", "lena", kind="person")
    for real in ("Vera", "vera", "Vеra"):  # any case, and a Cyrillic е that reads as e
        with pytest.raises(ValidationError, match="pseudonym of another name on the key"):
            project.set_pseudonym(real, "Lisa", "lena")
    with pytest.raises(ValidationError, match="itself a real name on the key"):
        project.set_pseudonym("Karl Dahl", "Anna Berg", "lena")  # the other way, as before
    project.set_pseudonym("Anna", "Vera", "lena")  # her first name, the same pseudonym
    assert {p.real: p.pseudonym for p in project.pseudonyms("lena")} == {
        "Anna Berg": "Vera",
        "Anna": "Vera",
    }
