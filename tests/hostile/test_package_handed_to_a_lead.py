"""A package that names a lead as whom its copy was handed to is refused in one line,
nothing merged: ``handout`` makes a copy for a coder only, so such a package was edited.
omar's package with its coder and ``handed_to`` set to lena (her id is in his copy, which
holds the leads) merged his codings as the lead's, without the --lead-work a package
lacking ``handed_to`` asks for (hostile50)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.project.handout_kit import omar_copy


def _forged(tmp_path: Path) -> tuple[Path, Path]:
    lead, copy, doc = omar_copy(tmp_path)
    with Project.open(copy) as mine:
        mine.add_coding(doc, 0, 20, mine.store.codes.list()[0].key, coder="omar")
        mine.export_coder("omar", tmp_path / "omar.json")
        lena = next(c for c in mine.store.coders.list() if c.name == "lena")
    package = json.loads((tmp_path / "omar.json").read_text("utf-8"))
    package["coder"] = {"id": lena.id, "name": "lena", "role": "lead"}
    package["handed_to"] = "lena"
    for row in package["codings"] + package["statuses"]:
        row.pop("coder_id", None)
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(package), encoding="utf-8")
    return lead, forged


@pytest.mark.parametrize("lead_work", [False, True])
def test_a_package_handed_to_a_lead_is_refused(tmp_path: Path, lead_work: bool) -> None:
    lead, forged = _forged(tmp_path)
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        with pytest.raises(ValidationError) as refused:
            project.merge_package(forged, lead_work=lead_work)
        assert project.codings() == []
    said = str(refused.value)
    assert "handed to 'lena', a lead" in said and "nothing written" in said
    assert "\n" not in said


def test_omar_s_own_package_still_merges(tmp_path: Path) -> None:
    lead, _ = _forged(tmp_path)
    with Project.open(lead) as project:
        report = project.act_as("lena", "lena").merge_package(tmp_path / "omar.json")
        assert report.added == 1 and [c.coder for c in project.codings()] == ["omar"]
