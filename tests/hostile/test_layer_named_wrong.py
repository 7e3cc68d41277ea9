"""A layer the codings are not kept in is refused, not read as "no codings" (red team 43).

Reports take ``coder``, ``coder:NAME`` or ``consensus``; `code list --layer` and the
notebook's ``Project.frames(layer=...)`` and ``Project.codings(layer=...)`` matched the
name given against the stored layer as it stood. A lead who typed ``Consensus`` (or a
report's ``coder:johan``) read "no codings" with exit status 0, and a notebook's frame came
back empty: the analysis said nothing was coded. A blind coder asking for ``coder:johan``
was shown her own codings under that request, as though they were his.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import SettingError
from tests.hostile.hostile_kit import one_boundary_case, refused_here


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """karin and johan each coded one passage of aby_01 (lena leads), blind coding on."""
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    with one_boundary_case(path) as made:
        made.set_blind(True, by="lena")
    return path


@pytest.mark.parametrize("layer", ["Consensus", "coder:johan", "codings", " coder"])
def test_the_lead_is_told_the_layer_is_none(project: Path, layer: str) -> None:
    said = refused_here(project, "code", "list", "--layer", layer, coder="lena")
    assert said.count("\n") == 1, said
    assert "--layer" in said and repr(layer) in said and "use coder or consensus" in said


def test_a_blind_coder_is_not_shown_her_own_as_his(project: Path) -> None:
    said = refused_here(project, "code", "list", "--layer", "coder:johan", coder="karin")
    assert "no such layer" in said and "karin" not in said


def test_the_notebook_frames_refuse_it_too(project: Path) -> None:
    with Project.open(project) as p:
        p.act_as("lena")
        assert len(p.frames(layer="coder")["codings"]) == 2  # the layers that are still read
        assert len(p.codings(layer="consensus")) == 0
        for layer in ("Consensus", "coder:johan"):
            with pytest.raises(SettingError, match="no such layer"):
                p.frames(layer=layer)
            with pytest.raises(SettingError, match="no such layer"):
                p.codings(layer=layer)
