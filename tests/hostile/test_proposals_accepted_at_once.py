"""Two proposals of the same key accepted from two of the lead's windows at once. Each
acceptance drops the coder's tag and numbers the plain key against the codes there, but
read them before the write lock: both took 'veckomoten', and the second stopped on the
unique index of live keys with a database traceback. The same proposal accepted twice was
accepted twice in the audit. Both read the codebook under the lock now: the second is
'veckomoten_2', and a proposal accepted meanwhile is said to be no proposal any more."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import racing


def _proposed(path: Path) -> tuple[str, str]:
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        unit = made.units(doc)[0]
        keys = []
        # one key, two names: two alike names are refused at the second acceptance
        # (tests/project/test_code_sibling_names.py), two keys alike are numbered
        for coder, name in (("karin", "Veckomöten"), ("johan", "Veckomöten!")):
            made.act_as(coder)
            keys.append(made.propose_code(doc, unit.start, unit.end, name, coder).code)
    return keys[0], keys[1]


def _race(path: Path, first_key: str, second_key: str) -> BaseException | None:
    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            return project.accept_code(second_key, "lena")

    with Project.open(path) as other:
        other.act_as("lena")
        return racing(action, other, lambda p: p.accept_code(first_key, "lena"))[1]


def test_two_proposals_of_one_name_accepted_at_once_are_numbered(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    karins, johans = _proposed(path)
    assert _race(path, karins, johans) is None
    with Project.open(path) as project:
        project.act_as("lena")
        keys = {c.key for c in project.codebook()}
    assert {"veckomoten", "veckomoten_2"} <= keys


def test_one_proposal_accepted_from_two_windows_is_accepted_once(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    karins, _ = _proposed(path)
    raised = _race(path, karins, karins)
    assert isinstance(raised, QualcodeError), raised
    with Project.open(path) as project:
        assert len(project.audit("code.accept", real_names=True, viewer="lena")) == 1
