"""The sidebar says how a suggestion's passage was read (eyes13): a whole paragraph of a
plan suggested, or a sentence that says little alone suggested for its neighbours, came
with a score and keywords but no word of why, though the evidence records it and the
README promised the sidebar says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.model import Suggestion
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_a_suggestion_says_how_its_passage_was_read(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(120, 40), ui_lang="sv") as (_, app, screen):
        code = app.project.codebook()[0]
        shown = {}
        for context in (
            "its paragraph is a passage of this code",
            "read with its neighbours in the same turn",
            "lies between two passages of this code in one turn",
            "its list's lead-in makes this point",
            "goes on with the point of the sentence before it",
        ):
            suggestion = Suggestion(
                "s1", "d", 0, 10, code.id, code.key, 0.8, "lexicon+semantic",
                {"terms": ["ärendemängd"], "context": context}, "v1", "pending", "2026-01-01",
            )  # fmt: skip
            screen.sidebar.show_details(code, suggestion, "sv", app.t)
            shown[context] = screen.sidebar._texts["details"]
        paragraph = shown["its paragraph is a passage of this code"]
        assert "Hela stycket: det mesta av det handlar om koden" in paragraph
        assert (
            paragraph.index("Belägg")
            < paragraph.index("Hela stycket")
            < (paragraph.index("Definition"))
        )
        assert (
            "Läst med meningarna runt omkring"
            in (shown["read with its neighbours in the same turn"])
        )
        assert (
            "Mellan två passager med koden i samma yttrande"
            in (shown["lies between two passages of this code in one turn"])
        )
        assert (
            "En punkt i en lista vars inledning handlar om koden"
            in (shown["its list's lead-in makes this point"])
        )
        assert (
            "Fortsätter meningen före, som handlar om koden"
            in (shown["goes on with the point of the sentence before it"])
        )
        plain = Suggestion(
            "s2", "d", 0, 10, code.id, code.key, 0.8, "lexicon",
            {"terms": ["ärendemängd"]}, "v1", "pending", "2026-01-01",
        )  # fmt: skip
        screen.sidebar.show_details(code, plain, "sv", app.t)
        alone = screen.sidebar._texts["details"]
        assert not any(s in alone for s in ("Hela stycket", "Läst med", "Mellan två"))
