"""A document with a role, coded once, for the tests that read a role in the words of the
face that asks (``report quotes``, ``report crosstab``, ``report frequencies --by role``),
which each kept a copy (duplicates, review46); a head of administration's and a
firefighter's, the one role the summary's table knows and the one it does not; and what the
English CLI prints for lena. The text is written for the tests."""

from __future__ import annotations

from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.project import Project

TEXT = "I: Hur är veckan?\n\nR: Mest möten med nämnden, tyvärr.\n"


def coded_with_role(project: Project, name: str, role: str) -> None:
    """Import ``name`` (in Åby, by someone whose role is ``role``) as lena and code its
    answer with integration."""
    project.act_as("lena")
    text = TEXT.replace("veckan", f"veckan i {name}")  # one content is imported once
    project.import_text(name, text, lang="sv", attributes={"municipality": "Åby", "role": role})
    at = project.document(name).text.index("Mest")
    project.add_coding(name, at, at + 10, "integration", "lena")


def known_and_unknown(project: Project) -> None:
    """chef.txt by a "förvaltningschef" (the role table's head of administration) and
    other.txt by a "brandman" (no role the table knows), each coded once."""
    coded_with_role(project, "chef.txt", "förvaltningschef")
    coded_with_role(project, "other.txt", "brandman")


def english_cli(project: Project, *args: str) -> str:
    """What the (English) CLI prints for lena for ``args`` run on ``project``, which must
    succeed."""
    got = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(project.path), *args])
    assert got.exit_code == 0, got.output
    return got.output
