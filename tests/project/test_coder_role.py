"""A team of five: the lead lena and four coders, one of whom (karin) becomes a second
lead halfway, keeping her name, her codings and her history. There was no way to change a
role: `coder add karin --role lead` said she existed, and a second name split her codings
and her audit lines in two (eyes9). Only a lead changes a role, and the last lead stays one."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import TEAM_CODERS, small_codebook


@pytest.fixture
def path(team_of_five: Path) -> Path:
    """Four coders who each coded and finished one document, led by lena."""
    book = small_codebook()
    with Project.open(team_of_five) as p:
        doc = p.documents()[0].id
        for n, name in enumerate(TEAM_CODERS):
            p.add_coding(doc, 30, 80 + 10 * n, book.codes[n % 2].key, name)
            p.set_status(doc, name, "done")
    return team_of_five


def test_a_coder_becomes_a_second_lead_and_keeps_her_work(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("karin", "karin")
        with pytest.raises(QualcodeError, match="blind coding: karin cannot see"):
            p.agreement(bootstrap=0)
        with pytest.raises(QualcodeError, match="karin is not a lead"):
            p.set_role("karin", "lead", "karin")  # no coder makes herself a lead
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        assert p.set_role("karin", "lead", "lena").role == "lead"
        entry = p.audit("coder.role", real_names=True, viewer="lena")[-1]
        assert (entry.actor, entry.payload["role"], entry.payload["was"]) == (
            "lena",
            "lead",
            "coder",
        )
    with Project.open(path) as p:
        p.act_as("karin", "karin")
        report = p.agreement(bootstrap=0)  # a lead's report, and she still counts in it
        assert report.coders == list(TEAM_CODERS)
        assert len(p.codings(coder="johan")) == 1  # a lead reads the team's work
        assert [c.coder for c in p.codings(coder="karin")] == ["karin"]


def test_the_last_lead_stays_a_lead(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        with pytest.raises(QualcodeError, match="lena is the only lead"):
            p.set_role("lena", "coder", "lena")
        with pytest.raises(QualcodeError, match="johan is a coder already"):
            p.set_role("johan", "coder", "lena")
        with pytest.raises(QualcodeError, match="unknown role"):
            p.set_role("johan", "owner", "lena")
        p.set_role("mira", "lead", "lena")
        assert p.set_role("lena", "coder", "lena").role == "coder"  # mira leads now
        roles = {c.name: c.role for c in p.coders()}
    assert roles == {"ahmed": "coder", "johan": "coder", "karin": "coder", "lena": "coder",
                     "mira": "lead"}  # fmt: skip


def test_coder_role_on_the_command_line(path: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    made = runner.invoke(app, ["-p", str(path), "coder", "role", "karin", "lead"])
    assert made.exit_code == 0, made.output
    assert "karin is now a lead" in made.stderr
    listed = runner.invoke(app, ["-p", str(path), "coder", "list", "-f", "csv"])
    assert "karin,lead" in listed.stdout
    refused = CliRunner(env={"QUALCODE_CODER": "johan"}).invoke(
        app, ["-p", str(path), "coder", "role", "johan", "lead"]
    )
    assert refused.exit_code == 1 and "johan is not a lead" in refused.stderr
