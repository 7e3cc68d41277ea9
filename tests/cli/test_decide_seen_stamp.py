"""reconcile decide --seen: the stamp reconcile list printed for a case, so that the CLI
decides on the versions the lead read, as the TUI does since 61f5e30 (red team 19). Without
it, a coder coding between the lead's list and her decide had the verdict taken on a
version the lead never saw."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import cli_run
from tests.conftest import finish_first_unit, team_project


def _listed(path: Path, *more: str) -> dict[str, str]:
    code, out, _ = cli_run(path, "lena", "reconcile", "list", "--format", "json", *more)
    assert code == 0
    (case,) = json.loads(out)
    return {"id": case["id"], "stamp": case["stamp"]}


def _johan_coded(path: Path) -> str:
    """The blind-coding team's project at ``path``, closed, with johan alone having coded
    and finished its document's first sentence (a case for the lead): the document's id."""
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, ("johan",))
    return doc


def _decide(path: Path, case: str, *more: str) -> tuple[int, str, str]:
    return cli_run(
        path,
        "lena",
        "reconcile",
        "decide",
        case,
        "--verdict",
        "accept:karin",
        "--rationale",
        "r",
        *more,
    )


def test_decide_refuses_a_case_changed_since_its_stamp(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc = _johan_coded(path)
    read = _listed(path)
    code, out, _ = cli_run(path, "lena", "reconcile", "list")
    assert read["stamp"] in out  # the table shows it beside the case
    with Project.open(path) as karin:  # karin codes the passage after the lead listed it
        unit = karin.units(doc)[0]
        karin.act_as("karin", "karin").add_coding(doc, unit.start, unit.end, "mission", "karin")
    code, _, err = _decide(path, read["id"], "--seen", read["stamp"])
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "changed since you read it" in err and "karin: mission" in err
    with Project.open(path) as lena:
        lena.act_as("lena", "lena")
        assert not [c for c in lena.codings() if c.layer == "consensus"]
    again = _listed(path, "--agreements")  # the coders agree now: the lead reads it again
    assert again["stamp"] != read["stamp"]
    code, out, err = _decide(path, again["id"], "--seen", again["stamp"])
    assert code == 0, err


def test_a_mistyped_stamp_is_refused_as_such(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _johan_coded(path)
    read = _listed(path)
    code, _, err = _decide(path, read["id"], "--seen", read["stamp"][:7])
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "is no case's stamp" in err and "changed since" not in err


def test_decide_refuses_a_case_decided_since_its_stamp(tmp_path: Path) -> None:
    """Two leads listed the case and each decided on the stamp they read: the second was
    written over the first, the stamp holding only the versions. Refused now, in one line
    naming the decision in force; listed again, the stamp is new and the lead decides."""
    path = tmp_path / "p.db"
    _johan_coded(path)
    read = _listed(path)
    code, _, err = _decide(path, read["id"], "--seen", read["stamp"])  # the first lead
    assert code == 0, err
    code, _, err = cli_run(  # the second, on the stamp she read before that decision
        path, "lena", "reconcile", "decide", read["id"], "--verdict", "accept:johan",
        "--rationale", "it is the mission", "--seen", read["stamp"],
    )  # fmt: skip
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "was decided meanwhile (accept:karin by lena)" in err and "nothing was written" in err
    with Project.open(path) as lena:
        lena.act_as("lena", "lena")
        assert len(lena.audit(action="reconcile.decide")) == 1
    again = _listed(path)
    assert again["stamp"] != read["stamp"]
    code, _, err = cli_run(
        path, "lena", "reconcile", "decide", again["id"], "--verdict", "accept:johan",
        "--rationale", "it is the mission", "--seen", again["stamp"],
    )  # fmt: skip
    assert code == 0, err
