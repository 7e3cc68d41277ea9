"""Two codes meet within one reading: each coder's codings apart, the consensus as one.
Pooled, karin's code on a sentence and johan's other code on the same sentence met in
`report cooccurrence`, though neither coder gave that sentence both (study46)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.model import Codebook, CodeSpec
from tests.conftest import team_project

TEXT = (
    "Intervjuare: Hur var hösten?\n\n"
    "Vendela Rask: Grupperna växte och ingen frågade oss. Vi stöttar varandra ändå.\n"
)
BOOK = Codebook(
    name="Förskola",
    codes=tuple(CodeSpec(key=k, names={"sv": k}) for k in ("size", "top", "support")),
)


def _study(path: Path) -> Project:
    project, doc = team_project(path, BOOK, ("fsk.txt", TEXT))
    first = (TEXT.index("Grupperna"), TEXT.index(" Vi stöttar"))
    second = (TEXT.index("Vi stöttar"), TEXT.index("\n", TEXT.index("Vi stöttar")))
    project.act_as("karin")
    project.add_coding(doc, *first, "size", "karin")
    project.add_coding(doc, *first, "top", "karin")  # karin: both on one sentence
    project.act_as("johan")
    project.add_coding(doc, *first, "size", "johan")
    project.add_coding(doc, *second, "support", "johan")  # in the turn, beside karin's
    project.act_as("lena")
    return project


@pytest.mark.parametrize("within", ["overlap", "turn"])
def test_codes_meet_within_one_coders_codings(tmp_path: Path, within: str) -> None:
    with _study(tmp_path / "p.db") as project:
        table = project.report_cooccurrence(within=within)
    assert table.loc["size", "top"] == table.loc["top", "size"] == 1  # karin's
    assert table.loc["top", "support"] == 0  # karin's top, johan's support: nobody's
    assert table.loc["size", "support"] == (1 if within == "turn" else 0)  # johan's turn
