"""A Title Case heading's words are not proposed as names: its capitals say no more than a
sentence's first one, and an article or a preposition is never anyone's name."""

from __future__ import annotations

import pytest

from tests.export.names_found_kit import names_found


def test_an_english_title_case_heading_names_no_one() -> None:
    text = (
        "Community Welfare Services: An Evaluation of the Pilot\n\n"
        "The report was read by the board. We met Anna Berg in Leeds.\n"
    )
    found = names_found(text)
    assert not found & {"Welfare", "Services", "An", "Evaluation", "Pilot", "Community"}
    assert {"Anna", "Berg", "Leeds"} <= found  # the body's names are still proposed


def test_a_swedish_title_case_heading_names_no_one() -> None:
    text = (
        "En Utvärdering Av Hemtjänsten Och Äldreomsorgen\n\n"
        "Rapporten lästes av nämnden. Vi träffade Anna Berg i Sundsvall.\n"
    )
    found = names_found(text)
    assert not found & {"En", "Utvärdering", "Av", "Hemtjänsten", "Och", "Äldreomsorgen"}
    assert {"Anna", "Berg", "Sundsvall"} <= found


@pytest.mark.parametrize("word", ["An", "The", "En", "Ett"])
def test_articles_are_never_names(word: str) -> None:
    # beside a name, mid-sentence, the article had been proposed as the name's pair
    text = f"Vi skrev till Lena och {word} Lindqvist svarade. We wrote and {word} Lindqvist came."
    assert word not in names_found(text)


def test_a_letters_heading_of_names_is_still_read() -> None:
    text = "Handläggare Jan Holmlund Therese Hagberg\n\nVi hörs snart.\n"
    assert {"Jan", "Holmlund", "Therese", "Hagberg"} <= names_found(text)


@pytest.mark.parametrize(
    "line",
    [
        "Mike Hartwell Portrait Mike Hartwell (Weaver Vale) (Lab)",
        "Interpellation 2024/25:17 av Martina Holmgren (C)",
    ],
)
def test_a_speakers_line_with_a_party_is_not_a_heading(line: str) -> None:
    # mostly ordinary words ("Mike", "Portrait", "Weaver"), but a speaker's: the heading
    # rule had dropped the member's name from the key
    found = names_found(f"{line}\n\nThe member spoke first.\n")
    name = line.split(" av ")[-1] if " av " in line else line
    assert {name.split()[0], name.split()[1]} <= found, found


def test_a_pages_line_of_links_with_a_small_word_names_no_one() -> None:
    """A debate page's links ("Watch Full session Read Hansard Text ...") hold a small
    word or two, so the line was read as a sentence and each capital proposed as a name."""
    text = (
        "Watch Full session Read Hansard Text Read Session Ministerial Extracts\n\n"
        "The chair thanked Anna Berg, who spoke for Leeds.\n"
    )
    found = names_found(text)
    assert not found & {"Watch", "Full", "Read", "Hansard", "Text", "Ministerial", "Extracts"}
    assert {"Anna", "Berg", "Leeds"} <= found


def test_a_line_mostly_in_small_letters_is_still_a_sentence() -> None:
    found = names_found("Then we wrote to Hansard Lindqvist about it.\n")
    assert "Lindqvist" in found
