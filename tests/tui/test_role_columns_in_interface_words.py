"""The reports screen's split by role reads in its interface's words, as the counts
arrive (`report_frequencies(names_in=...)`, minor46b): every role a column once, in
English on an English screen, none as stored in Swedish beside it with nothing counted
(minor47, the faces checked one by one for the roles' language)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app on the reports screen


@pytest.mark.parametrize(
    ("lang", "typed", "said", "stored"),
    [
        ("en", None, "social worker", "socialsekreterare"),  # the demo's roles, in Swedish
        ("sv", "home care worker", "hemtjänstpersonal", "home care worker"),  # typed in English
    ],
)
async def test_the_role_columns_read_as_the_counts(
    demo: Path, lang: str, typed: str | None, said: str, stored: str
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        if typed is not None:
            first = next(d for d in project.documents() if d.name.startswith("aby_01"))
            project.set_attributes(first.id, {"role": typed})
        counted = project.report_frequencies(["role"], "coder", names_in=lang)
    roles = set(counted["role"])
    assert said in roles and stored not in roles
    async with reports_screen(demo, "lena", lang) as (pilot, app, screen):
        while screen.attribute != "role":
            await pilot.press("b")
            await settle(app, pilot)
        pivot = screen.pivot_data
    assert pivot is not None
    assert said in pivot.values and stored not in pivot.values, pivot.values
    assert len(pivot.values) == len(set(pivot.values))
