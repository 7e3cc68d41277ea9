"""Taking a coder off the pseudonym key is checked against the key as it is when it is
written. remove_pseudonym read the entry before the write lock: asked for a name not on
the key yet, it skipped the check that no two coders then read alike, and if the lead's
other window put the name on the key meanwhile, the removal went through unchecked."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import team_project
from tests.hostile.hostile_kit import racing


def test_a_name_put_on_the_key_meanwhile_is_checked_before_it_is_taken_off(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.db"
    made, _ = team_project(path)
    # a key an older qualcode wrote: karin printed as 'johan', johan as himself
    with made, made.store.transaction():
        made.store.pseudonyms.set("karin", "johan", "person", "lena")

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            return project.remove_pseudonym("johan", "lena")

    def mend(project: Project) -> None:
        # johan is 'Kodare B', written as an older qualcode wrote it: set_pseudonym now
        # refuses johan while he is karin's pseudonym (safety33: no word on the key is
        # both printed and replaced)
        project.store.pseudonyms.set("johan", "Kodare B", "person", "lena")

    with Project.open(path) as other:
        other.act_as("lena")  # the other window mends it
        _, raised = racing(action, other, mend)
    assert isinstance(raised, ValidationError), raised
    assert "alike" in str(raised)
    with Project.open(path) as project:
        project.act_as("lena")
        key = {p.real: p.pseudonym for p in project.pseudonyms("lena")}
    assert key == {"karin": "johan", "johan": "Kodare B"}
