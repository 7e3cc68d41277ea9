"""Figures on screen are written as the interface language writes them.

A Swedish coding screen said "poäng ≥ 0.80" and "17,766 kvar": a decimal point and an
English thousands comma inside Swedish sentences. Scores and thresholds now take the
language's decimal sign, and word counts the narrow space the documents list uses.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from qualcode.tui.catalog import Catalog
from tests.tui.conftest import karins_coding_screen


def test_figures_take_the_languages_decimal_sign() -> None:
    assert Catalog("sv").figure(0.8) == "0,80"
    assert Catalog("en").figure(0.8) == "0.80"
    assert Catalog("sv").figure(0.6667, 3) == "0,667"
    assert Catalog("sv").figure(math.nan) == "—"


def test_counts_keep_thousands_apart_by_a_narrow_space() -> None:
    assert Catalog("sv").count(17766) == "17\u202f766"
    assert Catalog("en").count(1200) == "1\u202f200"
    assert Catalog("sv").count(342) == "342"


@pytest.mark.slow
async def test_a_swedish_coding_screen_writes_the_threshold_and_words_in_swedish(
    project_file: Path,
) -> None:
    from textual.widgets import Static

    from qualcode.tui.screens.suggesting import SuggestEmbedding

    async with karins_coding_screen(project_file, (120, 40), "sv") as (pilot, app, screen):
        screen.post_message(SuggestEmbedding(2723, 18108))
        await pilot.pause()
        line = str(screen.query_one("#embed-status", Static).render())
        assert "2\u202f723 ord klara, 15\u202f385 återstår" in line
        screen.sidebar.show_suggest_status(3, 0.8, 1, app.t)
        await pilot.pause()
        status = str(screen.sidebar.query_one("#suggest-status", Static).render())
        assert "≥ 0,80" in status and "0.80" not in status
        # "A godtar 1 med poäng", not "de 1" (a plural article before one suggestion)
        assert "A godtar 1 med poäng ≥ 0,80" in status and "de 1" not in status


@pytest.mark.slow
async def test_a_suggestions_score_and_evidence_come_before_the_definition(
    project_file: Path,
) -> None:
    """At 120x40 a suggestion's score and evidence sat under the code's long definition,
    out of view; they now follow the code's name, where the coder decides."""
    from qualcode.model import Suggestion

    async with karins_coding_screen(project_file, size=(120, 40), ui_lang="sv") as (_, app, screen):
        code = app.project.codebook()[0]
        suggestion = Suggestion(
            "s1", "d", 0, 10, code.id, code.key, 0.8, "lexicon",
            {"terms": ["ärendemängd"]}, "v1", "pending", "2026-01-01",
        )  # fmt: skip
        screen.sidebar.show_details(code, suggestion, "sv", app.t)
        shown = screen.sidebar._texts["details"]
        assert shown.index("poäng 0,80") < shown.index("Belägg") < shown.index("Definition")
        assert "(nyckelord)" in shown  # the method in words, not "keyword"/"lexicon"


def test_suggestion_methods_in_words() -> None:
    assert Catalog("sv").methods("lexicon+semantic+learned") == (
        "nyckelord + betydelse + inlärd modell"
    )
    assert Catalog("en").methods("lexicon+similarity") == "keywords + similarity to the codebook"
    assert Catalog("en").methods("other") == "other"
