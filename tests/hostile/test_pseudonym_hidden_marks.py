"""Names written with a mark that shows as nothing, or with the other apostrophe (red team,
round 4): a transcript saved from Word holds "O’Brien" (a typographic apostrophe) where the
lead typed "O'Brien" on the key, and soft hyphens or zero-width spaces inside words
("Ka\\u00adrin", "Sjö\\u200bberg", from a PDF or a hyphenated .docx). Every export printed
them as they were, and a reader saw "O’Brien", "Karin" and "Olof Sjöberg"; the leak check,
using the same matcher, let the files through. So did a name broken at a line's end by a
hyphen ("Sjö-" and "berg" on two lines), as text taken from a hyphenated PDF holds it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.export.pseudonyms import Key
from tests.conftest import small_codebook

KEY = Key({"O'Brien": "IP3", "Karin": "IP6", "Olof Sjöberg": "IP5", "D’Arcy": "IP9"})


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("O’Brien kom från Åre.", "IP3 kom från Åre."),
        ("O'Brien kom.", "IP3 kom."),
        ("O\u02bcBrien kom.", "IP3 kom."),
        ("D'Arcy sa det.", "IP9 sa det."),  # the key typed with the other one
        ("Ka\u00adrin skrev.", "IP6 skrev."),
        ("Ka\u200brins team.", "IP6:s team."),
        ("till Olof Sjö\u200bberg.", "till IP5."),
        ("till Olof\nSjö\u00adberg.", "till IP5."),
        ("\ufeffKarin sa", "\ufeffIP6 sa"),  # before a name, not in it: kept
        # broken at a line's end by a hyphen, as a hyphenated PDF's text holds it
        ("Ka-\nrins team.", "IP6:s team."),
        ("till Olof Sjö-\nberg.", "till IP5."),
        ("till Olof Sjö- \n berg.", "till IP5."),
        ("till Olof-\nSjöberg.", "till IP5."),
        ("Karin-\nintervjun", "IP6-\nintervjun"),
    ],
)
def test_a_name_with_hidden_marks_or_another_apostrophe_is_replaced_and_caught(
    text: str, rendered: str
) -> None:
    assert KEY.apply(text) == rendered
    assert KEY.leaks(text) and not KEY.leaks(rendered)


@pytest.mark.parametrize(
    "text", ["Karina sa", "OBrien", "O Brien", "Ka-\nrina", "Ka-rin", "Ka-\n\nrin"]
)
def test_other_words_are_left_alone(text: str) -> None:
    assert KEY.apply(text) == text


def test_every_codings_export_row_hides_them(tmp_path: Path) -> None:
    text = (
        "Intervjuare: Vem var med?\n\n"
        "IP: O’Brien och Ka\u00adrin, och Olof Sjö\u200bberg skrev till oss om det.\n"
    )
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        doc = p.import_text("intervju.txt", text, lang="sv").id
        p.add_coding(doc, text.index("O’Brien"), len(text) - 1, "mission_dialogue", "lena")
        p.act_as("lena", "lena")
        for real, pseudo in (("O'Brien", "IP3"), ("Karin", "IP6"), ("Olof Sjöberg", "IP5")):
            p.set_pseudonym(real, pseudo, "lena", kind="person")
        out = p.export_codings(tmp_path / "codings.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows[0]["text"] == "IP3 och IP6, och IP5 skrev till oss om det."


SURNAMES = Key({"Karin Lindqvist": "IP1", "Anna-Lena Berg": "IP4", "Lindqvist": "IP9"})


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("Lindqvist_Karin_01.docx", "IP1_01.docx"),
        ("Lindqvist, Karin sa", "IP1 sa"),
        ("LINDQVIST Karin", "IP1"),
        ("Berg, Anna-Lena", "IP4"),
        ("Berg_Anna-Lena.txt", "IP4.txt"),
        ("Lindqvist sa", "IP9 sa"),  # the surname on the key alone, as before
        ("Karin Lindqvist", "IP1"),
    ],
)
def test_a_name_written_surname_first_is_replaced_and_caught(text: str, rendered: str) -> None:
    """Surname first, as file names and lists write a person (red team, round 4): with
    "Karin Lindqvist" on the key, "Lindqvist_Karin_01.docx" and "Lindqvist, Karin" left
    every export whole; with "Lindqvist" also on the key alone, "IP9, Karin" named her."""
    assert SURNAMES.apply(text) == rendered
    assert SURNAMES.leaks(text) and not SURNAMES.leaks(rendered)
