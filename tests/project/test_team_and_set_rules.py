"""Two small rules of the reports screen, kept in the service (loose17): how a typed team
line reads as coders, and which documents' attribute values a set's table shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from qualcode.project.scope import typed_names
from tests.conftest import SV_TEXT


def test_a_typed_team_line_reads_as_each_coder_once() -> None:
    assert typed_names(" johan, karin;omar,,karin ; ") == ("johan", "karin", "omar")
    assert typed_names(" ; , ") == ()


def test_a_sets_values_are_those_of_its_documents(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        docs = [
            p.import_text(f"{name}.txt", SV_TEXT.replace("Åby", name), lang="sv").id
            for name in ("aby_01", "norrvik_01", "ekstad_01")
        ]
        places = ["Åby", "Norrvik", "Ekstad"]
        p.make_document_set("north", "lena", ["norrvik_01.txt", "ekstad_01.txt"])
        assert p.in_document_set("north", docs, places) == ["Norrvik", "Ekstad"]
        assert p.in_document_set(None, docs, places) == places
        with pytest.raises(NotFoundError):
            p.in_document_set("south", docs, places)
