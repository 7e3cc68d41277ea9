"""Who acts (issue 11): a `--coder` may not quietly replace who the person at the keyboard
is ($QUALCODE_CODER, else the coder this login chose last). A coder naming someone else is
refused in one line and nothing is written; a lead may act for a coder, and the audit entry
names the lead acting for that coder. A `Project` opened from Python acts as that same
person; with nobody named, the file's owner reads everything (they could with sqlite3), and
for anyone else the coders' work stays closed while the project is blind."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.access import BlindError
from tests.conftest import team_project
from tests.hostile.hostile_kit import qualcode, refused, refused_here


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    monkeypatch.setenv("LOGNAME", "creator")  # getpass.getuser() reads it first
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    with made:
        made.add_coding(doc, 3, 30, "mission", "karin")
        made.add_coding(doc, 3, 40, "mission", "johan")
    return path


def _audit(path: Path) -> list[tuple[str, str, dict[str, object]]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT actor, action, payload FROM audit ORDER BY rowid").fetchall()
    return [(actor, action, json.loads(payload)) for actor, action, payload in rows]


ADD = ("code", "add", "--doc", "ip1.txt", "--start", "10", "--end", "20", "--code", "mission")


@pytest.mark.parametrize(
    "args",
    [
        (*ADD, "--coder", "johan"),
        ("--coder", "johan", *ADD),
        ("code", "list", "--coder", "johan"),
        ("--coder", "johan", "code", "list"),
        ("status", "ip1.txt", "done", "--coder", "johan"),
        ("memo", "add", "a note", "--doc", "ip1.txt", "--coder", "johan"),
        ("export-coder", "--coder", "johan", "-o", "johan.json"),
        ("pseudonym", "list", "--coder", "lena"),
        ("--coder", "lena", "agree"),
        ("team", "unblind", "--coder", "lena"),
    ],
)
def test_a_coder_naming_someone_else_is_refused(project: Path, args: tuple[str, ...]) -> None:
    line = refused_here(project, *args, coder="karin").splitlines()[0]  # whole process: below
    assert "you are karin ($QUALCODE_CODER)" in line and "only a lead" in line


def test_the_remembered_login_counts_as_who_you_are(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "kdesk")
    with Project.open(project) as made:
        made.remember_coder("kdesk", "karin")
    line = refused(project, *ADD, "--coder", "johan").splitlines()[0]
    assert "you are karin (the coder login kdesk chose last)" in line
    assert qualcode(project, *ADD).status == 0  # as herself: fine


def test_naming_yourself_or_an_unknown_person_is_as_before(project: Path) -> None:
    assert qualcode(project, *ADD, "--coder", "karin", coder="karin").status == 0
    assert "unknown coder" in refused(project, *ADD, "--coder", "nobody", coder="karin")


def test_a_lead_acts_for_a_coder_and_the_audit_names_the_lead(project: Path) -> None:
    done = qualcode(project, *ADD, "--coder", "karin", "-f", "json", coder="lena")
    assert done.status == 0, done.stderr
    assert json.loads(done.stdout)[0]["coder"] == "karin"  # karin's coding ...
    actor, action, payload = _audit(project)[-1]
    assert (actor, action, payload.get("for")) == ("lena", "coding.add", "karin")  # ... by lena
    # a lead acting for a coder sees what the coder sees (blind): only karin's codings
    listed = qualcode(project, "code", "list", "--coder", "karin", "-f", "json", coder="lena")
    assert {row["coder"] for row in json.loads(listed.stdout)} == {"karin"}


def test_python_acts_as_the_person_at_the_keyboard(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(project) as made:  # nobody named, the file's owner: everything
        assert made.acting is None
        assert {c.coder for c in made.codings()} == {"karin", "johan"}
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    with Project.open(project) as made:
        assert {c.coder for c in made.codings()} == {"karin"}
        with pytest.raises(BlindError, match="you are karin"):
            made.act_as("johan", "karin", said_by="$QUALCODE_CODER")


@pytest.mark.skipif(os.geteuid() != 0, reason="gives the file to another user (root only)")
def test_python_with_nobody_named_keeps_team_work_closed(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a colleague's file on a shared machine (group-readable): not this user's, and this
    # login never said who it is
    os.chown(project, 65534, -1)
    monkeypatch.setenv("LOGNAME", "stranger")
    with Project.open(project) as made:
        assert made.acting is None
        made.coders()  # the team list is no secret
        with pytest.raises(BlindError) as caught:
            made.codings()
        message = str(caught.value)
        assert "\n" not in message and "act_as(NAME)" in message
        with pytest.raises(BlindError):
            made.agreement()
        made.act_as("lena")  # naming yourself opens it, as in a notebook
        assert len(made.codings()) == 2
