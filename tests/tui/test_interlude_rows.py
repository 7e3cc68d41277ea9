"""On the coding screen a pause, a heading or a table between a transcript's turns stands
apart from the speaker's words above it (a blank row, as before the next speaker), since
the import no longer gives it to that speaker (ingest/interludes.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.tui.widgets.transcript import GUTTER
from tests.tui.conftest import karins_coding_screen, screen_rows

pytestmark = pytest.mark.slow  # drives the whole app (run_test)

TEXT = (
    "I: Hur ser det ut i gruppen nu?\nR: Det är lugnare än förra året.\nPaus 12:00\n"
    "I: Vad hände efter uppehållet?\nR: Vi fick en ny chef.\nTema 2: Arbetsmiljö\n"
    "I: Hur är arbetsmiljön?\nR: Den är bra."
)


async def test_a_pause_and_a_heading_stand_apart_from_the_answer(
    karins_text: Callable[..., Path],
) -> None:
    path = karins_text("intervju.txt", TEXT)
    async with karins_coding_screen(path, size=(100, 30)) as (_pilot, _app, screen):
        view = screen.transcript
        rows = [strip.text[GUTTER:].rstrip() for strip in screen_rows(view)]
        for line, answer in (
            ("Paus 12:00", "R: Det är lugnare än förra året."),
            ("Tema 2: Arbetsmiljö", "R: Vi fick en ny chef."),
        ):
            at = rows.index(line)
            # before: drawn right under the answer, as a line of it
            assert rows[at - 1] == "" and rows[at - 2] == answer
