"""Coding a passage as a coder does in the TUI (``Project.code_passage``): around or across
one's own coding of the code it takes that coding's place (eyes6: karin accepted a
suggestion on one sentence, then coded the whole answer with the same code, and had two
codings, one in the other, counted twice in every table by code and coder). Scripts and
the CLI (``add_coding``) still write a span as given."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import add_plain_document, small_codebook

SENTENCES = [
    "Förr kom allt uppifrån från nämnden.",
    "Nu pratar vi med politikerna om uppdraget.",
    "Arbetsmiljön blev bättre när ärendena minskade.",
    "Vi fick en mentor de första månaderna.",
]


@pytest.fixture
def coding(tmp_path: Path) -> tuple[Project, str, list[tuple[int, int]]]:
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    project.add_coder("karin")
    doc = add_plain_document(project, "ip1.txt", SENTENCES)
    project.act_as("karin")
    spans = [(u.start, u.end) for u in project.units(doc)]
    return project, doc, spans


def _live(project: Project) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.code) for c in project.codings(coder="karin")]


def test_a_wider_passage_takes_the_place_of_the_one_inside_it(
    coding: tuple[Project, str, list[tuple[int, int]]],
) -> None:
    project, doc, spans = coding
    inner = project.code_passage(doc, *spans[1], "integration", "karin", memo="arbetsbörda")
    project.code_passage(doc, *spans[0], "mission_dialogue", "karin")  # another code stays
    coded = project.code_passage(doc, spans[0][0], spans[2][1], "integration", "karin")
    assert [c.id for c in coded.absorbed] == [inner.coding.id]
    assert _live(project) == [
        (spans[0][0], spans[0][1], "mission_dialogue"),
        (spans[0][0], spans[2][1], "integration"),
    ]
    notes = [m.text for m in project.memos("coding", coded.coding.id)]
    assert notes == ["arbetsbörda"]  # the note goes with the passage
    entry = [e for e in project.audit() if e.action == "coding.add"][-1]
    assert entry.payload["absorbed"] == [inner.coding.id]
    removed = project.coding(inner.coding.id)
    assert removed.deleted_at  # kept in the file, as every removal is
    project.close()


def test_overlapping_passages_join_and_one_inside_is_coded_already(
    coding: tuple[Project, str, list[tuple[int, int]]],
) -> None:
    project, doc, spans = coding
    project.code_passage(doc, spans[0][0], spans[1][1], "integration", "karin")
    project.code_passage(doc, spans[1][0], spans[2][1], "integration", "karin")
    assert _live(project) == [(spans[0][0], spans[2][1], "integration")]
    with pytest.raises(ValidationError, match="already coded integration by karin"):
        project.code_passage(doc, *spans[1], "integration", "karin")
    project.code_passage(doc, *spans[3], "integration", "karin")  # beside it: its own passage
    assert len(_live(project)) == 2
    project.add_coding(doc, *spans[1], "integration", "karin")  # a script's span, as given
    assert len(_live(project)) == 3
    project.close()
