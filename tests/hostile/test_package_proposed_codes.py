"""A code a coder proposed in her own copy comes back with her package, proposed as hers.

The README's way for a coder who must not read the team's work is her own copy
(``handout``); proposing a code there (``p``) is hers to do. Her package named the code by
id and key only, and the lead's merge refused the whole package: "code
'veckomoten__johan' is not in this project's codebook; load the codebook first, nothing
written". No codebook file holds a proposal, and removing the coding did not help (the
removed row still named the code): every coding she made stayed out for good.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.package_kit import code_first_unit, johans_handout


def _package(tmp_path: Path) -> tuple[Path, Path]:
    """The team's file and johan's package from his handout copy: the first unit coded
    with ``mission`` and the second with a code he proposed there, with a memo on it."""
    team, his, doc = johans_handout(tmp_path)
    with Project.open(his) as copy:
        copy.act_as("johan")
        code_first_unit(copy, doc)
        second = copy.units(doc)[1]
        proposal = copy.propose_code(doc, second.start, second.end, "Veckomöten", "johan")
        copy.add_memo("code", proposal.code, "johan", "why a code of its own")
        return team, copy.export_coder("johan", tmp_path / "johan.json")


def test_the_package_comes_in_with_the_proposal_as_his(tmp_path: Path) -> None:
    team, package = _package(tmp_path)
    with Project.open(team) as p:
        p.act_as("lena")
        report = p.merge_package(package)
        assert (report.added, report.memos) == (2, 1)
        assert p.code_status("veckomoten__johan") == ("proposed", "johan")
        coded = sorted((c.code, c.coder) for c in p.codings())
        assert coded == [("mission", "johan"), ("veckomoten__johan", "johan")]
        again = p.merge_package(package)  # idempotent: found by its id, not proposed twice
        assert (again.added, again.unchanged) == (0, 2)
        assert [c.key for c in p.codebook()].count("veckomoten__johan") == 1
        p.accept_code("veckomoten__johan", "lena")
        p.merge_package(package)  # accepted since: still the same code
        assert [c.key for c in p.codebook()] == ["mission", "veckomoten"]


def test_blind_the_proposal_is_his_and_the_leads_alone(tmp_path: Path) -> None:
    team, package = _package(tmp_path)
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_package(package)
        p.act_as("karin")
        assert "veckomoten__johan" not in {c.key for c in p.codebook()}
        p.act_as("johan")
        assert "veckomoten__johan" in {c.key for c in p.codebook()}


@pytest.mark.parametrize(
    ("proposed", "message"),
    [
        ({"sv": "Vecko\nmöten"}, "line break"),
        ({"de": "Wochen"}, "must name the code in sv or en"),
        ("Veckomöten", "must name the code in sv or en"),
        ({"sv": "x" * 201}, "at most 200"),
    ],
)
def test_a_hand_edited_proposal_is_refused_in_one_line(
    tmp_path: Path, proposed: object, message: str
) -> None:
    team, package = _package(tmp_path)
    data = json.loads(package.read_text(encoding="utf-8"))
    row = next(c for c in data["codes"] if "proposed" in c)
    row["proposed"] = proposed
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(team) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=message):
            p.merge_package(package)
        assert p.codings() == []
        assert [c.key for c in p.codebook()] == ["mission"]
