"""Merging two codes a coder had both put on the same passage. That is why a lead merges
codes (two names for one idea, used side by side), and the merge stopped on the unique
index of a passage coded once per code, coder and layer with a database traceback:
nothing merged. The passage now stays coded once with the code merged into, the other
coding is removed (soft, listed in the audit entry) and its memos go with the passage."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import MISSION_TEXT, team_project


def test_a_passage_coded_with_both_codes_stays_coded_once(tmp_path: Path) -> None:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", MISSION_TEXT))
    with made:
        made.add_code("dialogue", {"sv": "Dialog"})
        first, second = made.units(doc)[:2]
        made.act_as("karin")
        both = made.add_coding(doc, first.start, first.end, "mission", "karin")
        made.add_memo("coding", both.id, "karin", "the heart of it")
        made.add_coding(doc, first.start, first.end, "dialogue", "karin")
        made.add_coding(doc, second.start, second.end, "mission", "karin")
        made.act_as("johan")
        made.add_coding(doc, first.start, first.end, "mission", "johan")
        made.act_as("lena")
        moved = made.merge_codes("mission", "dialogue")
        assert len(moved) == 3
        live = sorted((c.coder, c.start, c.code) for c in made.codings())
        assert live == [
            ("johan", first.start, "dialogue"),
            ("karin", first.start, "dialogue"),
            ("karin", second.start, "dialogue"),
        ]
        kept = next(c for c in made.codings(coder="karin") if c.start == first.start)
        assert [m.text for m in made.memos() if m.target_id == kept.id] == ["the heart of it"]
        entry = made.audit("code.merge", real_names=True, viewer="lena")[-1]
        assert entry.payload["coded_with_both"] == [both.id]
        assert made.coding(both.id).deleted_at  # kept in the file


def test_the_cli_merges_them_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    path = tmp_path / "p.db"
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.add_code("dialogue", {"sv": "Dialog"})
        unit = made.units(doc)[0]
        made.act_as("karin")
        made.add_coding(doc, unit.start, unit.end, "mission", "karin")
        made.add_coding(doc, unit.start, unit.end, "dialogue", "karin")
    env = {"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"}
    got = CliRunner().invoke(
        app, ["-p", str(path), "codebook", "merge", "mission", "dialogue"], env=env
    )
    assert got.exit_code == 0, (got.output, got.exception)
    with Project.open(path) as p:
        assert [c.code for c in p.codings()] == ["dialogue"]
