"""Fixtures the service tests share: a team of three coders and a lead on one document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import TEAM_SENTENCES as SENTENCES
from tests.conftest import add_plain_document, coding_team, small_codebook
from tests.project.team_kit import span_of


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[Project]:
    """karin, johan and mira code one document; lena leads (and codes a little too)."""
    project = Project.create(tmp_path / "trio.db")
    project.apply_codebook(small_codebook())
    for name in ("karin", "johan", "mira", "ola"):
        project.add_coder(name)
    project.add_coder("lena", role="lead")
    doc = add_plain_document(project, "aby_02.txt", SENTENCES)
    text = project.document(doc).text
    s = SENTENCES

    def code(coder: str, key: str, first: str, last: str | None = None) -> None:
        project.add_coding(doc, *span_of(text, first, last), key, coder)

    code("karin", "mission_dialogue", s[1])  # boundary: mira takes the sentence before too
    code("johan", "mission_dialogue", s[1])
    code("mira", "mission_dialogue", s[0], s[1])
    code("karin", "integration", s[3])  # code: three readings of one passage
    code("johan", "caseload", s[3])
    code("mira", "integration", s[3])
    code("karin", "caseload", s[4])  # presence: mira coded nothing here
    code("johan", "caseload", s[4])
    project.doc_id = doc  # type: ignore[attr-defined]
    yield project
    project.close()


ABY = ["Vi pratade om uppdraget med nämnden.", "Kostnaden för placeringar steg."]
EKSTAD = ["Arbetsmiljön blev bättre med mentorer.", "Kostnaden var lägre i år."]
NORRVIK = ["Nämnden lyssnade inte alls.", "Vi saknade tid för barnen."]


@pytest.fixture
def towns(tmp_path: Path) -> Iterator[Project]:
    """Three documents in three municipalities, for the document sets' tests: karin and
    johan coded and finished them all (mission_dialogue on each first sentence; johan also
    on Ekstad's second); lena leads."""
    project = coding_team(tmp_path / "p.db")
    for name, sentences, place in (
        ("aby_01.txt", ABY, "Åby"),
        ("ekstad_01.txt", EKSTAD, "Ekstad"),
        ("norrvik_01.txt", NORRVIK, "Norrvik"),
    ):
        doc = add_plain_document(project, name, sentences, turn_each=True)
        project.set_attributes(doc, {"municipality": place})
        units = project.units(doc)
        for coder in ("karin", "johan"):
            project.add_coding(doc, units[0].start, units[0].end, "mission_dialogue", coder)
            if coder == "johan" and place == "Ekstad":
                project.add_coding(doc, units[1].start, units[1].end, "mission_dialogue", coder)
            project.set_status(doc, coder, "done")
    project.act_as("lena")
    yield project
    project.close()
