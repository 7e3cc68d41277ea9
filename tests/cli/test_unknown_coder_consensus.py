"""Naming the consensus as a coder is answered with what it is and how to read it, never
with a command that is refused: `agree --coders lena,consensus` said "add them to the
project's coders first (`qualcode coder add consensus`)", and `coder add consensus` is
refused, since qualcode gives that name to the reconciled layer (redteam40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_kit import fails, lead_project


@pytest.mark.parametrize("typed", ["consensus", "Consensus"])
def test_the_consensus_named_as_a_coder_is_said_to_be_the_reconciled_layer(
    tmp_path: Path, typed: str
) -> None:
    project = lead_project(tmp_path, "karin")
    said = fails(project, "agree", "--coders", f"lena,{typed}")
    assert said == (
        f"unknown coder {typed!r}: the consensus is no coder but the reconciled layer, the "
        "codings the lead's decisions make (read its codings with "
        "`qualcode code list --layer consensus`)"
    )
    assert "coder add" not in fails(project, "--coder", typed, "code", "list")
    refused = fails(project, "coder", "add", typed)  # the refusal the hint had proposed
    assert "is the name qualcode gives" in refused


def test_qualcode_named_as_a_coder_is_not_told_to_add_her(tmp_path: Path) -> None:
    project = lead_project(tmp_path, "karin")
    said = fails(project, "agree", "--coders", "lena,qualcode")
    assert said == (
        "unknown coder 'qualcode': no coder is named so; it is the name qualcode gives "
        "qualcode's own actions in the audit log"
    )
    assert "maja" in fails(project, "agree", "--coders", "lena,maja")  # others: as before
    assert "`qualcode coder add maja`" in fails(project, "agree", "--coders", "lena,maja")
