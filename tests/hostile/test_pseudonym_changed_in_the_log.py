"""A participant's (or a coder's) pseudonym changed keeps the old one in the log (red team 41).

`pseudonym set Elin IP99` over Elin's IP1 logged only 'IP99': the pseudonym every export
already shared had printed for her (a paper's quotes, a co-author's sheet) was in no row
of the project any more, so nobody could tell that IP1 there is IP99 here. The entry
keeps the pseudonym it replaced now (and still never the real name).
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def _entries(project: Project) -> list[dict]:
    return [
        e.payload
        for e in project.audit(real_names=True, viewer="lena")
        if e.action == "pseudonym.set"
    ]


def test_the_replaced_pseudonym_is_in_the_log(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.set_pseudonym("Elin", "IP1", "lena", "person")
        p.set_pseudonym("Elin", "IP99", "lena", "person")
        first, second = _entries(p)
    assert first == {"pseudonym": "IP1", "kind": "person"}
    assert second == {"pseudonym": "IP99", "kind": "person", "from": "IP1"}
    assert "Elin" not in repr(second)


def test_the_same_pseudonym_again_replaces_nothing(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        p.set_pseudonym("Elin", "IP1", "lena", "person")
        p.set_pseudonym("Elin", "IP1", "lena", "person")
        assert all("from" not in entry for entry in _entries(p))


def test_a_coders_replaced_pseudonym_is_in_the_log(tmp_path: Path) -> None:
    """The same for a coder's own pseudonym ('Kodare X' to 'Kodare Y')."""
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.act_as("lena")
        p.set_coder_pseudonym("karin", "Kodare X", "lena")
        p.set_coder_pseudonym("karin", "Kodare Y", "lena")
        entries = [
            e.payload
            for e in p.audit(real_names=True, viewer="lena")
            if e.action == "pseudonym.coder"
        ]
    assert "from" not in entries[0]
    assert (entries[1]["pseudonym"], entries[1]["from"]) == ("Kodare Y", "Kodare X")
