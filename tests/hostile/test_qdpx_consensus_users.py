"""qualcode's own extras in a .qdpx name people too (red team, round 7).

A .qdpx that qualcode wrote carries ``qualcode/project.json``: which lead decided the
consensus (``consensus_users``) and each user's role. The names of the file's users were
held to the rules typed names are, but a decider was made a lead of the importing project
under any name: an ESC sequence that recolours the terminal of whoever lists the coders,
or 300 characters; one naming a coder of the project put the consensus under that coder;
a role other than coder or lead was a bare 'unknown role' line naming no file. Each is
refused whole, in one line naming the file, nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import finish_first_unit, team_project
from tests.hostile.export_kit import counts, rewritten


@pytest.fixture
def exported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real .qdpx of a team project with one decided case."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, doc = team_project(tmp_path / "team.db")
    finish_first_unit(made, doc, ["karin"])
    made.decide(made.cases()[0].case.id, "accept:karin", "karin läste rätt", by="lena")
    made.export_qdpx(tmp_path / "team.qdpx")
    made.close()
    return tmp_path / "team.qdpx"


def _edited(source: Path, target: Path, change: dict[str, object]) -> Path:
    def edit(data: str) -> str:
        meta = json.loads(data)
        for field, value in change.items():
            meta[field] = {k: value for k in meta[field]}
        return json.dumps(meta)

    return rewritten(source, "qualcode/project.json", edit, target)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"consensus_users": "Eva\x1b[31mRöd"}, "consensus user: coder name"),
        ({"consensus_users": "e" * 300}, "consensus user: coder name"),
        ({"consensus_users": "ebba"}, "under 'ebba', a coder of this project"),
        ({"roles": "admin"}, "a user's role 'admin': use coder or lead"),
    ],
)
def test_a_decider_or_role_out_of_bounds_is_refused(
    exported: Path, tmp_path: Path, change: dict[str, object], said: str
) -> None:
    hostile = _edited(exported, tmp_path / "hostile.qdpx", change)
    target = tmp_path / "other.db"
    with Project.create(target) as p:
        p.add_coder("ebba")
        before = counts(target)
        with pytest.raises(QualcodeError, match=said) as refused:
            p.import_qdpx(hostile)
        assert str(refused.value).startswith("hostile.qdpx: ")
        assert "\n" not in str(refused.value)
    assert counts(target) == before


def test_the_file_as_written_still_imports_with_its_lead(exported: Path, tmp_path: Path) -> None:
    with Project.create(tmp_path / "other.db") as p:
        p.import_qdpx(exported)
        assert {(c.name, c.role) for c in p.coders()} >= {("lena", "lead"), ("karin", "coder")}
        assert [c.coder for c in p.codings(layer="consensus")] == ["lena"]
