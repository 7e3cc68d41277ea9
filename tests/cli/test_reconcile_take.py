"""`reconcile take` puts a document one coder finished into the consensus as she coded it,
says so once, says nothing was written the second time, refuses in one line, and
`reconcile taken` lists it; `reconcile reopen` with the printed id takes it back
(user50)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.project.test_taken_from_one_coder import team


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["-p", str(db), *args])
    return result.exit_code, result.stdout, result.stderr.strip()


def test_take_list_and_reopen(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    project, _, plan, _ = team(db)
    project.set_status(plan, "anna", "done")
    project.close()
    code, _, said = run(db, "reconcile", "taken", "--coder", "lena")
    assert code == 0
    assert said.endswith(
        "finished by one coder, not taken yet: plan.txt (anna); qualcode reconcile take DOC"
    )
    code, _, said = run(db, "reconcile", "take", "plan.txt", "--by", "lena")
    assert code == 0, said
    assert said.startswith("took plan.txt into the consensus from anna (2 consensus codings;")
    assert said.endswith("agreement does not count it")
    shown = said.split("qualcode reconcile reopen ")[1].split()[0]
    code, _, said = run(db, "reconcile", "take", "plan.txt", "--by", "lena")
    assert (code, said) == (
        0,
        "plan.txt is in the consensus as anna coded it already (2 consensus codings); "
        "nothing written",
    )
    code, out, _ = run(db, "reconcile", "taken", "--coder", "lena", "--format", "json")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["id"], row["document"], row["coder"], row["codings"], row["stale"]) == (
        shown,
        "plan.txt",
        "anna",
        2,
        False,
    )
    code, _, said = run(db, "reconcile", "reopen", shown, "--reason", "recode", "--by", "lena")
    assert (code, said) == (0, f"reopened {shown}")
    code, out, said = run(db, "reconcile", "taken", "--coder", "lena")
    assert code == 0
    assert "no document taken from one coder" in out + said


def test_refusals_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    project, _, _, _ = team(db)
    project.close()
    for args, words in (
        (("flytt.txt", "--by", "lena"), "was finished by 2 coders (anna, bo): reconcile"),
        (("plan.txt", "--by", "lena"), "nobody has finished 'plan.txt'"),
        (("plan.txt", "--coder", "anna"), "anna is not a lead; only a lead reconciles"),
        (("nosuch.txt", "--by", "lena"), "nosuch"),
    ):
        code, _, said = run(db, "reconcile", "take", *args)
        assert code != 0
        assert words in said
        assert len(said.splitlines()) == 1, said


def test_take_all_takes_every_document_one_coder_finished(tmp_path: Path) -> None:
    """A corpus coded once but for a double-coded subset has dozens of such documents;
    --all takes each, the double-coded one left to reconciliation, and again adds nothing."""
    db = tmp_path / "p.db"
    project, _, plan, _ = team(db)
    project.set_status(plan, "anna", "done")
    project.close()
    code, _, said = run(db, "reconcile", "take", "--all", "--by", "lena")
    assert (code, said) == (
        0,
        "took 1 document coded by one coder into the consensus (2 consensus codings; "
        "0 in it as coded already); agreement counts none",
    )
    code, _, said = run(db, "reconcile", "take", "--all", "--by", "lena")
    assert said.startswith("took 0 documents coded by one coder into the consensus (0 ")
    code, _, said = run(db, "reconcile", "take", "--all", "plan.txt", "--by", "lena")
    assert code != 0
    assert "name one document, or --all (not both)" in said
    code, _, said = run(db, "reconcile", "take", "--all", "--coder", "anna")
    assert code != 0
    assert "anna is not a lead" in said
