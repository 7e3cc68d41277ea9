"""A coder name the pseudonym key holds is refused in words saying which it is.

Adding the coder "petra" to the demo, where the interviewee Petra is on the key, was
refused with "petra is printed, where the pseudonym key applies, as a participant's
pseudonym": a lead could not tell whether Petra was a real name or a pseudonym, nor what
to type instead (eyes42). The line now says a participant's real name is on the key and
what to choose; a coder named as a pseudonym ('IP4') is told that instead.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.tui.catalog import Catalog
from qualcode.tui.said import said


def test_a_participants_real_name_is_said_so(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        with pytest.raises(ValidationError) as refused:
            project.add_coder("petra")
        assert str(refused.value) == (
            "coder add: petra is a participant's real name on the pseudonym key, so exports "
            "would print this coder as that participant; choose another coder name, e.g. "
            "petra with an initial"
        )
        assert said(refused.value, Catalog("sv")) == (
            "petra är en deltagares verkliga namn i pseudonymnyckeln, så exporter skulle "
            "skriva kodaren som den deltagaren; välj ett annat kodarnamn, t.ex. petra med "
            "en initial"
        )
        assert "IP4" not in str(refused.value)  # whoever adds a coder need not be a lead
        project.add_coder("petra.s")  # as the line says: a name with an initial is taken
        assert "petra.s" in [c.name for c in project.coders()]


def test_a_participants_pseudonym_is_said_so(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    shutil.copy(demo, path)
    with Project.open(path) as project:
        project.act_as("lena")
        before = sorted(c.name for c in project.coders())
        with pytest.raises(ValidationError) as refused:
            project.add_coder("IP4")
        assert str(refused.value) == (
            "coder add: IP4 is a participant's pseudonym on the pseudonym key, so exports "
            "could not tell this coder from that participant; choose another coder name"
        )
        assert said(refused.value, Catalog("en")) == str(refused.value).removeprefix("coder add: ")
        assert sorted(c.name for c in project.coders()) == before
