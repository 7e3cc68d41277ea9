"""The note after `a` or `r` fits in three lines of the coding screen's 27-cell notes: at
80x24, as a new coder on a demo transcript, "Accepted as individual to systems perspective
· Next: individual to systems perspective at “Vi har ett introduktionsprogram …”" took six
lines over the codebook (tui48). The note says what was decided and that the next one is
selected; which one and where, `n` says (the sidebar names its code already)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from qualcode.tui.app import build_app
from tests.tui.code_names_kit import lead_names_codes
from tests.tui.conftest import notifications, open_first_document, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)

NAMES = {
    "integration": {
        "sv": "Från separering till integrering av arbetsmiljö och verksamhetskvalitet",
        "en": "From separating to integrating work environment and service quality",
    },
    "mission_dialogue": {
        "sv": "Från uppdragsmonolog till uppdragsdialog",
        "en": "From mission monologue to mission dialogue",
    },
}


def _heights(app: object) -> list[int]:
    return [toast.size.height for toast in app.screen.query(Toast)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("lang", "verbs"), [("en", ("Accepted", "Rejected")), ("sv", ("Godtaget", "Avvisat"))]
)
async def test_each_decision_note_takes_at_most_three_lines(
    project_file: Path, lang: str, verbs: tuple[str, str]
) -> None:
    lead_names_codes(project_file, NAMES)
    pending_suggestions(project_file, [0.95, 0.9, 0.85])
    app = build_app(project_file, "karin", lang)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_first_document(pilot, app)
        seen = []
        for key in ("a", "r", "a"):
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            heights = _heights(app)
            seen.append((notifications(app)[-1], heights))
            assert heights and max(heights) <= 3, seen
        await pilot.press("u", "n")  # the last acceptance undone: one left, `n` names it
        await pilot.pause()
        detail = notifications(app)[-1]
    assert seen[0][0].startswith(verbs[0]) and seen[1][0].startswith(verbs[1]), seen
    assert "integrering" in seen[0][0] or "integrating" in seen[0][0], seen
    assert detail, seen
