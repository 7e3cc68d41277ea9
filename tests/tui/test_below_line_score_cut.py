"""The ranked view (`l`) lists what stays under the 0.40 threshold, and showed a sentence
scoring 0.398 as "0,40" at its head, the threshold itself: a coder read it as one the
engine should have suggested (eyes19). Scores are cut to their last digit, never rounded
up, so a score under a threshold reads under it (project/score_shown.py)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from qualcode.project import shown_score
from qualcode.tui.app import build_app
from qualcode.tui.screens.below_line import BelowLineScreen


def test_a_score_is_cut_never_rounded_up() -> None:
    assert shown_score(0.398) == 0.39
    assert shown_score(0.7996, 3) == 0.799
    assert shown_score(0.39999999999999997) == 0.4  # float noise for 0.4 costs no digit
    assert shown_score(0.8) == 0.8 and shown_score(0.0) == 0.0
    assert math.isnan(shown_score(float("nan")))


@pytest.mark.slow
async def test_the_ranked_list_shows_a_score_under_the_threshold_under_it(
    project_file: Path,
) -> None:
    for lang, shown in (("sv", "0,39"), ("en", "0.39")):
        app = build_app(project_file, "karin", lang)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            text = "Vi hade ingen rutin för det. Sen blev det bättre."
            rows = [(0, 28, "integration", 0.3984), (29, 49, "integration", 0.2)]
            app.push_screen(BelowLineScreen(rows, {"integration": "Integration"}, text))
            await pilot.pause()
            listed = app.screen.query_one("#below-list")
            first = str(listed.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
            assert first.startswith(f"{shown}  Integration"), first
