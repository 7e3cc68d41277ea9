"""Project.retrieve: a code's passages across documents, blind for coders, with context."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def coded(project: Project) -> Project:
    doc = project.documents()[0]
    text = project.document(doc.id).text
    other = project.import_text(
        "norrvik_01.txt",
        SV_TEXT.replace("Åby", "Norrvik"),
        lang="sv",
        attributes={"municipality": "Norrvik"},
    )
    politics = _span(text, "Politikerna bestämde och vi fick bara göra.")
    project.add_coding(doc.id, *politics, "mission_dialogue", "karin")
    project.add_coding(doc.id, *politics, "mission_dialogue", "johan")
    project.add_coding(
        other.id, *_span(text, "Arbetsmiljöproblemen var stora."), "caseload", "karin"
    )
    project.add_coding(
        other.id,
        *_span(text, "Nu har vi dialog med nämnden om vad som är möjligt."),
        "mission_dialogue",
        "karin",
    )
    return project


def test_a_coder_retrieves_only_their_own(coded: Project) -> None:
    mine = coded.retrieve("mission_dialogue", "karin")
    assert {p.coding.coder for p in mine} == {"karin"}
    assert [p.document for p in mine] == ["aby_01.txt", "norrvik_01.txt"]
    with pytest.raises(ValidationError, match="blind coding"):
        coded.retrieve("mission_dialogue", "karin", coder="johan")


def test_the_lead_sees_everyone_and_narrows(coded: Project) -> None:
    everyone = coded.retrieve("mission_dialogue", "lena")
    assert sorted(p.coding.coder for p in everyone) == ["johan", "karin", "karin"]
    assert [p.coding.coder for p in coded.retrieve("mission_dialogue", "lena", coder="johan")] == [
        "johan"
    ]
    assert coded.retrieve("mission_dialogue", "lena", layer="consensus") == []
    in_aby = coded.retrieve("mission_dialogue", "lena", attributes={"municipality": "Åby"})
    assert {p.document for p in in_aby} == {"aby_01.txt"} and len(in_aby) == 2


def test_each_passage_has_its_context_and_source(coded: Project) -> None:
    first = coded.retrieve("mission_dialogue", "karin")[0]
    assert first.text == "Politikerna bestämde och vi fick bara göra."
    assert first.before == "Ja, alltså, förr kom allt uppifrån."
    assert first.after == "Nu har vi dialog med nämnden om vad som är möjligt."
    assert first.speaker == "R" and first.attributes["municipality"] == "Åby"
    last = coded.retrieve("mission_dialogue", "karin")[-1]
    assert last.after == ""  # the turn ends there: the next question is not context


def test_children_join_their_parent(coded: Project) -> None:
    assert coded.retrieve("integration", "lena") == []
    found = coded.retrieve("integration", "lena", children=True)
    assert [p.coding.code for p in found] == ["caseload"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"code": "nope"}, "unknown code 'nope'"),
        ({"code": "caseload", "attributes": {"kommun": "Åby"}}, "unknown attribute 'kommun'"),
        ({"code": "caseload", "layer": "draft"}, "unknown layer 'draft'"),
    ],
)
def test_bad_requests_are_one_clear_line(coded: Project, kwargs: dict, message: str) -> None:  # type: ignore[type-arg]
    code = kwargs.pop("code")
    with pytest.raises(ValidationError, match=message):
        coded.retrieve(code, "lena", **kwargs)
