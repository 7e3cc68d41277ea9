"""A change landing while a project's view is being made (red team, round 11).

The view of the store (whether a coder's reads are kept to her own work) was worked out
from the acting person's role and the blind setting, and only then was the file's change
mark (``PRAGMA data_version``) taken as the one the view answered to. A lead's CLI
lowering karin's role, or turning blind coding on, between the two reads left karin's
open TUI reading every colleague's codings with a lead's rights, until some later change
in another connection made the view ask again. The interleaving is made here by having
the lead's connection commit right after the view's question is answered (no timing).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project import BlindError
from qualcode.project.access import AccessMixin


def _between(monkeypatch: pytest.MonkeyPatch, change: Callable[[], None]) -> None:
    """Run ``change`` once, right after the view has asked whether reads are kept apart."""
    asked = AccessMixin._restricts
    pending = [change]

    def restricts(self: AccessMixin) -> bool:
        answer = asked(self)
        while pending:
            pending.pop()()
        return answer

    monkeypatch.setattr(AccessMixin, "_restricts", restricts)


def _as_lead(demo: Path, act: Callable[[Project], None]) -> Callable[[], None]:
    def change() -> None:
        with Project.open(demo).act_as("lena") as lena:
            act(lena)

    return change


def test_a_role_lowered_while_the_view_is_made_is_not_missed(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(demo).act_as("lena") as lena:
        lena.set_role("karin", "lead")
    with Project.open(demo) as karin:
        _between(monkeypatch, _as_lead(demo, lambda p: p.set_role("karin", "coder")))
        karin.act_as("karin")
        monkeypatch.undo()
        assert {c.coder for c in karin.codings()} == {"karin"}
        with pytest.raises(BlindError, match="karin is not a lead"):
            karin.set_blind(False)


def test_blindness_turned_on_while_the_view_is_made_is_not_missed(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(demo).act_as("lena") as lena:
        lena.set_blind(False)
    with Project.open(demo) as karin:
        _between(monkeypatch, _as_lead(demo, lambda p: p.set_blind(True)))
        karin.act_as("karin")
        monkeypatch.undo()
        assert {c.coder for c in karin.codings()} == {"karin"}
