"""The months are listed once, in ``qualcode.texts`` (review49): the name finder's words
that name no one and the transcript reader's date words each kept a copy, so a month
added to one (a short form, a third language) was still a name, or no date, to the other."""

from __future__ import annotations

from pathlib import Path

import qualcode
from qualcode.export.name_words import NOT_NAMES
from qualcode.ingest.interludes import dated
from qualcode.texts import MONTHS, MONTHS_SHORT


def test_every_month_is_no_name_and_dates_a_line() -> None:
    for lang, months in MONTHS.items():
        assert len(months) == 12, lang
        for month in months:
            assert month in NOT_NAMES, month
            assert dated(f"14 {month.title()} 2024"), month
    for short in MONTHS_SHORT:
        assert dated(f"3 {short}. 2024"), short
    assert not dated("14 Maja 2024")  # a name with a number is no date


def test_no_other_module_spells_the_months_out() -> None:
    here = Path(qualcode.__file__).parent
    spelled = [
        str(path.relative_to(here))
        for path in here.rglob("*.py")
        if path.parent.name != "texts" and "februari" in path.read_text(encoding="utf-8")
    ]
    assert spelled == []
