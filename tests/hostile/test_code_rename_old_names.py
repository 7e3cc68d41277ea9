"""A code's names given anew keep the old ones in the log (red team 41).

`codebook rename KEY --name-en ...` (and ``Project.rename_code(names=...)``) replaced the
code's name and logged only the new one: the name the team had coded under for months
was in no row of the project any more. The entry keeps the names it replaced now, as an
edit of the code keeps each field's 'from'.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import project_with, small_codebook


def test_the_replaced_name_is_in_the_log(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db") as p:
        p.act_as("lena")
        p.apply_codebook(small_codebook())
        p.rename_code("integration", "integ", names={"en": "Work and quality"}, actor="lena")
        (entry,) = [e for e in p.audit() if e.action == "code.rename"]
        assert p.code("integ").names == {"sv": "Integrering", "en": "Work and quality"}
    assert entry.payload["names"] == {"en": "Work and quality"}
    assert entry.payload["names_from"] == {"en": "Integration"}


def test_a_name_in_a_language_it_lacked_replaced_nothing(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db") as p:
        p.act_as("lena")
        p.apply_codebook(small_codebook())
        p.rename_code("caseload", names={"sv": "Ärendemängd"}, actor="lena")
        (entry,) = [e for e in p.audit() if e.action == "code.rename"]
    assert entry.payload["names_from"] == {"sv": None}
