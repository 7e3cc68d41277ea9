"""A Markdown transcript was stored as typed: its heading read '# Intervju 3', a quote in
the summary 'Med en _omorganisation_', and its footnote '[^1]: År 2029.' was the last
speaker's words, its mark '[^1]' standing in the sentence. It is now read as a renderer
shows it; an underscore inside a word or a lone asterisk stays as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest.markdown import plain_markdown
from tests.ingest.reading_kit import read_written, turn_texts

# Invented for this test.
NOTES = (
    "# Intervju 3, Åby\n\n"
    "*Samtycke inhämtat.*\n\n"
    "**I:** Hur började det?\n\n"
    "**R:** Med en _omorganisation_. Sen blev det [bättre](https://example.org)[^1].\n\n"
    "**I:** Hur då?\n\n"
    "**R:** Vi fick en `mottagningsgrupp`.\n\n"
    "---\n\n"
    "[^1]: År 2029.\n"
)


def test_a_markdown_transcript_reads_as_rendered(tmp_path: Path) -> None:
    said = turn_texts(read_written(tmp_path / "intervju.md", NOTES))
    assert said == [
        (None, "Intervju 3, Åby"),
        (None, "Samtycke inhämtat."),
        ("I", "Hur började det?"),
        ("R", "Med en omorganisation. Sen blev det bättre."),
        ("I", "Hur då?"),
        ("R", "Vi fick en mottagningsgrupp."),
        (None, "1 År 2029."),
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "Filen aby_01_socialsekreterare.docx och snake_case",
        "Hon sa f*** och gick. 2 * 3 = 6",
        "| Åtgärd | Ansvar |\n|---|---|\n| Mentorer | HR |",
        "Ett [ord i klamrar] och [skratt] stannar.",
    ],
)
def test_what_is_no_markup_stays_as_typed(typed: str) -> None:
    assert plain_markdown(typed) == typed
