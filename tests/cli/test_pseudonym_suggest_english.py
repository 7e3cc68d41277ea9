"""`qualcode pseudonym suggest` on an English study (a UK team, eyes7): the places it
proposes are in the project's language ("Municipality A", not "Kommun A"), a Swedish
document's place too (pseudo40b), a list item's first word is not a name
("• Strategic workforce planning"), nor is "County" of "Ashbourne County Council"."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_kit import proposed
from tests.cli.study_kit import english_study


def test_an_english_study_gets_english_pseudonyms(tmp_path: Path) -> None:
    path = english_study(tmp_path / "study.db")
    found = proposed(path, "sam")
    assert found["Ashbourne"]["pseudonym"] == "Municipality A"
    assert found["Leeds"]["pseudonym"] == "Municipality B"
    # the Swedish interview's place too: the project's words, every place alike
    # (pseudo40b; "Kommun C" beside "Municipality A" mixed languages on one key)
    assert found["Åby"]["pseudonym"] == "Municipality C"
    assert found["Margaret Whitfield"]["pseudonym"] == "IP2"  # interviews in name order
    assert found["Harrowfield"]["kind"] == "place"
    assert found["Harrowfield"]["pseudonym"] == "Place A"
    assert "Strategic" not in found and "Growing" not in found
    assert "County" not in found and "Council" not in found
