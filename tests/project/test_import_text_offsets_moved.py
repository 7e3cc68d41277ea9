"""A notebook's string is stored normalised, and its offsets are mapped (types47).

``import_text`` keeps a string as every text is kept: no trailing spaces, at most one
blank line, ``\\n`` line ends, NFC. Offsets a notebook worked out on the string it gave
then point a few characters on in the stored text. The summary it returns says so
(``normalised``) and ``qualcode.offset_in_stored`` says where each offset went.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project, offset_in_stored
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, coding_team

GIVEN = "I: Hur var det?   \n\n\n\nR: Det var Cafe\u0301 bra"


@pytest.fixture
def team(tmp_path: Path) -> Project:
    made = coding_team(tmp_path / "p.db")
    yield made
    made.close()


def test_the_summary_says_the_text_was_normalised(team: Project) -> None:
    summary = team.import_text("moved.txt", GIVEN, lang="sv")
    stored = team.document(summary.id).text
    assert summary.normalised is True
    assert stored == "I: Hur var det?\n\nR: Det var Caf\u00e9 bra"
    # a string kept as given says so too, and a list of documents never claims it
    kept = team.import_text("kept.txt", SV_TEXT, lang="sv")
    assert kept.normalised is False
    assert {doc.normalised for doc in team.documents()} == {False}


def test_every_word_found_in_the_given_string_is_coded_where_it_stands(team: Project) -> None:
    summary = team.import_text("moved.txt", GIVEN, lang="sv")
    stored = team.document(summary.id).text
    found = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[\w\u0301]+", GIVEN)]
    assert [w for w, *_ in found] == [
        "I",
        "Hur",
        "var",
        "det",
        "R",
        "Det",
        "var",
        "Cafe\u0301",
        "bra",
    ]
    for word, start, end in found:
        at, to = offset_in_stored(GIVEN, start), offset_in_stored(GIVEN, end)
        assert stored[at:to] == word.replace("e\u0301", "\u00e9")
    # the respondent's turn moved five characters: three spaces and two line ends
    assert (GIVEN.index("R:"), offset_in_stored(GIVEN, GIVEN.index("R:"))) == (22, 17)
    start, end = GIVEN.index("Det"), len(GIVEN)
    coding = team.add_coding(
        summary.id,
        offset_in_stored(GIVEN, start),
        offset_in_stored(GIVEN, end),
        "mission_dialogue",
        "karin",
    )
    assert team.coding_texts([coding]) == ["Det var Caf\u00e9 bra"]


@pytest.mark.parametrize(
    ("given", "offset", "stored_at"),
    [
        ("a  \r\nb", 5, 2),  # CR LF is one line end; the spaces before it are gone
        ("a \n", 2, 1),  # within what the end lost: the end
        ("\n\n\nab", 4, 1),  # line ends at the start are gone
        ("\ufeffab", 1, 0),  # a byte-order mark is gone
        ("ab", 2, 2),
        # a mark between CR and LF: normalise's steps differ here, the texts are aligned
        ("a \r\ufeff\nb c", 5, 2),
    ],
)
def test_offsets_across_each_kind_of_change(given: str, offset: int, stored_at: int) -> None:
    assert offset_in_stored(given, offset) == stored_at


@pytest.mark.parametrize(
    ("given", "offset", "said"),
    [
        ("ab", 3, "offset 3 is outside the given text"),
        ("ab", -1, "offset -1 is outside the given text"),
        ("ab", "1", "offset must be a whole number, not str"),
        ("ab", 1.0, "offset must be a whole number, not float"),
        (b"ab", 1, "the given text must be text, not bytes"),
    ],
)
def test_a_wrong_offset_is_one_line(given: object, offset: object, said: str) -> None:
    with pytest.raises(ValidationError, match=said):
        offset_in_stored(given, offset)  # type: ignore[arg-type]


def test_a_strings_offsets_are_worked_out_once_for_all_its_matches() -> None:
    """A notebook maps every match of one transcript: the string's origins are worked
    out on the first call and kept, not again for each offset (review47: a quarter of a
    second a call on an hour's transcript, four minutes for a thousand matches)."""
    from qualcode.ingest.given_offsets import _origins_of

    given = GIVEN * 200
    _origins_of.cache_clear()
    mapped = [offset_in_stored(given, m.start()) for m in re.finditer(r"R:", given)]
    assert _origins_of.cache_info().misses == 1
    assert _origins_of.cache_info().hits == len(mapped) - 1 == 199
    stored = "I: Hur var det?\n\nR: Det var Caf\u00e9 bra" * 200
    assert len(set(mapped)) == 200 and all(stored[at : at + 2] == "R:" for at in mapped)
