"""The reports screen counts documents without a municipality or role (a policy document
imported with no attributes) under words, in the interface's language: its frequency table
and chart had a column headed "?" (eyes20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import reports_screen

pytestmark = pytest.mark.slow  # a whole app through the reports screen


@pytest.mark.parametrize(("lang", "words"), [("en", "not given"), ("sv", "ej angivet")])
async def test_a_missing_value_is_a_named_column(demo: Path, lang: str, words: str) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.import_text("plan.txt", "Nämnden ser över hur ärendena fördelas.", lang="sv")
    async with reports_screen(demo, "lena", lang) as (_, _, screen):
        assert screen.attribute == "municipality"
        values = screen.pivot_data.values
    assert words in values and "?" not in values
