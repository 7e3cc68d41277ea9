"""A translation sheet giving one coding two different translations is refused.

A translator who copied a row of the codings sheet and filled both copies in differently
had the later row win without a word ("1 translated"), the other translation dropped.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from tests.conftest import MISSION_TEXT, team_project


def test_two_rows_for_one_coding_are_refused(tmp_path: Path) -> None:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", MISSION_TEXT))
    with made:
        made.act_as("lena")
        unit = made.units(doc)[0]
        coding = made.add_coding(doc, unit.start, unit.end, "mission", "lena")
        sheet = tmp_path / "sheet.csv"
        with sheet.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["id", "translation"])
            writer.writerow([coding.id, "We talked about the mission with the board."])
            writer.writerow([coding.id, "We spoke of the assignment with the committee."])
        with pytest.raises(ValidationError, match="on line 2 too, differently"):
            made.import_translations(sheet, "lena")
        assert made.translations() == {}
        # the same text twice is one translation
        with sheet.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["id", "translation"])
            writer.writerow([coding.id, "We talked about the mission with the board."])
            writer.writerow([coding.id, "We talked about the mission with the board."])
        assert made.import_translations(sheet, "lena").translated == 1
