"""Two people named together, "Anna Reed and Tom Reed" or "Anna Lind och Tom Lind", are two
whole names, each a person's with its own pseudonym. The surname both share gave each
word one partner too many: `pseudonym suggest` proposed only the words "Anna", "Reed" and
"Tom", the last as ``other`` (Tom was in no list of first names), and no whole name; keyed
so, "Tom Reed said" went out as "N3 N1 said", one person read as two. A shared surname
alone is neither's, so it keeps a pseudonym of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.pseudonym_names import PseudonymCandidate
from tests.conftest import small_codebook

ENGLISH = (
    "I: Who came to the meeting from the council?\n"
    "IP1: Anna Reed and Tom Reed came over in the spring. After that we met Tom Reed "
    "twice, and he said the budget was cut. Anna Reed agreed with him at the end.\n"
)
SWEDISH = (
    "I: Vem kom till mötet?\n"
    "IP1: Vi träffade Anna Lind och Tom Lind från förvaltningen i våras. Sedan sa Tom "
    "Lind att budgeten skulle skäras ner, och till sist höll Anna Lind med honom.\n"
)


def _proposed(tmp_path: Path, text: str, lang: str) -> dict[str, PseudonymCandidate]:
    with Project.create(tmp_path / f"{lang}.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.import_text(f"interview_{lang}.txt", text, lang=lang)
        return {c.real: c for c in p.act_as("lena", "lena").suggest_pseudonyms("lena")}


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [(ENGLISH, "en", "Reed"), (SWEDISH, "sv", "Lind")],
    ids=["en", "sv"],
)
def test_two_people_joined_by_and_are_two_whole_names(
    tmp_path: Path, text: str, lang: str, surname: str
) -> None:
    found = _proposed(tmp_path, text, lang)
    anna, tom = found[f"Anna {surname}"], found[f"Tom {surname}"]
    assert (anna.kind, tom.kind) == ("person", "person")
    assert anna.pseudonym != tom.pseudonym
    # each first name alone is that person; the surname both share is neither's
    assert found["Anna"].pseudonym == anna.pseudonym
    assert found["Tom"].pseudonym == tom.pseudonym
    assert found["Tom"].kind == found[surname].kind == "person"
    assert found[surname].pseudonym not in (anna.pseudonym, tom.pseudonym)


def test_tom_reed_alone_is_a_person(tmp_path: Path) -> None:
    text = "I: Who wrote to you?\nIP1: We met Tom Reed last week, and later Tom Reed wrote.\n"
    found = _proposed(tmp_path, text, "en")
    assert found["Tom Reed"].kind == found["Tom"].kind == "person"


def test_applied_each_is_printed_as_one_person(tmp_path: Path) -> None:
    with Project.create(tmp_path / "study.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.import_text("interview_en.txt", ENGLISH, lang="en")
        lead = p.act_as("lena", "lena")
        for c in lead.suggest_pseudonyms("lena"):  # as the lead would key them all
            if c.kind == "person":
                lead.set_pseudonym(c.real, c.pseudonym, "lena")
        found = {c.real: c for c in lead.suggest_pseudonyms("lena")}
        key = lead.pseudonym_key(viewer="lena")
    anna, tom = found["Anna Reed"].pseudonym, found["Tom Reed"].pseudonym
    assert all(c.on_key for c in found.values() if c.kind == "person")
    printed = key.apply("Anna Reed and Tom Reed came. Tom Reed said so, and Anna agreed.")
    assert printed == f"{anna} and {tom} came. {tom} said so, and {anna} agreed."


@pytest.mark.parametrize(
    "text",
    [
        "IP1: Vi skrev till Region Stockholm och Anna Lind om budgeten i våras.\n",
        "IP1: We wrote to Västra Götaland and Anna Reed about the budget.\n",
    ],
)
def test_a_body_or_place_joined_to_a_person_is_no_person(tmp_path: Path, text: str) -> None:
    found = _proposed(tmp_path, f"I: Vem?\n{text}", "sv" if " och " in text else "en")
    assert all(
        c.kind != "person"
        for real, c in found.items()
        if {"Region", "Stockholm", "Västra"} & {real}
    )
    assert not {"Region Stockholm", "Västra Götaland"} & {
        real for real, c in found.items() if c.kind == "person"
    }


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        (
            "IP1: Anna and Tom Reed came over in the spring. Later we met Tom Reed twice.\n",
            "en",
            "Reed",
        ),
        ("IP1: Anna och Tom Lind kom i våras. Vi träffade Tom Lind två gånger.\n", "sv", "Lind"),
    ],
    ids=["en", "sv"],
)
def test_a_surname_written_once_for_two_is_two_whole_names(
    tmp_path: Path, text: str, lang: str, surname: str
) -> None:
    """ "Anna and Tom Reed" names Anna Reed and Tom Reed: "Reed" paired with Tom alone gave
    Tom's pseudonym to the surname Anna shares, and "Anna Reed" printed as Tom's."""
    found = _proposed(tmp_path, f"I: Who came?\n{text}", lang)
    anna, tom = found[f"Anna {surname}"], found[f"Tom {surname}"]
    assert (anna.kind, tom.kind) == ("person", "person")
    assert anna.pseudonym != tom.pseudonym
    assert found["Anna"].pseudonym == anna.pseudonym
    assert found["Tom"].pseudonym == tom.pseudonym
    assert found[surname].pseudonym not in (anna.pseudonym, tom.pseudonym)
