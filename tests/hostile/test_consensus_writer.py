"""Who writes the consensus (red team, round 6).

The consensus layer is what the lead and the team agreed in reconciliation: summaries
quote it and agreement compares each coder against it. karin, a coder, passed
``layer="consensus"`` (and ``origin="decision"``) to ``Project.add_coding`` from Python
and her passage stood in the consensus as if decided, blind or not; and any coder could
give her own codings the origin "suggestion" or "decision", which the methods paragraph
counts as how the codings were made. Now the consensus is written by a lead only, as a
lead, and a coding added by hand is "manual" or "import".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook, team_project
from tests.hostile.export_kit import counts


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    target = tmp_path / "p.db"
    team_project(target, small_codebook(), ("aby_02.txt", SV_TEXT))[0].close()
    return target


@pytest.mark.parametrize("blind", [True, False])
@pytest.mark.parametrize(
    ("layer", "origin", "said"),
    [
        ("consensus", "decision", "only a lead may write the consensus"),
        ("consensus", "manual", "only a lead may write the consensus"),
        ("coder", "decision", "belongs to the consensus layer"),
        ("coder", "suggestion", "accept the suggestion instead"),
        ("nobody's", "manual", "unknown layer"),
    ],
)
def test_a_coder_writes_no_consensus_and_no_borrowed_origin(
    path: Path, blind: bool, layer: str, origin: str, said: str
) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena").set_blind(blind)
        karin = p.act_as("karin", "karin")
        doc = karin.documents()[0].id
        before = counts(path)
        with pytest.raises(QualcodeError, match=said):
            karin.add_coding(doc, 30, 80, "mission_dialogue", "karin", layer=layer, origin=origin)
        with pytest.raises(QualcodeError, match=said):
            karin.code_passage(doc, 30, 80, "mission_dialogue", "karin", layer=layer, origin=origin)
    assert counts(path) == before


def test_the_lead_writes_the_consensus_as_herself(path: Path) -> None:
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        doc = lena.documents()[0].id
        made = lena.add_coding(doc, 30, 80, "mission_dialogue", "lena", layer="consensus")
        assert (made.layer, made.coder) == ("consensus", "lena")
        with pytest.raises(QualcodeError, match="written as a lead"):
            lena.add_coding(doc, 30, 80, "integration", "karin", layer="consensus")
        mine = lena.add_coding(doc, 30, 80, "mission_dialogue", "karin", origin="import")
        assert (mine.layer, mine.origin, mine.coder) == ("coder", "import", "karin")
