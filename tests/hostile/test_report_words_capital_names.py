"""`qualcode report words` counts words in lower case, and the key takes some names only
as written with a capital: a first name or surname of a whole name on the key ("Vendela",
"Rask" of "Vendela Rask") and a name that is also a word ("Sten"). Such names went out as
"vendela", "rask" and "sten" among the words said most (pseudo36); they are counted under
their pseudonym, as every other name on the key."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

TEXT = (
    "Intervjuare: Vem ledde mötet?\n"
    "Svar: Vendela Rask ledde mötet. Vendela skrev protokollet och Rask läste budgeten. "
    "Sten kom sedan, och Sten läste budgeten igen.\n"
)


def test_names_taken_with_a_capital_are_counted_as_their_pseudonym(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("ip_01.txt", TEXT)) as p:
        lena = p.act_as("lena", "lena")
        lena.set_pseudonym("Vendela Rask", "IP3", "lena")
        lena.set_pseudonym("Sten", "IP4", "lena")
        words = {w.word: w.count for w in lena.report_words(viewer="lena")}
        own = {w.word for w in lena.report_words(viewer="lena", real_names=True)}
    assert not {"vendela", "rask", "sten"} & set(words), sorted(words)
    assert words["IP3"] == 4 and words["IP4"] == 2  # Vendela twice, Rask twice; Sten twice
    assert {"vendela", "rask", "sten"} <= own  # the lead's own copy, as said
