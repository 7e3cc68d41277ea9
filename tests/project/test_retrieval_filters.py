"""Retrieval with several filters at once (issue 14.4): attribute values combined (either
value of one attribute, every attribute named), several coders, a layer; and the typed
``key=value`` form the TUI's filter box uses, parsed in the service."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.project import parse_filters
from tests.conftest import SV_TEXT


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def three_places(project: Project) -> Project:
    """The same passage coded in three municipalities with two roles, by two coders."""
    first = project.documents()[0]
    project.set_attributes(first.id, {"municipality": "Åby", "role": "politiker"})
    docs = [first.id]
    for name, place, role in (
        ("ekstad_01.txt", "Ekstad", "politiker"),
        ("norrvik_01.txt", "Norrvik", "enhetschef"),
    ):
        docs.append(
            project.import_text(
                name,
                SV_TEXT.replace("Åby", place),
                lang="sv",
                attributes={"municipality": place, "role": role},
            ).id
        )
    text = project.document(first.id).text
    span = _span(text, "Politikerna bestämde och vi fick bara göra.")
    for doc in docs:
        project.add_coding(doc, *span, "mission_dialogue", "karin")
        project.add_coding(doc, *span, "mission_dialogue", "johan")
    return project


def _places(passages: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return sorted((p.attributes["municipality"], p.coding.coder) for p in passages)


def test_attributes_combine(three_places: Project) -> None:
    either = three_places.retrieve(
        "mission_dialogue", "lena", attributes={"municipality": ["Åby", "Norrvik"]}
    )
    assert {m for m, _ in _places(either)} == {"Åby", "Norrvik"}
    both = three_places.retrieve(
        "mission_dialogue",
        "lena",
        attributes={"municipality": ["Åby", "Norrvik"], "role": "politiker"},
    )
    assert _places(both) == [("Åby", "johan"), ("Åby", "karin")]


def test_several_coders_and_a_layer(three_places: Project) -> None:
    two = three_places.retrieve("mission_dialogue", "lena", coder=["karin", "johan", "karin"])
    assert len(two) == 6  # each passage once, though karin was named twice
    one = three_places.retrieve(
        "mission_dialogue",
        "lena",
        coder=["johan"],
        layer="coder",
        attributes={"role": "enhetschef"},
    )
    assert _places(one) == [("Norrvik", "johan")]
    assert three_places.retrieve("mission_dialogue", "lena", layer="consensus") == []


def test_the_typed_form_round_trips() -> None:
    typed = "municipality=Åby coder=karin municipality=Ekstad role=politiker layer=coder"
    filters = parse_filters(typed)
    assert filters.coders == ("karin",) and filters.layer == "coder"
    assert dict(filters.attributes) == {"municipality": ("Åby", "Ekstad"), "role": ("politiker",)}
    assert parse_filters(filters.text()) == filters
    assert parse_filters("   ") == parse_filters("")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("municipality", "write key=value"),
        ("=Åby", "write key=value"),
        ("role=", "write key=value"),
        ("layer=coder layer=consensus", "one layer at a time"),
    ],
)
def test_bad_typed_filters_are_one_line(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_filters(typed)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"attributes": {"municipality": ["Åby", "Oslo"]}}, "no document has municipality=Oslo"),
        ({"attributes": {"kommun": "Åby"}}, "unknown attribute 'kommun'"),
    ],
)
def test_unknown_values_are_errors_not_empty_lists(
    three_places: Project,
    kwargs: dict,  # type: ignore[type-arg]
    message: str,
) -> None:
    with pytest.raises(ValidationError, match=message):
        three_places.retrieve("mission_dialogue", "lena", **kwargs)


def test_blind_a_coder_cannot_name_another_coder(three_places: Project) -> None:
    with pytest.raises(ValidationError, match="blind coding"):
        three_places.retrieve("mission_dialogue", "karin", coder=["karin", "johan"])
    mine = three_places.retrieve("mission_dialogue", "karin", coder=["karin"])
    assert {p.coding.coder for p in mine} == {"karin"} and len(mine) == 3
