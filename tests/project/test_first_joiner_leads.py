"""The first person to join a project that holds nobody is its lead (eyes39: a researcher
who had run ``qualcode init`` and opened the TUI joined as a coder, and found the codebook
read only, "the lead () changes the codebook", with nobody able to change it)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook


def test_the_first_to_join_leads_and_the_next_codes(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
    with Project.open(path) as project:
        assert project.join("nina").role == "lead"
        assert project.join("karin").role == "coder"
        roles = {c.name: c.role for c in project.coders()}
    assert roles == {"nina": "lead", "karin": "coder"}


def test_a_project_with_coders_and_no_lead_gets_no_lead_by_joining(tmp_path: Path) -> None:
    """A lead's role is a lead's to give: only a project that holds nobody makes one."""
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("karin")
    with Project.open(path) as project:
        assert project.join("omar").role == "coder"
