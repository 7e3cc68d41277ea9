"""The house of a body every municipality has ("Kommunhuset", "Regionhuset") is not
proposed as a workplace: its "-huset" said workplace, but it names no one's, and a lead's
theme summary listed a summons' "Kommunhuset" among the names the key lacked (eyes43).
A workplace named otherwise ("Björkskolan") is still proposed."""

from __future__ import annotations

from qualcode.export.names import find_names
from qualcode.project.common_words import common_compounds, ordinary_words

TEXT = (
    "Sammanträdet hålls i Regionhuset, sal 3.\n\n"
    "Lokal: Kommunhuset, stora salen\n\n"
    "Hon arbetar som lärare på Björkskolan sedan tre år.\n"
)


def test_a_bodys_house_is_no_workplace() -> None:
    found = {
        c.word: c.kind
        for c in find_names({"k.txt": TEXT}, (), ordinary_words(), compound=common_compounds())
    }
    assert "Kommunhuset" not in found and "Regionhuset" not in found
    assert found.get("Björkskolan") == "workplace"
