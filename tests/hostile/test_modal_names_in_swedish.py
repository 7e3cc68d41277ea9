"""A given name that is an English modal verb stays a name in a Swedish sentence.

The modal rule (``export/name_modals.py``) leaves "Will you ...", "May I ..." as written:
the English verb opening a question. Its pronoun "i" was matched in any case, so a Swedish
sentence opening with the name and the preposition "i" ("in") read as the verb: with "Can
Yilmaz" on the key, "Can i styrelsen sa nej" went out as written in every export, and the
leak check passed it too (red team 39). English writes the pronoun I with its capital."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

TEXT = (
    "Intervjuare: Vem bestämde det?\n\n"
    "Anna: Det var nämnden. Can i styrelsen sa nej först. Will i facket höll med.\n"
)


def test_a_name_before_the_swedish_preposition_is_replaced(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("ip.txt", TEXT)) as project:
        project.set_pseudonym("Can Yilmaz", "Politiker A", "lena")
        project.set_pseudonym("Will", "Facklig B", "lena")
        key = project.pseudonym_key(viewer="lena")
        rendered = key.apply(TEXT)
        left = key.leaks(TEXT)
    assert "Politiker A i styrelsen" in rendered
    assert "Facklig B i facket" in rendered
    assert set(left) == {"Can", "Will"}


def test_the_english_pronoun_still_keeps_the_verb(tmp_path: Path) -> None:
    text = "Interviewer: May I ask about the budget? Can I go on?\n"
    with project_with(tmp_path / "p.db", ("ip.txt", text), lang="en") as project:
        project.set_pseudonym("May", "IP4", "lena")
        project.set_pseudonym("Can", "IP5", "lena")
        key = project.pseudonym_key(viewer="lena")
        assert key.apply(text) == text
        assert key.leaks(text) == []
