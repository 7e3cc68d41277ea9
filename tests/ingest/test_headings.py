"""A heading typed on its own line above its paragraph, in a text without speakers
(a plan or report saved as .txt): its own paragraph, never read into the next sentence."""

from __future__ import annotations

import pytest

from qualcode.ingest import find_turns


def _turns(text: str) -> list[str]:
    return [text[t.start : t.end] for t in find_turns(text)]


def test_a_heading_above_its_paragraph_is_a_paragraph_of_its_own() -> None:
    text = (
        "Syfte\nPlanen beskriver hur nämnden bemannar. Den gäller\nfrån april."
        "\n\n2.3 Ekonomi\nBudgeten följs upp."
    )
    assert _turns(text) == [
        "Syfte",
        "Planen beskriver hur nämnden bemannar. Den gäller\nfrån april.",
        "2.3 Ekonomi",
        "Budgeten följs upp.",
    ]
    assert [t.speaker for t in find_turns(text)] == [None] * 4


@pytest.mark.parametrize(
    "text",
    [
        # hard-wrapped prose: the first line runs to the wrap width
        "Kommunen har under året arbetat med att förbättra introduktionen\nav nya medarbetare.",
        # a break before a lower-case word is wrapping, however short the line
        "Ja, precis\nså var det.",
        "Och sen\nkom beskedet.",
        # a first line that ends a sentence or a clause is no heading
        "Det gick bra.\nSen kom nästa.",
        "Först kom budgeten,\nSen kom besparingarna.",
    ],
)
def test_wrapped_lines_stay_one_paragraph(text: str) -> None:
    assert _turns(text) == [text]


def test_speakers_turn_as_before() -> None:
    text = "Syfte\nI: Hur började du?\nR: Jag kom hit för fem år sedan.\nI: Och nu?"
    # the heading above the first label is a passage of nobody's (ingest39)
    assert [t.speaker for t in find_turns(text)] == [None, "I", "R", "I"]


@pytest.mark.parametrize(
    "table",
    [
        "Insats | Ansvarig | Klart\nMentorer | HR | Januari\nHandledning | Chefer | Mars",
        "| Insats | Ansvarig |\n|---|---|\n| Mentorer | HR |\n| Handledning | Chefer |",
        "Insats\tAnsvarig\nMentorer\tHR\nHandledning\tChefer",
        "Insats | Ansvarig\nMentorer | HR\nHandledning | Chefer",
    ],
)
def test_a_table_typed_as_text_is_one_paragraph_a_row(table: str) -> None:
    """A plan's table saved as .txt or .md: its rows ran together as one wrapped paragraph,
    one unit a coder could only code whole; each row is its own, the rule line none."""
    text = f"Tidsplan\n\n{table}\n\nNämnden följer upp planen."
    rows = [line.strip() for line in table.split("\n") if "---" not in line]
    assert _turns(text) == ["Tidsplan", *rows, "Nämnden följer upp planen."]


def test_prose_with_a_bar_in_one_line_stays_one_paragraph() -> None:
    text = "Vi mätte två saker | belastning och\nomsättning, under hela året."
    assert _turns(text) == [text]


def test_a_heading_inside_a_copied_page_is_a_paragraph_of_its_own() -> None:
    """A web page copied from a browser keeps one line break between a section's last
    sentence, the next heading and its text: read as wrapping, the whole page was one
    paragraph, and a suggested passage ran from one section's heading over the next."""
    text = (
        "Arbetsmiljö\nPersonalen har slutat. Många var nya.\n"
        "Ekonomi och långsiktighet\nKostnaderna har ökat:\nDialog med politiken\n"
        "Presidiet besöker arbetsplatsträffar."
    )
    assert _turns(text) == [
        "Arbetsmiljö",
        "Personalen har slutat. Många var nya.",
        "Ekonomi och långsiktighet",
        "Kostnaderna har ökat:",
        "Dialog med politiken",
        "Presidiet besöker arbetsplatsträffar.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a short line after one that does not end a sentence is wrapping
        "Kommunen har under året arbetat med att förbättra villkor för\nMentorer\nOch handledare.",
        # a line ending a sentence, then a full line of prose: one paragraph
        "Det gick bra.\nNästa år kommer nämnden att följa upp hur introduktionen fungerar.",
    ],
)
def test_a_short_line_inside_wrapped_prose_stays_in_its_paragraph(text: str) -> None:
    assert _turns(text) == [text]
