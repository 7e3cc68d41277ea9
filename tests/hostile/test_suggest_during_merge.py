"""The codebook changes while a coder's suggestions are being computed (red team, round 9).

``suggest`` reads the codebook, runs the engine over the documents (seconds; minutes on a
large project) and then stores what it found. A lead who merged a code away in between
(another process, another connection) left the coder with suggestions of that code: they
were stored and returned, so ``qualcode suggest`` printed them and the TUI listed them,
and accepting one said 'unknown code'. What is stored now is checked against the codebook
inside the write: a code merged away or retired meanwhile gets no suggestion.

The lead's change is made on her own connection from the progress callback, which the
engine calls between documents: the moment a real second writer can come in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook

GONE = "mission_dialogue"


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    path = tmp_path / "p.db"
    with Project.create(path) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("karin")
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        for i in range(2):
            p.import_text(f"ip{i}.txt", f"{SV_TEXT}\nR: Intervju {i}.\n", lang="sv")
    return path


def _suggest_while(path: Path, change: Callable[[Project], object]) -> list[str]:
    """karin's suggestions on every document, with the lead's ``change`` committed on her
    own connection while the engine runs; the codes of what suggest returned."""
    lead = Project.open(path)
    lead.act_as("lena")
    changed: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not changed:
            change(lead)
            changed.append(True)

    try:
        with Project.open(path) as p:
            p.act_as("karin")
            made = p.suggest(progress=progress, semantic=False, min_score=0.0)
            assert changed
            listed = p.suggestions()
            assert {s.id for s in made} == {s.id for s in listed}
            return sorted({s.code for s in made})
    finally:
        lead.close()


def test_a_code_merged_away_meanwhile_gets_no_suggestion(path: Path) -> None:
    codes = _suggest_while(path, lambda lead: lead.merge_codes(GONE, "integration", actor="lena"))
    assert GONE not in codes and "integration" in codes


def test_a_code_retired_meanwhile_gets_none_either(path: Path) -> None:
    codes = _suggest_while(path, lambda lead: lead.delete_code(GONE, actor="lena"))
    assert GONE not in codes and codes


def test_untouched_the_code_is_suggested(path: Path) -> None:
    """The same run with nothing changed suggests the code: the cases above are no
    accident of the text."""
    assert GONE in _suggest_while(path, lambda lead: None)
