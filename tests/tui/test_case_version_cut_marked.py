"""A coder's version on the reconcile screen marks its context with an ellipsis only
where the context cuts into a sentence, as the agenda does: it ended "…sämre.…" under a
context that ended on a full stop, and opened with "…" where it began a speaker's turn
(render40)."""

from __future__ import annotations

from qualcode.model import Unit
from qualcode.reconcile import Case, Version
from qualcode.tui.widgets.case_version import version_text

TEXT = "I: Hur var det?\nElin: Det blev sämre. Vi fick fler ärenden. Sen kom hon och"


def _shown(cap: int) -> str:
    start, end = TEXT.index("Vi fick"), TEXT.index(" Sen")
    units = [
        Unit(0, 0, 15),
        Unit(1, TEXT.index("Det"), TEXT.index(" Vi")),
        Unit(2, start, end),
        Unit(3, end + 1, len(TEXT)),
    ]
    case = Case("c1", "d", start, end, ("x",), "presence", {"karin": Version(), "mira": Version()})
    return version_text(TEXT, units, case, "karin", "karin", cap=cap).plain


def test_whole_sentences_and_turns_have_no_ellipsis() -> None:
    shown = _shown(cap=200)
    assert shown.startswith("karin\n\nDet blev sämre.")  # a turn's start: no "…"
    assert shown.endswith("Sen kom hon och")  # the document's end: no "…"


def test_a_capped_context_is_marked_where_it_cuts() -> None:
    shown = _shown(cap=8)
    assert shown.startswith("karin\n\n…") and shown.endswith("…")
