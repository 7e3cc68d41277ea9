"""A coder's role changed from two of the lead's windows. set_role read the coder's role
before the write lock: while one window made karin a lead, the other, making her a coder
again, was told 'karin is a coder already', which was no longer true, and she stayed a
lead. The role is read under the lock now, so the second change is the one that stands,
and its audit entry names the role it replaced."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.hostile_kit import racing


def test_a_role_changed_meanwhile_is_read_as_it_is_now(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as made:
        made.add_coder("lena", role="lead")
        made.add_coder("karin")

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            return project.set_role("karin", "coder", "lena")

    with Project.open(path) as other:
        other.act_as("lena")
        _, raised = racing(action, other, lambda p: p.set_role("karin", "lead", "lena"))
    assert raised is None, raised
    with Project.open(path) as project:
        assert project.coder("karin").role == "coder"
        entries = project.store.audit.list("coder.role")
    assert [(e.payload["role"], e.payload["was"]) for e in entries] == [
        ("lead", "coder"),
        ("coder", "lead"),
    ]
