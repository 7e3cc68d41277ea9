"""A coder added while another window changes who leads or what the key says. add_coder
asked whether the project had a lead yet, and whether the new name read as a coder does
on the pseudonym key, before the write lock: two people adding themselves as the first
lead at once both became leads (the second should need a lead's word), and a coder named
'Kodare A' was added while the lead's other window gave karin that pseudonym, so two
coders read alike in every report. Both are asked under the lock now."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.hostile_kit import racing


def _added_meanwhile(path: Path, first: object, name: str, role: str) -> BaseException | None:
    def action() -> object:
        with Project.open(path) as project:
            project.act_as(None)  # as the CLI does for someone not yet a coder
            return project.add_coder(name, role)

    with Project.open(path) as other:
        other.act_as(None)
        _, raised = racing(action, other, first)  # type: ignore[arg-type]
    return raised


def test_two_first_leads_at_once_make_one(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Project.create(path).close()
    raised = _added_meanwhile(path, lambda p: p.add_coder("lena", "lead"), "karin", "lead")
    assert isinstance(raised, QualcodeError), raised
    with Project.open(path) as project:
        assert [(c.name, c.role) for c in project.coders()] == [("lena", "lead")]


def test_a_coder_named_as_the_key_names_a_coder_meanwhile_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as made:
        made.add_coder("lena", "lead")
        made.add_coder("karin")

    def first(project: Project) -> object:
        project.act_as("lena")
        return project.set_pseudonym("karin", "Kodare A", "lena")

    raised = _added_meanwhile(path, first, "Kodare A", "coder")
    assert isinstance(raised, QualcodeError), raised
    assert "coder already" in str(raised)
    with Project.open(path) as project:
        assert sorted(c.name for c in project.coders()) == ["karin", "lena"]
