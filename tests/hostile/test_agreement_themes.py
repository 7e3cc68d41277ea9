"""Themes and names in the agreement table (red team, round 6).

A theme groups codes and is never coded, yet ``agreement`` rated it as one more code: a
column of agreed absences on every unit. Creating a theme raised the overall percent
agreement and alpha that the methods paragraph and the summary report (0.952 to 0.964 on
the small study below), and each more theme raised them further. Themes are left out; a
theme named with ``--codes`` is refused in one line.

And a code's key made of a name (a theme's "theme_tema_storfors", an accepted proposal's
"anna_bergs_tur") was printed as stored in every code and pair row of ``agree`` (table,
JSON, CSV, the report's frame), while crosstabs and codebooks printed it through the key.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.export_kit import fails, run
from tests.hostile.hostile_kit import two_coders_done


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Two coders who finished one document, agreeing on one code and not on another."""
    target = tmp_path / "p.db"
    two_coders_done(target)
    with Project.open(target) as p:
        p.act_as("lena", "lena")
        p.set_pseudonym("Storfors", "Kommun A", "lena", kind="place")
        p.set_pseudonym("Anna Berg", "IP1", "lena", kind="person")
    return target


def overall(p: Project) -> tuple[float, float]:
    row = p.agreement(bootstrap=0).overall()
    return row.percent, row.alpha


def test_a_theme_does_not_raise_the_agreement(path: Path) -> None:
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        before = overall(lena)
        assert before[0] < 1  # the coders disagree somewhere, so absences can inflate it
        theme = lena.create_theme("Styrning", "lena")
        lena.set_theme("mission_dialogue", theme.key, "lena")
        lena.create_theme("Arbetsmiljö", "lena")
        report = lena.agreement(bootstrap=0)
        assert overall(lena) == before
        assert theme.key not in {r.code for r in report.rows}
        assert theme.key not in report.codes
        with pytest.raises(ValidationError, match="is a theme"):
            lena.agreement(codes=[theme.key], bootstrap=0)


def test_the_command_refuses_a_theme_in_one_line(path: Path) -> None:
    with Project.open(path) as p:
        key = p.act_as("lena", "lena").create_theme("Styrning", "lena").key
    line = fails(path, "agree", "--codes", f"mission_dialogue,{key}", "--bootstrap", "0")
    assert "is a theme" in line


def test_a_code_key_made_of_a_name_leaves_through_the_key(path: Path) -> None:
    with Project.open(path) as p:
        doc = p.act_as("karin", "karin").documents()[0].id
        proposal = p.propose_code(doc, 40, 120, "Anna Bergs tur i Storfors", "karin")
        lena = p.act_as("lena", "lena")
        code = lena.accept_code(proposal.code, "lena")
        assert "storfors" in code.key  # as stored
        report = lena.agreement(bootstrap=0)
        real = lena.agreement(bootstrap=0, real_names=True, viewer="lena")
    shown = " ".join(str(r.code) for r in report.rows) + " ".join(report.codes)
    assert "storfors" not in shown.lower() and "anna" not in shown.lower()
    assert "kommun_a" in shown
    assert "Anna Bergs tur i Storfors" not in str(report.code_names)
    assert code.key in {r.code for r in real.rows}  # a lead's real names keep it
    status, out, _ = run(path, "agree", "--bootstrap", "0", "-f", "csv")
    assert status == 0 and "kommun_a" in out
    assert "storfors" not in out.lower() and "anna" not in out.lower()
