"""The list below the threshold (`l`) at 80 columns leaves the sentences room: a coder
searching aby_01 for a theme read 'Då... öh, då pratade …' beside 'integrating work
environment …', four words of each sentence beside thirty characters of a code's name,
too few to tell whether the code fits (eyes40). Where the names would take more than a
third of the line they are cut after whole words, turning points by where they go."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from qualcode import Project
from qualcode.tui.screens.below_line import BelowLineScreen
from tests.tui.conftest import karins_coding_screen

FULL = {
    "integration": "From separating to integrating work environment and service quality",
    "caseload": "From individual to systems perspective",
}
NOTES = {"integration": "integrating work environment …", "caseload": "systems perspective"}


async def _lines(project_file: Path, size: tuple[int, int]) -> tuple[list[str], list[str]]:
    """The list's lines with a score on them, and the sentences listed."""
    with Project.open(project_file) as project:
        text = project.document(project.documents()[0].id).text
    # two passages of two sentences each, longer than any line
    spans = [("Ja, alltså", "möjligt."), ("Arbetsmiljöproblemen", "socialsekreterarna.")]
    rows = [
        (text.index(a), text.index(b) + len(b), key, score)
        for (a, b), key, score in zip(spans, ("integration", "caseload"), (0.3, 0.2), strict=True)
    ] * 15  # a list longer than the screen, with its scrollbar
    async with karins_coding_screen(project_file, size=size) as (pilot, app, screen):
        text = screen.transcript.text
        await app.push_screen(BelowLineScreen(rows, NOTES, text, 0, FULL))
        await pilot.pause()
        listed = app.screen.query_one(OptionList)
        lines = [listed.render_line(y).text for y in range(listed.region.height)]
    sentences = [" ".join(text[s:e].split()) for s, e, *_ in rows]
    inside = [line.strip(" ▎▊▁▔") for line in lines]
    # each sentence on its one line: none wraps onto a line of its own
    assert all("0." in line for line in inside if line), inside
    return [line for line in lines if "0." in line], sentences


async def test_at_80_columns_the_sentences_keep_more_of_their_words(project_file: Path) -> None:
    shown, sentences = await _lines(project_file, (80, 24))
    for line, sentence in zip(shown, sentences, strict=False):
        start = line.index(sentence[:10])
        kept = line[start:].rstrip(" ▎▊▁▔").removesuffix("…").strip()
        assert sentence.startswith(kept) and len(kept) >= 25, (line, sentence)
    assert "integrating" in shown[0] and "systems perspective" in shown[1]


async def test_a_wide_terminal_keeps_the_names_the_notes_give(project_file: Path) -> None:
    shown, _ = await _lines(project_file, (140, 30))
    assert "integrating work environment …" in shown[0]
