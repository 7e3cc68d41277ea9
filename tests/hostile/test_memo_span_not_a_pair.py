"""A passage memo's span that is not two offsets (hostile46).

``add_memo(..., span=(1, 10, 20))`` was written as a memo on 1-10, its third offset
passed over without a word; ``span=(5,)`` died in an IndexError and ``span=5`` in a
TypeError. Each is one line now, and no memo is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from tests.conftest import team_project


@pytest.mark.parametrize("span", [(1, 10, 20), (5,), 5, ()], ids=repr)
def test_a_span_that_is_not_two_offsets_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, span: object
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    made, doc = team_project(tmp_path / "p.db")
    with made:
        made.act_as("karin")
        with pytest.raises(
            ValidationError, match=r"^a memo's passage is two offsets, \(start, end\); got "
        ):
            made.add_memo("document", doc, "karin", "a thought", span=span)  # type: ignore[arg-type]
        assert made.memos() == []
        made.add_memo("document", doc, "karin", "a thought", span=[1, 10])  # type: ignore[arg-type]
        assert [(m.start, m.end) for m in made.memos()] == [(1, 10)]  # a list is a pair too
