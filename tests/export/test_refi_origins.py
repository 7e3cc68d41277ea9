"""A .qdpx round trip keeps how each coding was made (user47). The import wrote every
coding as "import", so a study re-read through its own .qdpx (the README's way to segment
old documents afresh) had a methods paragraph saying all its codings "were imported from
earlier coding", where the coders had coded by hand, by search and from suggestions. A file
that says nothing of it, another tool's or an older qualcode's, still imports as "import"."""

from __future__ import annotations

import json
from pathlib import Path

from qualcode import Project
from tests.hostile.export_kit import rewritten
from tests.lead_and_coder_kit import lead_and_karin


def _exported(tmp_path: Path) -> tuple[Path, dict[tuple[int, int, str], str]]:
    p, doc = lead_and_karin(tmp_path / "a.db")
    with p:
        p.act_as("karin")
        p.add_coding(doc, 0, 20, "mission_dialogue", "karin")
        p.add_coding(doc, 30, 80, "integration", "karin", origin="search")
        p.add_coding(doc, 90, 120, "integration", "karin", origin="import")
        p.act_as("lena")
        p.add_coding(doc, 30, 80, "integration", "lena", layer="consensus", origin="decision")
        made = {(c.start, c.end, c.layer): c.origin for c in p.codings()}
        assert sorted(made.values()) == ["decision", "import", "manual", "search"]
        return p.export_qdpx(tmp_path / "a.qdpx"), made


def _origins(db: Path) -> dict[tuple[int, int, str], str]:
    with Project.open(db) as p:
        p.act_as("lena")
        return {(c.start, c.end, c.layer): c.origin for c in p.codings()}


def test_each_coding_comes_back_made_as_it_was(tmp_path: Path) -> None:
    """A coder's coding as it was made; the consensus a decision wrote as imported, since
    the decision itself does not travel (the next test)."""
    qdpx, made = _exported(tmp_path)
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
    expected = {spot: "import" if o == "decision" else o for spot, o in made.items()}
    assert _origins(tmp_path / "b.db") == expected


def test_the_lead_can_still_change_the_consensus_read_back(tmp_path: Path) -> None:
    """The file carries no reconciliation decision. Read back as a decision's, the
    consensus could be changed only by deciding its case again, which held nothing of it:
    'code remove' was refused, 'reconcile decide --verdict reject' left it standing
    (review47). Read back as imported, the lead removes it."""
    qdpx, _ = _exported(tmp_path)
    with Project.create(tmp_path / "b.db") as fresh:
        fresh.import_qdpx(qdpx, arriving="lena")
        fresh.act_as("lena")
        (agreed,) = fresh.codings(layer="consensus")
        fresh.remove_coding(agreed.id, "lena")
        assert fresh.codings(layer="consensus") == []


def test_a_file_that_says_nothing_of_it_imports_its_codings_as_imported(
    tmp_path: Path,
) -> None:
    qdpx, made = _exported(tmp_path)

    def without_origins(member: str) -> str:
        meta = json.loads(member)
        del meta["origins"]
        return json.dumps(meta)

    older = rewritten(qdpx, "qualcode/project.json", without_origins, tmp_path / "older.qdpx")
    with Project.create(tmp_path / "c.db") as fresh:
        fresh.import_qdpx(older, arriving="lena")
    assert _origins(tmp_path / "c.db") == {spot: "import" for spot in made}
