"""Notes and reports saved as .txt without page breaks, their pages numbered on lines of their
own ("Sida 2 av 5", "2 av 2", "Page 2 of 2"): the numbers are left out and the pages read
as a PDF's are, in every way such a copy comes (two pages, a page's number lost, an
unnumbered cover, a sentence ending in a page's number)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.ingest import read_document
from qualcode.ingest.page_marks import marked_pages

SAID = [
    "Gruppen talade om hur många ärenden var och en har.",
    "Chefen lovade att ta upp introduktionen med förvaltningen.",
    "Rutinen för avvikelser ska ses över till hösten.",
    "Flera ville ha fler träffar med politikerna.",
    "Nästa träff blir i april på kontoret.",
]


def _read(tmp_path: Path, text: str) -> str:
    path = tmp_path / "anteckningar.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path).text


@pytest.mark.parametrize("mark", ["Sida {n} av 2", "{n} av 2", "Page {n} of 2", "{n} (2)"], ids=str)
def test_a_two_page_text_loses_its_page_numbers(tmp_path: Path, mark: str) -> None:
    text = f"{SAID[0]}\n{mark.format(n=1)}\n{SAID[1]}\n{mark.format(n=2)}\n"
    # before: two pages were too few to be found, and "Sida 1 av 2" stayed as a paragraph
    assert _read(tmp_path, text) == f"{SAID[0]}\n\n{SAID[1]}"


def test_a_page_whose_number_was_lost_leaves_the_others_found(tmp_path: Path) -> None:
    pages = [f"{said}\nSida {n} av 5" if n != 3 else said for n, said in enumerate(SAID, 1)]
    text = _read(tmp_path, "\n".join(pages))
    # before: the series broke at page 3 and every "Sida n av 5" stayed in the text
    assert "Sida" not in text
    assert text.split("\n\n") == [SAID[0], SAID[1], f"{SAID[2]}\n{SAID[3]}", SAID[4]]


def test_an_unnumbered_cover_page_starts_the_count_at_two(tmp_path: Path) -> None:
    pages = "\n".join(f"{said}\nSida {n} av 4" for n, said in enumerate(SAID[1:4], 2))
    text = _read(tmp_path, f"Rapport om arbetsmiljön\n{pages}")
    assert "Sida" not in text  # before: a count starting at 2 was no count
    assert text.startswith("Rapport om arbetsmiljön\n\n") and text.endswith(SAID[3])


def test_a_sentence_ending_in_a_page_number_cuts_no_page(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Sida 1 av 3",
            SAID[0],
            "Se tabellen på sida 2",
            "Sida 2 av 3",
            SAID[1],
            "Sida 3 av 3",
            SAID[2],
        ]
    )
    read = _read(tmp_path, text)
    # before: "på sida 2" took page two's place, and "Sida 2 av 3" stayed in the text
    assert "Sida 2 av 3" not in read and "Se tabellen på sida 2" in read
    assert read.split("\n\n") == [SAID[0], "Se tabellen på sida 2", SAID[1], SAID[2]]


@pytest.mark.parametrize(
    "text",
    [
        # two marks that do not number the whole text: a third page may be missing
        f"{SAID[0]}\nSida 1 av 3\n{SAID[1]}\nSida 2 av 3\n",
        # a count in a sentence, on a line of its own: no page
        f"{SAID[0]}\nav dem svarade 1 av 2\n{SAID[1]}\nsedan 2 av 2\n",
        # counts that disagree are no series of pages
        f"Sida 1 av 3\n{SAID[0]}\nSida 2 av 4\n{SAID[1]}\nSida 3 av 5\n{SAID[2]}\n",
    ],
    ids=["two of three", "counts in sentences", "counts disagree"],
)
def test_what_numbers_no_pages_is_kept_as_written(text: str) -> None:
    assert marked_pages(text) is None


def test_a_transcripts_page_numbers_leave_the_speakers_words(tmp_path: Path) -> None:
    path = tmp_path / "intervju.txt"
    path.write_text(
        "I: Hur började du här?\nR: Som handläggare för sex år sedan och\nSida 1 av 3\n"
        "fick snart många ärenden.\nI: Hur är det nu?\nR: Bättre.\nSida 2 av 3\n"
        "I: Varför?\nR: Vi fick ett mottagningsteam.\nSida 3 av 3\n",
        encoding="utf-8",
    )
    raw = read_document(path)
    said = [(turn.speaker, raw.text[turn.start : turn.end]) for turn in raw.turns]
    # before: "Sida 1 av 3" stood in the respondent's answer, coded and quoted with it
    assert ("R", "Som handläggare för sex år sedan och\nfick snart många ärenden.") in said
    assert ("R", "Bättre.") in said and ("R", "Vi fick ett mottagningsteam.") in said
    assert "Sida" not in raw.text
