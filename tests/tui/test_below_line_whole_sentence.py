"""The list below the threshold (`l`) shows the highlighted sentence whole under it, with
its code's whole name: at 80 columns a line of the list holds a few words of a sentence
("En nulägesbeskrivning …" of a Swedish plan), too few to tell whether the code fits
(eyes43). Moving down the list shows the next sentence so."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from qualcode import Project
from qualcode.tui.screens.below_line import BelowLineScreen
from tests.tui.conftest import karins_coding_screen

FULL = {
    "integration": "From separating to integrating work environment and service quality",
    "caseload": "From individual to systems perspective",
}
NOTES = {"integration": "integrating …", "caseload": "systems perspective"}


def _shown(app: object) -> str:
    whole = app.screen.query_one("#below-whole", Static)  # type: ignore[attr-defined]
    return " ".join(str(whole.render()).split())


async def test_the_highlighted_sentence_is_shown_whole(project_file: Path) -> None:
    with Project.open(project_file) as project:
        text = project.document(project.documents()[0].id).text
    spans = [("Ja, alltså", "möjligt."), ("Arbetsmiljöproblemen", "socialsekreterarna.")]
    rows = [
        (text.index(a), text.index(b) + len(b), key, score)
        for (a, b), key, score in zip(spans, ("integration", "caseload"), (0.3, 0.2), strict=True)
    ] * 15  # a list longer than the screen: it must leave the sentence its room
    sentences = [" ".join(text[s:e].split()) for s, e, *_ in rows]
    assert all(len(s) > 60 for s in sentences)  # longer than a line of the list holds
    async with karins_coding_screen(project_file, size=(80, 24)) as (pilot, app, _):
        await app.push_screen(BelowLineScreen(rows, NOTES, text, 0, FULL))
        await pilot.pause()
        first = _shown(app)
        await pilot.press("down")
        await pilot.pause()
        second = _shown(app)
        # the whole text fits in the room under the list, not cut off by the dialog
        whole = app.screen.query_one("#below-whole", Static)
        dialog = app.screen.query_one("#below-dialog")
        assert whole.region.height >= 2
        assert whole.region.bottom <= dialog.content_region.bottom
    assert first == f"{FULL['integration']}: {sentences[0]}"
    assert second == f"{FULL['caseload']}: {sentences[1]}"
