"""Blind coding from the command line: the issue's leaks, and one name for the actor.

With ``QUALCODE_CODER=karin`` no command shows johan's codings or their text; ``--coder``
names the acting person everywhere, ``--as``/``--by`` still work but are not shown.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def _run(project: Path, *args: str, who: str | None = "karin", code: int = 0) -> str:
    env = {"QUALCODE_CODER": who} if who else {"QUALCODE_CODER": ""}
    result = CliRunner(env=env).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == code, result.output + result.stderr
    return result.stderr if code else result.stdout


def _johans_passages(demo: Path) -> list[str]:
    with Project.open(demo) as project:
        karin = " ".join(project.coding_texts(project.codings(coder="karin")))
        johan = project.coding_texts(project.codings(coder="johan"))
        return [t for t in johan if len(t) > 40 and t[:40] not in karin]


def test_karin_sees_nothing_of_johans_anywhere(demo: Path, tmp_path: Path) -> None:
    hidden = _johans_passages(demo)
    assert hidden
    listed = _run(demo, "code", "list", "-f", "json")
    assert {r["coder"] for r in json.loads(listed)} == {"karin"}
    quotes = _run(demo, "report", "quotes", "--per-code", "50", "-f", "json")
    assert quotes.strip() and not any(text[:40] in quotes for text in hidden)
    assert "karin cannot see the disagreement cases" in _run(demo, "reconcile", "list", code=1)
    assert "karin cannot see intercoder agreement" in _run(demo, "agree", code=1)
    _run(demo, "export", "codings", "-o", str(tmp_path / "k.csv"))
    with (tmp_path / "k.csv").open(encoding="utf-8-sig") as handle:
        assert {r["coder"] for r in csv.DictReader(handle)} == {"karin"}
    _run(demo, "export", "qdpx", "-o", str(tmp_path / "k.qdpx"))
    import zipfile

    with zipfile.ZipFile(tmp_path / "k.qdpx") as archive:
        qde = archive.read("project.qde").decode("utf-8")
    assert not any(text[:40] in qde for text in hidden)
    # the lead sees everyone's
    everyone = _run(demo, "report", "quotes", "--per-code", "50", "-f", "json", who="lena")
    assert any(json.dumps(text, ensure_ascii=False)[1:-1] in everyone for text in hidden)
    lead = json.loads(_run(demo, "code", "list", "-f", "json", who="lena"))
    assert {"karin", "johan"} <= {r["coder"] for r in lead}


def test_nobody_named_gets_one_line_saying_how(demo: Path) -> None:
    err = _run(demo, "code", "list", who=None, code=1)
    assert err.count("\n") == 1 and "--coder" in err


def test_coder_names_the_actor_and_old_names_are_hidden_aliases(demo: Path) -> None:
    as_alias = json.loads(_run(demo, "code", "list", "--as", "karin", "-f", "json", who="lena"))
    assert {r["coder"] for r in as_alias} == {"karin"}
    flag = json.loads(_run(demo, "code", "list", "--coder", "karin", "-f", "json", who="lena"))
    assert flag == as_alias
    assert "not a lead" in _run(demo, "reconcile", "confirm", "--by", "karin", code=1)
    shown = CliRunner().invoke(app, ["reconcile", "decide", "--help"]).stdout
    assert "--coder" in shown and "--by" not in shown
    shown = CliRunner().invoke(app, ["code", "list", "--help"]).stdout
    assert "--coder" in shown and "--as " not in shown


def test_unblind_by_the_lead_opens_the_project(demo: Path) -> None:
    assert "not a lead" in _run(demo, "team", "unblind", code=1)
    _run(demo, "team", "unblind", who="lena")
    everyone = json.loads(_run(demo, "code", "list", "-f", "json"))
    assert {"karin", "johan"} <= {r["coder"] for r in everyone}
    audit = json.loads(_run(demo, "audit", "-f", "json", who="lena"))
    assert audit[-1]["action"] == "team.unblind" and audit[-1]["actor"] == "lena"
    _run(demo, "team", "blind", who="lena")
    assert "blind coding on" in _run(demo, "team", "whoami")
