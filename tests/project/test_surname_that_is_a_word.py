"""A surname that is also a common word is flagged where it follows a first name.

With "Johan" on the key, "Johan Ek var chef" went out as "N1 Ek" and "Johan Berg" as "N1
Berg": half a pseudonym, the surname printed. The name finder dropped every word any text
writes in lower case ("en ek", "ett berg"), so neither surname was proposed nor named in
an export's note of the names off the key. After a first name such a word is a surname:
proposed (the lead is asked, ``also_word``) and noted; a word before a first name
("Chefen Anna") is still no one's.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with

TALK = (
    "I: Hur är det?\n"
    "Karin: Det är tungt. Johan hjälper oss, vi gick upp på ett berg vid en ek.\n"
    "I: Och chefen?\n"
    "Karin: Johan Ek var chef förut, och Johan Berg efter honom. Chefen Anna sa nej.\n"
    "I: Hur var chefen då?\n"
    "Karin: Bra.\n"
)


def test_a_surname_that_is_a_word_is_proposed_and_noted(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("ip1.txt", TALK), acting="lena") as p:
        p.set_pseudonym("Karin", "IP1", "lena", "speaker")
        p.set_pseudonym("Johan", "N1", "lena", "person")
        found = {c.real: c for c in p.suggest_pseudonyms("lena")}
        assert found["Ek"].kind == "person" and found["Ek"].also_word, found
        assert found["Berg"].also_word
        assert "Chefen" not in found
        assert {"Ek", "Berg"} <= set(p.names_off_key("lena"))
