"""Coding queries (``Project.query_codings``): text coded with every one of some codes by
one coder, where none of others overlaps it (NVivo's AND / NOT, MAXQDA's intersection)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError, ValidationError
from tests.conftest import add_plain_document, coding_team

SENTENCES = [
    "Förr kom allt uppifrån från nämnden.",
    "Nu pratar vi med politikerna om uppdraget och budgeten.",
    "Arbetsmiljön blev bättre när ärendena minskade.",
    "Vi fick en mentor de första månaderna.",
]


Queried = tuple[Project, str, list[tuple[int, int]]]


@pytest.fixture
def queried(tmp_path: Path) -> Queried:
    project = coding_team(tmp_path / "p.db")
    doc = add_plain_document(project, "ip1.txt", SENTENCES)
    spans = [(u.start, u.end) for u in project.units(doc)]
    project.act_as("karin")
    # karin: mission on sentences 0-1, integration on 1-2, caseload on 3
    project.add_coding(doc, spans[0][0], spans[1][1], "mission_dialogue", "karin")
    project.add_coding(doc, spans[1][0], spans[2][1], "integration", "karin")
    project.add_coding(doc, *spans[3], "caseload", "karin")
    project.act_as("johan")  # johan: integration on sentence 0 only
    project.add_coding(doc, *spans[0], "integration", "johan")
    project.act_as("lena")
    yield project, doc, spans
    project.close()


def _found(passages: list) -> list[tuple[str, int, int]]:
    return [(p.coder, p.start, p.end) for p in passages]


def test_and_is_the_text_one_coder_coded_with_every_code(queried: Queried) -> None:
    project, _, spans = queried
    found = project.query_codings(["mission_dialogue", "integration"], "lena")
    # karin's overlap is sentence 1; johan's integration meets only karin's mission: no pair
    assert _found(found) == [("karin", *spans[1])]
    assert found[0].text == SENTENCES[1]


def test_not_leaves_out_passages_another_code_overlaps(queried: Queried) -> None:
    project, _, spans = queried
    found = project.query_codings(["integration"], "lena", without=["mission_dialogue"])
    assert _found(found) == [("johan", *spans[0])]  # karin's integration meets her mission
    alone = project.query_codings(["caseload"], "lena", without=["integration"])
    assert _found(alone) == [("karin", *spans[3])]


def test_a_coder_queries_only_her_own_codings_while_blind(queried: Queried) -> None:
    project, _, spans = queried
    project.act_as("johan")
    found = project.query_codings(["integration"], "johan")
    assert _found(found) == [("johan", *spans[0])]


def test_a_coder_asking_for_the_consensus_gets_none_not_her_own(queried: Queried) -> None:
    """Before: a coder's request for the consensus answered with her own codings (layer
    'coder'), as if they were the answer; the lead's consensus is not hers to read."""
    project, _, _ = queried
    project.act_as("karin")
    assert project.query_codings(["integration"], "karin", layer="consensus") == []
    assert project.codings(layer="consensus", viewer="karin") == []
    assert project.retrieve("integration", "karin", layer="consensus") == []


@pytest.mark.parametrize(
    ("with_all", "without", "message"),
    [
        ([], [], "at least one code"),
        (["integration"], ["integration"], "both wanted and excluded"),
        (["nope"], [], "unknown code 'nope'"),
        (["integration"], ["nope"], "unknown code 'nope'"),
    ],
)
def test_a_query_that_cannot_be_asked_is_refused(
    queried: Queried, with_all: list[str], without: list[str], message: str
) -> None:
    project, _, _ = queried
    with pytest.raises(QualcodeError, match=message):
        project.query_codings(with_all, "lena", without=without)


def test_an_unknown_layer_is_refused(queried: Queried) -> None:
    project, _, _ = queried
    with pytest.raises(ValidationError, match="unknown layer"):
        project.query_codings(["integration"], "lena", layer="draft")
