"""A colleague's work never refits a coder's kept engine (red team 19).

A coder's engine learns from her own codings, decisions and statuses alone, but it was
kept under a fingerprint of everyone's: each time johan coded a passage, marked a document
done or decided a suggestion, karin's next `qualcode suggest` fitted her engine again,
the same engine, 3.8 s of CPU against 0.8 s on the demo. She could time it to learn that
a colleague had worked meanwhile (blind coding), and on a team of five coding at once
every coder's engine was fitted again at nearly every request. Her engine's fingerprint
now reads her own work and the codes she sees; the codebook and her own work still refit
it, and the team's engine (a lead's) still follows everyone's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT

HIS = SV_TEXT.index("Politikerna bestämde")
HERS = SV_TEXT.index("Ärendemängden")


def _suggest_as(path: Path, name: str) -> int:
    """How many engines ``name``'s suggest on the document fitted (0: read back)."""
    with Project.open(path) as p:
        me = p.act_as(name, name)
        me.suggest(["aby_02.txt"], coder=name)
        return int(me.engine_fits)


@pytest.fixture
def kept(blind_team: tuple[Project, str]) -> Path:
    """karin coded a passage and suggested: her engine is kept in the file."""
    p, doc = blind_team
    with p:
        p.act_as("karin", "karin").add_coding(doc, HERS, HERS + 40, "integration", "karin")
    assert _suggest_as(p.path, "karin") == 1
    return p.path


@pytest.mark.slow
def test_a_colleagues_work_keeps_her_engine(kept: Path) -> None:
    with Project.open(kept) as p:
        johan = p.act_as("johan", "johan")
        johan.add_coding("aby_02.txt", HIS, HIS + 38, "mission_dialogue", "johan")
        johan.set_status("aby_02.txt", "johan", "done")
    assert _suggest_as(kept, "karin") == 0  # read back: nothing of hers changed
    assert _suggest_as(kept, "lena") == 1  # the team's engine follows everyone's work


@pytest.mark.slow
def test_her_own_work_and_the_codebook_still_refit_it(kept: Path) -> None:
    with Project.open(kept) as p:
        p.act_as("karin", "karin").set_status("aby_02.txt", "karin", "done")
    assert _suggest_as(kept, "karin") == 1
    with Project.open(kept) as p:
        p.act_as("lena", "lena").update_code(
            "integration", actor="lena", definitions={"en": "Work environment and quality as one."}
        )
    assert _suggest_as(kept, "karin") == 1
    assert _suggest_as(kept, "karin") == 0
