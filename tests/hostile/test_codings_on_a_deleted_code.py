"""Codings that come back onto a code deleted meanwhile. A code with no live codings may be
deleted (retired); but a coding the coder removed, and the codings on a document the lead
took out, are kept to come back. Brought back after the code was deleted (undo, `code
restore`, `docs restore`), they stood on the retired code and showed in no codebook, list
or report by code. Deleting a code whose codings wait on a removed document is refused,
as for live ones (merge it instead); restoring a coding of a deleted code is refused in
one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import MISSION_TEXT, team_project


def _coded(path: Path) -> tuple[Project, str, str]:
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    made.add_code("extra", {"sv": "Extra"})
    unit = made.units(doc)[0]
    made.act_as("karin")
    coding = made.add_coding(doc, unit.start, unit.end, "extra", "karin").id
    return made, doc, coding


def test_a_removed_coding_of_a_deleted_code_is_not_restored(tmp_path: Path) -> None:
    made, _, coding = _coded(tmp_path / "p.db")
    with made:
        made.remove_coding(coding, "karin")
        made.act_as("lena")
        made.delete_code("extra")  # no live coding: allowed
        made.act_as("karin")
        with pytest.raises(QualcodeError, match="was deleted from the codebook"):
            made.restore_coding(coding, "karin")
        assert made.codings() == []


def test_a_code_with_codings_on_a_removed_document_is_not_deleted(tmp_path: Path) -> None:
    made, doc, _ = _coded(tmp_path / "p.db")
    with made:
        made.act_as("lena")
        made.remove_document(doc, "the wrong language")
        with pytest.raises(QualcodeError, match="removed document"):
            made.delete_code("extra")
        made.restore_document(doc)
        assert [c.code for c in made.codings()] == ["extra"]
        assert "extra" in {c.key for c in made.codebook()}
