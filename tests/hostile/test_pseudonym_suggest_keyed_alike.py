"""`pseudonym suggest` reads a name the key spells in another case as on the key, under
the key's pseudonym, as ``set_pseudonym`` reads the two as one name. It compared them
letter for letter: with "maria berg" -> X1 on the key, the text's "Maria Berg" was
proposed as N1, off the key, and ``--apply`` replaced the lead's X1 with N1 (every quote
already sent out as X1 printed otherwise after it) and put "Maria" on as N1 (hostile50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

TEXT = (
    "Intervjuare: Hur är det med Maria Berg?\n"
    "Svar: Maria Berg sa att Maria Berg och Åsa Lind i Kumla hade för mycket. Åsa Lind höll "
    "med.\n"
)


@pytest.fixture
def keyed(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.db")
    project.add_coder("lena", role="lead")
    project.act_as("lena", "lena")
    project.import_text("sug.txt", TEXT, lang="sv")
    project.set_pseudonym("maria berg", "X1", "lena")
    project.set_pseudonym("ÅSA LIND", "X2", "lena")
    return project


def test_a_name_keyed_in_another_case_is_on_the_key_under_its_pseudonym(keyed: Project) -> None:
    found = {c.real: c for c in keyed.suggest_pseudonyms("lena")}
    assert (found["Maria Berg"].pseudonym, found["Maria Berg"].on_key) == ("X1", True)
    assert (found["Åsa Lind"].pseudonym, found["Åsa Lind"].on_key) == ("X2", True)
    assert found["Maria"].pseudonym == "X1" and found["Lind"].pseudonym == "X2"


def test_apply_keeps_the_lead_s_pseudonyms(keyed: Project) -> None:
    keyed.pseudonym_suggest_run("lena", kinds=["person", "place"])
    key = {p.real: p.pseudonym for p in keyed.store.pseudonyms.list()}
    assert key["maria berg"] == "X1" and key["ÅSA LIND"] == "X2"
    assert "Maria Berg" not in key and "Åsa Lind" not in key
    assert {key[w] for w in ("Maria", "Berg")} == {"X1"}
    assert {key[w] for w in ("Åsa", "Lind")} == {"X2"}
