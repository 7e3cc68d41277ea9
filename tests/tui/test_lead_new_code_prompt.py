"""A lead's `p` on the coding screen said "(the lead reviews it): Enter proposes" and
"Proposed ..." to the lead herself; her new code joins the codebook at once
(``Project.propose_code``), so the prompt and the notice say so (user50b). A coder's
prompt still says her code is proposed; the hint in the line says the same as the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import open_first_document


@pytest.mark.slow
@pytest.mark.parametrize(
    ("who", "words", "hint"),
    [
        ("lena", "Enter adds it to the codebook", "Name, Enter adds it"),
        ("karin", "(the lead reviews it): Enter proposes", "Name, Enter proposes it"),
    ],
)
async def test_the_prompt_says_what_enter_does(
    project_file: Path, who: str, words: str, hint: str
) -> None:
    from textual.widgets import Input, Label

    from qualcode.tui.app import build_app

    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    app = build_app(project_file, who, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_document(pilot, app)
        await pilot.press("p")
        await pilot.pause()
        heading = " ".join(str(label.render()) for label in app.screen.query(Label))
        assert words in heading, heading
        # the line's own hint said "Enter proposes it" to the lead too (review50b)
        assert app.screen.query_one(Input).placeholder == hint
        await pilot.press("enter")
        await pilot.pause()
    with Project.open(project_file) as check:
        check.act_as("lena")
        statuses = {c.key: check.code_status(c.key)[0] for c in check.codebook()}
    assert sorted(statuses.values()).count("proposed") == (who == "karin")
