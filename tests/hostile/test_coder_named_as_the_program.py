"""A coder cannot be named as qualcode names the consensus or itself.

``coder add consensus`` was taken: her codings were then pooled with the reconciled layer
as the engine learns (weighted as the consensus, her spans merged with its), ``suggest
evaluate --against consensus`` could only ever mean the layer, and agreement rows with
the consensus named her. ``coder add qualcode`` made her audit lines read as the
program's own. Both are refused in one line wherever a coder is made (``coder add``, a
package bringing a new coder), however the name is spelled.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import refused_here

NAMES = ["consensus", "Consensus", "c\u043ensensus", "qualcode", "QUALCODE"]  # a Cyrillic о


@pytest.mark.parametrize("name", NAMES)
def test_a_coder_named_as_the_program_is_refused(tmp_path: Path, name: str) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        with pytest.raises(ValidationError, match="is the name qualcode gives") as refused:
            p.add_coder(name)
        assert "\n" not in str(refused.value)
        assert [c.name for c in p.coders()] == ["lena"]


def test_the_command_line_refuses_it_in_one_line(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
    said = refused_here(tmp_path / "p.db", "coder", "add", "consensus", coder="lena")
    assert "'consensus' is the name qualcode gives the reconciled codings" in said


def test_a_package_cannot_bring_a_coder_so_named(packages: Path, lead_project: Path) -> None:
    data = json.loads((packages / "karin.json").read_text(encoding="utf-8"))
    data["coder"] = {"id": str(uuid.uuid4()), "name": "Consensus", "role": "coder"}
    for memo in data["memos"]:
        memo["author"] = "Consensus"
    package = lead_project.with_name("consensus.json")
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(lead_project) as p:
        p.act_as("lena")
        before = [c.name for c in p.coders()]
        with pytest.raises(ValidationError, match="the package's coder name 'Consensus' is"):
            p.merge_package(package)
        assert [c.name for c in p.coders()] == before
