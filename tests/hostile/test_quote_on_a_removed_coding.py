"""A pin or a translation put on a removed coding (red team 15).

``qualcode code pin`` and ``code translate`` found the coding by id whether removed or
not, and before the write lock: the lead was told 'pinned d1249cdb' for an exemplar no
summary would ever quote, and karin 'translated' a passage shown nowhere, whether the
coding was removed before or by her other window meanwhile. Both are refused in one line
now (as a memo on it is, and a theme's exemplar), and work again once it is restored.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import karins_coding, racing


def _pin(project: Project, coding: str) -> object:
    project.act_as("lena")
    return project.pin_exemplar(coding, "lena")


def _translate(project: Project, coding: str) -> object:
    project.act_as("karin")
    return project.translate_coding(coding, "en", "the mission, talked over", "karin")


ACTS = {"pin": _pin, "translate": _translate}


@pytest.mark.parametrize("act", list(ACTS))
def test_a_removed_coding_takes_no_pin_or_translation(tmp_path: Path, act: str) -> None:
    path = tmp_path / "p.db"
    coding = karins_coding(path)
    with Project.open(path) as project:
        project.act_as("karin")
        project.remove_coding(coding, "karin")
        with pytest.raises(ValidationError) as refused:
            ACTS[act](project, coding)
        assert "was removed and is quoted nowhere" in str(refused.value)
        assert "\n" not in str(refused.value)
        project.act_as("lena")
        assert project.exemplars() == set() and project.translations() == {}
        project.act_as("karin")
        project.restore_coding(coding, "karin")
        ACTS[act](project, coding)
        project.act_as("lena")
        assert coding in project.exemplars() or (coding, "en") in project.translations()


@pytest.mark.parametrize("act", list(ACTS))
def test_a_coding_removed_meanwhile_takes_none(tmp_path: Path, act: str) -> None:
    path = tmp_path / "p.db"
    coding = karins_coding(path)

    def action() -> object:
        with Project.open(path) as project:
            return ACTS[act](project, coding)

    with Project.open(path) as other:
        other.act_as("karin")
        _, raised = racing(action, other, lambda p: p.remove_coding(coding, "karin"))
    assert isinstance(raised, ValidationError), raised
    with Project.open(path) as project:
        project.act_as("lena")
        assert project.exemplars() == set() and project.translations() == {}
