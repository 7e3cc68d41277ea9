"""`qualcode pseudonym suggest` tells the lead which interviewer was only guessed from the
turns, and the attribute it names overrules the guess.

An interview labelled "Maria:" and "Per:" with no interviewer attribute takes Maria, whose
turns are mostly questions, for the interviewer: she is neither cited nor proposed for the
key. Nothing said so, so a wrong guess (a participant asking many questions) dropped a
person from every citation unseen (review38)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

TEXT = (
    "Maria: Hur ser uppdraget ut hos er idag?\n"
    "Per: Vi pratar mer om uppdraget med politikerna nu.\n"
    "Maria: Har det blivit bättre?\n"
    "Per: Ja, chefen lyssnar mer nu.\n"
    "Maria: Och budgeten?\n"
    "Per: Den följer behoven bättre nu.\n"
)


def _suggest(path: Path) -> tuple[set[str], str]:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    return {row["real"] for row in json.loads(result.stdout)}, result.stderr


def test_a_guessed_interviewer_is_named_with_how_to_overrule_it(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.import_text("ip 01.txt", TEXT, lang="sv")
    proposed, said = _suggest(path)
    assert "Per" in proposed and "Maria" not in proposed
    assert said.strip() == (
        "ip 01.txt: 'Maria' is taken for the interviewer (most of the turns are questions), "
        "neither cited nor proposed; if that is wrong, `qualcode docs set 'ip 01.txt' "
        "interviewer=NAME` names who asks (a name no label bears: nobody here)"
    )
    with Project.open(path) as project:
        doc = project.documents()[0]
        project.set_attributes(doc.id, {"interviewer": "Sofia Ek"}, "lena")
    proposed, said = _suggest(path)
    assert {"Per", "Maria"} <= proposed and "interviewer" not in said
